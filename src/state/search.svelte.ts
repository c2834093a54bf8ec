import type { EntryBrief, Lang } from '../lib/catalog/types';
import { indexCodes } from '../lib/catalog/lookup';
import type { Search } from '../lib/search';
import { quickSearch } from '../lib/search/quick';
import type { SearchOptions, SearchResult } from '../lib/search/result';
import { catalogBrief, socketBrief } from 'virtual:content/brief';
import { Lazy } from './lazy.svelte';

/** Most time one idle slice of the index build takes: well inside a frame. */
const SLICE_MS = 8;

/** The codes and titles of every entry: what the first screen knows of the catalog. */
export const briefIndex = indexCodes(catalogBrief);

/**
 * The search. The first screen carries only the catalog's brief (codes, titles, aliases) and
 * answers from it at once (`quickSearch`); the whole catalog and the full search load after the
 * page is shown, and their index is built a few milliseconds at a time in idle time, so neither
 * the first paint nor a keystroke waits. Reading `query()` in a `$derived` re-runs it when the
 * full search becomes ready.
 */
export class SearchEngine {
	/** True once the full search is loaded and built: every query gets its full results. */
	ready = $state(false);
	/** The full search's code and data, loaded once the first screen is up. */
	readonly #engine = new Lazy(() => import('../data/search/engine'));
	#steps: Generator<void, Search> | null = null;
	#search: Search | null = null;

	/** True when loading the full search failed (offline before it was cached): the quick one stays. */
	get failed(): boolean {
		return this.#engine.failed;
	}

	/** Loads the full search and builds its index in idle time (safe to call more than once). */
	start(): void {
		void this.#engine.load().then((engine) => {
			if (engine === null || this.#steps !== null) return;
			this.#steps = engine.searchSteps(engine.catalogIndex, engine.searchData);
			this.#schedule();
		});
	}

	/** The results for a query: the full search's once ready, the quick search's until then. */
	query(text: string, lang: Lang, options?: SearchOptions): SearchResult<EntryBrief>[] {
		// Reading `ready` (state) makes a `$derived` caller run again when the full search is built.
		return this.ready && this.#search
			? this.#search(text, lang, options)
			: quickSearch(briefIndex, text, lang, socketBrief, options);
	}

	#schedule(): void {
		const slice = (deadline?: IdleDeadline) => {
			const left = deadline ? deadline.timeRemaining() : SLICE_MS;
			if (!this.#advance(performance.now() + Math.min(SLICE_MS, left))) this.#schedule();
		};
		if (typeof requestIdleCallback === 'function') requestIdleCallback(slice);
		else setTimeout(slice, 0);
	}

	/** Runs build steps until `end` (a performance.now() time); true when the index is ready. */
	#advance(end: number): boolean {
		const steps = this.#steps;
		if (this.#search || !steps) return this.#search !== null;
		while (performance.now() < end) {
			const next = steps.next();
			if (next.done) {
				this.#search = next.value;
				this.ready = true;
				return true;
			}
		}
		return false;
	}
}

export const searchEngine = new SearchEngine();
