/**
 * A pasted or dropped message trace export read as CSV with papaparse (a well-kept parser of
 * RFC 4180 CSV with quoted fields and line breaks inside them), loaded only with this module: the
 * page imports it when a paste looks like an export (`looksLikeTrace`). Cells are kept as text and
 * shown as text, so a cell like `=cmd|' /C calc'!A0` is never a formula nor markup here.
 */
import Papa from 'papaparse';
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
	'malformed' | 'malformed-json' | 'too-many-columns' | 'no-trace-columns' | 'empty';

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
	if (!isTraceHeader(names)) return { ok: false, problem: 'no-trace-columns' };
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
