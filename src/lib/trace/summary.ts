/**
 * Message trace exports summarised per destination and code: how many messages failed or wait,
 * the first and last failure, how many are still queued and when each expires (Exchange Online
 * retries for 24 hours, then returns an NDR: docs/sources.md, Mail flow intelligence), and the
 * failures per hour by code. Pure and linear in the rows; the CSV is parsed apart (csv.ts).
 *
 * Keyed on column names, never positions: the Extended report's rows and columns come in no fixed
 * order (docs/sources.md: Parsing an extended message trace). The names are those of
 * Get-MessageTrace(V2) | Export-Csv (Received, Status, ToIP, RecipientAddress, MessageId), the
 * Extended report (date_time_utc, event_id, recipient_status, server_hostname, server_ip,
 * recipient_address, message_id), the Enhanced summary (origin_timestamp, Recipient_status) and
 * Get-MessageTraceDetail(V2) | Export-Csv (Date, Event, Detail, MessageId, RecipientAddress).
 */
import { findCodes } from '../parse/codes';

/** One row, by lower-cased column name. */
export type TraceRow = Readonly<Record<string, string>>;

/** Hours Exchange Online keeps retrying a deferred message before it returns an NDR. */
export const RETRY_HOURS = 24;
/** Most columns a trace export has (the Extended report has about 30): more is not a trace. */
export const MAX_COLUMNS = 200;
/** Rows read at most; the rest are counted as left out. */
export const MAX_ROWS = 200_000;
/** Rows kept per group to show on demand. */
export const MAX_GROUP_ROWS = 200;

const TIME_COLUMNS = [
	'date_time_utc',
	'received',
	'date',
	'origin_timestamp',
	'datetime',
	'receiveddatetime'
];
const EVENT_COLUMNS = ['event_id', 'status', 'event'];
const TEXT_COLUMNS = ['recipient_status', 'detail', 'description', 'reason', 'data', 'lasterror'];
const DESTINATION_COLUMNS = ['server_hostname', 'server_ip', 'toip'];
const MESSAGE_COLUMNS = [
	'message_id',
	'messageid',
	'network_message_id',
	'internal_message_id',
	'messagetraceid'
];
const RECIPIENT_COLUMNS = ['recipient_address', 'recipientaddress', 'recipient'];
/** Columns only a trace export has: one of them must be in the header. */
export const TRACE_COLUMNS = new Set([
	'date_time_utc',
	'event_id',
	'recipient_status',
	'origin_timestamp',
	'messagetraceid',
	'recipientaddress',
	'senderaddress',
	'toip',
	'network_message_id',
	'receiveddatetime'
]);
/**
 * The EAC's summary report, exported: Date, Sender, Recipient, Subject, Status (docs/sources.md:
 * Message trace in the modern EAC). Each name alone is any CSV's: all of them make the header.
 */
const EAC_SUMMARY_COLUMNS = ['date', 'sender', 'recipient', 'status'];

/** True when a header (names lower case) is a trace export's. */
export function isTraceHeader(names: readonly string[]): boolean {
	return (
		names.some((name) => TRACE_COLUMNS.has(name)) ||
		EAC_SUMMARY_COLUMNS.every((name) => names.includes(name))
	);
}

/** A state of a message for a recipient, as the trace names it. */
type State = 'failed' | 'deferred' | 'delivered' | 'other';

/** The state a row's event or status stands for. */
function stateOf(event: string): State {
	// The EAC words some statuses apart ("Getting status", "Filtered as spam").
	const lower = event.replace(/\s+/g, '').toLowerCase();
	if (lower === 'fail' || lower === 'failed' || lower === 'dsn') return 'failed';
	if (
		lower === 'defer' ||
		lower === 'deferred' ||
		lower === 'pending' ||
		lower === 'gettingstatus'
	) {
		return 'deferred';
	}
	if (lower === 'deliver' || lower === 'delivered' || lower === 'send' || lower === 'expanded') {
		return 'delivered';
	}
	return 'other';
}

/** One destination and code. */
export interface TraceGroup {
	/** The server, address or domain the messages were going to. */
	readonly destination: string;
	/** The enhanced status code of the failure, else the trace's own status (pending, failed). */
	readonly code: string;
	/** Messages (per recipient) in the group. */
	readonly count: number;
	readonly firstFailure: Date | null;
	readonly lastFailure: Date | null;
	/** Messages still deferred at the end of the export, and when the first of them expires. */
	readonly queued: number;
	readonly nextExpiry: Date | null;
	readonly lastExpiry: Date | null;
	/** Numbers (from 1, after the header) of the rows behind the group, at most MAX_GROUP_ROWS. */
	readonly rows: readonly number[];
}

/** Failures in one hour (UTC, "YYYY-MM-DDTHH") for one code. */
export interface HourCount {
	readonly hour: string;
	readonly code: string;
	readonly count: number;
}

