/**
 * A pasted or dropped message trace export read as CSV with papaparse (a well-kept parser of
 * RFC 4180 CSV with quoted fields and line breaks inside them), loaded only with this module: the
 * page imports it when a paste looks like an export (`looksLikeTrace`). Cells are kept as text and
 * shown as text, so a cell like `=cmd|' /C calc'!A0` is never a formula nor markup here.
 */
import Papa from 'papaparse';
import {
	MAX_COLUMNS,
	MAX_ROWS,
	summarizeTrace,
	TRACE_COLUMNS,
	type TraceRow,
	type TraceSummary
} from './summary';

/** Why an export could not be read: the page says it in the reader's language. */
export type TraceProblem = 'malformed' | 'too-many-columns' | 'no-trace-columns' | 'empty';

export type TraceReading =
	| { readonly ok: true; readonly summary: TraceSummary; readonly rows: readonly TraceRow[] }
	| { readonly ok: false; readonly problem: TraceProblem };

/** Reads an export: its header names the columns, each later line is a row. Never throws. */
export function readTraceCsv(text: string): TraceReading {
	// PowerShell's Export-Csv (Windows PowerShell 5) starts with a "#TYPE …" line.
	const body = text.replace(/^\uFEFF?#TYPE [^\n]*\n/, '').replace(/^\uFEFF/, '');
	const headerLine = body.slice(0, body.indexOf('\n') < 0 ? body.length : body.indexOf('\n'));
	const delimiter = headerLine.includes('\t') && !headerLine.includes(',') ? '\t' : ',';
	const columns = Papa.parse<string[]>(headerLine, { delimiter }).data[0] ?? [];
	if (columns.length > MAX_COLUMNS) return { ok: false, problem: 'too-many-columns' };
	const names = columns.map((name) => name.trim().toLowerCase());
	if (!names.some((name) => TRACE_COLUMNS.has(name)))
		return { ok: false, problem: 'no-trace-columns' };
	let parsed: Papa.ParseResult<string[]>;
	try {
		parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: true, preview: MAX_ROWS + 1 });
	} catch {
		return { ok: false, problem: 'malformed' };
	}
	const data = parsed.data.slice(1, MAX_ROWS + 1);
	const truncated = parsed.data.length - 1 > MAX_ROWS;
	if (data.length === 0) return { ok: false, problem: 'empty' };
	// A quote never closed swallows the rest of the file into one cell: no trace reads like that.
	if (parsed.errors.some((error) => error.code === 'MissingQuotes')) {
		return { ok: false, problem: 'malformed' };
	}
	const rows: TraceRow[] = data.map((cells) => {
		const row: Record<string, string> = {};
		for (let i = 0; i < names.length; i++) {
			const name = names[i] ?? '';
			if (name !== '' && !(name in row)) row[name] = cells[i] ?? '';
		}
		return row;
	});
	// Past MAX_ROWS the lines left are counted, not read (a line break inside a quoted cell may
	// make the count a little high: it is shown as "about").
	const total = truncated ? body.split('\n').length - 1 : rows.length;
	return { ok: true, summary: summarizeTrace(rows, total), rows };
}

/** What the page shows of a reading: the summary, and only the rows behind its groups. */
export type TraceView =
	| {
			readonly ok: true;
			readonly summary: TraceSummary;
			readonly rows: Readonly<Record<number, TraceRow>>;
	  }
	| { readonly ok: false; readonly problem: TraceProblem };

/** Reads an export for the page (in the worker, whose answer is copied: keep it small). */
export function viewTraceCsv(text: string): TraceView {
	const reading = readTraceCsv(text);
	if (!reading.ok) return reading;
	const rows: Record<number, TraceRow> = {};
	for (const group of reading.summary.groups) {
		for (const number of group.rows) {
			const row = reading.rows[number - 1];
			if (row !== undefined) rows[number] = row;
		}
	}
	return { ok: true, summary: reading.summary, rows };
}
