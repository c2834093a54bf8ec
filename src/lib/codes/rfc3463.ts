/**
 * Decoding of enhanced mail system status codes, `class.subject.detail` (RFC 3463 §2), into the
 * texts of the IANA registry. Works for any code, registered or not: Microsoft's own details
 * (4.4.316, 4.7.321…) get their class and subject decoded and no detail text.
 */
import type { Localized } from '../catalog/types';
import {
	STATUS_CLASS_TEXTS,
	STATUS_DETAIL_TEXTS,
	STATUS_SUBJECT_TEXTS,
	UNREGISTERED_SUBJECT_TEXT
} from '../../data/rfc3463';

/** The class digit (RFC 3463 §3.1): 2 success, 4 persistent transient failure, 5 permanent. */
export type StatusClass = 2 | 4 | 5;

/** An enhanced status code taken apart, with the registry's texts. */
export interface DecodedStatus {
	/** Canonical notation, e.g. "4.4.7" (leading zeros dropped: "4.04.07" gives "4.4.7"). */
	readonly code: string;
	readonly class: StatusClass;
	readonly subject: number;
	readonly detail: number;
	readonly classText: Localized;
	/** The subject's area; a generic "unregistered subject" text for subjects 8 and above. */
	readonly subjectText: Localized;
	/** Null when the detail is not registered for that subject (e.g. Microsoft's 4.4.316). */
	readonly detailText: Localized | null;
}

/**
 * RFC 3463 §2: `status-code = class "." subject "." detail`, class "2" / "4" / "5", subject and
 * detail `1*3digit`. Anchored on both sides, so "14.4.7" or "4.4.7.1" is not a code.
 */
const STATUS_CODE_PATTERN = /^([245])\.(\d{1,3})\.(\d{1,3})$/;

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
 * Decodes one enhanced status code such as "4.4.7" or "5.7.1".
 *
 * Whitespace around the code is ignored; anything else around it (a reply code, brackets, text)
 * makes the input malformed. Extracting codes from pasted text is the parser's job.
 *
 * @param code - the code alone, `class.subject.detail`
 * @returns the decoded code, or null when it is not well formed (class other than 2, 4 or 5;
 *   subject or detail missing, empty or longer than 3 digits)
 */
export function decodeStatus(code: string): DecodedStatus | null {
	const match = STATUS_CODE_PATTERN.exec(code.trim());
	if (!match) return null;
	const [, classDigit = '', subjectDigits = '', detailDigits = ''] = match;
	const statusClass = toStatusClass(classDigit);
	if (statusClass === null) return null;
	const subject = Number.parseInt(subjectDigits, 10);
	const detail = Number.parseInt(detailDigits, 10);
	return {
		code: `${statusClass}.${subject}.${detail}`,
		class: statusClass,
		subject,
		detail,
		classText: STATUS_CLASS_TEXTS[statusClass],
		subjectText: STATUS_SUBJECT_TEXTS[subject] ?? UNREGISTERED_SUBJECT_TEXT,
		detailText: STATUS_DETAIL_TEXTS[subject]?.[detail] ?? null
	};
}
