/**
 * Exchange Server's own records of SMTP sessions: the SMTP Receive and Send protocol logs (CSV
 * under a `#Fields:` header; "Protocol logging", Exchange Server docs), message tracking events
 * (`Get-MessageTrackingLog`, list or table) and queues (`Get-Queue`, list or table, LastError).
 * Every read is bounded: a line is split into at most MAX_FIELDS fields, sessions and records are
 * capped, so a pasted log of any size or width costs one pass over its lines.
 */
import { proof } from '../evidence/types';
import { isoTime, newSession, usTime, type LogTime, type Session } from './session';

/** The documented fields of a protocol log line, in the documented order. */
const DEFAULT_FIELDS = [
	'date-time',
	'connector-id',
	'session-id',
	'sequence-number',
	'local-endpoint',
	'remote-endpoint',
	'event',
	'data',
	'context'
];
/** Fields split from one line at most: a line with 1,000 columns costs no more than this. */
const MAX_FIELDS = 32;
/** Sessions kept from one log (the most recent are the ones at the NDR's time, usually). */
export const MAX_SESSIONS = 5_000;
const MAX_RECORDS = 5_000;

/** One CSV line's fields (RFC 4180 quotes, `""` inside), at most MAX_FIELDS of them. */
export function csvFields(line: string): string[] {
	const fields: string[] = [];
	let i = 0;
	while (i <= line.length && fields.length < MAX_FIELDS) {
		if (line[i] === '"') {
			let value = '';
			i++;
			for (;;) {
				const close = line.indexOf('"', i);
				if (close < 0) {
					value += line.slice(i);
					i = line.length;
					break;
				}
				value += line.slice(i, close);
				if (line[close + 1] === '"') {
					value += '"';
					i = close + 2;
				} else {
					i = close + 1;
					break;
				}
			}
			fields.push(value);
			const comma = line.indexOf(',', i);
			i = comma < 0 ? line.length + 1 : comma + 1;
		} else {
			const comma = line.indexOf(',', i);
			const end = comma < 0 ? line.length : comma;
			fields.push(line.slice(i, end));
			i = end + 1;
		}
	}
	return fields;
}

/** The address of an endpoint: `10.0.0.5:25`, `[2a01:111:f400::1]:25`, or a bare address. */
export function endpointAddress(endpoint: string): string | null {
	const text = endpoint.trim();
	const bracket = /^\[([0-9a-f:.]+)\](?::\d+)?$/i.exec(text);
	if (bracket) return bracket[1]!;
	const v4 = /^(\d{1,3}(?:\.\d{1,3}){3})(?::\d+)?$/.exec(text);
	if (v4) return v4[1]!;
	return /^[0-9a-f:]{2,39}$/i.test(text) && text.includes(':') ? text : null;
}

const PROTOCOL_DATA_LINE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z,/;
const TLS_FAILED = /TLS negotiation failed with (?:the )?error (\w+)/i;
const REPLY = /^([245]\d\d)[ -](?:([245]\.\d{1,3}\.\d{1,3}) )?/;
const CONNECT_FAILED =
	/Failed to connect\. Winsock error code: \d+|connection (?:attempt )?timed out/i;
const DISCONNECT_FAULT = /\b(?:Remote|Local)\((?!Success\b)(\w+)\)|timed? ?out/i;

/**
 * The sessions of an SMTP Receive or Send protocol log. A Receive log's replies are the lines this
 * server sent (`>`), a Send log's those it received (`<`); the `#Log-type` header says which, or,
 * without it, the side the 220 greeting came from.
 */
