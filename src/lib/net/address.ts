/**
 * Addresses and names as text: what the DNS tools print, and what may be filled into a command the
 * admin copies into a shell (a value that is not a plain name or address could expand, inject an
 * option or run something).
 */

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const MAX_OCTET = 255;
const IPV6_CHARS = /^[0-9a-f:]{2,39}$/i;
const IPV6_GROUPS = 8;
const HEX_GROUP = /^[0-9a-f]{1,4}$/i;
/** Longest DNS name in text form, with its trailing dot (RFC 1035 §2.3.4). */
const MAX_NAME = 254;
/** Longest label (RFC 1035 §2.3.4). */
const MAX_LABEL = 63;
/** A host name label (RFC 1123 §2.1): letters, digits and inner hyphens, ASCII only. */
const HOST_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** True for a dotted-quad IPv4 address, each part 0–255. */
export function isIPv4(text: string): boolean {
	const m = IPV4.exec(text);
	return m !== null && m.slice(1).every((part) => Number(part) <= MAX_OCTET);
}

/**
 * True for an IPv6 address in the text forms of RFC 4291 §2.2 (full, or with one `::`), without an
 * embedded IPv4 part or a zone: the forms the DNS tools print.
 */
export function isIPv6(text: string): boolean {
	if (!IPV6_CHARS.test(text) || !text.includes(':')) return false;
	const halves = text.split('::');
	if (halves.length > 2) return false;
	const groups = halves.flatMap((half) => (half === '' ? [] : half.split(':')));
	if (!groups.every((group) => HEX_GROUP.test(group))) return false;
	return halves.length === 2 ? groups.length < IPV6_GROUPS : groups.length === IPV6_GROUPS;
}

/** True for an IPv4 or IPv6 address. */
export function isAddress(text: string): boolean {
	return isIPv4(text) || isIPv6(text);
}

/**
 * The name in `text` without its trailing dot (the root, RFC 1034 §3.1), or null when `text` is not
 * a DNS name of at least two labels: letters, digits, `-` and `_` (service labels), 1–63 characters
 * each, at most 253 in all (RFC 1035 §2.3.4). Requiring a dot keeps single words of prose out.
 */
export function hostName(text: string): string | null {
	const name = text.endsWith('.') ? text.slice(0, -1) : text;
	if (name.length === 0 || name.length >= MAX_NAME) return null;
	const labels = name.split('.');
	if (labels.length < 2) return null;
	const ok = labels.every(
		(label) => label.length > 0 && label.length <= MAX_LABEL && /^[A-Za-z0-9_-]+$/.test(label)
	);
	return ok ? name : null;
}

/**
 * True when `text` may stand for a host in a shell command: an IPv4 or IPv6 address, or a host name
 * of RFC 1123 labels (ASCII letters, digits, inner hyphens; an IDN in its xn-- form). No wildcard,
 * no port, no leading hyphen (it would read as an option), no space, quote or shell character, no
 * look-alike letters of other scripts.
 */
export function isCommandHost(text: string): boolean {
	if (isAddress(text)) return true;
	const name = text.endsWith('.') ? text.slice(0, -1) : text;
	if (name.length === 0 || name.length >= MAX_NAME) return false;
	return name.split('.').every((label) => label.length <= MAX_LABEL && HOST_LABEL.test(label));
}

/** Highest TCP port (RFC 793 §3.1: 16 bits). */
const MAX_PORT = 65_535;

/** The TCP port `text` names (1 to 65535, digits only), or null. */
export function portNumber(text: string): number | null {
	if (!/^\d{1,5}$/.test(text)) return null;
	const port = Number(text);
	return port > 0 && port <= MAX_PORT ? port : null;
}
