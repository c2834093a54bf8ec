/**
 * Trace output read for the page, whatever its layout (csv.ts, text.ts): the summary, and only the
 * rows behind its groups. Loaded on demand, in the worker where one runs.
 */
import {
	readTraceCsvWith,
	type CsvParser,
	type TraceLimits,
	type TraceProblem,
	type TraceReading
} from './csv-core';
import { MAX_ROWS, type TraceRow, type TraceSummary } from './summary';
import { readTraceText, traceTextKind } from './text';

/** What the page shows of a reading: the summary, and only the rows behind its groups. */
export type TraceView =
	| {
			readonly ok: true;
			readonly summary: TraceSummary;
			readonly rows: Readonly<Record<number, TraceRow>>;
	  }
	| { readonly ok: false; readonly problem: TraceProblem };

/**
 * Reads trace output of any layout: the Graph JSON, a list or a table, else a CSV export with the
 * parser given (papaparse's `parseCsvPapa` of csv.ts, or csv-lite.ts's in the single file).
 */
export function readTrace(
	parseCsv: CsvParser,
	text: string,
	limits: TraceLimits = { rows: MAX_ROWS }
): TraceReading {
	const kind = traceTextKind(text);
	return kind === null
		? readTraceCsvWith(parseCsv, text, limits)
		: readTraceText(text, kind, limits);
}

/** Reads trace output for the page (in the worker, whose answer is copied: keep it small). */
export function viewTrace(
	parseCsv: CsvParser,
	text: string,
	limits: TraceLimits = { rows: MAX_ROWS }
): TraceView {
	return viewOf(readTrace(parseCsv, text, limits));
}

/** The view of a reading: its summary, and the rows behind its groups. */
export function viewOf(reading: TraceReading): TraceView {
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
