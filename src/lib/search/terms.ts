import type { Entry, Lang, Localized, LocalizedList } from '../catalog/types';
import { LANGS } from '../catalog/types';
import { tokenize, type Token } from './analyze';
import { conceptKey, type CompiledLexicon } from './lexicon';

/** The parts of an entry that search looks at, in both languages whatever the interface language. */
export const SEARCH_FIELDS = [
	'code',
	'title',
	'alias',
	'symptom',
	'situation',
	'cause',
	'detail',
	'meaning',
	'fix'
] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/**
 * How much a word counts by where it stands. Codes, titles and the phrases admins type count
 * most; the explanation prose least, because it mentions many things in passing ("unlike a
 * timeout, ...").
 */
export const FIELD_WEIGHTS: Readonly<Record<SearchField, number>> = {
	code: 3,
	title: 2.5,
	alias: 2,
	symptom: 2,
	situation: 1.8,
	cause: 1.5,
	detail: 0.6,
	meaning: 0.9,
	fix: 0.4
};

/**
 * BM25's length normalisation per field (0: none, 1: full). Lists of short phrases (symptoms,
 * aliases) grow with the number of phrases, not with verbosity, so they are barely normalised;
 * prose is.
 */
const LENGTH_NORM: Readonly<Record<SearchField, number>> = {
	code: 0,
	title: 0.3,
	alias: 0.2,
	symptom: 0.2,
	situation: 0.2,
	cause: 0.3,
	detail: 0.75,
	meaning: 0.75,
	fix: 0.75
};

/** A text of an entry, in one field and (except codes and aliases) one language. */
export interface FieldText {
	readonly field: SearchField;
	readonly text: string;
	readonly lang: Lang | null;
}

/** A token of an indexed text, with the concept key of the lexicon phrase it belongs to. */
export interface KeyedToken extends Token {
	/**
	 * The keys this token is counted under: its term (unless a stop word), and the concept of the
	 * lexicon phrase it starts (a phrase of several words counts once).
	 */
	readonly keys: readonly string[];
	/** The concept keys of the phrases this token is part of, on every word of them (for marking). */
	readonly concepts: readonly string[];
}

/**
 * One place a key occurs: the entry, and how strongly the entry holds the key: its BM25 term
 * frequency in each field (saturated, length-normalised), summed with the field weights.
 */
export interface Posting {
	readonly doc: number;
	readonly tf: number;
}

/** BM25's term-frequency saturation within a field: a word's third mention adds little. */
const K1 = 1.2;

/** The inverted index of a catalog, built once. */
export interface TermIndex {
	readonly entries: readonly Entry[];
	/** Key (a term or a concept key) -> the entries holding it. */
	readonly postings: ReadonlyMap<string, readonly Posting[]>;
	/** Inverse document frequency of a key (0 for a key no entry holds). */
	idf(key: string): number;
	/** Every word of the catalog and the lexicon (folded), sorted: for prefixes and typos. */
	readonly words: readonly string[];
	/** The texts of an entry, read, for explaining a match (read again on demand, then cached). */
	textsOf(doc: number): AnalysedEntry;
	/** The entries' short texts (titles, aliases, symptoms...) of two or more words, by first term. */
	phrasesFrom(term: string): readonly Phrase[];
}

/** A short text of an entry as a run of terms: a query that quotes it whole gets a bonus. */
export interface Phrase {
	readonly doc: number;
	readonly field: SearchField;
	readonly terms: readonly string[];
}

/** The fields whose texts are phrases people quote: what an error says, not prose about it. */
const PHRASE_FIELDS: ReadonlySet<SearchField> = new Set([
	'title',
	'alias',
	'symptom',
	'situation',
	'cause'
]);

/** A text of an entry, read into tokens. */
export interface AnalysedText extends FieldText {
	readonly tokens: readonly KeyedToken[];
}

/** The texts of an entry, read, and where each key stands among them. */
export interface AnalysedEntry {
	readonly texts: readonly AnalysedText[];
	/** Key -> indexes of the texts holding it. */
	readonly where: ReadonlyMap<string, readonly number[]>;
}

