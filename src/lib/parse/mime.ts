/**
 * Turning a paste into the texts worth reading: a whole message source is walked as MIME
 * (RFC 2045, RFC 2046 §5.1) and only the parts that describe the failure are kept (the human-readable
 * report and the message/delivery-status fields); the returned original message is skipped. A paste
 * that is not a message is cleaned with the same decoders, guided by what the text looks like.
 */
import {
	bytesToText,
	decodeBase64,
	decodeEntities,
	decodeQuotedPrintable,
	looksEntityEncoded,
	looksLikeHtml,
	quotedPrintableSigns,
	removeSoftBreaks,
	stripHtml,
	toLf
} from './decode';

/** Nested multiparts deeper than this are not a bounce; their content is ignored. */
const MAX_DEPTH = 8;
/** Header values longer than this are truncated before parameters are read from them. */
const MAX_HEADER_VALUE = 4096;
/** A boundary is 1 to 70 characters (RFC 2046 §5.1.1); some mailers go a little over. */
const MAX_BOUNDARY = 200;

/**
 * Header fields of the original message or of an NDR. A header block counts as a message's header
 * only if it has one of these, so a paste like "Date: …\nEvent: Defer" is read as text.
 */
const MESSAGE_FIELDS = new Set([
	'received',
	'return-path',
	'message-id',
	'mime-version',
	'content-type',
	'delivered-to',
	'x-ms-exchange-message-is-ndr'
]);

/**
 * The types that carry a message or its header (RFC 2046 §5.2; RFC 6533 for the internationalised
 * forms). In a report they are the returned original message (RFC 6522 §3: the third part), whose
 * codes belong to other messages, and are skipped.
 */
const MESSAGE_TYPES = new Set([
	'message/rfc822',
	'text/rfc822-headers',
	'message/global',
	'message/global-headers',
	'message/partial',
	'message/external-body'
]);

/** The machine-readable report (RFC 3464 §2; RFC 6533 §6.2). */
const DELIVERY_STATUS_TYPES = new Set([
	'message/delivery-status',
	'message/global-delivery-status'
]);

interface HeaderBlock {
	/** Lower-cased field names to unfolded values; the first occurrence wins. */
	readonly fields: ReadonlyMap<string, string>;
	/** Index of the first body line. */
	readonly bodyStart: number;
}

/** "Name:" at the start of a line, with an RFC 5322 §3.6.8 field name (no spaces, no colon). */
function headerName(line: string): string | null {
	const colon = line.indexOf(':');
	if (colon <= 0) return null;
	for (let i = 0; i < colon; i++) {
		const c = line.charCodeAt(i);
		if (c <= 32 || c >= 127) return null;
	}
	return line.slice(0, colon).toLowerCase();
}

function isBlank(line: string): boolean {
	// By index, not trim(): it runs on every header line and must not copy them.
	for (let i = 0; i < line.length; i++) {
		const c = line.charCodeAt(i);
		if (c !== 32 && c !== 9 && c !== 13) return false;
	}
	return true;
}

/**
 * Reads a header block from `start` up to the first blank line (RFC 5322 §2.1). Lines that start with
 * white space are folded continuations (§2.2.3); other lines without "Name:" are taken as
 * continuations too, because real NDRs fold long diagnostic headers without indenting them.
 * Returns null when the first line is not a header line.
 */
function readHeaders(lines: readonly string[], start: number, end: number): HeaderBlock | null {
	const fields = new Map<string, string>();
	if (start >= end) return null;
	const firstLine = lines[start] ?? '';
	if (isBlank(firstLine)) return { fields, bodyStart: start + 1 };
	if (headerName(firstLine) === null) return null;
	let name = '';
	let value: string[] = [];
	const commit = () => {
		if (name.length > 0 && !fields.has(name)) {
			fields.set(name, value.join(' ').slice(0, MAX_HEADER_VALUE).trim());
		}
	};
	let i = start;
	for (; i < end; i++) {
		const line = lines[i] ?? '';
		if (isBlank(line)) break;
		const first = line.charCodeAt(0);
		const field = first === 32 || first === 9 ? null : headerName(line);
		if (field === null) {
			if (value.length < 64) value.push(line.trim());
			continue;
		}
		commit();
		name = field;
		value = [line.slice(line.indexOf(':') + 1)];
	}
	commit();
	return { fields, bodyStart: Math.min(i + 1, end) };
}

/** A parameter of a structured header (RFC 2045 §5.1): `name=value` or `name="value"`. */
function headerParam(value: string, name: 'boundary' | 'charset'): string | null {
	const pattern =
		name === 'boundary'
			? /(?:^|[;\s])boundary\s{0,5}=\s{0,5}(?:"([^"]{0,200})"|([^;\s]{1,200}))/i
			: /(?:^|[;\s])charset\s{0,5}=\s{0,5}(?:"([^"]{0,60})"|([^;\s]{1,60}))/i;
	const m = pattern.exec(value);
	if (m === null) return null;
	const found = m[1] ?? m[2] ?? '';
	return found.length > 0 ? found : null;
}

