import type { Entry, EntryBrief, Lang, Localized, LocalizedList } from '../catalog/types';
import { LANGS } from '../catalog/types';
import { isCode } from '../codes/grammar';
import { tokenize, type Token } from './analyze';
import { conceptKey, type CompiledLexicon } from './lexicon';

/** The parts of an entry that search looks at, in both languages whatever the interface language. */
export const SEARCH_FIELDS = [
	'code',
	'title',
	'alias',
	'wording',
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
	// The texts software prints for the error: as telling as an alias.
	wording: 2,
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
	wording: 0.2,
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
 * Where a key occurs: the entries holding it, and how strongly each holds it (its BM25 term
 * frequency in each field, saturated and length-normalised, summed with the field weights).
 * Typed arrays: a keystroke walks thousands of them in a large catalog.
 */
export interface Postings {
	readonly docs: Int32Array;
	readonly tfs: Float64Array;
}

/** BM25's term-frequency saturation within a field: a word's third mention adds little. */
const K1 = 1.2;
/**
 * The weights of the postings are kept in thousandths: a prebuilt index (`serializeTermIndex`)
 * carries them as integers, and the index built in place rounds them the same way, so both rank
 * alike.
 */
const WEIGHT_SCALE = 1000;
const rounded = (weight: number) => Math.round(weight * WEIGHT_SCALE) / WEIGHT_SCALE;

/** The inverted index of a catalog, built once. */
export interface TermIndex {
	/** How many entries the index holds (documents 0 to size - 1, in catalog order). */
	readonly size: number;
	/** Key (a term or a concept key) -> the entries holding it. */
	readonly postings: ReadonlyMap<string, Postings>;
	/** Inverse document frequency of a key (0 for a key no entry holds). */
	idf(key: string): number;
	/** Every word of the catalog and the lexicon (folded), sorted: for prefixes and typos. */
	readonly words: readonly string[];
	/** The texts of an entry, read one by one as an explanation needs them. */
	textsOf(doc: number): EntryTexts;
	/** True when an entry holds a key (binary search in the key's postings). */
	holds(doc: number, key: string): boolean;
	/**
	 * The entries' short texts (titles, aliases, symptoms...) of two or more words that start with
	 * `first`, and with `second` next when it is given.
	 */
	phrasesFrom(first: string, second?: string): readonly Phrase[];
	/** Every phrase, in catalog order: what a prebuilt index carries (`serializeTermIndex`). */
	readonly phrases: readonly Phrase[];
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
	'wording',
	'symptom',
	'situation',
	'cause'
]);

/** A text of an entry, read into tokens, with every key they hold. */
export interface AnalysedText extends FieldText {
	readonly tokens: readonly KeyedToken[];
	readonly keys: ReadonlySet<string>;
}

/** The texts of an entry, read on demand, most telling field first. */
export interface EntryTexts {
	/** Every text, unread. */
	readonly texts: readonly FieldText[];
	/** The texts' indexes by field weight, highest first (catalog order within a field). */
	readonly order: readonly number[];
	/** Text `i`, read (once, then kept). */
	read(i: number): AnalysedText;
	/**
	 * When every text was read at build (a catalog small enough to keep them): for each key, the
	 * indexes of the texts that hold it, so an explanation looks only where the query is.
	 */
	readonly where: ReadonlyMap<string, readonly number[]> | null;
}

/**
 * The texts of an entry that its brief holds, as `textsOf` starts: its codes, titles and aliases.
 * A prebuilt index takes them from the first screen's brief rather than carrying them again.
 */
export function briefTexts(entry: EntryBrief): FieldText[] {
	const plain = (field: SearchField) => (text: string) => ({ field, text, lang: null });
	// An alias that is a code alone ("5.4.316") is also searched as a code, with the entry's own.
	const aliasCodes = entry.aliases.filter(isCode);
	return [
		...[entry.code, ...aliasCodes].map(plain('code')),
		...LANGS.map((lang) => ({ field: 'title' as const, text: entry.title[lang], lang })),
		...entry.aliases.map(plain('alias'))
	];
}

