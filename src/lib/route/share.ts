/**
 * What of a typed query may go into the address. A search can be shared as a link, but host names,
 * IP addresses and e-mail addresses stay in the browser (they identify a tenant's servers and
 * people): a query that names one is shared by its status codes only, or not at all.
 */
import { CODE_SOURCE } from '../codes/grammar';
import { hostName, isIPv4, isIPv6 } from '../net/address';

/** An enhanced status code, with the reply code written before it when there is one. */
const CODE = new RegExp(String.raw`^(?:[245]\d\d[ -])?${CODE_SOURCE}$`);
const REPLY = /^[245]\d\d$/;
/** On-premises status identifiers look like host names but name nothing (SMTPSEND.DNS.…). */
const STATUS_IDENTIFIER = /^(?:SMTPSEND|SMTPSUBMIT|QUEUE|RESOLVER|ROUTING|STOREDRV|SMTP)\./i;
/** Punctuation around a word: "(mail.contoso.com)", "<a@b>", "192.0.2.7:25," */
const AROUND = /^[\s"'`([{<]+|[\s"'`)\]}>.,;!?]+$/g;

/** True when a word of a query names a host, an address or a mailbox. */
function isSensitive(word: string): boolean {
	if (word.includes('@')) return true;
	const bare = word.replace(AROUND, '');
	const withoutPort = bare.replace(/:\d{1,5}$/, '');
	if (isIPv4(withoutPort) || isIPv6(bare.replace(/^\[|\]$/g, ''))) return true;
	if (CODE.test(bare) || STATUS_IDENTIFIER.test(bare)) return false;
	const name = hostName(withoutPort);
	// A host name ends in a label of letters (a top-level domain); "4.4.316" and "v1.2" do not.
	return name !== null && /\.[a-z]{2,63}$/i.test(name);
}

/**
 * The part of a typed query that may go into the address: all of it when it names no host,
 * address or mailbox; otherwise only its status codes (with their reply codes), in order, or
 * nothing when it has none.
 */
export function shareableQuery(text: string): string {
	const words = text.split(/\s+/).filter((word) => word !== '');
	if (!words.some(isSensitive)) return text;
	const kept: string[] = [];
	for (const [i, word] of words.entries()) {
		const bare = word.replace(AROUND, '');
		const next = words[i + 1]?.replace(AROUND, '') ?? '';
		if (CODE.test(bare) || (REPLY.test(bare) && CODE.test(next))) kept.push(bare);
	}
	return kept.join(' ');
}
