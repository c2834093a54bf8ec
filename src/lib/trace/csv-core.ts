/**
 * A pasted or dropped message trace export read as CSV, keyed on its header's names, with the CSV
 * parser handed in: papaparse in the hosted app (csv.ts), csv-lite.ts in the single file (19 kB
 * less of its budget). Cells are kept as text and shown as text, so a cell like
 * `=cmd|' /C calc'!A0` is never a formula nor markup here.
 */
import type { CsvRecords } from './csv-lite';
import {
	isTraceHeader,
	MAX_COLUMNS,
	MAX_ROWS,
	summarizeTrace,
	type TraceRow,
	type TraceSummary
} from './summary';

/** Why an export could not be read: the page says it in the reader's language. */
export type TraceProblem =
	'malformed' | 'malformed-json' | 'too-many-columns' | 'no-trace-columns' | 'too-large' | 'empty';

export type TraceReading =
	| { readonly ok: true; readonly summary: TraceSummary; readonly rows: readonly TraceRow[] }
	| { readonly ok: false; readonly problem: TraceProblem };

/** How much is read: at most `rows` rows (fewer where the page itself reads, without a worker). */
export interface TraceLimits {
	readonly rows: number;
	/**
	 * Longest JSON, list or table read (a JSON text cannot be read in part: longer is too large);
	 * unset, none. The page sets it where no worker runs, so one task never takes long.
	 */
	readonly chars?: number;
}

/** A CSV parser: the records of a text, at most `maxRows` of them. */
export type CsvParser = (text: string, delimiter: string, maxRows: number) => CsvRecords;

/** An export's header: the text after any `#TYPE` line, its delimiter and its column names. */
export interface TraceHeader {
	readonly body: string;
	readonly delimiter: string;
	/** The names, trimmed and lower case. */
	readonly names: readonly string[];
}

/** The header of an export, or why it is none (read the same by both readers). */
export function traceHeader(
	parseCsv: CsvParser,
	text: string,
	maxHeaderChars = Number.POSITIVE_INFINITY
): TraceHeader | TraceProblem {
	// PowerShell's Export-Csv (Windows PowerShell 5) starts with a "#TYPE …" line.
	const body = text.replace(/^\uFEFF?#TYPE [^\n]*\n/, '').replace(/^\uFEFF/, '');
	const headerLine = body.slice(0, body.indexOf('\n') < 0 ? body.length : body.indexOf('\n'));
	// MAX_COLUMNS names of a few dozen characters: a longer first line is no trace's header.
	if (headerLine.length > maxHeaderChars) return 'no-trace-columns';
	const delimiter = headerLine.includes('\t') && !headerLine.includes(',') ? '\t' : ',';
	const columns = parseCsv(headerLine, delimiter, 1).rows[0] ?? [];
	if (columns.length > MAX_COLUMNS) return 'too-many-columns';
	const names = columns.map((name) => name.trim().toLowerCase());
	if (!isTraceHeader(names)) return 'no-trace-columns';
	return { body, delimiter, names };
}

/** A row of cells keyed by the header's names (the first of a repeated name wins). */
export function rowOf(names: readonly string[], cells: readonly string[]): TraceRow {
	const row: Record<string, string> = {};
	for (let i = 0; i < names.length; i++) {
		const name = names[i] ?? '';
		if (name !== '' && !(name in row)) row[name] = cells[i] ?? '';
	}
	return row;
}

/** Reads an export: its header names the columns, each later line is a row. Never throws. */
export function readTraceCsvWith(
	parseCsv: CsvParser,
	text: string,
	limits: TraceLimits = { rows: MAX_ROWS }
): TraceReading {
	const header = traceHeader(parseCsv, text);
	if (typeof header === 'string') return { ok: false, problem: header };
	const { body, delimiter, names } = header;
	let parsed: CsvRecords;
	try {
		// The header, the rows, and one more to know that there are more.
		parsed = parseCsv(body, delimiter, limits.rows + 2);
	} catch {
		return { ok: false, problem: 'malformed' };
	}
	const data = parsed.rows.slice(1, limits.rows + 1);
	const truncated = parsed.rows.length - 1 > limits.rows;
	if (data.length === 0) return { ok: false, problem: 'empty' };
	// A quote never closed swallows the rest of the file into one cell: no trace reads like that.
	if (parsed.unclosedQuote) return { ok: false, problem: 'malformed' };
	const rows: TraceRow[] = data.map((cells) => rowOf(names, cells));
	// Past the limit the lines left are counted, not read (a line break inside a quoted cell may
	// make the count a little high: it is shown as "about").
	const total = truncated ? lineCount(body) - 1 : rows.length;
	return { ok: true, summary: summarizeTrace(rows, total, limits.rows), rows };
}

/** The lines of a text, counted without splitting it (a 50 MB export is millions of lines). */
export function lineCount(text: string): number {
	let count = 1;
	for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
	return text.endsWith('\n') ? count - 1 : count;
}