export interface TraceSummary {
	/** Rows read, and rows left out beyond `limit` (MAX_ROWS, or fewer where the page reads). */
	readonly rows: number;
	readonly leftOut: number;
	readonly limit: number;
	/** Groups, most messages first. */
	readonly groups: readonly TraceGroup[];
	readonly hours: readonly HourCount[];
}

/** A date as the exports write it: ISO 8601 (UTC when no zone), or M/D/YYYY h:mm:ss AM (UTC). */
export function traceDate(value: string): Date | null {
	const text = value.trim();
	if (text.length > 40) return null;
	const iso =
		/^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,7})?(Z|[+-]\d{2}:?\d{2})?$/.exec(
			text
		);
	if (iso) {
		const [, y, mo, d, h, mi, s = '0', zone] = iso;
		const base = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
		if (zone === undefined || zone === 'Z') return new Date(base);
		const sign = zone.startsWith('-') ? -1 : 1;
		const digits = zone.replace(/[+:-]/g, '');
		const offset = (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
		return new Date(base - sign * offset);
	}
	const us =
		/^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AaPp])[Mm])?)?$/.exec(
			text
		);
	if (us) {
		const [, mo, d, y, h = '0', mi = '0', s = '0', half] = us;
		let hours = Number(h) % (half ? 12 : 24);
		if (half !== undefined && half.toLowerCase() === 'p') hours += 12;
		return new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), hours, Number(mi), Number(s)));
	}
	return null;
}

function first(row: TraceRow, names: readonly string[]): string {
	for (const name of names) {
		const value = row[name];
		if (value !== undefined && value.trim() !== '') return value.trim();
	}
	return '';
}

/** The destination of a row: its server, else the FQDN or IP its status names, else the domain. */
function destinationOf(row: TraceRow, text: string): string {
	const column = first(row, DESTINATION_COLUMNS);
	if (column !== '') return column.toLowerCase();
	const named =
		/\bFQDN=([A-Za-z0-9.-]{1,253})|\bLastAttemptedServerName=([A-Za-z0-9.-]{1,253})/.exec(text);
	const name = named?.[1] ?? named?.[2];
	if (name !== undefined) return name.toLowerCase();
	const recipient = first(row, RECIPIENT_COLUMNS);
	const at = recipient.lastIndexOf('@');
	return at >= 0 ? recipient.slice(at + 1).toLowerCase() : '';
}

interface Building {
	destination: string;
	code: string;
	count: number;
	firstFailure: number;
	lastFailure: number;
	rows: number[];
	/** Message keys of the group. */
	messages: Set<string>;
}

/** Most recipients read from one Enhanced summary row. */
const MAX_RECIPIENTS = 1000;

/**
 * The Enhanced summary's rows, one per recipient: its Recipient_status lists each recipient with its
 * events, `<address>##Receive, Fail;<address>##Receive, Send` (docs/sources.md: Message trace in the
 * modern EAC); the last event is the state. Other rows as they are.
 */
function perRecipient(row: TraceRow): TraceRow[] {
	const status = row['recipient_status'] ?? '';
	if (!status.includes('##') || first(row, EVENT_COLUMNS) !== '') return [row];
	const out: TraceRow[] = [];
	for (const part of status.split(';', MAX_RECIPIENTS)) {
		const [address = '', events = ''] = part.split('##');
		const event = events.split(',').at(-1)?.trim() ?? '';
		if (address.trim() === '') continue;
		out.push({ ...row, recipient_address: address.trim(), event, recipient_status: part.trim() });
	}
	return out;
}

/**
 * A summary built a row at a time (`add`, rows in their order, numbered from 0), then `finish`ed:
 * `summarizeTrace` adds every row at once; the single file adds them a slice at a time as it
 * parses (steps.ts). The same rows give the same summary either way.
 */
export interface TraceSummarizer {
	/** Adds row `i`; true when the row is one shown behind a group (its number is in `rows`). */
	add(row: TraceRow, i: number): boolean;
	/** The summary of the `rows` rows added, of `total` in the export, read up to `limit`. */
	finish(rows: number, total: number, limit: number): TraceSummary;
}

