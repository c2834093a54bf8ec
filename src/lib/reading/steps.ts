/**
 * Work done in steps: a generator that yields between pieces of a reading (the parser's phases,
 * each evidence reader), so that a page reading a large paste itself (the single file, which has
 * no worker) can give the main thread back between them (`state/analyzer.ts` decides when). The
 * plain functions run the same steps at once: the result is the same however it is scheduled.
 * A new reader added to a list of steps yields after it like the others.
 */

/** A computation in steps: each `yield` is a point where the caller may pause. */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once and returns the result (a worker, the tests, a small paste). */
export function runSteps<T>(steps: Steps<T>): T {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}
