/**
 * What pasted command output proves. A reader turns the lines of one tool's output (Resolve-DnsName,
 * nslookup, dig, Test-NetConnection, nc, telnet, openssl s_client, the Exchange cmdlets) into
 * findings; each finding names the line that proves it, so the page can show the evidence beside the
 * claim. Nothing is inferred beyond what the text says: a Windows telnet that "could not open
 * connection" is `tcp-failed`, never `tcp-refused`.
 */
import type { LogNote } from '../logs';

/** The findings the app reports (`data-finding` on the page: a public test hook). */
export const FINDING_IDS = [
	'dns-resolved',
	'dns-nxdomain',
	'dns-servfail',
	'dns-no-records',
	'dns-timeout',
	'dns-resolver-unreachable',
	'dns-aaaa',
	'dns-resolver',
	'tcp-open',
	'tcp-refused',
	'tcp-timeout',
	'tcp-failed',
	'tcp-name-unresolved',
	'smtp-banner-ok',
	'smtp-banner-error',
	'smtp-inspection',
	'starttls-offered',
	'starttls-missing',
	'starttls-required',
	'smtp-busy',
	'smtp-closed',
	'smtp-closed-at-once',
	'tls-ok',
	'tls-handshake-failed',
	'tls-old-version',
	'cert-ok',
	'cert-expired',
	'cert-not-yet-valid',
	'cert-name-mismatch',
	'cert-self-signed',
	'cert-untrusted',
	'cert-chain-incomplete',
	'cert-weak',
	'cert-revocation-failed',
	'cert-no-smtp',
	'cert-unreadable',
	'cert-many-names',
	'receive-connector-no-tls',
	'receive-connector-stale-certificate',
	'connector-uses-mx',
	'connector-smart-host',
	'connector-tls-domain',
	'test-vantage',
	// The certificate renewal preflight's (lib/preflight).
	'connector-tls-domain-not-covered',
	'root-g2-missing',
	'cert-expiring-soon',
	'send-connector-stale-certificate',
	// What a server's log saw (src/lib/logs): its sessions from Microsoft 365 and how they went.
	'log-m365-session',
	'log-no-m365-session',
	'log-tls-failed',
	'log-starttls-missing',
	'log-certificate-sent',
	'log-session-reset',
	'log-rejected'
] as const;

export type FindingId = (typeof FINDING_IDS)[number];

/**
 * Where an outside test ran: the detail of a `test-vantage` finding. What a test proves depends on
 * it: a test from the admin's machine or a third party's servers does not cross the firewall from
 * Microsoft 365's addresses; the Remote Connectivity Analyzer runs from Microsoft but tests the MX;
 * only the connector validation leaves from Microsoft 365 (docs/sources.md: Validate connectors).
 */
export const VANTAGES = [
	'your-network',
	'third-party',
	'microsoft-to-mx',
	'microsoft-365'
] as const;
export type Vantage = (typeof VANTAGES)[number];

/** True when a finding's detail names a vantage. */
export function isVantage(detail: string | undefined): detail is Vantage {
	return (VANTAGES as readonly string[]).includes(detail ?? '');
}

/** One thing a paste proves. */
export interface Finding {
	readonly id: FindingId;
	/** The line of the paste that proves it, trimmed and cut to `MAX_LINE` characters. */
	readonly line: string;
	/**
	 * The number of that line in the paste, when the line alone does not say which it is (the BEGIN
	 * line of one of several PEM blocks): the page says it in the reader's language.
	 */
	readonly lineNumber?: number;
	/**
	 * What the finding is about, when the text names it: the host asked or tested, the certificate's
	 * subject, the connector's name. Shown as text, never as markup.
	 */
	readonly subject?: string;
	/** The value that makes the point: an address, an rcode, a date, a TLS version, a verify error. */
	readonly detail?: string;
	/** For a finding of a server log: the session it is about, as the page says it. */
	readonly log?: LogNote;
}

/** Longest proving line kept (a line of a pasted certificate can be very long). */
export const MAX_LINE = 200;

/**
 * A reader of one tool's output. It gets the paste's lines (line breaks normalised, at most
 * `MAX_LINES` of them) and returns its findings in the order of the text; an empty list when the
 * text is not that tool's output. Linear in the input: literal markers and bounded patterns only.
 */
export type Reader = (lines: readonly string[]) => Finding[];

/** Lines read from a paste by the readers. */
export const MAX_LINES = 20_000;

/** A finding's proving line, trimmed and bounded. */
export function proof(line: string): string {
	const trimmed = line.trim();
	return trimmed.length > MAX_LINE ? `${trimmed.slice(0, MAX_LINE - 1)}…` : trimmed;
}
