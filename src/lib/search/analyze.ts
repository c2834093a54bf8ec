import { fold } from './fold';
import { stem } from './stem';

/** One word of a text, as search sees it. */
export interface Token {
	/** The search term: folded and stemmed ("refused" -> "refus"). */
	readonly term: string;
	/** The word as written, folded ("Refused" -> "refused"). */
	readonly word: string;
	/** Where the word stands in the original text: [start, end) in UTF-16 units. */
	readonly start: number;
	readonly end: number;
}

/**
 * A word: a dotted number (a status code "4.4.316", an address "192.0.2.1", a version) stays one
 * word; anything else is a run of letters and digits. Apostrophes, hyphens and dots split words
 * ("dell'organizzazione", "on-prem", "SMTPSEND.DNS.NonExistentDomain").
 */
const WORD = /\d+(?:\.\d+)+|0x[0-9a-f]+|[\p{L}\p{N}]+/gu;
/** A capital after a lower-case letter starts a new word in identifiers: "InfoNoRecords". */
const CAMEL = /(?<=\p{Ll})(?=\p{Lu})/u;
const MIXED_CASE = /\p{Ll}\p{Lu}/u;
/** Hexadecimal as Windows prints error numbers ("0x274D"): read as the decimal admins search. */
const HEX = /^0x([0-9a-f]{1,8})$/;

/**
 * Splits a text into search tokens: folded (case, accents, apostrophes), camel-case identifiers
 * split, hexadecimal numbers read as decimal, every word stemmed. Stop words are kept here (the
 * lexicon's phrases need them); `withoutStopWords` drops them after.
 */
export function tokenize(text: string): Token[] {
	const folded = fold(text);
	const tokens: Token[] = [];
	// exec with lastIndex rather than matchAll: no iterator and match objects per word.
	const words = new RegExp(WORD.source, WORD.flags);
	for (let m = words.exec(folded); m !== null; m = words.exec(folded)) {
		const start = m.index;
		const word = m[0];
		if (word.startsWith('0x')) {
			const hex = HEX.exec(word)?.[1];
			if (hex !== undefined) {
				tokens.push({ term: String(parseInt(hex, 16)), word, start, end: start + word.length });
				continue;
			}
		}
		// Most words are plain or capitalised; only mixed case ("NonExistentDomain") is split.
		const original = text.slice(start, start + word.length);
		if (original === word || !MIXED_CASE.test(original)) {
			tokens.push({ term: stem(word), word, start, end: start + word.length });
			continue;
		}
		let at = start;
		for (const part of original.split(CAMEL)) {
			const piece = folded.slice(at, at + part.length);
			tokens.push({ term: stem(piece), word: piece, start: at, end: at + part.length });
			at += part.length;
		}
	}
	return tokens;
}

/** The tokens that carry meaning: stop words ("the", "della", "we") removed. */
export function withoutStopWords(
	tokens: readonly Token[],
	stopWords: ReadonlySet<string>
): Token[] {
	return tokens.filter((t) => !stopWords.has(t.word));
}
