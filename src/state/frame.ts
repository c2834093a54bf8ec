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
