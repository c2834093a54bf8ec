/**
 * Trace output read in steps, for the single file (no worker there): a CSV export is parsed a part
 * at a time (csv-lite.ts `parseCsvLiteFrom`) and each part's rows added to the summary as they come
 * (summary.ts `traceSummarizer`), with a `yield` after each part, so that `state/slices.ts` runs it
 * about 20 ms at a time and the page paints between. Run at once (`runSteps`), it gives exactly
 * what `viewTrace` gives for the same text and limits (tests/unit/trace-steps.test.ts), which is
 * the worker's summary. The JSON, list and table layouts are read in one step, as far as
 * `limits.chars` (JSON.parse cannot be cut into parts).
 */
import type { Steps } from '../reading/steps';
import { rowOf, traceHeader, type TraceLimits } from './csv-core';
import { parseCsvLite, parseCsvLiteFrom } from './csv-lite';
import { MAX_ROWS, traceSummarizer, type TraceRow } from './summary';
import { readTraceText, traceTextKind } from './text';
import { viewOf, type TraceView } from './view';

/** Records parsed per step, and text: a step stays a few milliseconds on a slow machine. */
export const PART_ROWS = 250;
export const PART_CHARS = 64 * 1024;
/** Characters scanned per step when counting the lines left past the row limit. */
export const COUNT_CHARS = 2_000_000;
/**
 * Longest first line taken for a header: MAX_COLUMNS (200) names of a few dozen characters are far
 * less; a longer line (a 50 MB log on one line) is no trace's, and is not split into cells.
 */
export const MAX_HEADER_CHARS = 64 * 1024;

/**
 * Reads trace output in steps; `onRows` hears how many rows are read so far after each part.
 * Never throws.
 */
export function* viewTraceSteps(
	text: string,
	limits: TraceLimits = { rows: MAX_ROWS },
	onRows?: (rows: number) => void
): Steps<TraceView> {
	const kind = traceTextKind(text);
	if (kind !== null) return viewOf(readTraceText(text, kind, limits));
	const header = traceHeader(parseCsvLite, text, MAX_HEADER_CHARS);
	if (typeof header === 'string') return { ok: false, problem: header };
	yield;
	const { body, delimiter, names } = header;
	const summarizer = traceSummarizer();
	const kept: Record<number, TraceRow> = {};
	/** Data records seen (the header is record 0 of the body), and rows read (at most the limit). */
	let seen = -1;
	let read = 0;
	let more = false;
	let at = 0;
	for (;;) {
		const part = parseCsvLiteFrom(body, delimiter, at, PART_ROWS, at + PART_CHARS);
		const last = seen + part.rows.length - 1;
		for (const cells of part.rows) {
			const index = seen++;
			if (index < 0) continue;
			// One record past the limit tells that there are more; the plain reader reads it too.
			if (index >= limits.rows) {
				more = true;
				break;
			}
			const row = rowOf(names, cells);
			if (summarizer.add(row, index)) kept[index + 1] = row;
			read++;
		}
		// A quote never closed swallows the rest into one cell (the part's last record): no trace
		// reads like that, when that record is among those read or the one just past them.
		if (part.unclosedQuote && last <= limits.rows) {
			return { ok: false, problem: last < 0 ? 'empty' : 'malformed' };
		}
		onRows?.(read);
		if (more || !part.stopped) break;
		at = part.next;
		yield;
	}
	if (read === 0) return { ok: false, problem: 'empty' };
	// Past the limit the lines left are counted, not read, a part at a time (as csv-core's lineCount).
	let total = read;
	if (more) {
		let lines = 1;
		for (let from = 0; from < body.length; from += COUNT_CHARS) {
			const end = Math.min(body.length, from + COUNT_CHARS);
			for (let i = body.indexOf('\n', from); i >= 0 && i < end; i = body.indexOf('\n', i + 1)) {
				lines++;
			}
			yield;
		}
		total = (body.endsWith('\n') ? lines - 1 : lines) - 1;
	}
	yield;
	return { ok: true, summary: summarizer.finish(read, total, limits.rows), rows: kept };
}
