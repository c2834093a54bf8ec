/**
 * The addresses Exchange Online sends mail from: the Exchange Online SMTP rows of "Microsoft 365
 * URLs and IP address ranges" (worldwide; endpoint set 10, `*.mail.protection.outlook.com`, TCP
 * 25), bundled as data so a pasted log is read offline. Taken from the page's generated endpoints
 * include (MicrosoftDocs/microsoft-365-docs, microsoft-365/includes/office-365-worldwide-endpoints.md,
 * "Worldwide endpoints version 2023073100", generated 2023-07-31); docs/sources.md has the URLs.
 * Microsoft publishes changes 30 days ahead: an address outside these ranges may still be a newer
 * one (the page says so beside a session it does not count).
 */
export const M365_RANGES_VERSION = '2023073100';
export const M365_RANGES_DATE = '2023-07-31';
export const M365_RANGES: readonly string[] = [
	'40.92.0.0/15',
	'40.107.0.0/16',
	'52.100.0.0/14',
	'104.47.0.0/17',
	'2a01:111:f400::/48',
	'2a01:111:f403::/48'
];

/** An address as a bit string of 32 (IPv4) or 128 (IPv6) bits, or null. */
function bitsOf(address: string): string | null {
	const text = address.trim().replace(/^\[|\]$/g, '');
	const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
	if (v4) {
		const parts = v4.slice(1).map(Number);
		if (parts.some((part) => part > 255)) return null;
		return parts.map((part) => part.toString(2).padStart(8, '0')).join('');
	}
	if (!/^[0-9a-f:]{2,39}$/i.test(text)) return null;
	const halves = text.split('::');
	if (halves.length > 2) return null;
	const groups = (half: string | undefined) => (half ? half.split(':') : []);
	const head = groups(halves[0]);
	const tail = groups(halves[1]);
	const missing = 8 - head.length - tail.length;
	if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
	const all = [...head, ...Array<string>(halves.length === 1 ? 0 : missing).fill('0'), ...tail];
	if (!all.every((group) => /^[0-9a-f]{1,4}$/i.test(group))) return null;
	return all.map((group) => parseInt(group, 16).toString(2).padStart(16, '0')).join('');
}

const PARSED = M365_RANGES.map((range) => {
	const [base = '', length = '0'] = range.split('/');
	const bits = bitsOf(base) ?? '';
	return { width: bits.length, prefix: bits.slice(0, Number(length)) };
});

/** True when the address (IPv4 or IPv6, brackets allowed) is in Exchange Online's ranges. */
export function isMicrosoft365(address: string): boolean {
	const bits = bitsOf(address);
	if (bits === null) return false;
	return PARSED.some(({ width, prefix }) => width === bits.length && bits.startsWith(prefix));
}

/** The same address, whatever its notation ("2A01:111:F400::1" and "2a01:111:f400:0::1"). */
export function sameAddress(a: string, b: string): boolean {
	const x = bitsOf(a);
	return x !== null && x === bitsOf(b);
}
