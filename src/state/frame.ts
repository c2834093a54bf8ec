/**
 * Runs `run` once the browser has painted the next frame, and returns a function that cancels it.
 * Work that can wait a frame (the results of a keystroke) then never delays the paint of what was
 * typed: the interaction ends with that paint, and the rest follows in the next task.
 */
export function afterNextPaint(run: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let frame: number | undefined;
	if (typeof requestAnimationFrame === 'function') {
		// A frame callback runs just before a paint; a task queued from it runs just after.
		frame = requestAnimationFrame(() => {
			frame = undefined;
			timer = setTimeout(run, 0);
		});
	} else {
		timer = setTimeout(run, 0);
	}
	return () => {
		if (frame !== undefined) cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}

/** Most main-thread time one slice of work in steps takes before the page gets the thread back. */
export const SLICE_MS = 20;

/**
 * Runs work in steps (lib/reading/steps.ts) in slices of about `SLICE_MS` each, every slice after
 * the next paint, then calls `done` with the result in a task of its own (rendering the result then
 * never adds to the last slice). The page paints and answers input between slices; a step longer
 * than a slice ends its slice. Returns a function that stops the work.
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