/** A summary to build row by row (column names lower case). */
export function traceSummarizer(): TraceSummarizer {
	const groups = new Map<string, Building>();
	const hours = new Map<string, number>();
	/** Per message and recipient: its last state, its first deferral and its group. */
	const messages = new Map<
		string,
		{ state: State; at: number; firstDefer: number; group: string }
	>();
	function addOne(row: TraceRow, i: number): boolean {
		let kept = false;
		const text = first(row, TEXT_COLUMNS);
		const event = first(row, EVENT_COLUMNS);
		const code = findCodes(text.slice(0, 2000), 1)[0]?.code ?? null;
		let state = stateOf(event);
		// The Enhanced summary writes the state into the status: "<address>##Receive, Fail".
		if (state === 'other' && /##.*\bFail\b/i.test(text)) state = 'failed';
		if (state === 'other' && code !== null) state = code.startsWith('4.') ? 'deferred' : 'failed';
		const time = traceDate(first(row, TIME_COLUMNS))?.getTime() ?? Number.NaN;
		const message = `${first(row, MESSAGE_COLUMNS) || `row ${i + 1}`}\n${first(row, RECIPIENT_COLUMNS).toLowerCase()}`;
		const before = messages.get(message);
		if (state === 'failed' || state === 'deferred') {
			const groupCode = code ?? (state === 'failed' ? 'failed' : 'pending');
			const destination = destinationOf(row, text);
			const key = `${destination}\n${groupCode}`;
			let group = groups.get(key);
			if (group === undefined) {
				group = {
					destination,
					code: groupCode,
					count: 0,
					firstFailure: Number.POSITIVE_INFINITY,
					lastFailure: Number.NEGATIVE_INFINITY,
					rows: [],
					messages: new Set()
				};
				groups.set(key, group);
			}
			if (!group.messages.has(message)) {
				group.messages.add(message);
				group.count++;
			}
			if (!Number.isNaN(time)) {
				group.firstFailure = Math.min(group.firstFailure, time);
				group.lastFailure = Math.max(group.lastFailure, time);
				const hour = `${new Date(time).toISOString().slice(0, 13)}\n${groupCode}`;
				hours.set(hour, (hours.get(hour) ?? 0) + 1);
			}
			if (group.rows.length < MAX_GROUP_ROWS) {
				group.rows.push(i + 1);
				kept = true;
			}
			const firstDefer =
				state === 'deferred' && !Number.isNaN(time)
					? Math.min(before?.firstDefer ?? time, time)
					: (before?.firstDefer ?? Number.NaN);
			// Rows come in no order: the latest row decides the state.
			if (before === undefined || Number.isNaN(before.at) || !(time < before.at)) {
				messages.set(message, { state, at: time, firstDefer, group: key });
			} else messages.set(message, { ...before, firstDefer });
		} else if (state === 'delivered') {
			if (before === undefined || Number.isNaN(before.at) || !(time < before.at)) {
				messages.set(message, {
					state,
					at: time,
					firstDefer: before?.firstDefer ?? Number.NaN,
					group: before?.group ?? ''
				});
			}
		}
		return kept;
	}
	function add(row: TraceRow, i: number): boolean {
		let kept = false;
		// Each recipient of a row counts (the same row number may be kept more than once).
		for (const one of perRecipient(row)) kept = addOne(one, i) || kept;
		return kept;
	}
	function finish(rows: number, total: number, limit: number): TraceSummary {
		const queued = new Map<string, number[]>();
		for (const message of messages.values()) {
			if (message.state !== 'deferred') continue;
			const expiries = queued.get(message.group) ?? [];
			expiries.push(
				Number.isNaN(message.firstDefer) ? Number.NaN : message.firstDefer + RETRY_HOURS * 3_600_000
			);
			queued.set(message.group, expiries);
		}
		const date = (ms: number) => (Number.isFinite(ms) ? new Date(ms) : null);
		const list: TraceGroup[] = [...groups.entries()].map(([key, g]) => {
			const expiries = (queued.get(key) ?? []).filter((ms) => !Number.isNaN(ms));
			return {
				destination: g.destination,
				code: g.code,
				count: g.count,
				firstFailure: date(g.firstFailure),
				lastFailure: date(g.lastFailure),
				queued: queued.get(key)?.length ?? 0,
				nextExpiry: date(expiries.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY)),
				lastExpiry: date(expiries.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY)),
				rows: g.rows
			};
		});
		list.sort((a, b) => b.count - a.count || a.destination.localeCompare(b.destination));
		const hourList = [...hours.entries()]
			.map(([key, count]) => {
				const [hour = '', code = ''] = key.split('\n');
				return { hour, code, count };
			})
			.sort((a, b) => a.hour.localeCompare(b.hour) || a.code.localeCompare(b.code));
		return {
			rows,
			leftOut: Math.max(0, total - rows),
			limit,
			groups: list,
			hours: hourList
		};
	}
	return { add, finish };
}

/** The summary of a trace export's rows (column names lower case). */
export function summarizeTrace(
	rows: readonly TraceRow[],
	total = rows.length,
	limit = MAX_ROWS
): TraceSummary {
	const summarizer = traceSummarizer();
	for (const [i, row] of rows.entries()) summarizer.add(row, i);
	return summarizer.finish(rows.length, total, limit);
}

/**
 * The picture's bars: the last `maxHours` hours with failures, each with its count per code; codes
 * beyond the first `codes` given are counted together as "…".
 */
export function hourBars(
	summary: TraceSummary,
	codes: readonly string[],
	maxHours: number
): [string, [string, number][]][] {
	const byHour = new Map<string, Map<string, number>>();
	for (const { hour, code, count } of summary.hours) {
		const counts = byHour.get(hour) ?? new Map<string, number>();
		const shown = codes.includes(code) ? code : '…';
		counts.set(shown, (counts.get(shown) ?? 0) + count);
		byHour.set(hour, counts);
	}
	return [...byHour.entries()].slice(-maxHours).map(([hour, counts]) => [hour, [...counts]]);
}
