/**
 * Message trace output that is not CSV: the Microsoft Graph message trace JSON
 * (`GET /admin/exchange/tracing/messageTraces`, its `exchangeMessageTrace` objects, and
 * `getDetailsByRecipient`'s `exchangeMessageTraceDetail` objects: docs/sources.md, Microsoft Graph
 * message trace), and Get-MessageTrace(V2) / Get-MessageTraceDetail(V2) printed by PowerShell as a
 * list (`| fl`) or a table (the default view, or `| ft`). Each becomes rows keyed by lower-cased
 * property name, summarised like an export (summary.ts). Pure, linear, never throws; no CSV parser.
 */
import { listedObjects } from '../evidence/exchange';
import { MAX_COLUMNS, MAX_ROWS, summarizeTrace, type TraceRow } from './summary';
import type { TraceLimits, TraceReading } from './csv-core';

/** How a non-CSV trace is laid out. */
export type TraceTextKind = 'json' | 'list' | 'table';

/** Properties that make a listed or tabled object a trace row (one of the first two, and a time). */
const EVENT_NAMES = ['event', 'status'];
const TIME_NAMES = ['date', 'received', 'datetime', 'receiveddatetime'];
/** Longest text JSON.parse is given (a Graph page is at most 5,000 objects: a few megabytes). */
const MAX_JSON = 60_000_000;
/** Longest line of a table read. */
const MAX_TABLE_LINE = 20_000;

/** The layout of a paste that is trace output but not CSV, from its first lines; null otherwise. */
export function traceTextKind(text: string): TraceTextKind | null {
	const head = text.slice(0, 4000).replace(/^\uFEFF/, '');
	const start = head.trimStart();
	if (start.startsWith('{') || start.startsWith('[')) {
		return /"(?:receivedDateTime|recipientAddress|toIP|dateTime)"\s*:/.test(head) ||
			/"@odata\.context"\s*:\s*"[^"]{0,300}(?:messageTrace|exchangeMessageTrace)/i.test(head)
			? 'json'
			: null;
	}
	// A table: a header line, then a line of dashes under each column name.
	const lines = head.split(/\r?\n/);
	for (let i = 0; i + 1 < lines.length; i++) {
		const header = lines[i] ?? '';
		const rule = lines[i + 1] ?? '';
		if (/^\s*-{2,}(?:\s+-{2,})+\s*$/.test(rule) && /\bEvent\b|\bStatus\b/.test(header)) {
			if (/\b(?:Date|Received)\b/.test(header)) return 'table';
		}
	}
	// A list: `Event : …` or `Status : …` beside `MessageTraceId : …` or `Detail : …`.
	if (
		/^\s*(?:Event|Status)\s+:/m.test(head) &&
		/^\s*(?:MessageTraceId|Detail|RecipientAddress)\s+:/m.test(head) &&
		/^\s*(?:Date|Received)\s+:/m.test(head)
	) {
		return 'list';
	}
	return null;
}

/** Reads trace output of one of the text layouts. Never throws. */
export function readTraceText(
	text: string,
	kind: TraceTextKind,
	limits: TraceLimits = { rows: MAX_ROWS }
): TraceReading {
	const chars = limits.chars ?? Number.POSITIVE_INFINITY;
	if (kind === 'json' && text.length > chars) return { ok: false, problem: 'too-large' };
	// A list or a table is read up to `chars` (its first rows: the rest is counted as not read).
	const shown = text.length > chars ? text.slice(0, chars) : text;
	let rows: TraceRow[] | 'malformed-json' | 'too-many-columns';
	if (kind === 'json') rows = jsonRows(text);
	else if (kind === 'list') rows = listRows(shown);
	else rows = tableRows(shown);
	if (rows === 'malformed-json' || rows === 'too-many-columns') return { ok: false, problem: rows };
	if (rows.length === 0) return { ok: false, problem: 'empty' };
	const total = rows.length;
	const kept = rows.length > limits.rows ? rows.slice(0, limits.rows) : rows;
	// The default table of Get-MessageTraceDetail(V2) is one message for one recipient: its rows
	// name neither, so they are one message (a piped list names both on every row).
	const one = !kept.some((row) => 'messageid' in row || 'recipientaddress' in row);
	const keyed = one ? kept.map((row) => ({ ...row, messageid: 'message 1' })) : kept;
	return { ok: true, summary: summarizeTrace(keyed, total, limits.rows), rows: kept };
}