/** Every searchable text of an entry. */
export function textsOf(entry: Entry): FieldText[] {
	const plain = (field: SearchField) => (text: string) => ({ field, text, lang: null });
	const each = (field: SearchField, localized: Localized): FieldText[] =>
		LANGS.map((lang) => ({ field, text: localized[lang], lang }));
	const list = (field: SearchField, phrases: LocalizedList | undefined): FieldText[] =>
		phrases ? LANGS.flatMap((lang) => phrases[lang].map((text) => ({ field, text, lang }))) : [];
	const aliasCodes = entry.aliases.filter((a) => /^[245]\.\d{1,3}\.\d{1,3}$/.test(a));
	return [
		...[entry.code, ...aliasCodes].map(plain('code')),
		...each('title', entry.title),
		...entry.aliases.map(plain('alias')),
		...list('symptom', entry.symptoms),
		...entry.causes.flatMap((c) => [
			...each('cause', c.title),
			...list('situation', c.situations),
			...each('detail', c.detail)
		]),
		...each('meaning', entry.meaning),
		...entry.causes.flatMap((c) => c.fix.flatMap((step) => each('fix', step.text)))
	];
}

/**
 * Reads a text into keyed tokens: every word's term, plus the concept of each lexicon phrase
 * (on every token of the phrase, so a match can be marked on the words that made it).
 */
export function keyTokens(
	text: string,
	lexicon: CompiledLexicon,
	stopWords: ReadonlySet<string>
): KeyedToken[] {
	const tokens = tokenize(text);
	const keys: string[][] = tokens.map((t) => (stopWords.has(t.word) ? [] : [t.term]));
	const concepts: string[][] = tokens.map(() => []);
	for (const m of lexicon.match(tokens, true)) {
		const key = conceptKey(m.concept.id);
		// A phrase counts once, on its first word, and not again for a shorter variant of the same
		// concept inside it ("refused" in "connection refused"); every word of it is marked.
		if (concepts.slice(m.from, m.to).some((c) => c.includes(key))) continue;
		keys[m.from]?.push(key);
		for (let i = m.from; i < m.to; i++) concepts[i]?.push(key);
	}
	const keyed: KeyedToken[] = [];
	tokens.forEach((t, i) => {
		const own = keys[i] ?? [];
		const within = concepts[i] ?? [];
		if (own.length === 0 && within.length === 0) return;
		keyed.push({
			term: t.term,
			word: t.word,
			start: t.start,
			end: t.end,
			keys: own,
			concepts: within
		});
	});
	return keyed;
}

/** Reads the texts of an entry into tokens, noting which texts hold each key. */
function analyse(
	texts: readonly FieldText[],
	lexicon: CompiledLexicon,
	stopWords: ReadonlySet<string>
): AnalysedEntry {
	const where = new Map<string, number[]>();
	const analysed = texts.map((t, i) => {
		const tokens = keyTokens(t.text, lexicon, stopWords);
		noteKeys(where, tokens, i);
		return { ...t, tokens };
	});
	return { texts: analysed, where };
}

/** Notes that text `i` holds each key of its tokens. */
function noteKeys(where: Map<string, number[]>, tokens: readonly KeyedToken[], i: number): void {
	for (const token of tokens) {
		for (const key of token.keys) {
			const list = where.get(key);
			if (!list) where.set(key, [i]);
			else if (list[list.length - 1] !== i) list.push(i);
		}
	}
}

/** What the index keeps of an entry once read: per field, its length and each key's count. */
type FieldCounts = Map<SearchField, { length: number; keys: Map<string, number> }>;

/** Entries read for explanations, kept for the next keystrokes (the most recently used). */
const ANALYSED_CACHE = 256;

/**
 * Builds the index of a catalog one entry at a time: a generator that yields after each entry, so
 * a page can spread the work over idle time and never hold up typing (`buildTermIndex` runs it to
 * the end at once). Entries are read for their statistics and let go; the explanations read the
 * few entries they show again, on demand.
 */