/** The media type, lower-cased; RFC 2045 §5.2: text/plain when absent. */
function mediaType(fields: ReadonlyMap<string, string>): string {
	const value = fields.get('content-type');
	if (value === undefined) return 'text/plain';
	const semi = value.indexOf(';');
	const type = (semi < 0 ? value : value.slice(0, semi)).trim().toLowerCase();
	return type.includes('/') ? type : 'text/plain';
}

/** Is `line` the delimiter `--boundary` or the close `--boundary--` (RFC 2046 §5.1.1)? */
function isDelimiter(line: string, delimiter: string): boolean {
	if (!line.startsWith(delimiter)) return false;
	const rest = line.slice(delimiter.length).trim();
	return rest.length === 0 || rest === '--';
}

/** The line ranges of the body parts of a multipart, plus the preamble before the first part. */
function splitMultipart(
	lines: readonly string[],
	start: number,
	end: number,
	boundary: string
): { preamble: [number, number]; parts: [number, number][] } {
	const delimiter = `--${boundary}`;
	const parts: [number, number][] = [];
	let partStart = -1;
	let preambleEnd = end;
	for (let i = start; i < end; i++) {
		const line = lines[i] ?? '';
		if (line.charCodeAt(0) !== 45 || !isDelimiter(line, delimiter)) continue;
		if (partStart < 0) preambleEnd = i;
		else parts.push([partStart, i]);
		if (line.trimEnd().endsWith(`${delimiter}--`)) return { preamble: [start, preambleEnd], parts };
		partStart = i + 1;
	}
	if (partStart >= 0) parts.push([partStart, end]);
	return { preamble: [start, preambleEnd], parts };
}

/** How a text body is to be decoded. */
interface TextEncoding {
	/** Content-Transfer-Encoding, lower-cased; null when the part does not say. */
	readonly transfer: string | null;
	readonly charset: string | null;
	readonly html: boolean;
}

/**
 * Decodes a text body. A declared transfer encoding is applied as declared; a body that declares
 * none (a paste, or a message without MIME headers) is decoded only where it shows the signs.
 */
function decodeText(body: string, enc: TextEncoding): string {
	let text = body;
	if (enc.transfer === 'quoted-printable') {
		text = decodeQuotedPrintable(text, enc.charset);
	} else if (enc.transfer === 'base64') {
		text = toLf(bytesToText(decodeBase64(text), enc.charset));
	} else if (enc.transfer === null) {
		const signs = quotedPrintableSigns(text);
		if (signs === 'full') text = decodeQuotedPrintable(text, enc.charset);
		else if (signs === 'soft') text = removeSoftBreaks(text);
	}
	const html = enc.html || (enc.transfer === null && looksLikeHtml(text));
	if (html) text = stripHtml(text);
	if (html || looksEntityEncoded(text)) text = decodeEntities(text);
	return text;
}

/** The texts of a paste worth reading, in order. */
interface Walk {
	readonly lines: readonly string[];
	readonly out: string[];
}

function bodyText(walk: Walk, start: number, end: number): string {
	return walk.lines.slice(start, end).join('\n');
}

/** Message types that hold a whole message, which may be a forwarded NDR. */
const ENCAPSULATED_MESSAGE_TYPES = new Set(['message/rfc822', 'message/global']);

function walkEntity(
	walk: Walk,
	fields: ReadonlyMap<string, string>,
	start: number,
	end: number,
	depth: number,
	inReport: boolean
): void {
	const type = mediaType(fields);
	if (MESSAGE_TYPES.has(type)) {
		// Outside a report, an attached message is what the admin wants read: an NDR forwarded as
		// an attachment arrives as multipart/mixed with the NDR in a message/rfc822 part.
		if (!inReport && ENCAPSULATED_MESSAGE_TYPES.has(type) && depth < MAX_DEPTH) {
			const inner = readHeaders(walk.lines, start, end);
			if (inner !== null) walkEntity(walk, inner.fields, inner.bodyStart, end, depth + 1, false);
		}
		return;
	}
	if (type.startsWith('multipart/')) {
		if (depth >= MAX_DEPTH) return;
		const boundary = headerParam(fields.get('content-type') ?? '', 'boundary');
		if (boundary !== null && boundary.length <= MAX_BOUNDARY) {
			walkMultipart(walk, type, boundary, start, end, depth);
			return;
		}
	}
	const transferField = fields.get('content-transfer-encoding');
	const enc: TextEncoding = {
		transfer: transferField === undefined ? null : transferField.trim().toLowerCase(),
		charset: headerParam(fields.get('content-type') ?? '', 'charset'),
		html: type === 'text/html'
	};
	if (
		DELIVERY_STATUS_TYPES.has(type) ||
		type.startsWith('text/') ||
		type.startsWith('multipart/')
	) {
		walk.out.push(decodeText(bodyText(walk, start, end), enc));
	}
}

