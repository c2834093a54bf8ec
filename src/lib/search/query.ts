// The basic build: plain fuzzy matching of a word list is all typo correction asks of Fuse.
import Fuse from 'fuse.js/basic';
import { tokenize, type Token } from './analyze';
import { fold } from './fold';
import { pairIndex } from './typo';
import { conceptKey, type CompiledLexicon } from './lexicon';
import { MAX_QUERY_CHARS } from './result';
import type { TermIndex } from './terms';

/** How a word of the query reached a key of the index. */
export type MatchHow = 'exact' | 'synonym' | 'typo' | 'prefix';

/** One key a query unit may match, with how much a match counts (1 for the word as typed). */
export interface Alternative {
	readonly key: string;
	readonly weight: number;
	readonly how: MatchHow;
}

/**
 * One idea of the query: a word, or a lexicon phrase ("smart host", "timed out"), with the keys
 * that stand for it. An entry scores a unit once, by the best of its alternatives.
 */
export interface QueryUnit {
	/** The query's text that made this unit, as typed. */
	readonly typed: string;
	readonly alternatives: readonly Alternative[];
	/** How many of the query's words (stop words aside) it stands for. */
	readonly size: number;
}

/** A query, read. */
export interface QueryReading {
	readonly units: readonly QueryUnit[];
	/** Its words' terms in order, stop words left out, typos corrected: for phrase matches. */
	readonly terms: readonly string[];
	/** The last word as typed so far (folded) when it is still being typed, else null. */
	readonly partial: string | null;
	/**
	 * True for a long text (a forum post, a pasted report): read as its head in full plus the
	 * catalog's words found in the rest (`analyzeText`), so its units are its strongest words, not
	 * every word it holds.
	 */
	readonly long: boolean;
}

/** A word corrected to the catalog's vocabulary is worth less than one typed right. */
const TYPO_WEIGHT = 0.75;
/** Similarity (0-1, length-aware) below which a word is not taken for a typo of another. */
const MIN_TYPO_SIMILARITY = 0.7;
/** Words shorter than this are not corrected: "tsl" could be anything. */
const MIN_TYPO_LENGTH = 4;
/**
 * A lexicon phrase of several words ("outbound connector") also answers, for less, to its words
 * one by one: an entry that says only "connector" still explains part of it.
 */
const PHRASE_PART_WEIGHT = 0.5;
/** A word being typed counts for the words it starts, a little less than a whole word. */
const PREFIX_WEIGHT = 0.8;
/** Shortest unfinished word completed: two letters start hundreds of words. */
const MIN_PREFIX = 3;
/** Most completions kept for an unfinished word (the most widespread terms first). */
const MAX_COMPLETIONS = 8;
/** Fuse's cut-off for the typo candidates: loose, the length-aware similarity decides. */
const FUSE_THRESHOLD = 0.4;
/** Fuse candidates re-scored per word. */
const TYPO_CANDIDATES = 5;
/**
 * Words handed to Fuse per typo: the vocabulary's words sharing the most letter pairs with it.
 * Fuse over the whole vocabulary costs milliseconds per word; over these, microseconds.
 */
const PAIR_CANDIDATES = 16;
const DIGIT = /\d/;
/** Typo corrections and completions remembered between keystrokes (each word is read once). */
const TYPO_CACHE_SIZE = 2000;

/** What the query analysis needs from the index, built once per index. */
export interface QueryContext {
	readonly index: TermIndex;
	readonly lexicon: CompiledLexicon;
	readonly stopWords: ReadonlySet<string>;
	/** The closest catalog word to a word that is not in it, or null. Memoised. */
	correct(word: string): { word: string; similarity: number } | null;
	/** The keys an unfinished word may become, the most widespread first. Memoised. */
	completions(prefix: string): readonly Alternative[];
	/** True when a word (or its stem) is in the catalog or the lexicon. */
	knows(token: Token): boolean;
}

