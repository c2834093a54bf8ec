import type { TraceView } from '../lib/trace';
import { MAX_ROWS } from '../lib/trace/summary';
import { inSlices } from './slices';

/**
 * Reads a pasted or dropped message trace export: in a worker where the page can start one (the
 * hosted build, with papaparse), else in the page in slices (lib/trace/steps.ts, csv-lite.ts),
 * loaded on demand either way. The rows never leave the browser: the worker is the page's own
 * script.
 */
let worker: Worker | null | undefined;
let next = 0;
const waiting = new Map<number, { text: string; done: (view: TraceView) => void }>();

function start(): Worker | null {
	if (worker !== undefined) return worker;
	worker = null;
	if (import.meta.env.MODE === 'single' || typeof Worker === 'undefined') return null;
	try {
		const started = new Worker(new URL('./trace.worker.ts', import.meta.url), { type: 'module' });
		started.addEventListener('message', (event: MessageEvent<{ id: number; view: TraceView }>) => {
			const pending = waiting.get(event.data.id);
			waiting.delete(event.data.id);
			pending?.done(event.data.view);
		});
		started.addEventListener('error', () => {
			// Read in the page what the worker was given, and every later export too.
			worker = null;
			const pending = [...waiting.values()];
			waiting.clear();
			for (const { text, done } of pending) inPage(text, done);
		});
		worker = started;
	} catch {
		worker = null;
	}
	return worker;
}

/**
 * Where no worker runs (the single file, a browser that refuses one), the page reads as many rows
 * as the worker (MAX_ROWS, 200,000), in slices of about 20 ms (state/slices.ts) of at most 250
 * rows or 64 KiB each, so no task is long whatever the paste's size; past MAX_ROWS the lines left
 * are counted, 2 MB a step. JSON cannot be parsed in parts: the page parses at most
 * IN_PAGE_CHARS of it, or of a list or a table (JSON.parse of 2 MB takes a few ms).
 */
export const IN_PAGE_CHARS = 2_000_000;

/** A reading under way: its result, and a function that stops it (the paste changed). */
export interface TraceRead {
	readonly result: Promise<TraceView>;
	cancel(): void;
}

function inPage(
	text: string,
	done: (view: TraceView) => void,
	onRows?: (rows: number) => void
): () => void {
	let stop: (() => void) | null = null;
	let stopped = false;
	void import('../lib/trace/steps').then(({ viewTraceSteps }) => {
		if (stopped) return;
		stop = inSlices(viewTraceSteps(text, { rows: MAX_ROWS, chars: IN_PAGE_CHARS }, onRows), done);
	});
	return () => {
		stopped = true;
		stop?.();
	};
}

/**
 * The summary of an export, with the rows behind its groups; `onRows` hears how many rows the page
 * has read so far where it reads in slices (the worker answers once).
 */
export function readTraceExport(text: string, onRows?: (rows: number) => void): TraceRead {
	const started = start();
	if (started === null) {
		let cancel = () => {};
		const result = new Promise<TraceView>((done) => {
			cancel = inPage(text, done, onRows);
		});
		return { result, cancel };
	}
	const id = next++;
	const result = new Promise<TraceView>((done) => {
		waiting.set(id, { text, done });
		started.postMessage({ id, text });
	});
	return { result, cancel: () => waiting.delete(id) };
}
