import { afterNextPaint } from './frame';

/** Most main-thread time one slice of work in steps takes before the page gets the thread back. */
export const SLICE_MS = 20;

/**
 * Runs work in steps (lib/reading/steps.ts) in slices of about `SLICE_MS` each, every slice after
 * the next paint, then calls `done` with the result in a task of its own (rendering the result then
 * never adds to the last slice). The page paints and answers input between slices; a step longer
 * than a slice ends its slice. Returns a function that stops the work.
 * Apart from frame.ts, which the first screen loads: this comes with the paste reader.
 */
export function inSlices<T>(steps: Iterator<void, T, void>, done: (value: T) => void): () => void {
	let cancel = afterNextPaint(slice);
	function slice(): void {
		const end = performance.now() + SLICE_MS;
		for (;;) {
			const step = steps.next();
			if (step.done) {
				const value = step.value;
				cancel = afterNextPaint(() => done(value));
				return;
			}
			if (performance.now() >= end) break;
		}
		cancel = afterNextPaint(slice);
	}
	return () => cancel();
}