/** Prepares the typo correction (Fuse over the vocabulary) and completion for an index. */
export function queryContext(
	index: TermIndex,
	lexicon: CompiledLexicon,
	stopWords: ReadonlySet<string>
): QueryContext {
	const words = index.words;
	const known = new Set(words);
	const typoWords = words.filter((w) => w.length >= MIN_TYPO_LENGTH - 1 && !/\d/.test(w));
	// Built with the index (it takes a few milliseconds), not on the first typo of a keystroke.
	const pairs = pairIndex(typoWords);
	const corrections = new Map<string, { word: string; similarity: number } | null>();

	const correct = (word: string) => {
		const cached = corrections.get(word);
		if (cached !== undefined) return cached;
		const fuse = new Fuse(pairs.closest(word, PAIR_CANDIDATES), {
			includeScore: true,
			threshold: FUSE_THRESHOLD,
			location: 0,
			distance: 10
		});
		let best: { word: string; similarity: number } | null = null;
		for (const r of fuse.search(word, { limit: TYPO_CANDIDATES })) {
			// Fuse scores a substring as a perfect match ("cert" in "certificate"); a typo is a
			// whole word gone slightly wrong, so the length difference counts against it.
			const lengths = Math.min(word.length, r.item.length) / Math.max(word.length, r.item.length);
			const similarity = (1 - (r.score ?? 1)) * lengths;
			if (similarity >= MIN_TYPO_SIMILARITY && (!best || similarity > best.similarity)) {
				best = { word: r.item, similarity };
			}
		}
		if (corrections.size >= TYPO_CACHE_SIZE) corrections.clear();
		corrections.set(word, best);
		return best;
	};

	const wordsFrom = (prefix: string): string[] => {
		const found: string[] = [];
		let lo = 0;
		let hi = words.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if ((words[mid] ?? '') < prefix) lo = mid + 1;
			else hi = mid;
		}
		for (let i = lo; i < words.length; i++) {
			const w = words[i] ?? '';
			if (!w.startsWith(prefix)) break;
			found.push(w);
		}
		return found;
	};

	const completed = new Map<string, readonly Alternative[]>();
	const completions = (prefix: string): readonly Alternative[] => {
		const cached = completed.get(prefix);
		if (cached) return cached;
		const [typed] = tokenize(prefix);
		const dfs = new Map<string, number>();
		for (const word of wordsFrom(prefix)) {
			const [token] = tokenize(word);
			if (!token || stopWords.has(token.word)) continue;
			const keys = [token.term];
			// A completed word of the lexicon answers to its concept too ("certif" -> certificate).
			const concept = lexicon.match([token])[0]?.concept;
			if (concept) keys.push(conceptKey(concept.id));
			for (const key of keys) {
				const df = index.postings.get(key)?.docs.length ?? 0;
				if (df > 0) dfs.set(key, df);
			}
		}
		// Which word is meant is a guess: the more entries use a word, the likelier it is the one
		// being typed ("ref" is rarely "x-dg-ref" and usually "refused"). The word as typed, when
		// it is one, keeps its place and loses no weight for being a completion of itself.
		const ranked = [...dfs].sort((a, b) => b[1] - a[1]);
		const top = ranked[0]?.[1] ?? 1;
		const kept = ranked.slice(0, MAX_COMPLETIONS);
		const own = typed ? ranked.find(([key]) => key === typed.term) : undefined;
		if (own && !kept.includes(own)) kept.push(own);
		const found = kept.map(([key, df]) => ({
			key,
			weight: (key === typed?.term ? 1 : PREFIX_WEIGHT) * Math.sqrt(df / top),
			how: key === typed?.term ? ('exact' as const) : ('prefix' as const)
		}));
		if (completed.size >= TYPO_CACHE_SIZE) completed.clear();
		completed.set(prefix, found);
		return found;
	};

	return {
		index,
		lexicon,
		stopWords,
		correct,
		completions,
		knows: (token) => known.has(token.word) || index.postings.has(token.term)
	};
}

