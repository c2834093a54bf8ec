import { LANGS, type EntryBrief, type Lang } from '../lib/catalog/types';
import { indexCodes } from '../lib/catalog/lookup';
import type { LoadedSearch, SerializedTexts } from '../lib/search';
import { proseParts } from '../data/search/prose';
import { quickSearch } from '../lib/search/quick';
import type { SearchOptions, SearchResult } from '../lib/search/result';
import { catalogBrief, socketBrief } from 'virtual:content/brief';
import { Lazy } from './lazy.svelte';

/** The performance mark set when the full search's code and index have arrived. */
const LOADED_MARK = 'search-engine-loaded';
/** The performance mark set when the prose has reached the full search. */
const EXPLAINED_MARK = 'search-explained';
/** The measure from that mark to the full search being ready: the index's load time. */
export const INDEX_LOAD_MEASURE = 'search index load';

/** Most time one idle slice of the index build takes: well inside a frame. */
const SLICE_MS = 8;

/** The codes and titles of every entry: what the first screen knows of the catalog. */
export const briefIndex = indexCodes(catalogBrief);

/**
 * The search. The first screen carries only the catalog's brief (codes, titles, aliases) and
 * answers from it at once (`quickSearch`); the full search (its index prebuilt by the build, or, in
 * the single file, built from the catalog) loads after the page is shown and gets ready a few
 * milliseconds at a time in idle time, so neither the first paint nor a keystroke waits; the prose
 * of its explanations follows. Reading `query()` in a `$derived` re-runs it when the full search
 * becomes ready, and again when its explanations are complete.
 */
export class SearchEngine {
	/** True once the full search is loaded and built: every query gets its full results. */
	ready = $state(false);
	/**
	 * True once the prose of the entries' texts in the reader's language has reached the full
	 * search too: the few results that a cause's detail, a meaning or a fix explains now show it
	 * (the ranking is the same).
	 */
	explained = $state(false);
	/**
	 * The languages whose prose the full search has: the reader's first, then the other's, which
	 * explains the results of a query written in it (as the index built from the catalog does).
	 */
	#proseIn = $state.raw<readonly Lang[]>([]);
	/** The full search's code and data (its prebuilt index), loaded once the first screen is up. */
	readonly #engine = new Lazy(() => import('../data/search/engine'));
	/** The prose for explanations, a part per language, loaded after the engine. */
	readonly #prose: Readonly<Record<Lang, Lazy<SerializedTexts>>> = {
		en: new Lazy(() => proseParts.en().then((m) => m.searchProse)),
		it: new Lazy(() => proseParts.it().then((m) => m.searchProse))
	};
	/** The language whose prose comes first (the reader's when the full search loads). */
	#firstProse: Lang = 'en';
	#steps: Generator<void, LoadedSearch<EntryBrief>> | null = null;
	/** The warm-up searches, run in idle time once the full search is ready. */
	#warmUp: Generator<void, void> | null = null;
	#warmUpOf: ((search: LoadedSearch<EntryBrief>) => Generator<void, void>) | null = null;
	#search: LoadedSearch<EntryBrief> | null = null;

	/** True when loading the full search failed (offline before it was cached): the quick one stays. */
	get failed(): boolean {
		return this.#engine.failed;
	}

	/**
	 * Loads the full search and builds its index in idle time (safe to call more than once);
	 * `lang` is the reader's language, whose prose comes first.
	 */
	start(lang: Lang = 'en'): void {
		void this.#engine.load().then((engine) => {
			if (engine === null || this.#steps !== null) return;
			performance.mark(LOADED_MARK);
			this.#steps = engine.searchOver(briefIndex, engine.searchData, engine.searchSource);
			this.#warmUpOf = engine.warmUpSteps;
			this.#schedule();
			// The prose after the engine, not beside it: on a slow link the two would share the
			// bandwidth. The reader's language first, then the other one.
			this.#firstProse = lang;
			const other = LANGS.filter((l) => l !== lang);
			void this.#prose[lang].load().then(async () => {
				this.#explain();
				for (const l of other) await this.#prose[l].load();
				this.#explain();
			});
		});
	}

	/** Gives the prose parts that are in to the full search once it is ready (in whichever order). */
	#explain(): void {
		const search = this.#search;
		if (!search) return;
		const added = [...this.#proseIn];
		for (const lang of LANGS) {
			const rows = this.#prose[lang].value;
			if (rows === null || added.includes(lang)) continue;
			search.addTexts(rows);
			added.push(lang);
		}
		if (added.length === this.#proseIn.length) return;
		this.#proseIn = added;
		if (!this.explained && added.includes(this.#firstProse)) {
			this.explained = true;
			performance.mark(EXPLAINED_MARK);
		}
	}

	/** The results for a query: the full search's once ready, the quick search's until then. */
	query(text: string, lang: Lang, options?: SearchOptions): SearchResult<EntryBrief>[] {
		// Reading `ready` (state) makes a `$derived` caller run again when the full search is built,
		// and the prose parts when each language's explanations are complete.
		void this.#proseIn;
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

	/**
	 * Runs steps until `end` (a performance.now() time): the index's, then, once the search is
	 * ready, the warm-up searches'. True when nothing is left to do.
	 */
	#advance(end: number): boolean {
		while (performance.now() < end) {
			if (this.#search) {
				const warm = this.#warmUp;
				if (!warm || warm.next().done) return true;
				continue;
			}
			const steps = this.#steps;
			if (!steps) return true;
			const next = steps.next();
			if (next.done) {
				this.#search = next.value;
				this.#warmUp = this.#warmUpOf?.(next.value) ?? null;
				this.ready = true;
				// How long the loaded index took to be ready in this browser (`npm run bench` reads it).
				performance.measure(INDEX_LOAD_MEASURE, LOADED_MARK);
				this.#explain();
				// The page answers with the full search now; the warm-up waits for the next idle time.
				return false;
			}
		}
		return false;
	}
}

export const searchEngine = new SearchEngine();
