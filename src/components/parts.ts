import { Lazy } from '../state/lazy.svelte';

/*
 * The parts of the app that the first screen (the start page and the query field) does not need:
 * each loads when first used, in its own chunk; the service worker precaches them all, and the
 * single-file build inlines them.
 */

/** An entry's page (`#/code/…`): the full catalog, commands, the delivery path. */
export const entryPage = new Lazy(() => import('./entry/EntryPage.svelte').then((m) => m.default));
/** The wizard (`#/wizard`): its tree and engine. */
export const wizardPage = new Lazy(() =>
	import('./wizard/WizardPage.svelte').then((m) => m.default)
);
/** What a paste says: the parser, the evidence readers and the Detected panel. */
export const pasteView = new Lazy(() => import('./search/PasteView.svelte').then((m) => m.default));