/** A trace row has an event or status and a time. */
function isTraceRow(row: TraceRow): boolean {
	return EVENT_NAMES.some((name) => name in row) && TIME_NAMES.some((name) => name in row);
}

/** The rows of Graph JSON: a response (`{ value: [...] }`), an array, or one object. */
function jsonRows(text: string): TraceRow[] | 'malformed-json' | 'too-many-columns' {
	if (text.length > MAX_JSON) return 'malformed-json';
	let parsed: unknown;
	try {
		parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return 'malformed-json';
	}
	const list: unknown[] = Array.isArray(parsed)
		? parsed
		: isRecord(parsed) && Array.isArray(parsed['value'])
			? parsed['value']
			: [parsed];
	const rows: TraceRow[] = [];
	for (const item of list) {
		if (!isRecord(item)) continue;
		const keys = Object.keys(item);
		if (keys.length > MAX_COLUMNS) return 'too-many-columns';
		const row: Record<string, string> = {};
		for (const key of keys) {
			const value = item[key];
			// Text and numbers only: a nested object is no column of a trace.
			if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
				row[key.toLowerCase()] = String(value);
		}
		if (isTraceRow(row)) rows.push(row);
	}
	return rows;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The rows of `| fl` output: one object per blank-line-separated block (wrapped values joined). */
function listRows(text: string): TraceRow[] | 'too-many-columns' {
	const rows: TraceRow[] = [];
	for (const object of listedObjects(text.split(/\r\n?|\n/))) {
		if (object.size > MAX_COLUMNS) return 'too-many-columns';
		const row: Record<string, string> = {};
		for (const [name, field] of object) row[name] = field.value;
		if (isTraceRow(row)) rows.push(row);
	}
	return rows;
}

/**
 * The rows of a PowerShell table: each column starts where its run of dashes starts, the last runs
 * to the end of the line; a blank line or a prompt ends the table. Header names lose their spaces
 * ("Recipient Address" is RecipientAddress), so Get-MessageTrace's table reads too.
 */
function tableRows(text: string): TraceRow[] | 'too-many-columns' {
	const lines = text.split(/\r\n?|\n/);
	const rows: TraceRow[] = [];
	for (let i = 0; i + 1 < lines.length; i++) {
		const rule = lines[i + 1] ?? '';
		if (rule.length > MAX_TABLE_LINE || !/^\s*-{2,}(?:\s+-{2,})+\s*$/.test(rule)) continue;
		const starts: number[] = [];
		for (const match of rule.matchAll(/-+/g)) starts.push(match.index);
		if (starts.length > MAX_COLUMNS) return 'too-many-columns';
		const header = lines[i] ?? '';
		const names = starts.map((start, c) =>
			header
				.slice(start, starts[c + 1] ?? header.length)
				.replace(/\s+/g, '')
				.toLowerCase()
		);
		let j = i + 2;
		for (; j < lines.length; j++) {
			const line = lines[j] ?? '';
			if (line.trim() === '' || /^(?:\[PS\]|PS) .*>/.test(line)) break;
			if (line.length > MAX_TABLE_LINE) continue;
			const row: Record<string, string> = {};
			starts.forEach((start, c) => {
				const name = names[c] ?? '';
				const cell = line.slice(start, starts[c + 1] ?? line.length).trim();
				if (name !== '') row[name] = cell;
			});
			if (isTraceRow(row)) rows.push(row);
		}
		i = j;
	}
	return rows;
}
