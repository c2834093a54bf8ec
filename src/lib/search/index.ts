import type { Entry, Lang, Localized } from '../catalog/types';
import type { CatalogIndex, Resolution } from '../catalog/lookup';
import { codesInQuery } from './codes';
import { createExplainer } from './explain';
import type { Segment } from './highlight';
import { compileLexicon, type Concept } from './lexicon';
import { analyzeQuery, MAX_QUERY_CHARS, queryContext } from './query';
import { createRanker } from './rank';
import { socketErrorsInQuery, type SocketError } from './socket';
import { termIndexSteps, type SearchField, type TermIndex } from './terms';

export type { SearchField } from './terms';

/** A word of the query matched through the lexicon or corrected: "cert ≈ certificate". */
export interface Equivalence {
	readonly typed: string;
	readonly matched: string;
	readonly how: 'synonym' | 'typo';
}

/** Why a result matched: a code or a socket error in the query, or words of one of its texts. */
export type MatchReason =
	| {
			readonly kind: 'code';
			readonly code: string;
			readonly asTyped: string;
			/** How the code was resolved, or `identifier` for an on-premises status such as QUEUE.Expired. */
			readonly via: Resolution | 'identifier';
	  }
	| {
			readonly kind: 'socket';
			readonly number: number;
			readonly name: string;
			readonly label: Localized;
			readonly asTyped: string;
	  }
	| {
			readonly kind: 'text';
			readonly field: SearchField;
			readonly segments: readonly Segment[];
			readonly equivalences: readonly Equivalence[];
	  };

export interface SearchResult {
	readonly entry: Entry;
	/** Null when the query is empty and every entry is listed. */
	readonly reason: MatchReason | null;
	/** True when nothing explained the query well and this is only one of the closest entries. */
	readonly closest: boolean;
}

/** The language data search reads with: the lexicon, stop words and socket errors. */
export interface SearchData {
	readonly lexicon: readonly Concept[];
	readonly stopWords: readonly string[];
	readonly socketErrors: readonly SocketError[];
}

/** Answers a query: the entries that explain it best, first. */
export type Search = (query: string, lang?: Lang) => SearchResult[];

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
/** Most entries shown as "closest". */
const MAX_CLOSEST = 5;
/** Queries run once while the index is built, so the first keystrokes find the code compiled. */
const WARM_UP = [
	'4.4.316',
	'connection refused',
	'certificato scaduto',
	'conection refussed',
	'smart h'
];

/**
 * The entries a query names outright: status codes in any notation, on-premises identifiers and
 * socket errors, in that order. Needs no index, so it answers before the index is built.
 */
export function namedEntries(index: CatalogIndex, data: SearchData, query: string): SearchResult[] {
	const text = query.trim().slice(0, MAX_QUERY_CHARS);
	const results: SearchResult[] = [];
	const take = (entry: Entry, reason: MatchReason) => {
		if (!results.some((r) => r.entry === entry)) results.push({ entry, reason, closest: false });
	};
	for (const found of codesInQuery(text, index.knownCodes)) {
		const hit = index.resolve(found.code);
		if (hit)
			take(hit.entry, { kind: 'code', code: found.code, asTyped: found.asTyped, via: hit.via });
	}
	for (const found of index.identifiersIn(text)) {
		const { entry, asTyped } = found;
		take(entry, { kind: 'code', code: entry.code, asTyped, via: 'identifier' });
	}
	for (const { error, asTyped } of socketErrorsInQuery(text, data.socketErrors)) {
		const hit = index.resolve(error.entry);
		const { number, name, label } = error;
		if (hit) take(hit.entry, { kind: 'socket', number, name, label, asTyped });
	}
	return results;
}

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
export function* searchSteps(index: CatalogIndex, data: SearchData): Generator<void, Search> {
	const lexicon = compileLexicon(data.lexicon);
	const stopWords = new Set(data.stopWords);
	const terms: TermIndex = yield* termIndexSteps(index.entries, lexicon, stopWords);
	yield;
	const ctx = queryContext(terms, lexicon, stopWords);
	yield;
	const ranker = createRanker(terms);
	const explainer = createExplainer(terms);

	const search: Search = (query, lang) => {
		if (!query.trim())
			return index.entries.map((entry) => ({ entry, reason: null, closest: false }));
		const results = namedEntries(index, data, query);
		const taken = new Set(results.map((r) => r.entry));

		const { units, terms: queryTerms, partial } = analyzeQuery(query, ctx);
		const ranked = ranker.rank(units, queryTerms, partial, MAX_RESULTS);
		const top = ranked[0];
		if (top === undefined) return results;
		const closest = results.length === 0 && ranker.wordsHeld(top, units) < CLOSEST_BELOW;
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
	// A few searches in idle time compile the code that typing runs, before anyone types.
	for (const query of WARM_UP) {
		search(query, 'en');
		yield;
	}
	return search;
}
