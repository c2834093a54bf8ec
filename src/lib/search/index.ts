import Fuse, { type FuseResult, type FuseResultMatch, type IFuseOptions } from 'fuse.js';
import type { Entry, Lang, Localized } from '../catalog/types';
import { LANGS } from '../catalog/types';
import type { CatalogIndex, Resolution } from '../catalog/lookup';
import { codesInQuery } from './codes';
import { fold, foldQuery } from './fold';
import { segments, type Segment } from './highlight';

/** The parts of an entry that search looks at, in both languages whatever the interface language. */
export type SearchField = 'code' | 'title' | 'alias' | 'symptom' | 'cause' | 'meaning' | 'fix';

/** Why a result matched: a code in the query, or text found in one of the entry's fields. */
export type MatchReason =
	| {
			readonly kind: 'code';
			readonly code: string;
			readonly asTyped: string;
			readonly via: Resolution;
	  }
	| { readonly kind: 'text'; readonly field: SearchField; readonly segments: readonly Segment[] };

export interface SearchResult {
	readonly entry: Entry;
	/** Null when the query is empty and every entry is listed. */
	readonly reason: MatchReason | null;
}

/** Field weights: codes, titles and the phrases people type count most; fix prose least. */
const FIELD_WEIGHTS: Readonly<Record<SearchField, number>> = {
	code: 3,
	title: 2.5,
	alias: 2,
	symptom: 2,
	cause: 1.5,
	meaning: 1,
	fix: 0.6
};
/** Fuse's 0 (exact) to 1 (anything) cut-off: loose enough for two typos in "conection refussed". */
const FUZZY_THRESHOLD = 0.38;
/**
 * Longest text fuzzy-matched: Fuse's bitap works on 32-character chunks and its cost grows with
 * each chunk; 32 characters always hold enough of a phrase to find its entry.
 */
const MAX_FUZZY_QUERY = 32;
/**
 * Queries shorter than this must stand as typed in what they match: a typo allowance that suits
 * "conection refussed" turns a four-letter word ("ciao") into matches everywhere.
 */
const SHORT_QUERY = 5;
/** Short fields get fuzzy matching (typos); long prose is matched by its words (fast). */
const FUZZY_FIELDS: readonly SearchField[] = ['code', 'title', 'alias', 'symptom', 'cause'];
const PROSE_FIELDS: readonly SearchField[] = ['meaning', 'fix'];

/** A searchable text and its language (null for codes and aliases, which are not translated). */
interface Text {
	readonly text: string;
	readonly lang: Lang | null;
}

interface Doc {
	readonly entry: Entry;
	readonly fields: Readonly<Record<SearchField, readonly Text[]>>;
	/** The prose fields, folded once at index time. */
	readonly prose: ReadonlyArray<Text & { field: SearchField; folded: string }>;
}

function fieldsOf(entry: Entry): Record<SearchField, Text[]> {
	const aliasCodes = entry.aliases.filter((a) => /^[245]\.\d{1,3}\.\d{1,3}$/.test(a));
	const plain = (text: string): Text => ({ text, lang: null });
	const each = (localized: Localized): Text[] =>
		LANGS.map((l) => ({ text: localized[l], lang: l }));
	return {
		code: [entry.code, ...aliasCodes].map(plain),
		title: each(entry.title),
		alias: entry.aliases.map(plain),
		symptom: LANGS.flatMap((l) => entry.symptoms[l].map((text) => ({ text, lang: l }))),
		cause: entry.causes.flatMap((c) => each(c.title)),
		meaning: each(entry.meaning),
		fix: entry.causes.flatMap((c) => c.fix.flatMap((step) => each(step.text)))
	};
}

const FIELDS: readonly SearchField[] = [
	'code',
	'title',
	'alias',
	'symptom',
	'cause',
	'meaning',
	'fix'
];

/**
 * Builds the search over a catalog (once: the Fuse index is made here, not per keystroke) and
 * returns the function that answers a query. A code in any notation ranks its entry first; the
 * rest is fuzzy text search over codes, titles, aliases, symptoms and cause titles, then the
 * entries whose meaning or fix prose holds every word of the query, and, when nothing matched,
 * fuzzy search over the meanings and fixes.
 */
