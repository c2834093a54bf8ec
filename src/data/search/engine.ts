/*
 * What the full search needs beyond the first screen: the index the build wrote with the entries'
 * texts (not the catalog: the results are the first screen's brief), the lexicon and the engine.
 * The first screen loads it on its own (state/search.svelte.ts), after it is shown.
 */
export { searchData } from './index';
export { searchSource } from 'virtual:content/search-source';
export { searchOver, warmUpSteps } from '../../lib/search';
