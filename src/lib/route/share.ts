/**
 * What of a typed query may go into the address. A search can be shared as a link, but host names,
 * IP addresses and e-mail addresses stay in the browser (they identify a tenant's servers and
 * people): a query is shared by the words and codes it holds that are none of those, in order, and
 * a word that holds one anywhere (`host=mx1.example.net`, `[2001:db8::1]:25`, `alice(at)example.net`,
 * `mx1.example.net's`) is left out whole. The field keeps the whole text.
 *
 * The rule errs on the side of leaving out: a word shaped like a DNS name (`Node.js`, `bounce.eml`)
 * is not shared either, and a query that holds nothing else is not shared at all.
 */
import { isIPv6 } from '../net/address';

/** On-premises status identifiers look like host names but name nothing (SMTPSEND.DNS.…). */
const STATUS_IDENTIFIER = /^(?:SMTPSEND|SMTPSUBMIT|QUEUE|RESOLVER|ROUTING|STOREDRV)\./i;
/**
 * Format characters (zero-width spaces and joiners, direction marks, soft hyphens): invisible, so
 * a name written with them inside reads as the name. Removed before a word is judged.
 */
const INVISIBLE = /\p{Cf}/gu;
/** The full stops IDNA reads as a dot between labels (UTS #46 §2.3): ideographic, full-width, half-width. */
const DOTS = /[\u3002\uff0e\uff61]/g;
/** Written-out `@` and `.` in a bracket, as people hide an address from harvesters. */
const SPELLED_AT = /[([{<]\s*at\s*[)\]}>]/gi;
const SPELLED_DOT = /[([{<]\s*dot\s*[)\]}>]/gi;
/** A whole word that is only such a bracket: the words on both sides belong to an address. */
const SPELLED_WORD = /^[([{<]\s*(?:at|dot)\s*[)\]}>]$/i;
/**
 * What splits a word into the parts a host or an address may be one of: anything but letters,
 * marks, digits and the characters of a name or an address (`.`, `:` of an IPv6 address or a port,
 * `_` of a service label, `-`, `*` of a wildcard). `smtp://a.b/c`, `CN=a.b`, `a.b;c.d`, `(a.b)`,
 * `[::1]:25`, `a.b's`, `fe80::1%eth0` all come apart around the name.
 */
const PART_SEPARATOR = /[^\p{L}\p{M}\p{N}.:_*-]+/u;
/** Four dotted numbers anywhere in a part (also inside `::ffff:203.0.113.45` or `203.0.113.45-50`). */
const DOTTED_QUAD = /(?<!\d)(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\d)/g;
const MAX_OCTET = 255;
/** A DNS label in any script (an internationalised name is sensitive too), or its xn-- form. */
const LABEL = /^[\p{L}\p{M}\p{N}_-]{1,63}$/u;
/** A top-level domain: letters only, at least two, or an IDN's xn-- form (RFC 1123 §2.1, RFC 3490). */
const TOP_LABEL = /^(?:[\p{L}\p{M}]{2,63}|xn--[a-z0-9-]{1,59})$/iu;

/** The word as it reads: escapes decoded, invisible characters dropped, every dot a dot. */
function normalized(word: string): string {
	let text = word;
	if (text.includes('%')) {
		try {
			text = decodeURIComponent(text);
		} catch {
			// A lone "%" is text, not an escape.
		}
	}
	return text
		.normalize('NFKC')
		.replace(INVISIBLE, '')
		.replace(DOTS, '.')
		.replace(SPELLED_AT, '@')
		.replace(SPELLED_DOT, '.');
}

function holdsIPv4(part: string): boolean {
	for (const m of part.matchAll(DOTTED_QUAD)) {
		if (m.slice(1).every((octet) => Number(octet) <= MAX_OCTET)) return true;
	}
	return false;
}

/** A group of an IPv6 address, or the empty group of its `::`. */
const HEX_GROUP = /^[0-9a-f]{0,4}$/i;

/**
 * Holds an IPv6 address, or what is left of one once a bracket, a port, a zone, a scheme or a
 * wildcard came apart: a run of hex groups with `::` in it, or of four groups or more. A time of
 * day ("10:30:15") is three groups and no `::`.
 */
function holdsIPv6(part: string): boolean {
	if (!part.includes(':')) return false;
	for (const piece of part.split(/[.*_-]/)) {
		if (isIPv6(piece)) return true;
		let run = 0;
		let empty = false;
		let digits = false;
		for (const group of piece.split(':')) {
			if (!HEX_GROUP.test(group)) {
				run = 0;
				empty = false;
				digits = false;
				continue;
			}
			run++;
			empty ||= group === '';
			digits ||= group !== '';
			if (digits && (run >= 4 || (empty && run >= 3))) return true;
		}
	}
	return false;
}

/** A DNS name of two labels or more ending in a top-level domain, in any script. */
function isHostLike(part: string): boolean {
	// A wildcard stands for a label ("*.example.net", "mx*.example.net").
	const name = part.replace(/\*/g, 'x').replace(/^[.-]+|[.-]+$/g, '');
	const labels = name.split('.');
	if (labels.length < 2) return false;
	const top = labels.at(-1) ?? '';
	return TOP_LABEL.test(top) && labels.every((label) => LABEL.test(label));
}

/** True when a word of a query names a host, an address or a mailbox, alone or glued to others. */
export function isSensitiveWord(word: string): boolean {
	const text = normalized(word);
	if (text.includes('@')) return true;
	for (const part of text.split(PART_SEPARATOR)) {
		if (part === '') continue;
		if (holdsIPv4(part) || holdsIPv6(part)) return true;
		if (STATUS_IDENTIFIER.test(part)) continue;
		// "host:mx1.example.net", "mx1.example.net:25", "smtp:" before a name.
		if (part.split(':').some(isHostLike)) return true;
	}
	return false;
}

/**
 * The part of a typed query that may go into the address: all of it when it names no host,
 * address or mailbox; otherwise its other words, in order, one space apart (nothing when it has
 * none).
 */
export function shareableQuery(text: string): string {
	const words = text.split(/\s+/).filter((word) => word !== '');
	const sensitive = words.map(isSensitiveWord);
	// "alice [at] example [dot] net": the words around a spelled-out "at" or "dot" go with it.
	for (const [i, word] of words.entries()) {
		if (!SPELLED_WORD.test(word.normalize('NFKC').replace(INVISIBLE, ''))) continue;
		sensitive[i] = true;
		if (i > 0) sensitive[i - 1] = true;
		if (i + 1 < words.length) sensitive[i + 1] = true;
	}
	if (!sensitive.includes(true)) return text;
	return words.filter((_, i) => !sensitive[i]).join(' ');
}
