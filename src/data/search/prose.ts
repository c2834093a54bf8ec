/*
 * The prose of the entries' texts (causes' details, meanings, fixes), which explain about one
 * result in twenty: loaded on its own once the full search answers (state/search.svelte.ts).
 */
export { searchProse } from 'virtual:content/search-prose';
