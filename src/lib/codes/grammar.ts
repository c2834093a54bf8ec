/**
 * The grammar of enhanced mail system status codes (RFC 3463 §2, `class.subject.detail`) in one
 * place: what a code is, how one is read out of a catalog alias, and how its class is swapped
 * between the transient and the permanent form. Every reader of codes in the app (the paste
 * scanner, the typed-query reader, the catalog's lookup and validator, search, shared links, the
 * decoder) builds on these pieces, so they cannot drift apart.
 */

/** The class digit (RFC 3463 §3.1): 2 success, 4 persistent transient failure, 5 permanent. */
export type StatusClass = 2 | 4 | 5;

/** A code taken apart, leading zeros dropped. */
export interface CodeParts {
	readonly class: StatusClass;
	readonly subject: number;
	readonly detail: number;
}

/** RFC 3463 §2: subject and detail have one to three digits (`1*3digit`). */
export const MAX_PART_DIGITS = 3;

/*
 * Regular expression building blocks, as source text to put into a `new RegExp(...)`. They hold no
 * capture groups, so the reader that uses them decides what to capture.
 */

/** RFC 3463 §2 and §3.1: `class = "2" / "4" / "5"`. */
export const CLASS_SOURCE = '[245]';
/** RFC 3463 §2: `subject = 1*3digit`, `detail = 1*3digit`. */
export const PART_SOURCE = String.raw`\d{1,3}`;
/** RFC 3463 §2: `status-code = class "." subject "." detail`, unanchored. */
export const CODE_SOURCE = String.raw`${CLASS_SOURCE}\.${PART_SOURCE}\.${PART_SOURCE}`;
/**
 * Not the tail of a longer dotted number: no digit, nor digit and dot, just before. "192.5.4.316"
 * holds "5.4.316" but is an IP address; "15.20.4.4.316" is a version. A letter or a word before
 * the dot does not count: "SMTPSEND.4.4.316" and "v.4.4.316" name 4.4.316.
 */
export const NOT_AFTER_NUMBER = String.raw`(?<!\d\.?)`;
/** Not the head of a longer dotted number: no digit, nor dot and digit, just after ("4.4.7.1"). */
export const NOT_BEFORE_NUMBER = String.raw`(?!\.?\d)`;

/** The three parts of a code, captured, and nothing around it. */
const EXACT_CODE = new RegExp(String.raw`^(${CLASS_SOURCE})\.(${PART_SOURCE})\.(${PART_SOURCE})$`);
/** A code inside an alias: neither end glued to a longer dotted number. */
const CODE_IN_ALIAS = new RegExp(`${NOT_AFTER_NUMBER}${CODE_SOURCE}${NOT_BEFORE_NUMBER}`, 'g');
/**
 * A range of details inside an alias, as Microsoft documents some codes: "4.7.500-699" is 4.7.500
 * to 4.7.699. Same boundaries as a code, at both ends of the range.
 */
const RANGE_IN_ALIAS = new RegExp(
	`${NOT_AFTER_NUMBER}(${CODE_SOURCE})-(${PART_SOURCE})${NOT_BEFORE_NUMBER}`,
	'g'
);

function toStatusClass(digit: string): StatusClass | null {
	switch (digit) {
		case '2':
			return 2;
		case '4':
			return 4;
		case '5':
			return 5;
		default:
			return null;
	}
}

/**
 * True for a UTF-16 code unit that is a class digit (RFC 3463 §3.1: '2', '4' or '5'), for scanners
 * that read text character by character.
 */
export function isClassChar(charCode: number): boolean {
	return charCode === 50 || charCode === 52 || charCode === 53;
}

/**
 * True when `text` is exactly one code, nothing around it (no whitespace either). Leading zeros
 * are allowed, as RFC 3463 §2's `1*3digit` allows them: "4.04.7" is a code.
 */
export function isCode(text: string): boolean {
	return EXACT_CODE.test(text);
}

