/**
 * What the paste parser reports about a pasted error text (an NDR, a message-trace detail, a queue
 * LastError, the alert flyout or a bare code).
 */

/** Where a code stands in the story the paste tells. */
export type CodeRole = 'primary' | 'retry' | 'other';

/** An enhanced status code (RFC 3463) read from the paste. */
export interface FoundCode {
	/** Normalised `class.subject.detail`, e.g. '5.4.316'. */
	readonly code: string;
	/** The basic reply code written before it (RFC 5321 §4.2), e.g. '550'; null when absent. */
	readonly reply: string | null;
	/** The exact text it was read from, e.g. '550 5.4.316' or '5.4.316'. */
	readonly asFound: string;
	/**
	 * 'primary': the final code for the failed recipient. 'retry': a transient (4.x.x) code reported
	 * by an earlier delivery attempt, or the queued form of a 5.x.x primary. 'other': anything else
	 * (a remote server's own reply quoted inside the message, a second recipient, prose).
	 */
	readonly role: CodeRole;
}

/** The DNS result words of Exchange's resolver ("DNS query failed(InfoNoRecords)"). */
export type DnsResult = 'InfoNoRecords' | 'ServerFailure' | 'NonExistentDomain' | 'ErrorRetry';

/** The kinds of TLS and certificate failure the parser recognises. */
export type TlsKind =
	| 'subject-mismatch'
	| 'expired'
	| 'starttls-required'
	| 'negotiation-failed'
	| 'untrusted'
	| 'no-credentials';

/** A TLS or certificate failure; `expected` and `presented` are filled for SubjectMismatch. */
export interface TlsFinding {
	readonly kind: TlsKind;
	/** The certificate subject the connector expected ("Expected Subject: *.contoso.com"). */
	readonly expected: string | null;
	/** The subject the server presented ("Presented Subject: CN=ExchangeServer01"). */
	readonly presented: string | null;
}

/** The facts read from a paste, other than its codes. Absent facts are null, never guessed. */
export interface Details {
	/** The destination server (LastAttemptedServerName, FQDN=, "Remote Server at X", …). */
	readonly host: string | null;
	readonly ip: string | null;
	readonly port: number | null;
	/** The `[Message=…]` or `MSG=` text. */
	readonly detail: string | null;
	/** Windows socket error number ("Socket error code 10061", "Winsock error code: 10060"). */
	readonly socketError: number | null;
	readonly dns: DnsResult | null;
	readonly tls: TlsFinding | null;
	/** The message trace's last retry time (LRT=), as found. */
	readonly lastRetry: string | null;
}

/** Everything the parser could read out of a paste: its codes, its details and what they mean. */
export interface Diagnosis extends Details {
	/** Primary first, then retry codes, then the others; one entry per code. */
	readonly codes: readonly FoundCode[];
	readonly primary: FoundCode | null;
	/** True when the retries have ended: 5.4.3xx, X.4.7, QUEUE.Expired, "Message expired". */
	readonly expired: boolean;
	/** Likely cause ids of the catalog, best first; empty when nothing points anywhere. */
	readonly causes: readonly string[];
}
