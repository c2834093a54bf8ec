/** A piece of text, marked when it is part of what matched the query. */
export interface Segment {
	readonly text: string;
	readonly hit: boolean;
}

/** Shortest run of matched characters worth marking: single letters of a fuzzy match are noise. */
const MIN_MARK_LENGTH = 2;
/** How much text around the first mark a snippet keeps. */
const SNIPPET_CONTEXT = 60;

/**
 * Splits `text` into segments, marking the inclusive [start, end] ranges (as Fuse reports them).
 * Long text is cut to a snippet around the first mark, with an ellipsis where it was cut.
 * Returns plain data: the view renders it as text, never as HTML.
 */
export function segments(
	text: string,
	ranges: ReadonlyArray<readonly [number, number]>
): Segment[] {
	const marks = ranges
		.filter(([start, end]) => end - start + 1 >= MIN_MARK_LENGTH && start >= 0 && end < text.length)
		.slice()
		.sort((a, b) => a[0] - b[0]);
	const first = marks[0];
	let from = 0;
	let to = text.length;
	if (first && text.length > SNIPPET_CONTEXT * 3) {
		from = Math.max(0, first[0] - SNIPPET_CONTEXT);
		to = Math.min(text.length, first[1] + 1 + SNIPPET_CONTEXT * 2);
	}
	const out: Segment[] = [];
	const push = (piece: string, hit: boolean) => {
		if (piece) out.push({ text: piece, hit });
	};
	if (from > 0) push('…', false);
	let at = from;
	for (const [start, end] of marks) {
		if (end < at || start >= to) continue;
		const s = Math.max(start, at);
		const e = Math.min(end + 1, to);
		push(text.slice(at, s), false);
		push(text.slice(s, e), true);
		at = e;
	}
	push(text.slice(at, to), false);
	if (to < text.length) push('…', false);
	return out;
}
