/**
 * From what a paste shows to the likely causes of the catalog, as a table. The first rule whose
 * conditions all hold gives the answer; rules that name a code come before rules that rely on a
 * signal alone, and within each group the more specific rules come first.
 */
import { queuedForm } from '../codes/grammar';
import type { DnsResult, FoundCode, TlsKind } from './types';

/** Words of the text that point at a cause even without a code. */
export type Signal = 'service-not-available' | 'suspicious-remote-server' | 'timed-out' | 'refused';

/**
 * What the primary code says about the kind of failure (RFC 3463 §3: subject 4 is network and
 * routing, 7 is security or policy). Rules driven by a signal alone only apply when the primary
 * code leaves room for them: a 5.1.1 "mailbox unknown" NDR that happens to mention a time-out is
 * not a connector problem.
 */
export type CodeContext = 'none' | 'network' | 'security' | 'other';

/** One row of the table. Listed conditions must all hold; within a condition any value matches. */
export interface CauseRule {
	/**
	 * Codes in their queued 4.x.x form. A code matches in either class: the 5.x.x form is the same
	 * failure after the retries ended (5.4.316 is the NDR of 4.4.316:
	 * docs/sources.md, Mail flow intelligence). Checked against
	 * the primary and retry codes.
	 */
	readonly codes?: readonly string[];
	readonly socket?: readonly number[];
	readonly dns?: readonly DnsResult[];
	readonly tls?: readonly TlsKind[];
	readonly signals?: readonly Signal[];
	/** For rules without `codes`: the primary code contexts they apply to. */
	readonly context?: readonly CodeContext[];
	/** Cause ids of the catalog, most likely first. */
	readonly causes: readonly string[];
}

/** Signal-only rules about the connection apply with no code or a network code. */
const NETWORK: readonly CodeContext[] = ['none', 'network'];
/** Signal-only rules about TLS also apply under a security code (e.g. "451 5.7.3 STARTTLS …"). */
const NETWORK_OR_SECURITY: readonly CodeContext[] = ['none', 'network', 'security'];

const REFUSED = ['firewall-blocks-m365', 'migrated-on-prem-shut-down'];
const TIMED_OUT = ['server-down', 'wrong-smart-host'];
const CLOSED_ABRUPTLY = ['server-unhealthy', 'firewall-smtp-inspection', 'network-problems'];
// NXDOMAIN: the name is gone from the registry, which is what a lapsed registration looks like.
const DNS_NO_DOMAIN = ['domain-expired', 'dns-hosting-problem', 'mx-recently-changed'];
// The zone answers but holds no A/MX record (InfoNoRecords), or the DNS servers fail (SERVFAIL,
// ErrorRetry): the zone's hosting or a recent record change, before a lapsed domain, which
// usually answers NXDOMAIN or a registrar's parking records instead.
const DNS_NO_RECORDS = ['dns-hosting-problem', 'mx-recently-changed', 'domain-expired'];
const DNS_ANY = ['dns-hosting-problem', 'domain-expired', 'mx-recently-changed'];
// A failed handshake (not a named certificate error): the server's TLS support first, then a
// certificate the handshake itself rejects. A subject mismatch is reported by name instead.
const TLS_HANDSHAKE = ['tls-required-not-supported', 'cert-expired', 'cert-no-longer-valid'];
const CERT_ANY = ['cert-expired', 'cert-subject-mismatch', 'cert-no-longer-valid'];
const CERT_UNTRUSTED = ['cert-no-longer-valid', 'cert-expired'];
// UnknownCredentials / NoCredentials: the server has no usable certificate to offer for TLS.
const CERT_MISSING = ['cert-no-longer-valid', 'cert-expired', 'tls-required-not-supported'];

