import type { Route } from '../lib/route';
import { language } from '../state/language.svelte';
import { Lazy } from '../state/lazy.svelte';

/*
 * The parts of the app that the first screen (the start page and the query field) does not need:
 * each loads when first used, in its own chunk; the service worker precaches them all, and the
 * single-file build inlines them.
 */

/** The other pages' interface text, shared by every part: loaded and added once. */
const pageTexts = new Lazy(() =>
	import('../data/messages/pages').then(({ pageMessages }) => {
		language.addTexts(pageMessages);
		return true;
	})
);

/** A part whose component renders only once the pages' interface text has been added. */
const part = <T>(load: () => Promise<{ default: T }>) =>
	new Lazy(async () => {
		const [module, texts] = await Promise.all([load(), pageTexts.load()]);
		if (texts === null) throw new Error('The pages’ interface text could not be loaded.');
		return module.default;
	});

/** An entry's page (`#/code/…`): the full catalog, commands, the delivery path. */
export const entryPage = part(() => import('./entry/EntryPage.svelte'));
/** The wizard (`#/wizard`): its tree and engine. */
export const wizardPage = part(() => import('./wizard/WizardPage.svelte'));
/** What a paste says: the parser, the evidence readers and the Detected panel. */
export const pasteView = part(() => import('./search/PasteView.svelte'));

/** The part a route's page needs, or null for the pages of the first screen. */
export function partFor(route: Route): typeof entryPage | typeof wizardPage | null {
	return route.name === 'code' ? entryPage : route.name === 'wizard' ? wizardPage : null;
}
