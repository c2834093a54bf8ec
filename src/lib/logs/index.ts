/**
 * "What your server saw": the sessions a server's logs recorded (Exchange protocol logs, message
 * tracking, queues, Postfix, Exim, Sendmail), those from Microsoft 365 picked out by their address
 * (the published Exchange Online ranges, ./ranges.ts), each said as findings: the session, how it
 * ended, the certificate sent; or that no session from Microsoft 365 is in the log at the NDR's
 * time. A session is matched to the pasted NDR by address (LastAttemptedIP and the session's local
 * endpoint), time (only when both say UTC, as Exchange's logs and NDR stamps do) and certificate
 * thumbprint.
 * Pure; linear in the lines (each reader runs only where its markers show).
 */
import type { Finding, FindingId } from '../evidence/types';
import { proof } from '../evidence/types';
import { readProtocolLog, readQueues, readTracking } from './exchange';
import { readExim, readPostfix, readSendmail } from './mta';
import { isMicrosoft365, sameAddress } from './ranges';
import { isoTime, outcomeOf, usTime, type LogTime, type Session } from './session';

export { M365_RANGES, M365_RANGES_DATE, M365_RANGES_VERSION, isMicrosoft365 } from './ranges';
export type { LogSource, Outcome } from './session';

/** What a log finding adds to the line that proves it: how the page says the session. */
export interface LogNote {
	readonly source: Session['source'];
	readonly outcome: ReturnType<typeof outcomeOf>;
	/** The session's time as the log wrote it, and whether the log says it is UTC. */
	readonly at: string | null;
	readonly zone: LogTime['zone'] | null;
	/** How it matches the pasted NDR. */
	readonly matches: readonly Match[];
	/** For `log-no-m365-session`: sessions from elsewhere at that time, and the NDR time looked at. */
	readonly others?: number;
	readonly ndrTime?: string;
	/** True when the session was taken as Microsoft 365's by its EHLO name only (not its address). */
	readonly byName?: boolean;
}
export type Match = 'ip' | 'time' | 'thumbprint';

/** What the pasted NDR says, for matching: read from the same paste. */
export interface NdrFacts {
	/** LastAttemptedIP (the server Microsoft 365 tried). */
	readonly ip: string | null;
	/** True when the paste holds an NDR or a status code the parser read as the error. */
	readonly present: boolean;
}

/** Markers without which no server log is in the paste. */
const LOG_MARKERS =
	/#Fields:|SMTP (?:Receive|Send) Protocol Log|^\d{4}-\d\d-\d\dT[\d:.]+Z,[^,\n]*,[^,\n]*,\d+,|postfix\/|\bexim\b|^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d (?:\S+ )?(?:SMTP connection|H=|TLS error|\S+ (?:<=|=>|==|\*\*) )|sendmail\[|^\s*EventId\s*:|\bEventId\s+Source\b|^\s*LastError\s*:|\bNextHopDomain\b/im;

/** A session's time window around the NDR: the attempts before it was written, a little after. */
const BEFORE_NDR = 60 * 60_000;
const AFTER_NDR = 10 * 60_000;
/** Sessions reported one by one: the page lists them; the rest are counted. */
const MAX_REPORTED = 200;

/** Exchange Online's sending hosts name themselves under this domain in EHLO. */
const EOP_NAME = /\.outbound\.protection\.outlook\.com\.?$/i;
/** Where Exchange sends to Exchange Online (a queue's NextHopDomain, a Send log's host). */
const EXO_HOST =
	/\.mail\.protection\.outlook\.com\.?$|\.mail\.protection\.partner\.outlook\.cn\.?$/i;

function fromMicrosoft365(session: Session): { yes: boolean; byName: boolean } {
	if (session.remote !== null && isMicrosoft365(session.remote))
		return { yes: true, byName: false };
	const name = session.name ?? '';
	if (EOP_NAME.test(name) || EXO_HOST.test(name)) return { yes: true, byName: true };
	return { yes: false, byName: false };
}

