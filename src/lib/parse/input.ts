/*
 * What counts as pasted text, and how much of it is read: all the first screen needs of the
 * parser, to tell a paste from a typed query before the parser itself has loaded.
 */

/** Characters read from a paste. An NDR is tens of kilobytes; the rest would be attachments. */
export const MAX_INPUT = 4_000_000;
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
