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
import { formatCode, parseCode, type StatusClass } from './grammar';

/** The class of a decoded code (defined with the grammar, in grammar.ts). */
export type { StatusClass };

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
	const parts = parseCode(code.trim());
	if (parts === null) return null;
	const { subject, detail } = parts;
	return {
		code: formatCode(parts),
		class: parts.class,
		subject,
		detail,
		classText: STATUS_CLASS_TEXTS[parts.class],
		subjectText: STATUS_SUBJECT_TEXTS[subject] ?? UNREGISTERED_SUBJECT_TEXT,
		detailText: STATUS_DETAIL_TEXTS[subject]?.[detail] ?? null
	};
}