/** Every searchable text of an entry. */
export function textsOf(entry: Entry): FieldText[] {
	const plain = (field: SearchField) => (text: string) => ({ field, text, lang: null });
	const each = (field: SearchField, localized: Localized): FieldText[] =>
		LANGS.map((lang) => ({ field, text: localized[lang], lang }));
	const list = (field: SearchField, phrases: LocalizedList | undefined): FieldText[] =>
		phrases ? LANGS.flatMap((lang) => phrases[lang].map((text) => ({ field, text, lang }))) : [];
	return [
		...briefTexts(entry),
		...(entry.wording ?? []).map(plain('wording')),
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

/** An entry's texts, to be read on demand; `known` are texts already read (by the index build). */
function entryTexts(
	texts: readonly FieldText[],
	lexicon: CompiledLexicon,
	stopWords: ReadonlySet<string>,
	known: readonly (readonly KeyedToken[])[] = []
): EntryTexts {
	const read: (AnalysedText | undefined)[] = [];
	let where: Map<string, number[]> | null = null;
	if (texts.length > 0 && known.length === texts.length) {
		where = new Map();
		known.forEach((tokens, i) => {
			for (const token of tokens) {
				for (const key of token.keys) {
					const list = where?.get(key);
					if (!list) where?.set(key, [i]);
					else if (list[list.length - 1] !== i) list.push(i);
				}
			}
		});
	}
	const order = texts
		.map((_, i) => i)
		.sort((a, b) => fieldRank(texts[a]) - fieldRank(texts[b]) || a - b);
	return {
		texts,
		order,
		where,
		read(i) {
			let text = read[i];
			if (!text) {
				const t = texts[i];
				text = withKeys(t, known[i] ?? keyTokens(t?.text ?? '', lexicon, stopWords));
				read[i] = text;
			}
			return text;
		}
	};
}

const FIELD_ORDER = [...SEARCH_FIELDS].sort((a, b) => FIELD_WEIGHTS[b] - FIELD_WEIGHTS[a]);
const fieldRank = (t: FieldText | undefined) => (t ? FIELD_ORDER.indexOf(t.field) : 0);

function withKeys(t: FieldText | undefined, tokens: readonly KeyedToken[]): AnalysedText {
	const base = t ?? { field: 'fix' as const, text: '', lang: null };
	const keys = new Set<string>();
	for (const token of tokens) for (const key of token.keys) keys.add(key);
	return { ...base, tokens, keys };
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
	return yield* textIndexSteps(
		entries.map((entry) => textsOf(entry)),
		lexicon,
		stopWords
	);
}

/** `termIndexSteps` over the texts of each entry (`textsOf`), in catalog order. */
function* textIndexSteps(
	allTexts: readonly (readonly FieldText[])[],
	lexicon: CompiledLexicon,
	stopWords: ReadonlySet<string>
): Generator<void, TermIndex> {
	const counts: FieldCounts[] = [];
	const words = new Set<string>(lexicon.words);
	const phraseList: Phrase[] = [];
	// The first entries read are kept for explanations: all of them in a catalog of this size.
	const cache = new Map<number, EntryTexts>();
	for (const [doc, texts] of allTexts.entries()) {
		const perField: FieldCounts = new Map();
		const keep = doc < ANALYSED_CACHE;
		const kept: KeyedToken[][] = [];
		for (const t of texts) {
			const tokens = keyTokens(t.text, lexicon, stopWords);
			if (keep) kept.push(tokens);
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
				phraseList.push({ doc, field: t.field, terms: run });
			}
		}
		counts.push(perField);
		if (keep) cache.set(doc, entryTexts(texts, lexicon, stopWords, kept));
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
	const lists = new Map<string, { docs: number[]; tfs: number[] }>();
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
		for (const [key, value] of weight) weight.set(key, rounded(value));
		for (const [key, value] of weight) {
			const list = lists.get(key);
			if (list) {
				list.docs.push(doc);
				list.tfs.push(value);
			} else {
				lists.set(key, { docs: [doc], tfs: [value] });
			}
		}
	});
	const postings = new Map<string, Postings>();
	for (const [key, { docs, tfs }] of lists) {
		postings.set(key, { docs: Int32Array.from(docs), tfs: Float64Array.from(tfs) });
	}

	return assemble(allTexts.length, postings, [...words].sort(), phraseList, lexicon, stopWords, {
		texts: (doc) => allTexts[doc] ?? null,
		cache
	});
}

/** Where an index finds the texts of its entries, for explanations. */
interface TextSource {
	/** The texts of an entry (`textsOf`), or null when they are not known. */
	readonly texts: (doc: number) => readonly FieldText[] | null;
	/** Entries already read (by the build), kept for the first explanations. */
	readonly cache?: Map<number, EntryTexts>;
}

