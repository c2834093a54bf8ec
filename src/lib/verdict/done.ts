/**
 * Which verification commands the paste already holds the output of: a page never asks the admin
 * to run again what they have just pasted (an `openssl s_client` transcript answers "see which
 * certificate the server presents"). Pure.
 */
import type { Finding, FindingId } from '../evidence/types';

/** For each command, the findings only its own kind of output produces. */
const ANSWERED_BY: Readonly<Record<string, readonly FindingId[]>> = {
	'test-port-25': ['tcp-open', 'tcp-refused', 'tcp-timeout', 'tcp-failed', 'tcp-name-unresolved'],
	'nc-port-25': ['tcp-open', 'tcp-refused', 'tcp-timeout', 'tcp-failed', 'tcp-name-unresolved'],
	'telnet-port-25': ['tcp-open', 'tcp-refused', 'tcp-timeout', 'tcp-failed', 'tcp-name-unresolved'],
	// A handshake's result appears only in an s_client transcript (a PEM alone has none).
	'openssl-starttls': ['tls-ok', 'tls-handshake-failed', 'tls-old-version'],
	'openssl-tls12': ['tls-ok', 'tls-old-version'],
	'resolve-host': ['dns-resolved', 'dns-nxdomain', 'dns-servfail', 'dns-no-records', 'dns-timeout'],
	'resolve-public': [
		'dns-resolved',
		'dns-nxdomain',
		'dns-servfail',
		'dns-no-records',
		'dns-timeout'
	],
	'resolve-aaaa': ['dns-aaaa'],
	'get-receive-connector': ['receive-connector-no-tls', 'receive-connector-stale-certificate'],
	'get-receive-connector-tls': ['receive-connector-stale-certificate'],
	'get-outbound-connector': [
		'connector-uses-mx',
		'connector-smart-host',
		'connector-tls-domain',
		'connector-tls-domain-not-covered'
	],
	// Only Get-ExchangeCertificate's list shows Services and RevocationCheckFailure (lib/preflight).
	'get-exchange-certificate': ['cert-revocation-failed', 'cert-no-smtp']
};

/** The ids of the commands whose output is already in the paste. */
export function commandsDone(findings: readonly Finding[]): ReadonlySet<string> {
	const seen = new Set(findings.map((f) => f.id));
	return new Set(
		Object.entries(ANSWERED_BY)
			.filter(([, ids]) => ids.some((id) => seen.has(id)))
			.map(([command]) => command)
	);
}
