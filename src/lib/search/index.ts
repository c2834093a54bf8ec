import type { Entry, Lang, Localized } from '../catalog/types';
import type { CatalogIndex, Resolution } from '../catalog/lookup';
import { tokenize } from './analyze';
import { codesInQuery } from './codes';
import { segments, type Segment } from './highlight';
import { compileLexicon, type Concept } from './lexicon';
import {
	analyzeQuery,
	MAX_QUERY_CHARS,
	queryContext,
	type Alternative,
	type QueryUnit
} from './query';
import { socketErrorsInQuery, type SocketError } from './socket';
import {
	FIELD_WEIGHTS,
	termIndexSteps,
	type AnalysedText,
	type EntryTexts,
	type SearchField,
	type TermIndex
} from './terms';

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

/** A unit of the query that weighs in the choice of an explanation, with what it is worth. */
interface Telling {
	readonly unit: QueryUnit;
	readonly worth: number;
}

/** Answers a query: the entries that explain it best, first. */
export type Search = (query: string, lang?: Lang) => SearchResult[];

/**
 * How much explaining more of the query counts: an entry that accounts for every idea of a
 * sentence is worth up to (1 + COVERAGE_BONUS) times its raw score, so a long sentence ranks the
 * entry that explains it as a whole above one that repeats a single word of it.
 */
const COVERAGE_BONUS = 0.3;
/**
 * What quoting an entry's short text whole adds, times the text's field weight and length. Admins
 * paste error wording verbatim; a text found whole is stronger evidence than its words found apart.
 */
const PHRASE_BONUS = 3;
/** Words past the first that add to a quote's bonus, at most. */
const MAX_PHRASE_WORDS = 3;
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
/**
 * Most texts of an entry read to explain a match in a catalog too large to keep every entry read:
 * enough for its titles, aliases and symptoms; past them the best text so far is good enough.
 */
