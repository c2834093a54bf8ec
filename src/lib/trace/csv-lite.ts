/**
 * A small RFC 4180 CSV reader for the single file, where it takes 19,027 bytes less than papaparse
 * (BENCHMARKS.md), room its budget keeps for the other readers: fields split by the delimiter, a field that starts with a quote runs to
 * its closing quote (`""` is a quote; line breaks inside are kept), CRLF or LF between records,
 * empty lines skipped. The hosted app reads with papaparse; tests/unit/trace.test.ts holds both to
 * the same rows on every fixture. Linear: one pass over the text, no backtracking.
 */

export interface CsvRecords {
	readonly rows: string[][];
	/** True when a quoted field is never closed (the rest of the text would be one cell). */
	readonly unclosedQuote: boolean;
	/** True when reading stopped at `maxRows`, with more text left. */
	readonly stopped: boolean;
}

export function parseCsvLite(text: string, delimiter: string, maxRows: number): CsvRecords {
	const read = parseCsvLiteFrom(text, delimiter, 0, maxRows);
	return { rows: read.rows, unclosedQuote: read.unclosedQuote, stopped: read.stopped };
}

/** Records read from an offset on, and where the next one starts. */
export interface CsvPart extends CsvRecords {
	/** Where reading stopped: the start of the next record (the text's length at its end). */
	readonly next: number;
}

/**
 * The records from `from` (a record's start) on: at most `maxRows`, and none started at or past
 * `untilChar` (a record begun before it is read whole). The single file reads an export a part at
 * a time this way (steps.ts); read part after part, the records are those of one parseCsvLite.
 */
export function parseCsvLiteFrom(
	text: string,
	delimiter: string,
	from: number,
	maxRows: number,
	untilChar = Number.POSITIVE_INFINITY
): CsvPart {
	const rows: string[][] = [];
	let row: string[] = [];
	let at = from;
	const end = text.length;
	const closeRow = () => {
		// An empty line (one empty field) is skipped, as papaparse's skipEmptyLines does.
		if (!(row.length === 1 && row[0] === '')) rows.push(row);
		row = [];
	};
	while (at <= end) {
		if (rows.length >= maxRows)
			return { rows, unclosedQuote: false, stopped: at < end, next: Math.min(at, end) };
		if (text[at] === '"') {
			let value = '';
			let from = at + 1;
			for (;;) {
				const quote = text.indexOf('"', from);
				if (quote < 0) {
					// The rest of the text is the cell, as papaparse reads it; the caller calls it broken.
					row.push(value + text.slice(from));
					rows.push(row);
					return { rows, unclosedQuote: true, stopped: false, next: end };
				}
				value += text.slice(from, quote);
				if (text[quote + 1] === '"') {
					value += '"';
					from = quote + 2;
					continue;
				}
				at = quote + 1;
				break;
			}
			// Text after the closing quote, up to the delimiter or the line's end, belongs to the field.
			const stop = nextStop(text, at, delimiter);
			value += text.slice(at, stop);
			row.push(value);
			at = stop;
		} else {
			const stop = nextStop(text, at, delimiter);
			row.push(text.slice(at, stop));
			at = stop;
		}
		if (at >= end) {
			closeRow();
			break;
		}
		if (text[at] === delimiter) {
			at++;
			if (at === end) {
				row.push('');
				closeRow();
				break;
			}
			continue;
		}
		// A line break: \r\n, \n or \r.
		at += text[at] === '\r' && text[at + 1] === '\n' ? 2 : 1;
		closeRow();
		if (at >= end) break;
		if (at >= untilChar) return { rows, unclosedQuote: false, stopped: true, next: at };
	}
	return { rows, unclosedQuote: false, stopped: false, next: end };
}

/** Where the field that starts at `from` ends: the next delimiter or line break, or the end. */
function nextStop(text: string, from: number, delimiter: string): number {
	const mark = delimiter.charCodeAt(0);
	let at = from;
	for (; at < text.length; at++) {
		const code = text.charCodeAt(at);
		if (code === mark || code === 10 || code === 13) break;
	}
	return at;
}