/** The index over its postings, vocabulary and phrases (built in place or prebuilt). */
function assemble(
	n: number,
	postings: ReadonlyMap<string, Postings>,
	words: readonly string[],
	phraseList: readonly Phrase[],
	lexicon: CompiledLexicon,
	stopWords: ReadonlySet<string>,
	source: TextSource
): TermIndex {
	const idfs = new Map<string, number>();
	for (const [key, { docs }] of postings) {
		// BM25's idf, kept positive for keys in more than half the entries.
		idfs.set(key, Math.log(1 + (n - docs.length + 0.5) / (docs.length + 0.5)));
	}
	const phrases = new Map<string, Phrase[]>();
	for (const phrase of phraseList) {
		const [first, second] = phrase.terms;
		for (const key of [first ?? '', `${first ?? ''} ${second ?? ''}`]) {
			const list = phrases.get(key);
			if (list) list.push(phrase);
			else phrases.set(key, [phrase]);
		}
	}
	const cache = source.cache ?? new Map<number, EntryTexts>();
	const none: EntryTexts = entryTexts([], lexicon, stopWords);
	return {
		size: n,
		postings,
		idf: (key) => idfs.get(key) ?? 0,
		words,
		phrases: phraseList,
		textsOf(doc) {
			let read = cache.get(doc);
			if (read) {
				cache.delete(doc);
			} else {
				const texts = source.texts(doc);
				if (!texts) return none;
				// Every text is read at once (a catalog this size): explanations then look only where
				// the query's keys are, as for the entries the build kept.
				const known =
					n <= ANALYSED_CACHE ? texts.map((t) => keyTokens(t.text, lexicon, stopWords)) : [];
				read = entryTexts(texts, lexicon, stopWords, known);
				if (cache.size >= ANALYSED_CACHE) cache.delete(cache.keys().next().value ?? -1);
			}
			cache.set(doc, read);
			return read;
		},
		holds(doc, key) {
			const docs = postings.get(key)?.docs;
			if (!docs) return false;
			// Postings are in catalog order.
			let lo = 0;
			let hi = docs.length - 1;
			while (lo <= hi) {
				const mid = (lo + hi) >>> 1;
				const at = docs[mid] ?? 0;
				if (at === doc) return true;
				if (at < doc) lo = mid + 1;
				else hi = mid - 1;
			}
			return false;
		},
		phrasesFrom: (first, second) =>
			phrases.get(second === undefined ? first : `${first} ${second}`) ?? []
	};
}

/**
 * A term index as plain data, for the build to write and the browser to load without reading the
 * catalog: the entries' codes (to check it against the brief it ranks), each key's postings
 * (entries delta-coded, weights in thousandths), the vocabulary, and how many texts each entry has.
 * The texts themselves travel apart (`SerializedTexts`): the quotable phrases are read from them.
 */
export interface SerializedIndex {
	readonly codes: readonly string[];
	/** The keys, sorted and front-coded (`frontCode`); `docs` and `weights` follow their order. */
	readonly keys: string;
	readonly docs: readonly (readonly number[])[];
	readonly weights: readonly (readonly number[])[];
	/** The vocabulary, sorted and front-coded. */
	readonly words: string;
	/** Per entry, the number of its texts (`textsOf`). */
	readonly counts: readonly number[];
}

/** Texts of entries as plain data: [entry, the text's place in `textsOf`, field, language, text]. */
export type SerializedTexts = readonly (readonly [
	number,
	number,
	SearchField,
	Lang | null,
	string
])[];

/**
 * The fields of long prose: most of the catalog's words, yet the explanation of few results (about
 * one in twenty on the evaluation sets). A prebuilt index ships their texts in a second part, so
 * the search answers before they arrive.
 */
export const PROSE_FIELDS: ReadonlySet<SearchField> = new Set(['detail', 'meaning', 'fix']);

/** Writes an index as plain data (see `SerializedIndex`); `entries` are the entries it indexes. */
export function serializeTermIndex(index: TermIndex, entries: readonly Entry[]): SerializedIndex {
	const keys = [...index.postings.keys()].sort();
	const docs = keys.map((key) => {
		let previous = 0;
		return Array.from(index.postings.get(key)?.docs ?? [], (doc) => {
			const delta = doc - previous;
			previous = doc;
			return delta;
		});
	});
	const weights = keys.map((key) =>
		Array.from(index.postings.get(key)?.tfs ?? [], (tf) => Math.round(tf * WEIGHT_SCALE))
	);
	const codes = entries.map((e) => e.code);
	const counts = entries.map((e) => textsOf(e).length);
	return { codes, keys: frontCode(keys), docs, weights, words: frontCode(index.words), counts };
}