/**
 * The NDR's time and the thumbprint it names, read from the paste's lines that are not a log's.
 * The time, best first: the UTC stamp Exchange Online writes after LastAttemptedIP (`[…FT012…
 * 2026-12-08T03:41:07.310Z 08DE…]`: the last attempt), a message trace's LRT= (no zone), then a
 * `Date:` header (the NDR's own, or the original message's: hours before).
 */
function ndrTimeAndThumbprint(lines: readonly string[]): {
	time: LogTime | null;
	thumbprint: string | null;
} {
	let stamp: LogTime | null = null;
	let lrt: LogTime | null = null;
	let date: LogTime | null = null;
	let thumbprint: string | null = null;
	for (const line of lines) {
		stamp ??= isoTimeOf(
			/\s(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z) [0-9A-F]{16}\]/.exec(line)?.[1]
		);
		// A tracking event's RecipientStatus ({[{LED=…) is the log's own, not the NDR's.
		if (!line.includes('{[{')) {
			const retry = /\bLRT=(\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d\d(?::\d\d)? ?[AP]M)/i.exec(line);
			if (retry) lrt ??= usTime(retry[1]!);
		}
		const header = /^\s*(?:Date|Sent)\s*:\s*(.{8,80})$/i.exec(line);
		if (header) date ??= mailDate(header[1]!);
		thumbprint ??= /\bThumbprint\s*[:=]\s*([0-9A-F]{40})\b/i.exec(line)?.[1]?.toUpperCase() ?? null;
	}
	return { time: stamp ?? lrt ?? date, thumbprint };
}

function isoTimeOf(text: string | undefined): LogTime | null {
	return text === undefined ? null : isoTime(text);
}

/** An RFC 5322 date with its zone (`Tue, 8 Dec 2026 03:58:12 +0000`), or ISO; else no zone. */
function mailDate(text: string): LogTime | null {
	const iso = isoTime(text);
	if (iso) return iso;
	if (!/\b\d{1,2}:\d\d\b/.test(text) || !/\b(?:19|20)\d\d\b/.test(text)) return null;
	const zoned = /[+-]\d{4}\b|\b(?:GMT|UTC|UT|Z)\b/.test(text);
	const ms = Date.parse(zoned ? text : `${text} UTC`);
	return Number.isNaN(ms) ? null : { ms, zone: zoned ? 'utc' : 'unstated', text: text.trim() };
}

function at(time: LogTime | null): string | null {
	if (time === null) return null;
	return time.zone === 'utc'
		? `${new Date(time.ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`
		: time.text;
}

