/**
 * Message trace exports: whether a paste is one (cheap, for the page to decide whether to load the
 * CSV reader), and the reader itself, loaded on demand with papaparse.
 */
import { isTraceHeader } from './summary';
import { traceTextKind } from './text';

export type { TraceGroup, TraceSummary, HourCount } from './summary';
export type { TraceProblem, TraceReading } from './csv-core';
export type { TraceView } from './view';

/**
 * True when the paste is message trace output: a CSV header with a column only trace exports have,
 * the Graph message trace JSON, or Get-MessageTrace(Detail) printed as a list or a table.
 */
export function looksLikeTrace(text: string): boolean {
	return traceTextKind(text) !== null || looksLikeTraceCsv(text);
}

function looksLikeTraceCsv(text: string): boolean {
	const head = text.slice(0, 4000).replace(/^\uFEFF?#TYPE [^\n]*\n/, '');
	const header = head.slice(0, head.indexOf('\n') < 0 ? head.length : head.indexOf('\n'));
	if (!/[,\t]/.test(header)) return false;
	const names = header.split(/[,\t]/, 300).map((name) => name.trim().replace(/^"|"$/g, ''));
	// Every column name of the exports is one word: a sentence with commas is no header.
	if (!names.every((name) => /^[A-Za-z_][A-Za-z0-9_]{0,40}$/.test(name))) return false;
	return isTraceHeader(names.map((name) => name.toLowerCase()));
}