/** Longest prefix a front-coded word shares with the one before it (one base-36 digit). */
const MAX_SHARED = 35;

/**
 * A sorted list of words as one string, each written as how many first letters it shares with
 * the word before (a base-36 digit) and the rest, one per line: a third smaller gzipped.
 */
export function frontCode(words: readonly string[]): string {
	let previous = '';
	return words
		.map((word) => {
			let shared = 0;
			while (shared < MAX_SHARED && shared < previous.length && previous[shared] === word[shared])
				shared++;
			previous = word;
			return shared.toString(36) + word.slice(shared);
		})
		.join('\n');
}

/** The words of `frontCode`'s string. */
export function frontDecode(coded: string): string[] {
	if (coded === '') return [];
	let previous = '';
	return coded.split('\n').map((line) => {
		previous = previous.slice(0, parseInt(line.charAt(0), 36)) + line.slice(1);
		return previous;
	});
}

/**
 * The texts of the entries as plain data: the prose fields' (`prose`) or the others, but for
 * those of the brief (`briefTexts`), which the first screen has already.
 */
export function serializeTexts(entries: readonly Entry[], prose: boolean): SerializedTexts {
	return entries.flatMap((entry, doc) => {
		const fromBrief = briefTexts(entry).length;
		return textsOf(entry).flatMap((t, i) =>
			i >= fromBrief && PROSE_FIELDS.has(t.field) === prose
				? [[doc, i, t.field, t.lang, t.text] as const]
				: []
		);
	});
}

/** A prebuilt index, whose prose arrives after it. */
export interface LoadedTermIndex extends TermIndex {
	/** Adds texts (the prose part): explanations read them from now on. */
	addTexts(rows: SerializedTexts): void;
}

/**
 * Loads a prebuilt index: the same index `termIndexSteps` builds from the catalog, without reading
 * the catalog's words. `brief` are its entries (their codes, titles and aliases are texts too),
 * `texts` the rest of their short texts (every field but the prose): the
 * phrases are read from them, and the explanations until `addTexts` brings the prose, whose
 * places meanwhile hold empty texts (never chosen).
 */
export function loadTermIndex(
	data: SerializedIndex,
	brief: readonly EntryBrief[],
	texts: SerializedTexts,
	lexicon: CompiledLexicon,
	stopWords: ReadonlySet<string>
): LoadedTermIndex {
	const postings = new Map<string, Postings>();
	frontDecode(data.keys).forEach((key, i) => {
		const deltas = data.docs[i] ?? [];
		const docs = new Int32Array(deltas.length);
		let doc = 0;
		deltas.forEach((delta, j) => {
			doc += delta;
			docs[j] = doc;
		});
		const tfs = Float64Array.from(data.weights[i] ?? [], (w) => w / WEIGHT_SCALE);
		postings.set(key, { docs, tfs });
	});
	const byDoc: FieldText[][] = data.counts.map((count) =>
		Array.from({ length: count }, () => ({ field: 'fix' as const, text: '', lang: null }))
	);
	const place = (rows: SerializedTexts) => {
		for (const [doc, i, field, lang, text] of rows) {
			const list = byDoc[doc];
			if (list && i < list.length) list[i] = { field, lang, text };
		}
	};
	brief.forEach((entry, doc) => {
		briefTexts(entry).forEach((t, i) => {
			const list = byDoc[doc];
			if (list && i < list.length) list[i] = t;
		});
	});
	place(texts);
	// The phrases, as the build reads them: the runs of words (stop words aside) of short texts.
	const phrases: Phrase[] = [];
	byDoc.forEach((list, doc) => {
		for (const t of list) {
			if (!PHRASE_FIELDS.has(t.field)) continue;
			const run = tokenize(t.text)
				.filter((token) => !stopWords.has(token.word))
				.map((token) => token.term);
			if (run.length >= 2) phrases.push({ doc, field: t.field, terms: run });
		}
	});
	const cache = new Map<number, EntryTexts>();
	const words = frontDecode(data.words);
	const index = assemble(data.codes.length, postings, words, phrases, lexicon, stopWords, {
		texts: (doc) => byDoc[doc] ?? null,
		cache
	});
	return {
		...index,
		addTexts(rows) {
			place(rows);
			// Entries read before hold empty texts where the prose now is: read them again.
			cache.clear();
		}
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