export function createSearch(index: CatalogIndex): (query: string, lang?: Lang) => SearchResult[] {
	const docs: Doc[] = index.entries.map((entry) => {
		const fields = fieldsOf(entry);
		const prose = PROSE_FIELDS.flatMap((field) =>
			fields[field].map((t) => ({ ...t, field, folded: fold(t.text) }))
		);
		return { entry, fields, prose };
	});
	const fuseOver = (fields: readonly SearchField[]): Fuse<Doc> => {
		const options: IFuseOptions<Doc> = {
			includeMatches: true,
			includeScore: true,
			ignoreLocation: true,
			threshold: FUZZY_THRESHOLD,
			minMatchCharLength: 2,
			keys: fields.map((field) => ({
				name: field,
				weight: FIELD_WEIGHTS[field],
				getFn: (doc: Doc) => doc.fields[field].map((t) => fold(t.text))
			}))
		};
		return new Fuse(docs, options);
	};
	const fuse = fuseOver(FUZZY_FIELDS);
	// Built on first need: only a query that nothing else matches pays for fuzzy prose matching.
	let proseFuse: Fuse<Doc> | null = null;

	return (query, lang) => {
		const trimmed = query.trim();
		if (!trimmed) return index.entries.map((entry) => ({ entry, reason: null }));

		const results: SearchResult[] = [];
		const taken = new Set<Entry>();
		for (const found of codesInQuery(trimmed, index.knownCodes)) {
			const hit = index.resolve(found.code);
			if (hit && !taken.has(hit.entry)) {
				taken.add(hit.entry);
				results.push({
					entry: hit.entry,
					reason: { kind: 'code', code: found.code, asTyped: found.asTyped, via: hit.via }
				});
			}
		}

		const folded = foldQuery(trimmed);
		const text = folded.slice(0, MAX_FUZZY_QUERY);
		if (text.length < 2) return results;
		const words = folded.split(' ').filter((w) => w.length >= MIN_WORD);
		const strict = text.length < SHORT_QUERY;
		const asTyped = (r: FuseResult<Doc>) =>
			!strict || (r.matches ?? []).some((m) => m.value?.includes(text) === true);
		for (const r of fuse.search(text)) {
			if (taken.has(r.item.entry) || !asTyped(r)) continue;
			taken.add(r.item.entry);
			results.push({ entry: r.item.entry, reason: reasonOf(r.item, r.matches, words, lang) });
		}
		// Then entries whose meaning or fix prose holds every word of the query, as typed.
		addProseWordMatches(results, taken, words, lang);
		if (results.length > 0) return results;
		// Nothing yet: a typo in a word of the prose ("autoritative"), fuzzy-matched as a last resort.
		proseFuse ??= fuseOver(PROSE_FIELDS);
		for (const r of proseFuse.search(text)) {
			if (!asTyped(r)) continue;
			results.push({ entry: r.item.entry, reason: reasonOf(r.item, r.matches, words, lang) });
		}
		return results;
	};

	function addProseWordMatches(
		results: SearchResult[],
		taken: Set<Entry>,
		words: string[],
		lang: Lang | undefined
	): void {
		if (words.length === 0) return;
		for (const doc of docs) {
			if (taken.has(doc.entry)) continue;
			const holdsAll = (p: { folded: string }) => words.every((w) => p.folded.includes(w));
			const hit = doc.prose.find((p) => p.lang === lang && holdsAll(p)) ?? doc.prose.find(holdsAll);
			if (!hit) continue;
			taken.add(doc.entry);
			const marks = marksIn(hit.text, words, []);
			results.push({
				entry: doc.entry,
				reason: { kind: 'text', field: hit.field, segments: segments(hit.text, marks) }
			});
		}
	}
}

/** How much more a match in the reader's language counts when choosing what to show. */
const OWN_LANGUAGE_BONUS = 4;
/** Query words shorter than this are not marked on their own ("of", "a"). */
const MIN_WORD = 3;
/** Fuzzy runs shorter than this are not marked when no query word is found as typed. */
const MIN_FUZZY_MARK = 3;

/**
 * The ranges to mark in a matched text: every place a query word stands as typed (folded), which
 * reads far better than Fuse's scattered fuzzy runs; Fuse's longer runs when no word is found
 * (a typo such as "refussed").
 */
function marksIn(
	text: string,
	words: readonly string[],
	fuzzy: FuseResultMatch['indices']
): Array<[number, number]> {
	const folded = fold(text);
	const marks: Array<[number, number]> = [];
	for (const word of words) {
		for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length)) {
			marks.push([at, at + word.length - 1]);
		}
	}
	if (marks.length > 0) return marks;
	return fuzzy.filter(([s, e]) => e - s + 1 >= MIN_FUZZY_MARK).map(([s, e]) => [s, e]);
}

/**
 * The best field match of a Fuse result, mapped back onto the original (unfolded) text. Text in
 * the reader's language wins when it matched at all: an English page explains an English match.
 */
function reasonOf(
	doc: Doc,
	matches: ReadonlyArray<FuseResultMatch> | undefined,
	words: readonly string[],
	lang: Lang | undefined
): MatchReason | null {
	let best: { field: SearchField; text: string; indices: FuseResultMatch['indices'] } | null = null;
	let bestWeight = -1;
	for (const m of matches ?? []) {
		const field = FIELDS.find((f) => f === m.key);
		if (!field) continue;
		const found = doc.fields[field][m.refIndex ?? 0];
		if (found === undefined) continue;
		const covered = m.indices.reduce((n, [s, e]) => n + (e - s + 1), 0);
		const own = found.lang === null || found.lang === lang ? OWN_LANGUAGE_BONUS : 1;
		const weight = FIELD_WEIGHTS[field] * covered * own;
		if (weight > bestWeight) {
			best = { field, text: found.text, indices: m.indices };
			bestWeight = weight;
		}
	}
	if (!best) return null;
	const marks = marksIn(best.text, words, best.indices);
	return { kind: 'text', field: best.field, segments: segments(best.text, marks) };
}