/** A query token after correction: the word it was read as, and how. */
interface ReadToken extends Token {
	readonly typed: string;
	readonly how: MatchHow;
	readonly weight: number;
}

/**
 * Reads a query into units: words corrected to the catalog's vocabulary when they are typos,
 * lexicon phrases read as their concept, stop words dropped, and the word still being typed
 * (no space after it yet) completed to the words it starts. A text longer than a query
 * (`MAX_QUERY_CHARS`) is read as a long text (`analyzeText`).
 */
export function analyzeQuery(query: string, ctx: QueryContext): QueryReading {
	if (query.length > MAX_QUERY_CHARS) return analyzeText(query, ctx);
	return { ...readWords(query, ctx, true), long: false };
}

/** Characters of a long text read word by word, with phrases and typos: its opening paragraphs. */
const HEAD_CHARS = 2_000;
/**
 * Characters of a long text scanned for the catalog's words. A description or a forum post is far
 * shorter; past this a paste is logs or attachments, whose codes the paste reader finds anyway.
 */
const SCAN_CHARS = 250_000;
/** Distinct words looked up in a long text, at most: random text stops here, not at its end. */
const MAX_DISTINCT_WORDS = 5_000;
/** Most units kept of a long text, the strongest first (its count times its rarity, as in BM25). */
const MAX_LONG_UNITS = 64;
/** A run of letters and digits: a word, as the long-text scan counts them. */
const SCAN_WORD = /[\p{L}\p{N}]+/gu;

/**
 * Reads a long text (a forum post, a ticket, a pasted report) with the same relevance rules as a
 * query, in bounded time whatever its size: its head (`HEAD_CHARS`) as a query (phrases, typos),
 * then the distinct words of the rest (up to `SCAN_CHARS`, `MAX_DISTINCT_WORDS`) that the catalog
 * or the lexicon knows, typos left alone; of all these, the `MAX_LONG_UNITS` strongest, by how
 * often the text says them times how rare they are in the catalog.
 */
export function analyzeText(text: string, ctx: QueryContext): QueryReading {
	const head = readWords(text.slice(0, HEAD_CHARS), ctx, false);
	const counts = new Map<string, number>();
	const scan = new RegExp(SCAN_WORD.source, SCAN_WORD.flags);
	const scanned = text.slice(0, SCAN_CHARS);
	for (let m = scan.exec(scanned); m !== null; m = scan.exec(scanned)) {
		const word = m[0].toLowerCase();
		const seen = counts.get(word);
		if (seen !== undefined) counts.set(word, seen + 1);
		else if (counts.size < MAX_DISTINCT_WORDS) counts.set(word, 1);
	}
	const units: { unit: QueryUnit; count: number }[] = head.units.map((unit) => ({
		unit,
		count: counts.get(fold(unit.typed)) ?? 1
	}));
	for (const [word, count] of counts) {
		const [token, ...more] = tokenize(word);
		if (!token || more.length > 0 || ctx.stopWords.has(token.word) || DIGIT.test(token.word))
			continue;
		const concept = ctx.lexicon.match([token])[0]?.concept;
		const alternatives: Alternative[] = [];
		if (concept) alternatives.push({ key: conceptKey(concept.id), weight: 1, how: 'synonym' });
		if (ctx.knows(token)) alternatives.push({ key: token.term, weight: 1, how: 'exact' });
		if (alternatives.length > 0)
			units.push({ unit: { typed: word, size: 1, alternatives }, count });
	}
	const strength = ({ unit, count }: { unit: QueryUnit; count: number }) =>
		Math.sqrt(count) *
		Math.max(0, ...unit.alternatives.map((a) => ctx.index.idf(a.key) * a.weight));
	const kept = dedupe(
		units
			.filter((u) => strength(u) > 0)
			.sort((a, b) => strength(b) - strength(a))
			.map((u) => u.unit)
	).slice(0, MAX_LONG_UNITS);
	return { units: kept, terms: head.terms, partial: null, long: true };
}