export function readProtocolLog(lines: readonly string[]): Session[] {
	let fields = DEFAULT_FIELDS;
	let kind: 'receive' | 'send' | null = null;
	const sessions = new Map<string, Session & { ehloPending: boolean; tlsStarted: boolean }>();
	for (const line of lines) {
		if (line.startsWith('#')) {
			if (/^#Log-type:\s*SMTP Receive/i.test(line)) kind = 'receive';
			else if (/^#Log-type:\s*SMTP Send/i.test(line)) kind = 'send';
			else if (/^#Fields:/i.test(line)) {
				const named = csvFields(line.slice(line.indexOf(':') + 1)).map((f) =>
					f.trim().toLowerCase()
				);
				// A header that lacks the documented fields is not a protocol log's: keep the default.
				if (['date-time', 'session-id', 'event'].every((f) => named.includes(f))) fields = named;
			}
			continue;
		}
		if (!PROTOCOL_DATA_LINE.test(line)) continue;
		const values = csvFields(line);
		const get = (name: string) => values[fields.indexOf(name)] ?? '';
		const id = get('session-id');
		const event = get('event');
		if (id === '' || !/^[-+<>*]$/.test(event)) continue;
		const data = get('data');
		const context = get('context');
		let session = sessions.get(id);
		if (!session) {
			if (sessions.size >= MAX_SESSIONS) continue;
			if (kind === null) {
				if (event === '>' && data.startsWith('220 ')) kind = 'receive';
				else if (event === '<' && data.startsWith('220 ')) kind = 'send';
			}
			session = {
				...newSession(kind === 'send' ? 'exchange-send' : 'exchange-receive', line),
				ehloPending: false,
				tlsStarted: false
			};
			session.remote = endpointAddress(get('remote-endpoint'));
			session.local = endpointAddress(get('local-endpoint'));
			session.time = isoTime(get('date-time'));
			sessions.set(id, session);
		}
		const replyEvent = session.source === 'exchange-send' ? '<' : '>';
		const commandEvent = replyEvent === '>' ? '<' : '>';
		const said = proof(line);
		if (event === commandEvent) {
			const ehlo = /^EHLO\s+(\S+)/i.exec(data);
			if (ehlo) {
				session.name ??= ehlo[1]!;
				session.ehloPending = !session.tlsStarted;
			}
			if (/^STARTTLS\b/i.test(data)) session.tlsStarted = true;
			continue;
		}
		if (event === replyEvent) {
			const reply = REPLY.exec(data);
			if (!reply) continue;
			const code = reply[1]!;
			if (session.ehloPending && code === '250') {
				session.ehloPending = false;
				// The whole reply on one line: its keywords are there, or STARTTLS was not offered.
				if (/\s\S+\s\S+/.test(data) && !/\bSTARTTLS\b/i.test(data))
					session.starttlsMissing ??= { line: said, detail: null };
				continue;
			}
			if (code.startsWith('4') || code.startsWith('5')) {
				session.rejected ??= { line: said, detail: data.trim().slice(0, 160) };
			} else if (code === '250' && /\b2\.6\.0\b|queued mail for delivery/i.test(data)) {
				session.delivered ??= { line: said, detail: null };
			}
			continue;
		}
		const text = `${data} ${context}`;
		if (event === '*') {
			const tls = TLS_FAILED.exec(text);
			if (tls) session.tlsFailed ??= { line: said, detail: tls[1]! };
			// A Send log's connection that failed before any reply ("Failed to connect. Winsock …").
			const failed = CONNECT_FAILED.exec(text);
			if (failed) session.reset ??= { line: said, detail: failed[0] };
			if (/certificate subject/i.test(context)) {
				session.certificate = {
					line: said,
					subject: data.trim() || null,
					thumbprint: session.certificate?.thumbprint ?? null
				};
			} else if (/certificate thumbprint/i.test(context)) {
				session.certificate = {
					line: session.certificate?.line ?? said,
					subject: session.certificate?.subject ?? null,
					thumbprint: data.trim().replace(/\s/g, '').toUpperCase() || null
				};
			}
		} else if (event === '-') {
			const fault = DISCONNECT_FAULT.exec(text);
			if (fault) session.reset ??= { line: said, detail: text.trim() };
		}
	}
	return [...sessions.values()];
}

/** One record of a PowerShell list (`Name : value` blocks) or table, with the line of each field. */
export interface PsRecord {
	readonly values: ReadonlyMap<string, string>;
	readonly lines: ReadonlyMap<string, string>;
	readonly first: string;
}

const LIST_LINE = /^([A-Za-z][A-Za-z0-9]{1,40})\s*:\s?(.*)$/;

/**
 * The records of a pasted `| fl` list: blocks of `Name : value` lines, a blank line between
 * records; a value wrapped onto indented lines is joined. Only blocks with one of `keys`.
 */
export function readList(lines: readonly string[], keys: readonly string[]): PsRecord[] {
	const records: PsRecord[] = [];
	let values = new Map<string, string>();
	let at = new Map<string, string>();
	let first = '';
	let last: string | null = null;
	const flush = () => {
		if (keys.some((key) => values.has(key)) && records.length < MAX_RECORDS)
			records.push({ values, lines: at, first });
		values = new Map();
		at = new Map();
		first = '';
		last = null;
	};
	for (const raw of lines) {
		const line = raw.trimEnd();
		if (line.trim() === '') {
			if (values.size > 0) flush();
			continue;
		}
		const m = LIST_LINE.exec(line);
		if (m) {
			const key = m[1]!.toLowerCase();
			if (values.has(key)) flush();
			if (values.size === 0) first = line;
			values.set(key, m[2]!.trim());
			at.set(key, line);
			last = key;
		} else if (last !== null && /^\s{2,}\S/.test(raw)) {
			values.set(last, `${values.get(last) ?? ''} ${line.trim()}`.slice(0, 2_000));
		}
	}
	if (values.size > 0) flush();
	return records;
}

/**
 * The records of a pasted table: a header line, a line of dashes under it (their runs give the
 * columns), then rows. Only tables with one of `keys` among their headers.
 */
export function readTable(lines: readonly string[], keys: readonly string[]): PsRecord[] {
	const records: PsRecord[] = [];
	for (let i = 1; i < lines.length && records.length < MAX_RECORDS; i++) {
		const rule = lines[i]!;
		if (!/^\s*-{2,}(?:\s+-{2,})*\s*$/.test(rule)) continue;
		const header = lines[i - 1]!;
		const columns: { name: string; start: number; end: number }[] = [];
		for (const m of rule.matchAll(/-+/g)) {
			if (columns.length >= MAX_FIELDS) break;
			columns.push({ name: '', start: m.index, end: m.index + m[0].length });
		}
		columns.forEach((column, k) => {
			const next = columns[k + 1]?.start ?? Infinity;
			column.name = header.slice(column.start, next).trim().toLowerCase();
		});
		if (!columns.some((column) => keys.includes(column.name))) continue;
		for (i++; i < lines.length && records.length < MAX_RECORDS; i++) {
			const row = lines[i]!;
			if (row.trim() === '') break;
			const values = new Map<string, string>();
			const at = new Map<string, string>();
			columns.forEach((column, k) => {
				const next = columns[k + 1]?.start ?? Infinity;
				const value = row.slice(column.start, next).trim();
				if (value !== '') {
					values.set(column.name, value);
					at.set(column.name, row);
				}
			});
			records.push({ values, lines: at, first: row });
		}
	}
	return records;
}

/** A time written by PowerShell (en-US `12/8/2026 4:58:12 AM`, or ISO): the server's local time. */
function psTime(text: string | undefined): LogTime | null {
	if (!text) return null;
	return usTime(text) ?? isoTime(text);
}

const TRACKING_KEYS = ['eventid'];

/**
 * Message tracking events (Get-MessageTrackingLog, list or table) as sessions: a RECEIVE over SMTP
 * from ClientIp, a SEND to ServerIp, a FAIL or DEFER with its RecipientStatus. Timestamp is the
 * server's local time as PowerShell prints it: no zone.
 */
export function readTracking(lines: readonly string[]): Session[] {
	const records = [...readList(lines, TRACKING_KEYS), ...readTable(lines, TRACKING_KEYS)];
	const sessions: Session[] = [];
	for (const record of records) {
		const v = (key: string) => record.values.get(key) ?? '';
		const event = v('eventid').toUpperCase();
		if (!/^(?:RECEIVE|SEND|FAIL|DEFER|DELIVER|DSN|DROP)$/.test(event)) continue;
		const received = event === 'RECEIVE' || event === 'DELIVER';
		const remote = received ? v('clientip') : v('serverip');
		const line = (key: string) => proof(record.lines.get(key) ?? record.first);
		const session = newSession('message-tracking', line('eventid'));
		session.remote = endpointAddress(remote);
		session.local = endpointAddress(received ? v('serverip') : v('clientip'));
		session.name = (received ? v('clienthostname') : v('serverhostname')) || null;
		session.time = psTime(v('timestamp'));
		const status = v('recipientstatus');
		if (event === 'RECEIVE' || event === 'SEND' || event === 'DELIVER')
			session.delivered = { line: line('eventid'), detail: event };
		else if (status !== '') classifyError(session, status, line('recipientstatus'));
		else session.rejected = { line: line('eventid'), detail: event };
		sessions.push(session);
	}
	return sessions;
}

const QUEUE_KEYS = ['nexthopdomain', 'lasterror'];
const LAST_ENDPOINT =
	/(?:last endpoint attempted was|LastAttemptedIP=)\s*(?:\[([0-9a-f:.]{2,45})\]|(\d{1,3}(?:\.\d{1,3}){3}))/i;

/**
 * Queues (Get-Queue, list or table) with a LastError, as the sessions they last tried: to the
 * address the error names, else to NextHopDomain. LastRetryTime is the server's local time.
 */
export function readQueues(lines: readonly string[]): Session[] {
	const records = [...readList(lines, QUEUE_KEYS), ...readTable(lines, QUEUE_KEYS)];
	const sessions: Session[] = [];
	for (const record of records) {
		const error = record.values.get('lasterror') ?? '';
		if (error === '' || (!record.values.has('nexthopdomain') && !record.values.has('identity')))
			continue;
		const line = proof(record.lines.get('lasterror') ?? record.first);
		const session = newSession('queue', line);
		const endpoint = LAST_ENDPOINT.exec(error);
		session.remote = endpoint?.[1] ?? endpoint?.[2] ?? null;
		session.name = record.values.get('nexthopdomain') ?? null;
		session.time = psTime(record.values.get('lastretrytime'));
		classifyError(session, error, line);
		sessions.push(session);
	}
	return sessions;
}

/**
 * What an error text of Exchange says happened (a queue's LastError, a tracking RecipientStatus):
 * a TLS failure, no STARTTLS, a connection cut or timed out, or the other end's reply.
 */
export function classifyError(session: Session, text: string, line: string): void {
	const tls = TLS_FAILED.exec(text);
	if (tls) {
		session.tlsFailed = { line, detail: tls[1]! };
		return;
	}
	if (
		/STARTTLS (?:was )?not (?:offered|advertised|supported)|does not support STARTTLS/i.test(text)
	) {
		session.starttlsMissing = { line, detail: null };
		return;
	}
	const fault =
		/timed? ?out|10060|10054|SocketError|ConnectionReset|reset by peer|disconnected abruptly|closed abruptly|connection was closed/i.exec(
			text
		);
	// The other end's reply, quoted: `responded with: "421 4.4.1 …"`, `-> 550 5.7.1 …`, `LED=…`.
	const reply =
		/(?:responded with:?\s*"?|->\s*|said:\s*)([45]\d\d[ -][245]\.\d{1,3}\.\d{1,3}[^"\]};]{0,140})/i.exec(
			text
		);
	if (fault && (!reply || /\b4\.4\.[12]\b/.test(reply[1]!))) {
		session.reset = { line, detail: fault[0] };
		return;
	}
	const code =
		reply?.[1] ?? /\b[45]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b[^"\]};]{0,140}/.exec(text)?.[0];
	if (code) session.rejected = { line, detail: code.trim() };
}
