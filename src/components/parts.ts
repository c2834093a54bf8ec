import { language } from '../state/language.svelte';
import { Lazy } from '../state/lazy.svelte';

/*
 * The parts of the app that the first screen (the start page and the query field) does not need:
 * each loads when first used, in its own chunk; the service worker precaches them all, and the
 * single-file build inlines them.
 */

/** Loads a part with the interface text of the pages (shared by all of them), added first. */
const withPageTexts =
	<T>(load: () => Promise<T>) =>
	(): Promise<T> =>
		Promise.all([load(), import('../data/messages/pages')]).then(([part, { pageMessages }]) => {
			language.addTexts(pageMessages);
			return part;
		});

/** An entry's page (`#/code/…`): the full catalog, commands, the delivery path. */
export const entryPage = new Lazy(
	withPageTexts(() => import('./entry/EntryPage.svelte').then((m) => m.default))
);
/** The wizard (`#/wizard`): its tree and engine. */
export const wizardPage = new Lazy(
	withPageTexts(() => import('./wizard/WizardPage.svelte').then((m) => m.default))
);
/** What a paste says: the parser, the evidence readers and the Detected panel. */
export const pasteView = new Lazy(
	withPageTexts(() => import('./search/PasteView.svelte').then((m) => m.default))
);
