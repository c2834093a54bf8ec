/*
 * What the full search needs beyond the first screen: the whole catalog, the lexicon and the
 * engine (not the commands or the paste reader's texts). The first screen loads it on its own
 * (state/search.svelte.ts), after it is shown.
 */
export { catalogIndex } from '../catalog';
export { searchData } from './index';
export { searchSteps } from '../../lib/search';
