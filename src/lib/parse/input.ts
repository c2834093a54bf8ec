/*
 * What counts as pasted text, and how much of it is read: all the first screen needs of the
 * parser, to tell a paste from a typed query before the parser itself has loaded.
 */

/** Characters read from a paste. An NDR is tens of kilobytes; the rest would be attachments. */
export const MAX_INPUT = 4_000_000;

/** Longest text the query field takes as it is; a larger paste is read in full and shown in part. */
export const PREVIEW_CHARS = 20_000;
/**
 * Most lines the query field takes as they are. A text field lays out many short lines slowly:
 * 20,000 characters of quoted-printable soft breaks (4,000 lines) blocked Chromium's page for
 * seconds as they were pasted; an NDR with its headers is a few hundred lines.
 */
export const PREVIEW_LINES = 1_000;
/**
 * Most characters beyond Latin and common punctuation (U+0250 and up: other scripts, symbols,
 * emoji, unassigned code points) the field takes: each may need a fallback font, and 20,000 random
 * Unicode characters took Chromium 1.3 s to lay out in the field. A page of Japanese or Cyrillic
 * text stays below.
 */
export const PREVIEW_WIDE = 1_000;
/** First code point counted as wide: after the Latin Extended-B block. */
const FIRST_WIDE = 0x250;

/**
 * Does a paste go to the preview (the whole text read, its start shown in the field) rather than
 * into the field? When it is longer than `PREVIEW_CHARS`, or has more lines than `PREVIEW_LINES`
 * or more wide characters than `PREVIEW_WIDE`.
 */
export function goesToPreview(text: string): boolean {
	if (text.length > PREVIEW_CHARS) return true;
	return previewEnd(text) < text.length;
}

/**
 * The start of a paste the field shows: at most `PREVIEW_CHARS` characters, `PREVIEW_LINES` lines
 * and `PREVIEW_WIDE` wide characters, never half of a surrogate pair.
 */
export function previewOf(text: string): string {
	return text.slice(0, previewEnd(text));
}

/** Where the preview of `text` ends: within `PREVIEW_CHARS`, `PREVIEW_LINES` and `PREVIEW_WIDE`. */
function previewEnd(text: string): number {
	let limit = Math.min(text.length, PREVIEW_CHARS);
	// Not between the halves of a surrogate pair.
	const last = text.charCodeAt(limit - 1);
	if (limit < text.length && last >= 0xd800 && last < 0xdc00) limit--;
	let lines = 0;
	let wide = 0;
	for (let at = 0; at < limit; at++) {
		const c = text.charCodeAt(at);
		// \n, and a \r not followed by \n (a \r\n counts once, at its \n).
		if (c === 10 || (c === 13 && text.charCodeAt(at + 1) !== 10)) {
			if (++lines >= PREVIEW_LINES) return at;
		} else if (c >= FIRST_WIDE && !(c >= 0xdc00 && c < 0xe000) && ++wide > PREVIEW_WIDE) {
			return at;
		}
	}
	return limit;
}
/** Above this length a single line is treated as a paste rather than a search query. */
const PASTE_MIN_LENGTH = 120;

/** Markers of pasted reports (NDR, message trace, queue, message source), lower case. */
const PASTE_MARKERS = [
	'{msg=',
	'fqdn=',
	'lrt=',
	'[message=',
	'lastattempted',
	'outboundproxytarget',
	'diagnostic information',
	'remote server',
	'reason: [',
	'diagnostic-code:',
	'final-recipient:',
	'reporting-mta:',
	'content-type:',
	'received:',
	'return-path:',
	'message-id:',
	'mime-version:',
	'x-ms-exchange'
];

/**
 * Should this input be parsed as a paste rather than searched as a query? True for more than one
 * line, for long text, and for text with the markers of an NDR, a message trace or a message
 * header; false for short queries such as "connection refused", "4.4.316" or "550 5.4.316 Message
 * expired, connection refused".
 */
export function looksLikePaste(text: string): boolean {
	return pasteShaped(text, PASTE_MARKERS);
}

/**
 * Words of Microsoft's own error wording that mark a paste for privacy (`looksLikePaste`: such text
 * stays out of the address) but not for layout: "cannot connect to remote server" typed is a
 * query, and its results need no Detected panel.
 */
const PROSE_MARKERS: ReadonlySet<string> = new Set(['remote server']);
const LAYOUT_MARKERS = PASTE_MARKERS.filter((marker) => !PROSE_MARKERS.has(marker));

/**
 * Longer than this, one line of text is shown as a paste though it came without a paste event
 * (filled by a tool, dropped as text): a question typed by hand is far shorter.
 */
const PASTE_LAYOUT_LENGTH = 1_000;

/**
 * Should this text be read by the paste reader and shown with the Detected panel, though typed?
 * As `looksLikePaste`, except for the markers that are also Microsoft's error wording and for a
 * question of a few hundred characters typed on one line, which is a query (it stays out of the
 * address all the same); and text with an address in it ("@"), NDR or log text more often than a
 * query. The words of every text are searched either way (lib/reading).
 */
export function readAsPaste(text: string): boolean {
	return text.includes('@') || pasteShaped(text, LAYOUT_MARKERS, PASTE_LAYOUT_LENGTH);
}

function pasteShaped(
	text: string,
	markers: readonly string[],
	minLength: number = PASTE_MIN_LENGTH
): boolean {
	const trimmed = text.trim();
	if (trimmed.includes('\n') || trimmed.includes('\r')) return true;
	if (trimmed.length > minLength) return true;
	const lower = trimmed.toLowerCase();
	return hasTraceField(lower) || markers.some((marker) => lower.includes(marker));
}

/**
 * Does the lower-cased text hold the message trace's "LED=" field (last error detail)? Not when a
 * letter comes before it, as in "failed=" or "enabled=".
 */
export function hasTraceField(lower: string): boolean {
	for (let at = lower.indexOf('led='); at >= 0; at = lower.indexOf('led=', at + 4)) {
		const before = lower.charCodeAt(at - 1);
		if (!(before >= 97 && before <= 122)) return true;
	}
	return false;
}