export function* termIndexSteps(
	entries: readonly Entry[],
	lexicon: CompiledLexicon,
	stopWords: ReadonlySet<string>
): Generator<void, TermIndex> {
	const counts: FieldCounts[] = [];
	const words = new Set<string>(lexicon.words);
	const phrases = new Map<string, Phrase[]>();
	// The first entries read are kept for explanations: all of them in a catalog of this size.
	const cache = new Map<number, AnalysedEntry>();
	for (const [doc, entry] of entries.entries()) {
		const perField: FieldCounts = new Map();
		const keep = doc < ANALYSED_CACHE;
		const kept: AnalysedText[] = [];
		const where = new Map<string, number[]>();
		for (const t of textsOf(entry)) {
			const tokens = keyTokens(t.text, lexicon, stopWords);
			if (keep) noteKeys(where, tokens, kept.push({ ...t, tokens }) - 1);
			let bucket = perField.get(t.field);
			if (!bucket) {
				bucket = { length: 0, keys: new Map() };
				perField.set(t.field, bucket);
			}
			const run: string[] = [];
			for (const token of tokens) {
				if (token.keys.length === 0) continue;
				// A field's length is the number of its words that carry a key.
				bucket.length++;
				words.add(token.word);
				for (const key of token.keys) bucket.keys.set(key, (bucket.keys.get(key) ?? 0) + 1);
				if (token.keys[0] === token.term) run.push(token.term);
			}
			const first = run[0];
			if (PHRASE_FIELDS.has(t.field) && first !== undefined && run.length >= 2) {
				const phrase = { doc, field: t.field, terms: run };
				const list = phrases.get(first);
				if (list) list.push(phrase);
				else phrases.set(first, [phrase]);
			}
		}
		counts.push(perField);
		if (keep) cache.set(doc, { texts: kept, where });
		yield;
	}

	// BM25 compares a field's length with its average over the catalog.
	const totals = new Map<SearchField, { sum: number; n: number }>();
	for (const perField of counts) {
		for (const [field, { length }] of perField) {
			const t = totals.get(field) ?? { sum: 0, n: 0 };
			t.sum += length;
			t.n++;
			totals.set(field, t);
		}
	}
	const average = (field: SearchField) => {
		const t = totals.get(field);
		return t && t.n > 0 ? t.sum / t.n : 1;
	};

	// BM25 per field, summed with the field weights: repeating a word within a field saturates (an
	// alias list that says "x-dg-ref" five times is not five times more about it), while a match
	// in a title keeps counting more than one in the prose. Query-independent, so computed here.
	const postings = new Map<string, Posting[]>();
	counts.forEach((perField, doc) => {
		const weight = new Map<string, number>();
		for (const [field, { length, keys }] of perField) {
			const b = LENGTH_NORM[field];
			const norm = 1 - b + (b * length) / average(field);
			for (const [key, n] of keys) {
				const saturated = (n * (K1 + 1)) / (n + K1 * norm);
				weight.set(key, (weight.get(key) ?? 0) + FIELD_WEIGHTS[field] * saturated);
			}
		}
		for (const [key, value] of weight) {
			const list = postings.get(key);
			if (list) list.push({ doc, tf: value });
			else postings.set(key, [{ doc, tf: value }]);
		}
	});

	const n = entries.length;
	const idfs = new Map<string, number>();
	for (const [key, list] of postings) {
		// BM25's idf, kept positive for keys in more than half the entries.
		idfs.set(key, Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5)));
	}

	const none: AnalysedEntry = { texts: [], where: new Map() };
	return {
		entries,
		postings,
		idf: (key) => idfs.get(key) ?? 0,
		words: [...words].sort(),
		textsOf(doc) {
			const entry = entries[doc];
			if (!entry) return none;
			let read = cache.get(doc);
			if (read) {
				cache.delete(doc);
			} else {
				read = analyse(textsOf(entry), lexicon, stopWords);
				if (cache.size >= ANALYSED_CACHE) cache.delete(cache.keys().next().value ?? -1);
			}
			cache.set(doc, read);
			return read;
		},
		phrasesFrom: (term) => phrases.get(term) ?? []
	};
}

/** Builds the whole index of a catalog at once (see `termIndexSteps`). */
export function buildTermIndex(
	entries: readonly Entry[],
	lexicon: CompiledLexicon,
	stopWords: ReadonlySet<string>
): TermIndex {
	const steps = termIndexSteps(entries, lexicon, stopWords);
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}
