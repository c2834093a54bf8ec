/**
 * Undoing the transfer encodings and markup that wrap the text of a bounce: quoted-printable
 * (RFC 2045 §6.7), base64 (RFC 2045 §6.8), UTF-8 and Latin-1 bytes, HTML tags and character
 * references. All of it is single-pass scanning: linear time, no backtracking, never throws.
 */

const REPLACEMENT = '\uFFFD';
/** Arguments per String.fromCharCode call: well under every engine's argument limit. */
const CHUNK = 8192;

/** CRLF and lone CR (old Mac mail, some pastes) become LF. */
export function toLf(text: string): string {
	return text.replace(/\r\n?/g, '\n');
}

function hexValue(c: number): number {
	if (c >= 48 && c <= 57) return c - 48;
	if (c >= 65 && c <= 70) return c - 55;
	if (c >= 97 && c <= 102) return c - 87;
	return -1;
}

/**
 * Bytes to text. UTF-8 when the charset says so; Latin-1 for every other declared charset (exact
 * for ASCII, which is all codes, hosts and addresses need; other scripts may read garbled); with no
 * declared charset (a paste), UTF-8 when the bytes are valid UTF-8, else Latin-1.
 */
export function bytesToText(bytes: Uint8Array, charset: string | null): string {
	if (charset === null) return utf8(bytes, true) ?? latin1(bytes);
	const c = charset.toLowerCase();
	return c === 'utf-8' || c === 'utf8' ? (utf8(bytes, false) ?? latin1(bytes)) : latin1(bytes);
}

function latin1(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += CHUNK) {
		out += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
	}
	return out;
}

/**
 * A UTF-8 decoder (RFC 3629). Malformed sequences become U+FFFD, or, when `strict`, make it return
 * null so the caller can fall back to Latin-1. Never throws.
 */
function utf8(bytes: Uint8Array, strict: boolean): string | null {
	const parts: string[] = [];
	let units: number[] = [];
	const push = (unit: number) => {
		units.push(unit);
		if (units.length >= CHUNK) {
			parts.push(String.fromCharCode(...units));
			units = [];
		}
	};
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i] ?? 0;
		if (b < 0x80) {
			push(b);
			i++;
			continue;
		}
		// RFC 3629 §4: lead bytes C2-DF start 2 bytes, E0-EF 3, F0-F4 4; the rest never lead.
		if (b < 0xc2 || b > 0xf4) {
			if (strict) return null;
			push(0xfffd);
			i++;
			continue;
		}
		const need = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : 1;
		const min = need === 3 ? 0x10000 : need === 2 ? 0x800 : 0x80;
		let cp = b & (need === 3 ? 0x07 : need === 2 ? 0x0f : 0x1f);
		let j = 1;
		for (; j <= need; j++) {
			const next = bytes[i + j];
			if (next === undefined || (next & 0xc0) !== 0x80) break;
			cp = (cp << 6) | (next & 0x3f);
		}
		if (j <= need || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
			if (strict) return null;
			push(0xfffd);
			i++;
			continue;
		}
		if (cp >= 0x10000) {
			const v = cp - 0x10000;
			push(0xd800 + (v >> 10));
			push(0xdc00 + (v & 0x3ff));
		} else {
			push(cp);
		}
		i += need + 1;
	}
	if (units.length > 0) parts.push(String.fromCharCode(...units));
	return parts.join('');
}

/**
 * Quoted-printable (RFC 2045 §6.7): "=" at the end of a line (rule 5, soft line break, trailing
 * blanks allowed) joins the lines; "=XX" is one byte. Runs of escaped bytes are decoded together in
 * the part's charset, so a UTF-8 sequence split into "=C3=A9" becomes one character. A "=" that
 * starts neither form is kept as it is (rule 1 robustness advice).
 */
export function decodeQuotedPrintable(text: string, charset: string | null): string {
	const out: string[] = [];
	const run: number[] = [];
	let runIsAscii = true;
	const flush = () => {
		if (run.length === 0) return;
		// Most escapes in a report are ASCII ("=3D", "=20"): no byte decoding needed for those.
		out.push(runIsAscii ? String.fromCharCode(...run) : bytesToText(Uint8Array.from(run), charset));
		run.length = 0;
		runIsAscii = true;
	};
	let literalStart = 0;
	let i = 0;
	while (i < text.length) {
		if (text.charCodeAt(i) !== 61) {
			i++;
			continue;
		}
		// Soft line break: "=", optional spaces or tabs, then a line end.
		let k = i + 1;
		while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
		const isSoftBreak = k >= text.length || text.charCodeAt(k) === 10;
		const hi = hexValue(text.charCodeAt(i + 1));
		const lo = hexValue(text.charCodeAt(i + 2));
		if (!isSoftBreak && (hi < 0 || lo < 0)) {
			i++;
			continue;
		}
		if (i > literalStart) {
			flush();
			out.push(text.slice(literalStart, i));
		}
		if (isSoftBreak) {
			i = k + 1;
		} else {
			const byte = hi * 16 + lo;
			run.push(byte);
			if (byte >= 0x80) runIsAscii = false;
			if (run.length >= CHUNK) flush();
			i += 3;
		}
		literalStart = i;
	}
	flush();
	if (literalStart < text.length) out.push(text.slice(literalStart));
	return out.join('');
}

/**
 * How much of quoted-printable a paste still shows. 'full': an escaped "=" ("=3D"), which a decoded
 * text never contains, so every "=XX" is an escape. 'soft': only lines broken with a trailing "="
 * (RFC 2045 §6.7 rule 5), at least two of them; "=XX" is then left alone, because a decoded text
 * has "LED=450" and "LinkId=389361", and a base64 value ending in "=" ends a line in headers.
 */
