import { entryPages } from 'virtual:content/entries';
import type { EntryPageData } from '../lib/catalog/page';
import { LANGS, type Lang } from '../lib/catalog/types';
import type { Route } from '../lib/route';
import { language } from '../state/language.svelte';
import { Lazy } from '../state/lazy.svelte';
import { router } from '../state/router.svelte';
import { briefIndex } from '../state/search.svelte';

/*
 * The parts of the app that the first screen (the start page and the query field) does not need:
 * each loads when first used, in its own chunk; the service worker precaches them all, and the
 * single-file build inlines them.
 */

/** The other pages' interface text, a file per language: the reader's is loaded with the first part. */
const pageTexts: Readonly<Record<Lang, Lazy<boolean>>> = {
	en: new Lazy(() =>
		import('../data/messages/en-pages').then(({ enPages }) => {
			language.addTexts({ en: enPages });
			return true;
		})
	),
	it: new Lazy(() =>
		import('../data/messages/it-pages').then(({ itPages }) => {
			language.addTexts({ it: itPages });
			return true;
		})
	)
};

/** A part whose component renders only once the pages' interface text has been added. */
const part = <T>(load: () => Promise<{ default: T }>) =>
	new Lazy(async () => {
		const [module, texts] = await Promise.all([load(), pageTexts[language.current].load()]);
		if (texts === null) throw new Error('The pages’ interface text could not be loaded.');
		return module.default;
	});

/** An entry's page (`#/code/…`): its component, the delivery path, the code's decoding. */
export const entryPage = part(() => import('./entry/EntryPage.svelte'));

/** The page of one code: the entry page's component and that entry's own chunk, together. */
export interface EntryPart {
	readonly Page: NonNullable<typeof entryPage.value>;
	/** Null for a code the catalog has no entry for (the page says so). */
	readonly data: EntryPageData | null;
}

const entryParts = new Map<string, Lazy<EntryPart>>();

/**
 * The part of `#/code/<code>` in a language: the entry page's component and the chunk of the entry
 * the code resolves to (the first screen's brief resolves it) in that language, loaded in parallel,
 * once per entry and language.
 */
export function entryPart(code: string, lang: Lang = language.current): Lazy<EntryPart> {
	const key = briefIndex.resolveTyped(code)?.entry.code ?? '';
	let lazy = entryParts.get(`${lang} ${key}`);
	if (!lazy) {
		const loadEntry = Object.hasOwn(entryPages, key) ? entryPages[key] : undefined;
		lazy = new Lazy(async () => {
			const [Page, data] = await Promise.all([
				entryPage.load(),
				loadEntry ? loadEntry(lang).then((m) => m.page) : null
			]);
			if (Page === null) throw new Error('The entry page could not be loaded.');
			return { Page, data };
		});
		entryParts.set(`${lang} ${key}`, lazy);
	}
	return lazy;
}

/*
 * A switch of language waits for what the page shows to be there in the new language: the pages'
 * interface text once a part has loaded it, and the open entry's chunk (from the service worker's
 * cache when offline; the single file has every language).
 */
language.prepareWith((lang) => {
	const waits: Promise<unknown>[] = [];
	const texts = pageTexts[lang];
	if (texts.value === null && LANGS.some((l) => pageTexts[l].value !== null))
		waits.push(texts.load());
	const route = router.route;
	const entry = route.name === 'code' ? entryPart(route.code, lang) : null;
	if (entry && entry.value === null) waits.push(entry.load());
	// Nothing to load (all of it loaded before): the switch is immediate.
	return waits;
});

/** The wizard (`#/wizard`): its tree and engine. */
export const wizardPage = part(() => import('./wizard/WizardPage.svelte'));
/** The start page's catalog as a sortable, filterable table. */
export const allErrorsTable = part(() => import('./search/AllErrorsTable.svelte'));
/** What a paste says: the parser, the evidence readers and the Detected panel. */
export const pasteView = part(() => import('./search/PasteView.svelte'));

/** The part a route's page needs, or null for the pages of the first screen. */
export function partFor(route: Route): Lazy<EntryPart> | typeof wizardPage | null {
	return route.name === 'code'
		? entryPart(route.code)
		: route.name === 'wizard'
			? wizardPage
			: null;
}