function walkMultipart(
	walk: Walk,
	type: string,
	boundary: string,
	start: number,
	end: number,
	depth: number
): void {
	const { preamble, parts } = splitMultipart(walk.lines, start, end, boundary);
	// The preamble is for non-MIME readers (RFC 2046 §5.1.1); in a paste without the message
	// header it is where the copied report text sits, so it is read too.
	if (preamble[1] > preamble[0]) {
		walk.out.push(
			decodeText(bodyText(walk, preamble[0], preamble[1]), {
				transfer: null,
				charset: null,
				html: false
			})
		);
	}
	const read = parts.map(([partStart, partEnd]) => ({
		block: readHeaders(walk.lines, partStart, partEnd),
		partStart,
		partEnd
	}));
	// multipart/alternative holds the same report as text and as HTML (RFC 2046 §5.1.4): read the
	// plain text when there is one, so the HTML copy neither doubles nor reorders the findings.
	const hasPlain =
		type === 'multipart/alternative' &&
		read.some((p) => p.block !== null && mediaType(p.block.fields) === 'text/plain');
	const isReport = type === 'multipart/report';
	for (const { block, partStart, partEnd } of read) {
		const fields = block?.fields ?? new Map<string, string>();
		if (hasPlain && mediaType(fields) === 'text/html') continue;
		walkEntity(walk, fields, block?.bodyStart ?? partStart, partEnd, depth + 1, isReport);
	}
}

/** Is this header block the header of a message (rather than a paste that starts "Reason: …")? */
function isMessageHeader(block: HeaderBlock): boolean {
	if (block.fields.size < 2) return false;
	for (const name of block.fields.keys()) {
		if (MESSAGE_FIELDS.has(name)) return true;
	}
	return block.fields.has('from') && block.fields.has('subject');
}

/**
 * A MIME body pasted without the message header: a line "--something" directly followed by a
 * Content-Type field gives away the boundary.
 */
function headlessBoundary(lines: readonly string[]): string | null {
	for (let i = 0; i + 1 < lines.length; i++) {
		const line = lines[i] ?? '';
		if (line.length < 3 || !line.startsWith('--')) continue;
		if (!(lines[i + 1] ?? '').toLowerCase().startsWith('content-type:')) continue;
		const boundary = line.slice(2).trimEnd();
		if (boundary.length > 0 && boundary.length <= MAX_BOUNDARY && !boundary.includes(' ')) {
			return boundary.endsWith('--') ? boundary.slice(0, -2) : boundary;
		}
	}
	return null;
}

/** How much of a paste is read to see whether it starts with a message header. */
const HEAD_CHARS = 256_000;
/** A boundary line directly followed by a Content-Type field (see `headlessBoundary`). */
const BOUNDARY_THEN_TYPE = /(?:^|\n)--[^\n]{1,200}\ncontent-type:/i;

/**
 * True when the paste is a message source (it starts with a message header) or a headless MIME
 * body: the cases `readableTexts` walks line by line. Decides on the paste's start and on one scan,
 * the same way the walk would.
 */
function needsLines(text: string): boolean {
	if (BOUNDARY_THEN_TYPE.test(text)) return true;
	const lines = text.slice(0, HEAD_CHARS).split('\n');
	let first = 0;
	while (first < lines.length && isBlank(lines[first] ?? '')) first++;
	if ((lines[first] ?? '').startsWith('From ')) first++;
	const root = readHeaders(lines, first, lines.length);
	return root !== null && isMessageHeader(root);
}

/**
 * The readable texts of a paste, in order: for a message source, its report parts (decoded, HTML
 * stripped, the returned original message left out); otherwise the paste itself, decoded where it
 * shows quoted-printable, HTML or character-reference signs.
 */
export function readableTexts(raw: string): string[] {
	const text = toLf(raw);
	// Only a message source or a MIME body needs the text as lines: anything else (a trace line,
	// a copied body, megabytes of noise) is decoded whole, without one string per line.
	if (!needsLines(text)) {
		return [decodeText(text, { transfer: null, charset: null, html: false })];
	}
	const lines = text.split('\n');
	const walk: Walk = { lines, out: [] };
	let first = 0;
	while (first < lines.length && isBlank(lines[first] ?? '')) first++;
	// An mbox separator ("From sender date") may precede the header (RFC 4155); a field name
	// cannot contain a space, so it is never a header line itself.
	if ((lines[first] ?? '').startsWith('From ')) first++;
	const root = readHeaders(lines, first, lines.length);
	if (root !== null && isMessageHeader(root)) {
		walkEntity(walk, root.fields, root.bodyStart, lines.length, 0, false);
		return walk.out;
	}
	const boundary = headlessBoundary(lines);
	if (boundary !== null) {
		walkMultipart(walk, 'multipart/mixed', boundary, 0, lines.length, 0);
		return walk.out;
	}
	walk.out.push(decodeText(text, { transfer: null, charset: null, html: false }));
	return walk.out;
}