export function quotedPrintableSigns(text: string): 'full' | 'soft' | 'none' {
	if (text.includes('=3D') || text.includes('=3d')) return 'full';
	const first = text.indexOf('=\n');
	return first >= 0 && text.indexOf('=\n', first + 2) >= 0 ? 'soft' : 'none';
}

/** Removes quoted-printable soft line breaks only (RFC 2045 §6.7 rule 5). */
export function removeSoftBreaks(text: string): string {
	return text.replace(/=[ \t]{0,20}\n/g, '');
}

const BASE64_PAD = 61;

function base64Value(c: number): number {
	if (c >= 65 && c <= 90) return c - 65;
	if (c >= 97 && c <= 122) return c - 71;
	if (c >= 48 && c <= 57) return c + 4;
	if (c === 43) return 62;
	if (c === 47) return 63;
	return -1;
}

/**
 * Base64 (RFC 2045 §6.8) without atob: characters outside the alphabet (line breaks, spaces) are
 * skipped as the RFC requires, and decoding stops at the first pad character.
 */
export function decodeBase64(text: string): Uint8Array {
	const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
	let n = 0;
	let acc = 0;
	let bits = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === BASE64_PAD) break;
		const v = base64Value(c);
		if (v < 0) continue;
		acc = ((acc << 6) | v) & 0xffffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[n++] = (acc >> bits) & 0xff;
		}
	}
	return out.subarray(0, n);
}

/** Tags that end a line of text when rendered, so that stripping them keeps lines apart. */
const BLOCK_TAGS = new Set([
	'br',
	'p',
	'div',
	'tr',
	'li',
	'pre',
	'table',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'hr',
	'td',
	'th',
	'body',
	'html',
	'blockquote'
]);
/** Elements whose content is not text for a reader. */
const SKIPPED_ELEMENTS = new Set(['script', 'style', 'head', 'title']);

function isTagNameChar(c: number): boolean {
	return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/**
 * Removes HTML markup: tags become a space (a line break for block tags), comments and the content of
 * script, style, head and title are dropped. Each position is passed at most once (every search
 * starts where the previous one ended); when a '<' has no closing '>' after it, the rest is text.
 */
export function stripHtml(html: string): string {
	const out: string[] = [];
	// Closing tags of skipped elements are searched in a lower-cased copy, made on first need. If
	// lowercasing changed the length (a few non-ASCII letters do), positions would drift: then the
	// content of those elements is kept rather than searched for.
	let lower: string | null = null;
	const closingAt = new Map<string, number>();
	let textStart = 0;
	let i = 0;
	while (i < html.length) {
		const lt = html.indexOf('<', i);
		if (lt < 0) break;
		const next = html.charCodeAt(lt + 1);
		const isComment = html.startsWith('<!--', lt);
		const isClosing = next === 47;
		const nameStart = isClosing ? lt + 2 : lt + 1;
		if (!isComment && !isTagNameChar(html.charCodeAt(nameStart)) && next !== 33) {
			i = lt + 1;
			continue;
		}
		const close = isComment ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt + 1);
		if (close < 0) break;
		out.push(html.slice(textStart, lt));
		let nameEnd = nameStart;
		while (nameEnd < html.length && isTagNameChar(html.charCodeAt(nameEnd))) nameEnd++;
		const name = html.slice(nameStart, nameEnd).toLowerCase();
		out.push(BLOCK_TAGS.has(name) ? '\n' : ' ');
		let after = isComment ? close + 3 : close + 1;
		if (!isClosing && !isComment && SKIPPED_ELEMENTS.has(name)) {
			lower ??= html.toLowerCase();
			// Without a closing tag only the opening tag goes: the text after it may be the error.
			// The last answer per element is kept: a search that found nothing is never repeated and a
			// new search starts past the previous hit, so repeated "<script>" stays linear.
			let end = closingAt.get(name);
			if (lower.length === html.length && (end === undefined || (end >= 0 && end < after))) {
				end = lower.indexOf(`</${name}`, after);
				closingAt.set(name, end);
			}
			if (end !== undefined && end >= 0) {
				const endClose = html.indexOf('>', end);
				after = endClose < 0 ? html.length : endClose + 1;
			}
		}
		i = after;
		textStart = after;
	}
	out.push(html.slice(textStart));
	return out.join('');
}

/** Signs that a paste is HTML source rather than text. */
export function looksLikeHtml(text: string): boolean {
	return /<(?:html|body|br|p|div|font|table|td|span|pre|head|meta|style|script)[\s>/]/i.test(text);
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
	lt: '<',
	gt: '>',
	amp: '&',
	quot: '"',
	apos: "'",
	nbsp: ' '
};

/** Decodes one numeric character reference; U+FFFD for NUL, surrogates and out-of-range values. */
function fromCodePointSafe(cp: number): string {
	if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
		return REPLACEMENT;
	}
	return String.fromCodePoint(cp);
}

/**
 * HTML character references: the few named ones an NDR uses (&lt; &gt; &amp; &quot; &apos; &nbsp;)
 * and numeric ones (&#43; &#x2B;). Unknown names are left as they are.
 */
export function decodeEntities(text: string): string {
	if (!text.includes('&')) return text;
	return text.replace(
		/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});/g,
		(whole, ref: string) => {
			if (ref.startsWith('#')) {
				const hex = ref.charAt(1) === 'x' || ref.charAt(1) === 'X';
				return fromCodePointSafe(Number.parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10));
			}
			return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
		}
	);
}

/** Signs that a paste carries HTML character references. */
export function looksEntityEncoded(text: string): boolean {
	return /&(?:lt|gt|amp|quot|nbsp|#[0-9]{1,7}|#x[0-9a-f]{1,6});/i.test(text);
}