/** The findings of the server logs in the paste; empty when it holds none. */
export function readServerLogs(
	text: string,
	lines: readonly string[],
	ndr: NdrFacts,
	now: Date
): Finding[] {
	if (!LOG_MARKERS.test(text)) return [];
	const year = now.getUTCFullYear();
	const has = (marker: RegExp) => marker.test(text);
	const read = [
		...(has(/^\d{4}-\d\d-\d\dT[\d:.]+Z,/m) ? readProtocolLog(lines) : []),
		...(has(/\bEventId\b/i) ? readTracking(lines) : []),
		...(has(/\bLastError\b/i) ? readQueues(lines) : []),
		...(has(/postfix\//) ? readPostfix(lines, year) : []),
		...(has(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/m) ? readExim(lines) : []),
		...(has(/sendmail\[/) ? readSendmail(lines, year) : [])
	];
	// A record that names no address nor host (a tracking table of subjects) tells nobody's session.
	const sessions = read.filter((s) => s.remote !== null || s.name !== null);
	if (sessions.length === 0) return [];
	const { time: ndrTime, thumbprint } = ndrTimeAndThumbprint(
		lines.filter((line) => !/^\d{4}-\d\d-\d\d[T ]\d\d:/.test(line))
	);
	const times = sessions.map((s) => s.time).filter((t) => t !== null);
	const zoneOfLog = times[0]?.zone ?? null;
	// The NDR's time counts only when both it and the log's times say they are UTC (a syslog or
	// PowerShell time is the server's clock, its year even guessed) and the log runs through it: a
	// log of another day proves nothing about the NDR.
	const ndrSpan =
		ndr.present && ndrTime?.zone === 'utc' && zoneOfLog === 'utc'
			? { from: ndrTime.ms - BEFORE_NDR, to: ndrTime.ms + AFTER_NDR }
			: null;
	const spanCovers =
		ndrSpan !== null &&
		times.some((t) => t.ms <= ndrSpan.to) &&
		times.some((t) => t.ms >= ndrSpan.from);
	const inWindow = (s: Session) =>
		ndrSpan === null || (s.time !== null && s.time.ms >= ndrSpan.from && s.time.ms <= ndrSpan.to);
	const tagged = sessions.map((session) => ({ session, from: fromMicrosoft365(session) }));
	const m365 = tagged.filter((t) => t.from.yes);
	const relevant = (ndrSpan && spanCovers ? m365.filter((t) => inWindow(t.session)) : m365).slice(
		-MAX_REPORTED
	);
	const findings: Finding[] = [];
	// The same fact of many sessions (one address failing the same way all night) is said once,
	// beside the first session that shows it; each session itself is listed.
	const seen = new Set<string>();
	const once = (finding: Finding) => {
		const key = [finding.id, finding.subject ?? '', finding.detail ?? ''].join('\n');
		if (finding.id !== 'log-m365-session' && seen.has(key)) return;
		seen.add(key);
		findings.push(finding);
	};
	if (relevant.length === 0 && (ndrSpan === null || spanCovers)) {
		const others = tagged.filter((t) => !t.from.yes && inWindow(t.session)).length;
		findings.push(
			note('log-no-m365-session', sessions[0]!.first, null, null, {
				source: sessions[0]!.source,
				outcome: 'open',
				at: null,
				zone: zoneOfLog,
				matches: ndrSpan ? ['time'] : [],
				others,
				...(ndrSpan && ndrTime ? { ndrTime: at(ndrTime) ?? ndrTime.text } : {})
			})
		);
		return findings;
	}
	for (const { session, from } of relevant) {
		const matches: Match[] = [];
		if (ndr.ip !== null && session.local !== null && sameAddress(session.local, ndr.ip))
			matches.push('ip');
		if (ndrSpan && session.time?.zone === 'utc' && inWindow(session)) matches.push('time');
		const cert = session.certificate;
		if (thumbprint !== null && cert?.thumbprint === thumbprint) matches.push('thumbprint');
		const base: LogNote = {
			source: session.source,
			outcome: outcomeOf(session),
			at: at(session.time),
			zone: session.time?.zone ?? null,
			matches,
			...(from.byName ? { byName: true } : {})
		};
		const remote = session.remote ?? session.name;
		once(note('log-m365-session', session.first, remote, at(session.time), base));
		const fact = (id: FindingId, f: { line: string; detail: string | null } | null) => {
			if (f) once(note(id, f.line, remote, f.detail, base));
		};
		fact('log-tls-failed', session.tlsFailed);
		fact('log-starttls-missing', session.starttlsMissing);
		fact('log-rejected', session.rejected);
		fact('log-session-reset', session.tlsFailed ? null : session.reset);
		if (cert && (cert.subject || cert.thumbprint))
			once(note('log-certificate-sent', cert.line, cert.subject, cert.thumbprint, base));
	}
	return findings;
}

function note(
	id: FindingId,
	line: string,
	subject: string | null,
	detail: string | null,
	log: LogNote
): Finding {
	return {
		id,
		line: proof(line),
		...(subject === null ? {} : { subject }),
		...(detail === null ? {} : { detail }),
		log
	};
}