/**
 * Takes a code apart.
 *
 * @param text - the code alone; anything around it, whitespace included, makes it malformed
 * @returns its class, subject and detail as numbers, or null when `text` is not a code
 */
export function parseCode(text: string): CodeParts | null {
	const match = EXACT_CODE.exec(text);
	if (!match) return null;
	const [, classDigit = '', subject = '', detail = ''] = match;
	const statusClass = toStatusClass(classDigit);
	if (statusClass === null) return null;
	return { class: statusClass, subject: Number(subject), detail: Number(detail) };
}

/** The canonical notation of a code's parts: "4.4.7" (no leading zeros). */
export function formatCode(parts: CodeParts): string {
	return `${parts.class}.${parts.subject}.${parts.detail}`;
}

/** A code in canonical notation ("4.04.07" gives "4.4.7"), or null when `text` is not a code. */
export function canonicalCode(text: string): string | null {
	const parts = parseCode(text);
	return parts ? formatCode(parts) : null;
}

/** A range of details under one class and subject: 4.7.500 to 4.7.699. */
export interface DetailRange {
	/** Class and subject, canonical: "4.7". */
	readonly prefix: string;
	/** First detail, included. */
	readonly from: number;
	/** Last detail, included. */
	readonly to: number;
}

/** What an alias names: whole codes, and ranges of details. */
export interface AliasCodes {
	/**
	 * The codes written in full, canonical, in order of appearance. The first code of a range is
	 * one of them ("4.7.500-699" names 4.7.500 in full).
	 */
	readonly codes: readonly string[];
	readonly ranges: readonly DetailRange[];
}

/**
 * The codes and detail ranges a catalog alias names. Both the catalog's lookup and its validator
 * read aliases with this, so a code the validator checks is a code the lookup finds.
 *
 * A code counts unless a digit, or a digit and a dot, touches it (it is then a piece of an IP
 * address or a version number, see `NOT_AFTER_NUMBER`). Words and punctuation around it do not
 * matter: "Message expired (5.4.316)", "SMTPSEND.4.4.316" and "v.4.4.316" each name one code, since
 * that is how an admin reads them.
 */
export function aliasCodes(alias: string): AliasCodes {
	const codes: string[] = [];
	for (const [text] of alias.matchAll(CODE_IN_ALIAS)) {
		const code = canonicalCode(text);
		if (code !== null) codes.push(code);
	}
	const ranges: DetailRange[] = [];
	for (const [, first = '', last = ''] of alias.matchAll(RANGE_IN_ALIAS)) {
		const parts = parseCode(first);
		if (parts === null) continue;
		ranges.push({
			prefix: `${parts.class}.${parts.subject}`,
			from: parts.detail,
			to: Number(last)
		});
	}
	return { codes, ranges };
}

/** True when `code` is a code whose class and subject are the range's and whose detail is in it. */
export function inRange(range: DetailRange, code: string): boolean {
	const parts = parseCode(code);
	if (parts === null) return false;
	return (
		`${parts.class}.${parts.subject}` === range.prefix &&
		parts.detail >= range.from &&
		parts.detail <= range.to
	);
}

/**
 * The code with its class swapped between persistent transient (4) and permanent (5), RFC 3463
 * §3.1: 5.4.316 <-> 4.4.316. Exchange Online reports a failure as 4.x.x while it retries and as the
 * 5.x.x NDR when the retries end; subject and detail stay, so both name the same cause.
 *
 * @returns the other form, or null for a success code (2.x.x) or a text that does not start with a
 *   failure class
 */
export function otherClass(code: string): string | null {
	if (code.startsWith('4.')) return `5${code.slice(1)}`;
	if (code.startsWith('5.')) return `4${code.slice(1)}`;
	return null;
}

/**
 * The queued (persistent transient, RFC 3463 §3.1 class 4) form of a code: 5.4.316 gives 4.4.316;
 * any other code is returned as it is. Rules and the catalog are written against the queued form.
 */
export function queuedForm(code: string): string {
	return code.startsWith('5.') ? `4${code.slice(1)}` : code;
}
