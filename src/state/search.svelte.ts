import type { Lang } from '../lib/catalog/types';
import { namedEntries, searchSteps, type Search, type SearchResult } from '../lib/search';
import { catalogIndex } from '../data';
import { searchData } from '../data/search';

/** Most time one idle slice of the index build takes: well inside a frame. */
const SLICE_MS = 8;
/**
 * Most time a query may spend on the index when it comes before the index is ready (the first
 * instants after load): one more slice, no more, so a keystroke never waits for the build. It
 * gets the entries it names outright, and the rest when the index is done.
 */
const QUERY_BUDGET_MS = SLICE_MS;

/**
 * The search, its index built after the page is shown, a few milliseconds at a time in idle
 * time, so that neither the first paint nor a keystroke waits for it. Reading `query()` in a
 * `$derived` re-runs it when the index becomes ready.
 */
export class SearchEngine {
	/** True once the index is built and every query gets its full results. */
	ready = $state(false);
	#steps = searchSteps(catalogIndex, searchData);
	#search: Search | null = null;
	#scheduled = false;

	/** Builds the index in idle time, starting now (safe to call more than once). */
	start(): void {
		if (this.ready || this.#scheduled) return;
		this.#scheduled = true;
		const slice = (deadline?: IdleDeadline) => {
			this.#scheduled = false;
			const left = () => (deadline ? deadline.timeRemaining() : SLICE_MS);
			const end = performance.now() + Math.min(SLICE_MS, left());
			if (!this.#advance(end)) this.start();
		};
		if (typeof requestIdleCallback === 'function') requestIdleCallback(slice);
		else setTimeout(slice, 0);
	}

	/** The results for a query: full once the index is ready, the entries it names until then. */
	query(text: string, lang: Lang): SearchResult[] {
		if (!this.ready) this.#advance(performance.now() + QUERY_BUDGET_MS);
		if (this.#search) return this.#search(text, lang);
		if (!text.trim())
			return catalogIndex.entries.map((entry) => ({ entry, reason: null, closest: false }));
		return namedEntries(catalogIndex, searchData, text);
	}

	/**
	 * Runs build steps until `end` (a performance.now() time); true when the index is ready.
	 * `ready` changes after the current task: a query may finish the index from inside a
	 * `$derived`, where state must not change.
	 */
	#advance(end: number): boolean {
		if (this.#search) return true;
		while (performance.now() < end) {
			const next = this.#steps.next();
			if (next.done) {
				this.#search = next.value;
				queueMicrotask(() => (this.ready = true));
				return true;
			}
		}
		return false;
	}
}

export const searchEngine = new SearchEngine();
