/**
 * Reading enhanced status codes (RFC 3463: class.subject.detail) out of what an admin types, in
 * any notation: "4.4.316", "44316", "450 4.4.316", "4 4 316", "4-4-316", "4,4,316", "4.4.3l6".
 */
import { CLASS_SOURCE, MAX_PART_DIGITS, NOT_BEFORE_NUMBER, PART_SOURCE } from '../codes/grammar';

/** A code found in a query, normalised to dotted form, with the text it was read from. */
export interface QueryCode {
	readonly code: string;
	readonly asTyped: string;
}

/**
 * What people type between class, subject and detail: a dot, a space, a hyphen, an underscore, a
 * comma, a slash or a middle dot, up to three of them ("4. 4. 316").
 */
const SEPARATOR = String.raw`[ ._,/\u00b7-]{1,3}`;
// RFC 3463 §2: class, subject and detail (the building blocks of ../codes/grammar) with any
// separator between them. Unlike in a catalog alias, a dot just before the class is refused here
// (a typed "x.4.4.316" is not read as a code), and so is a letter that stands for a digit just
// after it ("4.4.3l6" is 4.4.316, read by LOOKALIKE, not 4.4.3). The pattern has no nested
// quantifiers: it runs in linear time.
const DOTTED = new RegExp(
	String.raw`(?<![\d.])(${CLASS_SOURCE})${SEPARATOR}(${PART_SOURCE})${SEPARATOR}(${PART_SOURCE})${NOT_BEFORE_NUMBER}(?![lIoO])`,
	'g'
);
// The same with a letter typed for a digit, as in hand-copied codes: l or I for 1, O or o for 0
// ("4.4.3l6", "4.7.32O"). Kept only when the reading is a code the catalog knows.
const LOOKALIKE_PART = String.raw`[\dlIoO]{1,${MAX_PART_DIGITS}}`;
const LOOKALIKE = new RegExp(
	String.raw`(?<![\w.])(${CLASS_SOURCE})${SEPARATOR}(${LOOKALIKE_PART})${SEPARATOR}(${LOOKALIKE_PART})(?![\w]|\.\d)`,
	'g'
);
// A run of 4 to 7 digits typed without separators ("44316"): read as class, subject, detail.
// Three digits are a basic reply code ("450", "550"), never a packed 4.5.0 or 5.5.0.
const PACKED = new RegExp(
	String.raw`(?<![\d.])(${CLASS_SOURCE}\d{3,${2 * MAX_PART_DIGITS}})(?![\d.])`,
	'g'
);

/** Digits for the letters that look like them. */
const asDigits = (text: string): string => text.replace(/[lI]/g, '1').replace(/[oO]/g, '0');

/**
 * Finds the codes a short query names, in order of appearance. Packed digits ("44316") are split
 * into every valid class/subject/detail reading; `known` (the catalog's codes and alias codes)
 * decides which readings are kept, so "44316" gives 4.4.316 and never 4.43.16.
 */
export function codesInQuery(query: string, known: ReadonlySet<string>): QueryCode[] {
	const found: QueryCode[] = [];
	const seen = new Set<string>();
	const add = (code: string, asTyped: string) => {
		if (!seen.has(code)) {
			seen.add(code);
			found.push({ code, asTyped });
		}
	};
	for (const m of query.matchAll(DOTTED)) {
		const [text, cls, subject, detail] = m;
		if (cls === undefined || subject === undefined || detail === undefined) continue;
		add(`${cls}.${Number(subject)}.${Number(detail)}`, text);
	}
	for (const m of query.matchAll(LOOKALIKE)) {
		const [text, cls, subject, detail] = m;
		if (cls === undefined || subject === undefined || detail === undefined) continue;
		const code = `${cls}.${Number(asDigits(subject))}.${Number(asDigits(detail))}`;
		if (known.has(code)) add(code, text);
	}
	for (const m of query.matchAll(PACKED)) {
		const text = m[1];
		if (text === undefined) continue;
		for (const code of packedReadings(text)) {
			if (known.has(code)) add(code, text);
		}
	}
	return found;
}

/** Every class.subject.detail reading of a run of digits, subject shortest first. */
function packedReadings(digits: string): string[] {
	const cls = digits.charAt(0);
	const rest = digits.slice(1);
	const readings: string[] = [];
	for (let cut = 1; cut <= MAX_PART_DIGITS && cut < rest.length; cut++) {
		const subject = rest.slice(0, cut);
		const detail = rest.slice(cut);
		if (detail.length > MAX_PART_DIGITS || startsWithZero(subject) || startsWithZero(detail))
			continue;
		readings.push(`${cls}.${subject}.${detail}`);
	}
	return readings;
}

function startsWithZero(part: string): boolean {
	return part.length > 1 && part.startsWith('0');
}
