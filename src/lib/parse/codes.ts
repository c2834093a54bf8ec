/**
 * Finding enhanced status codes (RFC 3463) in free text by scanning, without regular expressions:
 * every candidate is checked in a bounded number of steps, so a line of any length is read in linear
 * time, and look-alikes (version numbers, IPv4 addresses, dates) are rejected by the grammar.
 *
 * The class digit and the length of subject and detail come from ../codes/grammar. The boundaries
 * are stricter than in a catalog alias: in a paste, a code glued to a word or a dot ("v4.4.316",
 * "v.4.4.316") is taken for part of a version or an identifier, so no code is derived from it.
 */
import { isClassChar, MAX_PART_DIGITS } from '../codes/grammar';

/** One code found in a line of text. */
export interface CodeHit {
	/** Normalised `class.subject.detail`. */
	readonly code: string;
	/** The basic reply code just before it, e.g. '550'; null when absent. */
	readonly reply: string | null;
	/** The exact text: reply (when present), separator and code. */
	readonly asFound: string;
}

const CH_0 = 48;
const CH_9 = 57;
const CH_DOT = 46;
const CH_SPACE = 32;
const CH_TAB = 9;
const CH_HYPHEN = 45;
/** Spaces tolerated between a reply code and the enhanced code ("550  5.1.1" appears in the wild). */
const MAX_REPLY_GAP = 3;

function isDigit(c: number): boolean {
	return c >= CH_0 && c <= CH_9;
}

/** Letters, digits and underscore: a code glued to a word is part of a token, not a code. */
function isWordChar(c: number): boolean {
	return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * Reads a run of 1 to 3 digits at `start`; returns its end, or -1 when the run is empty, longer than
 * three digits, or has a leading zero (RFC 3463 §2 grammar: subject = "0" / (%x31-39 0*2digit)).
 */
function digitRun(text: string, start: number): number {
	let end = start;
	while (end < text.length && end - start <= MAX_PART_DIGITS && isDigit(text.charCodeAt(end)))
		end++;
	const len = end - start;
	if (len === 0 || len > MAX_PART_DIGITS) return -1;
	if (len > 1 && text.charCodeAt(start) === CH_0) return -1;
	return end;
}

/**
 * Checks for an enhanced code starting at `i`; returns its end index or -1.
 * Boundaries: not preceded by a word character or a dot, not followed by a word character, and not
 * followed by ".digit" (so 192.0.2.23, 15.20.0863.000 and 5.5.2657.72 never yield a code).
 */
function codeEndAt(text: string, i: number): number {
	if (!isClassChar(text.charCodeAt(i)) || text.charCodeAt(i + 1) !== CH_DOT) return -1;
	if (i > 0) {
		const before = text.charCodeAt(i - 1);
		if (isWordChar(before) || before === CH_DOT) return -1;
	}
	const subjectEnd = digitRun(text, i + 2);
	if (subjectEnd < 0 || text.charCodeAt(subjectEnd) !== CH_DOT) return -1;
	const end = digitRun(text, subjectEnd + 1);
	if (end < 0) return -1;
	if (end < text.length) {
		const after = text.charCodeAt(end);
		if (isWordChar(after)) return -1;
		if (after === CH_DOT && isDigit(text.charCodeAt(end + 1))) return -1;
	}
	return end;
}

/**
 * The start of a basic reply code (RFC 5321 §4.2: three digits, the first 2 to 5) written just before
 * position `codeStart`, separated by spaces or by the hyphen of a multiline reply ("550-5.7.1");
 * -1 when there is none.
 */
function replyStartBefore(text: string, codeStart: number): number {
	let k = codeStart - 1;
	if (k >= 0 && text.charCodeAt(k) === CH_HYPHEN) {
		k--;
	} else {
		let gap = 0;
		while (k >= 0 && gap < MAX_REPLY_GAP) {
			const c = text.charCodeAt(k);
			if (c !== CH_SPACE && c !== CH_TAB) break;
			k--;
			gap++;
		}
		if (gap === 0) return -1;
	}
	const start = k - 2;
	if (start < 0) return -1;
	const first = text.charCodeAt(start);
	if (first < 50 || first > 53) return -1;
	if (!isDigit(text.charCodeAt(start + 1)) || !isDigit(text.charCodeAt(k))) return -1;
	if (start > 0) {
		const before = text.charCodeAt(start - 1);
		if (isWordChar(before) || before === CH_DOT) return -1;
	}
	return start;
}

/**
 * Every enhanced status code in `text`, in order, at most `limit` of them. The scan jumps from dot
 * to dot (a code's class digit sits just before its first dot) and checks each candidate in a
 * bounded number of character reads, so it is linear in the length of the text.
 */
export function findCodes(text: string, limit: number): CodeHit[] {
	const hits: CodeHit[] = [];
	let dot = text.indexOf('.', 1);
	while (dot >= 0 && hits.length < limit) {
		const start = dot - 1;
		const end = codeEndAt(text, start);
		if (end < 0) {
			dot = text.indexOf('.', dot + 1);
			continue;
		}
		const replyStart = replyStartBefore(text, start);
		hits.push({
			code: text.slice(start, end),
			reply: replyStart < 0 ? null : text.slice(replyStart, replyStart + 3),
			asFound: text.slice(replyStart < 0 ? start : replyStart, end)
		});
		dot = text.indexOf('.', end);
	}
	return hits;
}