const MAX_TEXTS_READ = 24;
/** Queries run once while the index is built, so the first keystrokes find the code compiled. */
const WARM_UP = [
	'4.4.316',
	'connection refused',
	'certificato scaduto',
	'conection refussed',
	'smart h'
];
/** Most query units weighed when choosing the text that explains a match. */
const MAX_TELLING_UNITS = 8;
/** How much more a text in the reader's language counts when choosing which one explains a match. */
const OWN_LANGUAGE_BONUS = 4;

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
	const scores = new Float64Array(index.entries.length);
	const covered = new Float64Array(index.entries.length);
	const best = new Float64Array(index.entries.length);
	const bonus = new Float64Array(index.entries.length);
	const final = new Float64Array(index.entries.length);
	// The entries a unit reached, and the entries any unit reached: filled, not allocated.
	const hitList = new Int32Array(index.entries.length);
	const touchedList = new Int32Array(index.entries.length);
	// Per text of the entry being explained: its weight, and the current unit's best weight there.
	let textWeight = new Float64Array(0);
	let unitWeight = new Float64Array(0);

	const search: Search = (query, lang) => {
		if (!query.trim())
			return index.entries.map((entry) => ({ entry, reason: null, closest: false }));
		const results = namedEntries(index, data, query);
		const taken = new Set(results.map((r) => r.entry));

		const reading = analyzeQuery(query, ctx);
		const { units } = reading;
		const ranked = rank(units, reading.terms, reading.partial);
		if (ranked.length === 0) return results;
		const top = ranked[0];
		const closest =
			results.length === 0 && top !== undefined && wordsExplained(top, units) < CLOSEST_BELOW;
		const cutoff = (top === undefined ? 0 : (final[top] ?? 0)) * RELATIVE_CUTOFF;
		const shown = closest ? MAX_CLOSEST : MAX_RESULTS;
		const telling = strongest(units);
		for (const doc of ranked.slice(0, shown)) {
			if ((final[doc] ?? 0) < cutoff) break;
			const entry = index.entries[doc];
			if (!entry || taken.has(entry)) continue;
			taken.add(entry);
			results.push({ entry, reason: explain(doc, telling, units, lang), closest });
		}
		return results;
	};
	// A few searches in idle time compile the code that typing runs, before anyone types.
	for (const query of WARM_UP) {
		search(query, 'en');
		yield;
	}
	return search;

	/**
	 * Scores every entry holding a key of the query (BM25 per unit, times the coverage bonus, plus
	 * the quote bonus) into `final`, and returns those entries, best first. The per-entry arrays are
	 * reused from one keystroke to the next and left at zero.
	 */
	function rank(
		units: readonly QueryUnit[],
		queryTerms: readonly string[],
		partial: string | null
	): number[] {
		let touched = 0;
		let total = 0;
		for (const unit of units) {
			let unitIdf = 0;
			let hits = 0;
			for (const alt of unit.alternatives) {
				const idf = terms.idf(alt.key);
				const list = terms.postings.get(alt.key);
				if (idf === 0 || !list) continue;
				unitIdf = Math.max(unitIdf, idf * alt.weight);
				const { docs, tfs } = list;
				const factor = alt.weight * idf;
				for (let k = 0; k < docs.length; k++) {
					const doc = docs[k] ?? 0;
					const s = factor * (tfs[k] ?? 0);
					if (best[doc] === 0) hitList[hits++] = doc;
					if (s > (best[doc] ?? 0)) best[doc] = s;
				}
			}
			total += unitIdf;
			for (let k = 0; k < hits; k++) {
				const doc = hitList[k] ?? 0;
				if (scores[doc] === 0) touchedList[touched++] = doc;
				scores[doc] = (scores[doc] ?? 0) + (best[doc] ?? 0);
				covered[doc] = (covered[doc] ?? 0) + unitIdf;
				best[doc] = 0;
			}
		}
		if (total === 0) return [];
		// A quoted phrase can name an entry none of the words' readings reached (a completion
		// left out): it joins the ranking with its bonus alone.
		for (const doc of quotedEntries(queryTerms, partial)) {
			if (scores[doc] === 0) touchedList[touched++] = doc;
		}
		for (let k = 0; k < touched; k++) {
			const doc = touchedList[k] ?? 0;
			const coverage = (covered[doc] ?? 0) / total;
			final[doc] = (scores[doc] ?? 0) * (1 + COVERAGE_BONUS * coverage) + (bonus[doc] ?? 0);
			scores[doc] = 0;
			covered[doc] = 0;
			bonus[doc] = 0;
		}
		return topOf(touchedList, touched, MAX_RESULTS);
	}

	/**
	 * The `k` best of the first `count` entries of a list, best first (ties in catalog order): one
	 * pass that keeps a small sorted list, not a sort of thousands of entries per keystroke.
	 */
	function topOf(docs: Int32Array, count: number, k: number): number[] {
		const better = (a: number, b: number) =>
			(final[a] ?? 0) > (final[b] ?? 0) || ((final[a] ?? 0) === (final[b] ?? 0) && a < b);
		const top: number[] = [];
		for (let d = 0; d < count; d++) {
			const doc = docs[d] ?? 0;
			const last = top[top.length - 1];
			if (top.length === k && last !== undefined && !better(doc, last)) continue;
			let at = top.length;
			while (at > 0 && better(doc, top[at - 1] ?? 0)) at--;
			top.splice(at, 0, doc);
			if (top.length > k) top.pop();
		}
		return top;
	}

	/**
	 * The units that decide which text explains a match: the rarest words of the query. A long
	 * sentence's common words ("mail", "server") never change the choice, and skipping them keeps
	 * each explanation cheap.
	 */
	function strongest(units: readonly QueryUnit[]): Telling[] {
		const rated = units.map((unit) => {
			let worth = 0;
			for (const a of unit.alternatives) worth = Math.max(worth, a.weight * terms.idf(a.key));
			return { unit, worth };
		});
		return rated.sort((a, b) => b.worth - a.worth).slice(0, MAX_TELLING_UNITS);
	}

	/** The share of the query's words (stop words aside) that an entry holds, in any reading. */
	function wordsExplained(doc: number, units: readonly QueryUnit[]): number {
		let all = 0;
		let held = 0;
		for (const unit of units) {
			all += unit.size;
			if (unit.alternatives.some((alt) => terms.holds(doc, alt.key))) held += unit.size;
		}
		return all === 0 ? 0 : held / all;
	}

	/**
	 * The entries whose title, alias, symptom or cause the query quotes whole ("Message expired,
	 * connection refused"), returned, with the bonus each gets set in `bonus`: the best quoted text's
	 * field weight, times its length (a longer quote is stronger evidence: "message expired" is in
	 * every expiry alias).
	 */
	function quotedEntries(queryTerms: readonly string[], partial: string | null): number[] {
		const quoted: number[] = [];
		const end = queryTerms.length - 1;
		// The word being typed quotes a phrase's word it starts: "connection ref" quotes
		// "Connection refused".
		const same = (t: string, at: number) => {
			const q = queryTerms[at];
			return (
				q === t ||
				(at === end && partial !== null && (t.startsWith(partial) || t.startsWith(q ?? '\0')))
			);
		};
		queryTerms.forEach((term, at) => {
			const next = queryTerms[at + 1];
			if (next === undefined) return;
			// A phrase has two words at least; looked up by both, unless the second is being typed.
			const typedNext = at + 1 === end && partial !== null;
			for (const phrase of terms.phrasesFrom(term, typedNext ? undefined : next)) {
				if (!phrase.terms.every((t, i) => same(t, at + i))) continue;
				const words = Math.min(phrase.terms.length - 1, MAX_PHRASE_WORDS);
				const value = PHRASE_BONUS * FIELD_WEIGHTS[phrase.field] * words;
				if ((bonus[phrase.doc] ?? 0) === 0) quoted.push(phrase.doc);
				if (value > (bonus[phrase.doc] ?? 0)) bonus[phrase.doc] = value;
			}
		});
		return quoted;
	}

	/**
	 * Why an entry matched: the text of it that holds the most of the query (weighted by field, the
	 * reader's language first), its matched words marked, and the lexicon or typo readings used.
	 */
	function explain(
		doc: number,
		telling: readonly Telling[],
		units: readonly QueryUnit[],
		lang: Lang | undefined
	): MatchReason | null {
		const entry = terms.textsOf(doc);
		const chosen = entry.where
			? bestTextWhere(entry, entry.where, telling, lang)
			: bestTextInOrder(doc, entry, telling, lang);
		return chosen ? reasonIn(chosen, (key) => chosen?.keys.has(key) === true, units) : null;
	}

	/** The best text of an entry read whole: only the texts holding a key of the query are weighed. */
	function bestTextWhere(
		entry: EntryTexts,
		where: ReadonlyMap<string, readonly number[]>,
		telling: readonly Telling[],
		lang: Lang | undefined
	): AnalysedText | null {
		const n = entry.texts.length;
		// Scratch arrays rather than maps of doubles: nothing to collect after a keystroke.
		if (textWeight.length < n) {
			textWeight = new Float64Array(n * 2);
			unitWeight = new Float64Array(n * 2);
		}
		const held: number[] = [];
		const touched: number[] = [];
		for (const { unit } of telling) {
			touched.length = 0;
			for (const alt of unit.alternatives) {
				const v = alt.weight * terms.idf(alt.key);
				for (const i of where.get(alt.key) ?? []) {
					if (unitWeight[i] === 0) touched.push(i);
					if (v > (unitWeight[i] ?? 0)) unitWeight[i] = v;
				}
			}
			for (const i of touched) {
				if (textWeight[i] === 0) held.push(i);
				textWeight[i] = (textWeight[i] ?? 0) + (unitWeight[i] ?? 0);
				unitWeight[i] = 0;
			}
		}
		let chosen = -1;
		let chosenWeight = 0;
		for (const i of held) {
			const w = textWeight[i] ?? 0;
			textWeight[i] = 0;
			const text = entry.texts[i];
			if (!text) continue;
			const own = text.lang === null || text.lang === lang ? OWN_LANGUAGE_BONUS : 1;
			const weight = w * FIELD_WEIGHTS[text.field] * own;
			// Ties go to the text listed first (titles before prose).
			if (weight > chosenWeight || (weight === chosenWeight && i < chosen)) {
				chosen = i;
				chosenWeight = weight;
			}
		}
		return chosen < 0 ? null : entry.read(chosen);
	}

	/**
	 * The best text of an entry not read yet (a large catalog): its texts are read most telling
	 * field first, and only while one could still do better than the best so far, so the long
	 * prose of fix steps is rarely read at all.
	 */
	function bestTextInOrder(
		doc: number,
		entry: EntryTexts,
		telling: readonly Telling[],
		lang: Lang | undefined
	): AnalysedText | null {
		// No text can weigh more than all the telling units the entry holds, in the reader's
		// language: the ceiling that stops the reading.
		let ceiling = 0;
		for (const { unit } of telling) {
			let held = 0;
			for (const alt of unit.alternatives) {
				const v = alt.weight * terms.idf(alt.key);
				if (v > held && terms.holds(doc, alt.key)) held = v;
			}
			ceiling += held;
		}
		ceiling *= OWN_LANGUAGE_BONUS;
		let chosen: AnalysedText | null = null;
		let chosenWeight = 0;
		for (const [n, i] of entry.order.entries()) {
			const field = entry.texts[i]?.field ?? 'fix';
			if (ceiling * FIELD_WEIGHTS[field] <= chosenWeight) break;
			if (n >= MAX_TEXTS_READ && chosen) break;
			const text = entry.read(i);
			let w = 0;
			for (const { unit } of telling) {
				let unitBest = 0;
				for (const alt of unit.alternatives) {
					if (!text.keys.has(alt.key)) continue;
					const v = alt.weight * terms.idf(alt.key);
					if (v > unitBest) unitBest = v;
				}
				w += unitBest;
			}
			const own = text.lang === null || text.lang === lang ? OWN_LANGUAGE_BONUS : 1;
			const weight = w * FIELD_WEIGHTS[field] * own;
			if (weight > chosenWeight) {
				chosen = text;
				chosenWeight = weight;
			}
		}
		return chosen;
	}

	/** The reason shown for a text: the query's words marked, and the readings that matched them. */
	function reasonIn(
		text: AnalysedText,
		holds: (key: string) => boolean,
		units: readonly QueryUnit[]
	): MatchReason {
		const marks: [number, number][] = [];
		const equivalences: Equivalence[] = [];
		for (const unit of units) {
			const alt = bestIn(unit, holds);
			if (!alt) continue;
			// A phrase is marked whole: from its first word to its last.
			const span = alt.key.startsWith('@') ? phraseSpan(text.tokens, alt.key) : null;
			const ranges = span
				? [span]
				: text.tokens
						.filter((t) => t.keys.includes(alt.key))
						.map((t): [number, number] => [t.start, t.end - 1]);
			marks.push(...ranges);
			const first = ranges[0];
			if (!first || (alt.how !== 'synonym' && alt.how !== 'typo')) continue;
			const matched = text.text.slice(first[0], first[1] + 1);
			if (termsOf(matched) !== termsOf(unit.typed)) {
				equivalences.push({ typed: unit.typed, matched, how: alt.how });
			}
		}
		return { kind: 'text', field: text.field, segments: segments(text.text, marks), equivalences };
	}

	/** The alternative of a unit that a text holds, the one worth most. */
	function bestIn(unit: QueryUnit, holds: (key: string) => boolean): Alternative | null {
		let found: Alternative | null = null;
		for (const alt of unit.alternatives) {
			if (!holds(alt.key)) continue;
			if (!found || alt.weight * terms.idf(alt.key) > found.weight * terms.idf(found.key))
				found = alt;
		}
		return found;
	}
}

/** The [start, end] range of the first run of words belonging to a lexicon concept. */
function phraseSpan(
	tokens: readonly { start: number; end: number; concepts: readonly string[] }[],
	key: string
): [number, number] | null {
	const first = tokens.findIndex((t) => t.concepts.includes(key));
	if (first < 0) return null;
	let last = first;
	while (tokens[last + 1]?.concepts.includes(key)) last++;
	return [tokens[first]?.start ?? 0, (tokens[last]?.end ?? 1) - 1];
}

/** A text's words as search reads them: an inflection ("certificates") is not a synonym. */
const termsOf = (text: string) =>
	tokenize(text)
		.map((t) => t.term)
		.join(' ');
