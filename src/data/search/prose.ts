/*
 * The prose of the entries' texts (causes' details, meanings, fixes), which explain about one
 * result in twenty: a chunk per language, loaded once the full search answers, the reader's
 * language first (state/search.svelte.ts).
 */
export const proseParts = {
	en: () => import('virtual:content/search-prose/en'),
	it: () => import('virtual:content/search-prose/it')
};
