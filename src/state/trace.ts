import type { TraceView } from '../lib/trace';
import type { CsvParser } from '../lib/trace/csv-core';
import { afterNextPaint } from './frame';

/**
 * Reads a pasted or dropped message trace export: in a worker where the page can start one (the
 * hosted build), else in the page a frame later, with the CSV parser loaded on demand either way.
 * The rows never leave the browser: the worker is the page's own script.
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
			for (const { text, done } of pending) void inPage(text).then(done);
		});
		worker = started;
	} catch {
		worker = null;
	}
	return worker;
}

/**
 * Rows the page reads itself, where no worker runs (the single file, a browser that refuses one):
 * a frame's worth of work, so the page never waits long; the worker reads MAX_ROWS.
 */
export const IN_PAGE_ROWS = 2_000;
/** Longest JSON, list or table the page reads itself (JSON.parse of 2 MB takes a few ms). */
export const IN_PAGE_CHARS = 2_000_000;

/** The CSV parser of this build: papaparse, or the small one in the single file (its bytes). */
async function csvParser(): Promise<CsvParser> {
	if (import.meta.env.MODE === 'single')
		return (await import('../lib/trace/csv-lite')).parseCsvLite;
	return (await import('../lib/trace/csv')).parseCsvPapa;
}

async function inPage(text: string): Promise<TraceView> {
	const [{ viewTrace }, parse] = await Promise.all([import('../lib/trace/view'), csvParser()]);
	return new Promise((done) =>
		afterNextPaint(() => done(viewTrace(parse, text, { rows: IN_PAGE_ROWS, chars: IN_PAGE_CHARS })))
	);
}

/** The summary of an export, with the rows behind its groups. */
export function readTraceExport(text: string): Promise<TraceView> {
	const started = start();
	if (started === null) return inPage(text);
	return new Promise((done) => {
		const id = next++;
		waiting.set(id, { text, done });
		started.postMessage({ id, text });
	});
}