/** The table (the causes of each code: docs/sources.md, Mail flow intelligence). */
export const CAUSE_RULES: readonly CauseRule[] = [
	// Codes with a signal that narrows them down.
	{ codes: ['4.7.320', '4.7.325'], tls: ['subject-mismatch'], causes: ['cert-subject-mismatch'] },
	{ codes: ['4.7.320', '4.7.322'], tls: ['expired'], causes: ['cert-expired'] },
	{ codes: ['4.7.320'], tls: ['untrusted'], causes: CERT_UNTRUSTED },
	{ codes: ['4.4.317'], tls: ['starttls-required'], causes: ['tls-required-not-supported'] },
	{ codes: ['4.4.317'], tls: ['negotiation-failed'], causes: TLS_HANDSHAKE },
	{ codes: ['4.4.317'], signals: ['service-not-available'], causes: ['server-immediate-error'] },
	{ codes: ['4.4.312'], dns: ['NonExistentDomain'], causes: DNS_NO_DOMAIN },
	{
		codes: ['4.4.312'],
		dns: ['InfoNoRecords', 'ServerFailure', 'ErrorRetry'],
		causes: DNS_NO_RECORDS
	},
	// Codes alone.
	{ codes: ['4.4.316'], causes: REFUSED },
	{ codes: ['4.4.315'], causes: TIMED_OUT },
	{ codes: ['4.4.318'], causes: CLOSED_ABRUPTLY },
	{ codes: ['4.4.312'], causes: DNS_ANY },
	{ codes: ['4.7.320'], causes: CERT_ANY },
	{ codes: ['4.7.322'], causes: ['cert-expired'] },
	{ codes: ['4.7.325'], causes: ['cert-subject-mismatch'] },
	{ codes: ['4.7.321'], causes: ['tls-required-not-supported'] },
	{ codes: ['4.4.317'], causes: ['server-immediate-error', 'tls-required-not-supported'] },
	// Signals without a connector code (on-premises LastError, a fragment of a trace, a socket error).
	{ tls: ['subject-mismatch'], context: NETWORK_OR_SECURITY, causes: ['cert-subject-mismatch'] },
	{ tls: ['expired'], context: NETWORK_OR_SECURITY, causes: ['cert-expired'] },
	{ tls: ['untrusted'], context: NETWORK_OR_SECURITY, causes: CERT_UNTRUSTED },
	{ tls: ['no-credentials'], context: NETWORK_OR_SECURITY, causes: CERT_MISSING },
	{
		tls: ['starttls-required'],
		context: NETWORK_OR_SECURITY,
		causes: ['tls-required-not-supported']
	},
	{ tls: ['negotiation-failed'], context: NETWORK_OR_SECURITY, causes: TLS_HANDSHAKE },
	{ socket: [10061], context: NETWORK, causes: REFUSED },
	{ socket: [10054], context: NETWORK, causes: CLOSED_ABRUPTLY },
	{ signals: ['suspicious-remote-server'], context: NETWORK, causes: CLOSED_ABRUPTLY },
	{ socket: [10060], context: NETWORK, causes: TIMED_OUT },
	{ dns: ['NonExistentDomain'], context: NETWORK, causes: DNS_NO_DOMAIN },
	{
		dns: ['InfoNoRecords', 'ServerFailure', 'ErrorRetry'],
		context: NETWORK,
		causes: DNS_NO_RECORDS
	},
	// WSAEHOSTUNREACH: no route to the host, a network problem before a server one.
	{
		socket: [10065],
		context: NETWORK,
		causes: ['network-problems', 'server-down', 'wrong-smart-host']
	},
	// WSAHOST_NOT_FOUND: the smart host's name does not resolve.
	{ socket: [11001], context: NETWORK, causes: ['dns-hosting-problem', 'wrong-smart-host'] },
	{ signals: ['refused'], context: NETWORK, causes: REFUSED },
	{ signals: ['timed-out'], context: NETWORK, causes: TIMED_OUT }
];

/** What the rules are evaluated against. */
export interface RuleFacts {
	/** Primary and retry codes. */
	readonly codes: readonly FoundCode[];
	readonly context: CodeContext;
	readonly socket: number | null;
	readonly dns: DnsResult | null;
	readonly tls: TlsKind | null;
	readonly signals: ReadonlySet<Signal>;
}

function has<T>(list: readonly T[] | undefined, value: T | null): boolean {
	return list === undefined || (value !== null && list.includes(value));
}

function matches(rule: CauseRule, facts: RuleFacts): boolean {
	if (rule.codes !== undefined) {
		const codes = rule.codes;
		// Rules are keyed by the queued 4.x.x form: a 5.x.x NDR code matches the rule of its 4.x.x.
		if (!facts.codes.some((c) => codes.includes(queuedForm(c.code)))) return false;
	} else if (!has(rule.context, facts.context)) {
		return false;
	}
	return (
		has(rule.socket, facts.socket) &&
		has(rule.dns, facts.dns) &&
		has(rule.tls, facts.tls) &&
		(rule.signals === undefined || rule.signals.some((s) => facts.signals.has(s)))
	);
}

/** The causes of the first rule that matches, or none. */
export function likelyCauses(
	facts: RuleFacts,
	rules: readonly CauseRule[] = CAUSE_RULES
): string[] {
	const rule = rules.find((r) => matches(r, facts));
	return rule === undefined ? [] : [...rule.causes];
}

/** The context of the primary code (RFC 3463 §3 subjects). */
export function codeContext(primary: FoundCode | null): CodeContext {
	if (primary === null) return 'none';
	const subject = primary.code.split('.')[1];
	if (subject === '4') return 'network';
	if (subject === '7') return 'security';
	return 'other';
}

const SIGNAL_WORDS: readonly (readonly [Signal, readonly string[]])[] = [
	['service-not-available', ['service not available', 'service unavailable']],
	[
		'suspicious-remote-server',
		['suspiciousremoteservererror', 'disconnected abruptly', 'closed abruptly']
	],
	['timed-out', ['timed out', 'timeout expired']],
	['refused', ['connection refused', 'actively refused']]
];

/**
 * The signals in a lower-cased text. A 421 reply (RFC 5321 §4.2.3: service not available, closing
 * transmission channel) counts as "service not available" too.
 */
export function readSignals(lowerText: string, codes: readonly FoundCode[]): Set<Signal> {
	const signals = new Set<Signal>();
	for (const [signal, words] of SIGNAL_WORDS) {
		if (words.some((w) => lowerText.includes(w))) signals.add(signal);
	}
	if (codes.some((c) => c.reply === '421')) signals.add('service-not-available');
	return signals;
}
