/**
 * One SMTP session as a server's log tells it, whatever the log (an Exchange protocol log, Postfix,
 * Exim or Sendmail lines, a message tracking event, a queue's last error): who was at the other
 * end, when, and how it went, each fact with the line that says it.
 */

/** Which log told it. The Exchange Receive log writes the server's whole EHLO reply. */
export type LogSource =
	| 'exchange-receive'
	| 'exchange-send'
	| 'message-tracking'
	| 'queue'
	| 'postfix'
	| 'exim'
	| 'sendmail';

/** How the session ended, as far as the log says. */
export type Outcome =
	'delivered' | 'tls-failed' | 'starttls-missing' | 'reset' | 'rejected' | 'open';

/** A time as the log wrote it: UTC when the log says so (Exchange: always), else without a zone. */
export interface LogTime {
	/** Milliseconds since 1970 read as if UTC; for `zone: 'unstated'` the clock of the server. */
	readonly ms: number;
	readonly zone: 'utc' | 'unstated';
	/** As written. */
	readonly text: string;
}

export interface Fact {
	readonly line: string;
	readonly detail: string | null;
}

export interface Session {
	readonly source: LogSource;
	/** The other end's address (the client on a receiving server, the server on a sending one). */
	remote: string | null;
	/** This server's own address for the session, when the log writes it. */
	local: string | null;
	/** The name the other end gave (EHLO), or the host it went to. */
	name: string | null;
	time: LogTime | null;
	/** The line the session is first seen on. */
	first: string;
	delivered: Fact | null;
	tlsFailed: Fact | null;
	starttlsMissing: Fact | null;
	reset: Fact | null;
	rejected: Fact | null;
	/** The certificate sent (subject and thumbprint), when logged. */
	certificate: { line: string; subject: string | null; thumbprint: string | null } | null;
}

export function newSession(source: LogSource, first: string): Session {
	return {
		source,
		remote: null,
		local: null,
		name: null,
		time: null,
		first,
		delivered: null,
		tlsFailed: null,
		starttlsMissing: null,
		reset: null,
		rejected: null,
		certificate: null
	};
}

/** The worst of what happened: a TLS failure explains the reset after it. */
export function outcomeOf(session: Session): Outcome {
	if (session.tlsFailed) return 'tls-failed';
	if (session.starttlsMissing) return 'starttls-missing';
	if (session.rejected) return 'rejected';
	if (session.reset) return 'reset';
	if (session.delivered) return 'delivered';
	return 'open';
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** An ISO 8601 time (Exchange's `2026-12-08T03:58:12.345Z`; with an offset; or without a zone). */
export function isoTime(text: string): LogTime | null {
	const m =
		/^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:[.,](\d{1,7}))?(Z|[+-]\d\d:?\d\d)?$/i.exec(
			text.trim()
		);
	if (!m) return null;
	const [, y, mo, d, h, mi, s, , zone] = m;
	const local = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s!);
	if (Number.isNaN(local)) return null;
	if (zone === undefined) return { ms: local, zone: 'unstated', text: text.trim() };
	const offset =
		zone.toUpperCase() === 'Z'
			? 0
			: (zone.startsWith('-') ? -1 : 1) *
				(Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2))) *
				60_000;
	return { ms: local - offset, zone: 'utc', text: text.trim() };
}

/**
 * A syslog time ("Dec  8 04:05:08"): no year and no zone. The year is taken from `year` (the
 * reading date's), so only times within a log compare; against an NDR only when it is unzoned too.
 */
export function syslogTime(text: string, year: number): LogTime | null {
	const m = /^([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d\d):(\d\d):(\d\d)$/.exec(text.trim());
	if (!m) return null;
	const month = MONTHS.indexOf(m[1]!.toLowerCase());
	if (month < 0) return null;
	return {
		ms: Date.UTC(year, month, +m[2]!, +m[3]!, +m[4]!, +m[5]!),
		zone: 'unstated',
		text: text.trim()
	};
}

/** `M/D/YYYY h:mm:ss AM` (PowerShell's en-US dates, LRT=): no zone. */
export function usTime(text: string): LogTime | null {
	const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d\d)(?::(\d\d))?(?: ?([AP]M))?$/i.exec(
		text.trim()
	);
	if (!m) return null;
	let hour = +m[4]!;
	const half = m[7]?.toUpperCase();
	if (half === 'PM' && hour < 12) hour += 12;
	if (half === 'AM' && hour === 12) hour = 0;
	const ms = Date.UTC(+m[3]!, +m[1]! - 1, +m[2]!, hour, +m[5]!, +(m[6] ?? 0));
	return Number.isNaN(ms) ? null : { ms, zone: 'unstated', text: text.trim() };
}
