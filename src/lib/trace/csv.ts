/**
 * Trace exports read as CSV with papaparse (a well-kept parser of RFC 4180 CSV with quoted fields
 * and line breaks inside them), loaded only with this module: in the worker, or by the page when a
 * paste looks like an export (`looksLikeTrace`). The single file reads with csv-lite.ts instead.
 */
import Papa from 'papaparse';
import { readTraceCsvWith, type TraceLimits, type TraceReading } from './csv-core';
import type { CsvRecords } from './csv-lite';
import { MAX_ROWS } from './summary';

export type { TraceLimits, TraceProblem, TraceReading } from './csv-core';

/** The CSV records of a text, read by papaparse. */
export function parseCsvPapa(text: string, delimiter: string, maxRows: number): CsvRecords {
	const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true, preview: maxRows });
	return {
		rows: parsed.data,
		unclosedQuote: parsed.errors.some((error) => error.code === 'MissingQuotes'),
		stopped: parsed.data.length >= maxRows
	};
}

/** Reads an export with papaparse. Never throws. */
export function readTraceCsv(text: string, limits: TraceLimits = { rows: MAX_ROWS }): TraceReading {
	return readTraceCsvWith(parseCsvPapa, text, limits);
}