/** Reads a text word by word into units (see `analyzeQuery`); `typing`: its last word may be unfinished. */
function readWords(
	text: string,
	ctx: QueryContext,
	typingAllowed: boolean
): Omit<QueryReading, 'long'> {
	const tokens = tokenize(text);
	const last = tokens[tokens.length - 1];
	const typing = typingAllowed && last !== undefined && last.end === text.length;

	const read: ReadToken[] = [];
	const units: QueryUnit[] = [];
	// The word still being typed (no space after it yet): what it may become, read only if no
	// lexicon phrase takes it as it stands ("timed ou" is not yet "timed out").
	let open: { at: number; completions: readonly Alternative[] } | null = null;
	for (const token of tokens) {
		const typed = text.slice(token.start, token.end);
		const plain = { ...token, typed, how: 'exact' as const, weight: 1 };
		const stop = ctx.stopWords.has(token.word);
		if (
			token === last &&
			typing &&
			!stop &&
			token.word.length >= MIN_PREFIX &&
			!DIGIT.test(token.word)
		) {
			const completions = ctx.completions(token.word);
			if (completions.length > 0) {
				open = { at: read.length, completions };
				read.push(plain);
				continue;
			}
		}
		if (stop || ctx.knows(token) || DIGIT.test(token.word)) {
			read.push(plain);
			continue;
		}
		const fixed = token.word.length >= MIN_TYPO_LENGTH ? ctx.correct(token.word) : null;
		const [again] = fixed ? tokenize(fixed.word) : [];
		if (fixed && again) {
			// The corrected word, where the typo stood in the query.
			read.push({
				term: again.term,
				word: again.word,
				start: token.start,
				end: token.end,
				typed,
				how: 'typo',
				weight: TYPO_WEIGHT * fixed.similarity
			});
			continue;
		}
		read.push(plain);
	}

	const inPhrase = new Set<number>();
	for (const m of ctx.lexicon.match(read)) {
		const words = read.slice(m.from, m.to);
		for (let i = m.from; i < m.to; i++) inPhrase.add(i);
		const typo = words.some((w) => w.how === 'typo');
		const weight = Math.min(...words.map((w) => w.weight));
		const typed = text.slice(words[0]?.start ?? 0, words[words.length - 1]?.end ?? 0);
		const parts = words.length > 1 ? words.filter((w) => !ctx.stopWords.has(w.word)) : [];
		units.push({
			typed,
			size: Math.max(1, parts.length),
			alternatives: [
				{ key: conceptKey(m.concept.id), weight, how: typo ? 'typo' : 'synonym' },
				...parts.map((w) => ({ key: w.term, weight: weight * PHRASE_PART_WEIGHT, how: w.how }))
			]
		});
	}
	let partial: string | null = null;
	read.forEach((t, i) => {
		if (inPhrase.has(i) || ctx.stopWords.has(t.word)) return;
		if (open?.at === i) {
			partial = t.word;
			units.push({ typed: t.typed, size: 1, alternatives: open.completions });
			return;
		}
		units.push({
			typed: t.typed,
			size: 1,
			alternatives: [{ key: t.term, weight: t.weight, how: t.how }]
		});
	});
	const terms = read.filter((t) => !ctx.stopWords.has(t.word)).map((t) => t.term);
	return { units: dedupe(units), terms, partial };
}

/** A word typed twice counts once. */
function dedupe(units: QueryUnit[]): QueryUnit[] {
	const seen = new Set<string>();
	return units.filter((u) => {
		const id = u.alternatives.map((a) => a.key).join('|');
		if (seen.has(id)) return false;
		seen.add(id);
		return true;
	});
}
