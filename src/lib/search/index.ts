import type { Entry, EntryBrief, Lang } from '../catalog/types';
import type { CatalogIndex, CodeIndex } from '../catalog/lookup';
import { createExplainer } from './explain';
import { compileLexicon, type Concept } from './lexicon';
import { analyzeQuery, queryContext } from './query';
import { namedEntries } from './quick';
import type { SearchOptions, SearchResult } from './result';
import { createRanker } from './rank';
import type { SocketError } from './socket';
import {
	loadTermIndex,
	termIndexSteps,
	type SerializedIndex,
	type SerializedTexts,
	type TermIndex
} from './terms';

export type { SearchField, SerializedIndex, SerializedTexts } from './terms';
export { PROSE_FIELDS } from './terms';
export type { Equivalence, MatchReason, SearchOptions, SearchResult } from './result';

/** The language data search reads with: the lexicon, stop words and socket errors. */
export interface SearchData {
	readonly lexicon: readonly Concept[];
	readonly stopWords: readonly string[];
	readonly socketErrors: readonly SocketError[];
}

/** Answers a query: the entries that explain it best, first. */
export type Search<E extends EntryBrief = Entry> = (
	query: string,
	lang?: Lang,
	options?: SearchOptions
) => SearchResult<E>[];

/**
 * What the search ranks with: the whole catalog, its index built in place (the tests, the single
 * file), or an index the build wrote (`serializeTermIndex`) with the entries' texts, ranked over
 * the entries of a code index in the same order (the first screen's brief).
 */
export type SearchSource =
	| { readonly entries: readonly Entry[] }
	| { readonly index: SerializedIndex; readonly texts: SerializedTexts };

/**
 * A search whose index may still lack texts (a prebuilt index, before its prose part arrives):
 * `addTexts` gives them; results then explain themselves with them too. Ranking never changes.
 */
export type LoadedSearch<E extends EntryBrief> = Search<E> & {
	readonly addTexts: (rows: SerializedTexts) => void;
};

/** Results scoring below this share of the best one are left out: they explain too little. */
const RELATIVE_CUTOFF = 0.2;
/** Most text results listed: a screenful, enough for any question. */
const MAX_RESULTS = 12;
/**
 * When the best entry holds less than this share of the query's words (stop words aside, unknown
 * words counted), nothing explains the query well: the best entries are shown as the closest
 * ones, under a heading that says so, with the wizard offered.
 */
const CLOSEST_BELOW = 0.34;
/**
 * The same for a long text, whose units are only its strongest known words (`analyzeText`): an
 * entry holding this share of them explains the text.
 */
const CLOSEST_BELOW_LONG = 0.25;
/** Most entries shown as "closest". */
const MAX_CLOSEST = 5;
/** Queries run once the index is ready (`warmUpSteps`), so the first keystrokes find the code compiled. */
const WARM_UP = [
	'4.4.316',
	'connection refused',
	'certificato scaduto',
	'conection refussed',
	'smart h'
];

/**
 * Builds the search over a catalog (see `searchSteps`) and returns the function that answers a
 * query.
 */
export function createSearch(index: CatalogIndex, data: SearchData): Search {
	const steps = searchSteps(index, data);
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}

/**
 * Builds the search over a catalog, one entry at a time (it yields after each, so a page can do it
 * in idle time): the term index (BM25 statistics per word and per lexicon concept, both languages)
 * and the vocabulary for completion and typo correction. The search it returns answers a query:
 * the entries the query names outright first (`namedEntries`), then the entries ranked by how much
 * of the query they explain.
 */
export function searchSteps(index: CatalogIndex, data: SearchData): Generator<void, Search> {
	return searchOver(index, data, { entries: index.entries });
}

/**
 * The search over the entries of a code index (whole or brief), ranked with `source`: what
 * `searchSteps` does over the catalog. A prebuilt index must be of the same entries, in the same
 * order.
 *
 * @throws Error when a prebuilt index is not of the index's entries (a stale build)
 */
export function* searchOver<E extends EntryBrief>(
	index: CodeIndex<E>,
	data: SearchData,
	source: SearchSource
): Generator<void, LoadedSearch<E>> {
	const lexicon = compileLexicon(data.lexicon);
	const stopWords = new Set(data.stopWords);
	let terms: TermIndex;
	// An index built from the catalog has every text already.
	let addTexts: (rows: SerializedTexts) => void = () => undefined;
	if ('entries' in source) {
		terms = yield* termIndexSteps(source.entries, lexicon, stopWords);
	} else {
		const codes = index.entries.map((e) => e.code);
		if (codes.join('\n') !== source.index.codes.join('\n'))
			throw new Error('The prebuilt search index is not of these entries: rebuild the app.');
		const loaded = loadTermIndex(source.index, index.entries, source.texts, lexicon, stopWords);
		terms = loaded;
		addTexts = (rows) => loaded.addTexts(rows);
	}
	yield;
	const ctx = queryContext(terms, lexicon, stopWords);
	yield;
	const ranker = createRanker(terms);
	const explainer = createExplainer(terms);

	const search: Search<E> = (query, lang, options) => {
		if (!query.trim())
			return index.entries.map((entry) => ({ entry, reason: null, closest: false }));
		const results: SearchResult<E>[] =
			options?.named === false ? [] : namedEntries(index, query, data.socketErrors);
		const taken = new Set(results.map((r) => r.entry));

		const { units, terms: queryTerms, partial, long } = analyzeQuery(query, ctx);
		const ranked = ranker.rank(units, queryTerms, partial, MAX_RESULTS);
		const top = ranked[0];
		if (top === undefined) return results;
		const closest =
			results.length === 0 &&
			ranker.wordsHeld(top, units) < (long ? CLOSEST_BELOW_LONG : CLOSEST_BELOW);
		const cutoff = ranker.score(top) * RELATIVE_CUTOFF;
		const telling = explainer.strongest(units);
		for (const doc of ranked.slice(0, closest ? MAX_CLOSEST : MAX_RESULTS)) {
			if (ranker.score(doc) < cutoff) break;
			const entry = index.entries[doc];
			if (!entry || taken.has(entry)) continue;
			taken.add(entry);
			results.push({ entry, reason: explainer.explain(doc, telling, units, lang), closest });
		}
		return results;
	};
	return Object.assign(search, { addTexts });
}

/**
 * A few searches, one per step, to run in idle time once the search is ready: they compile the
 * code that typing runs before anyone types, without holding up the first full answer.
 */
export function* warmUpSteps(search: Search<EntryBrief>): Generator<void, void> {
	for (const query of WARM_UP) {
		search(query, 'en');
		yield;
	}
}
