/**
 * How bad each finding of pasted command output is, for the page to sort and mark them at a glance:
 * what failed first, then what deserves a look, then what passed, then plain facts. Pure.
 */
import type { Finding, FindingId } from '../evidence/types';

/** `failed`: delivery cannot work this way; `warning`: it may, but look at it; `passed`: fine; `info`: a fact. */
export type Severity = 'failed' | 'warning' | 'passed' | 'info';

export const SEVERITIES: readonly Severity[] = ['failed', 'warning', 'passed', 'info'];

/** The glyph beside each severity; the page always writes its word too (never colour alone). */
export const SEVERITY_GLYPH: Readonly<Record<Severity, string>> = {
	failed: '✕',
	warning: '!',
	passed: '✓',
	info: 'i'
};

const SEVERITY: Readonly<Record<FindingId, Severity>> = {
	'dns-resolved': 'passed',
	'dns-nxdomain': 'failed',
	'dns-servfail': 'failed',
	'dns-no-records': 'failed',
	'dns-timeout': 'failed',
	// The test's own resolver did not answer: the lookup failed, the name was not tested.
	'dns-resolver-unreachable': 'failed',
	// Not a fault on its own: IPv6 must then be open as well.
	'dns-aaaa': 'warning',
	'dns-resolver': 'info',
	'tcp-open': 'passed',
	'tcp-refused': 'failed',
	'tcp-timeout': 'failed',
	'tcp-failed': 'failed',
	'tcp-name-unresolved': 'failed',
	'smtp-banner-ok': 'passed',
	'smtp-banner-error': 'failed',
	'smtp-inspection': 'failed',
	'starttls-offered': 'passed',
	'starttls-missing': 'failed',
	'starttls-required': 'warning',
	'smtp-busy': 'failed',
	'smtp-closed': 'failed',
	'smtp-closed-at-once': 'failed',
	'tls-ok': 'passed',
	'tls-handshake-failed': 'failed',
	'tls-old-version': 'failed',
	'cert-ok': 'passed',
	'cert-expired': 'failed',
	'cert-not-yet-valid': 'failed',
	'cert-name-mismatch': 'failed',
	'cert-self-signed': 'failed',
	'cert-untrusted': 'failed',
	'cert-chain-incomplete': 'failed',
	'cert-weak': 'warning',
	'cert-revocation-failed': 'warning',
	'cert-no-smtp': 'warning',
	'cert-unreadable': 'warning',
	// A fact about how much was read, not a fault of the certificate.
	'cert-many-names': 'info',
	'receive-connector-no-tls': 'failed',
	'receive-connector-stale-certificate': 'failed',
	'connector-uses-mx': 'info',
	'connector-smart-host': 'info',
	'connector-tls-domain': 'info',
	// Where a test ran: what it can prove, not a fault.
	'test-vantage': 'info',
	'connector-tls-domain-not-covered': 'failed',
	'root-g2-missing': 'failed',
	// Not a fault yet: the renewal is due.
	'cert-expiring-soon': 'warning',
	'send-connector-stale-certificate': 'failed',
	// A server log: a session that reached it is a fact (how it ended is said by the others).
	'log-m365-session': 'info',
	'log-no-m365-session': 'failed',
	'log-tls-failed': 'failed',
	'log-starttls-missing': 'failed',
	'log-certificate-sent': 'info',
	'log-session-reset': 'failed',
	'log-rejected': 'failed'
};

/** The severity of a finding. */
export function severityOf(id: FindingId): Severity {
	return SEVERITY[id];
}

/**
 * The findings failed first, then warnings, passed and facts; within a severity, the most telling
 * first (an expired certificate before an untrusted chain: renewing fixes both), then paste order.
 */
export function bySeverity(findings: readonly Finding[]): Finding[] {
	const rank = (f: Finding) => SEVERITIES.indexOf(severityOf(f.id));
	const telling = (f: Finding) => {
		const i = MOST_TELLING.indexOf(f.id);
		return i < 0 ? MOST_TELLING.length : i;
	};
	return findings
		.map((finding, i) => ({ finding, i }))
		.sort(
			(a, b) =>
				rank(a.finding) - rank(b.finding) || telling(a.finding) - telling(b.finding) || a.i - b.i
		)
		.map(({ finding }) => finding);
}

/**
 * Failures that explain the others: an expired or wrong certificate also fails the chain check
 * (OpenSSL reports both for an expired leaf), a refused port every later stage.
 */
const MOST_TELLING: readonly FindingId[] = [
	'tcp-refused',
	'tcp-timeout',
	'dns-nxdomain',
	'cert-expired',
	'cert-not-yet-valid',
	'cert-name-mismatch',
	'cert-self-signed'
];
