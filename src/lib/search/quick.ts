import { LANGS, type EntryBrief, type Lang } from '../catalog/types';
import type { CodeIndex } from '../catalog/lookup';
import { codesInQuery } from './codes';
import { fold, foldQuery } from './fold';
import { segments } from './highlight';
import { MAX_QUERY_CHARS, type MatchReason, type SearchOptions, type SearchResult } from './result';
import { socketErrorsInQuery, type SocketError } from './socket';

/**
 * The entries a query names outright: status codes in any notation, on-premises identifiers and
 * socket errors, in that order. Needs no index, so it answers before the index is built, over the
 * whole catalog or its brief.
 */
export function namedEntries<E extends EntryBrief>(
	index: CodeIndex<E>,
	query: string,
	socketErrors: readonly SocketError[] = []
): SearchResult<E>[] {
	const text = query.trim().slice(0, MAX_QUERY_CHARS);
	const results: SearchResult<E>[] = [];
	const take = (entry: E, reason: MatchReason) => {
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
	for (const { error, asTyped } of socketErrorsInQuery(text, socketErrors)) {
		const hit = index.resolve(error.entry);
		const { number, name, label } = error;
		if (hit) take(hit.entry, { kind: 'socket', number, name, label, asTyped });
	}
	return results;
}

/**
 * Shortest query word matched by the quick search: shorter ones are mostly articles and
 * prepositions ("of", "la", "il"), which the full search drops with its stop-word lists.
 */
const MIN_WORD = 3;
/** Most entries the quick search lists: the full results replace them in a moment. */
const MAX_QUICK = 8;

/** A title or alias of an entry, with the start and text of each of its words, folded. */
interface Candidate {
	readonly field: 'title' | 'alias';
	readonly lang: Lang | null;
	readonly text: string;
	readonly words: readonly { readonly at: number; readonly word: string }[];
}

/** The start of each word of a folded text, and the word. */
function wordsOf(folded: string): { at: number; word: string }[] {
	return [...folded.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ at: m.index, word: m[0] }));
}

/** The texts of each entry the quick search reads, folded once per entry, not per keystroke. */
const candidatesOf = new WeakMap<EntryBrief, readonly Candidate[]>();

function candidates(entry: EntryBrief): readonly Candidate[] {
	let found = candidatesOf.get(entry);
	if (found === undefined) {
		const of = (field: Candidate['field'], lang: Lang | null, text: string): Candidate => ({
			field,
			lang,
			text,
			words: wordsOf(fold(text))
		});
		found = [
			...LANGS.map((lang) => of('title', lang, entry.title[lang])),
			...entry.aliases.map((alias) => of('alias', null, alias))
		];
		candidatesOf.set(entry, found);
	}
	return found;
}

/**
 * The first screen's search, over the catalog's brief while the rest of the catalog and the full
 * search load (on a slow link, a second or more): the entries the query names outright, then the
 * entries whose title or aliases (in either language) hold the most of its words, a query word
 * matching the start of a word ("refus" finds "refused"). No synonyms, no typo correction, no
 * ranking by rarity: those come with the full search, whose results replace these.
 */
export function quickSearch<E extends EntryBrief>(
	index: CodeIndex<E>,
	query: string,
	lang: Lang,
	socketErrors: readonly SocketError[] = [],
	options?: SearchOptions
): SearchResult<E>[] {
	const text = query.trim().slice(0, MAX_QUERY_CHARS);
	if (!text) return index.entries.map((entry) => ({ entry, reason: null, closest: false }));
	const results = options?.named === false ? [] : namedEntries(index, text, socketErrors);
	const taken = new Set(results.map((r) => r.entry));
	// Query words as the full search reads them: a hyphenated word ("on-premises") stays whole, so
	// it does not match every text that says "premises" (eval: four queries lost when split).
	const words = [...new Set(foldQuery(text).split(' '))].filter((w) => w.length >= MIN_WORD);
	if (words.length === 0) return results;

	const scored: { entry: E; held: number; reason: MatchReason }[] = [];
	for (const entry of index.entries) {
		if (taken.has(entry)) continue;
		let best: { held: number; candidate: Candidate; ranges: [number, number][] } | null = null;
		for (const candidate of candidates(entry)) {
			const ranges: [number, number][] = [];
			let held = 0;
			for (const word of words) {
				const hits = candidate.words.filter((w) => w.word.startsWith(word));
				if (hits.length > 0) held += 1;
				for (const hit of hits) ranges.push([hit.at, hit.at + word.length - 1]);
			}
			// On a tie the title in the page's language wins: the words marked are the ones shown.
			const better =
				held > (best?.held ?? 0) || (held > 0 && held === best?.held && candidate.lang === lang);
			if (better) best = { held, candidate, ranges };
		}
		if (best === null) continue;
		const { field, text: shown } = best.candidate;
		const reason: MatchReason = {
			kind: 'text',
			field,
			segments: segments(shown, best.ranges),
			equivalences: []
		};
		scored.push({ entry, held: best.held, reason });
	}
	// Most query words held first; the catalog's order (connector errors first) breaks ties.
	scored.sort((a, b) => b.held - a.held);
	const top = scored[0]?.held ?? 0;
	for (const { entry, held, reason } of scored.slice(0, MAX_QUICK)) {
		if (held < top) break;
		results.push({ entry, reason, closest: false });
	}
	return results;
}
