import { analyzePasteSteps, type PasteAnalysis } from '../lib/analysis';
import { inSlices } from './slices';

/**
 * Reads pastes, large ones in a worker when the page can start one (the hosted build; the worker
 * is same-origin, allowed by `default-src 'self'`, and precached for offline use). Where it cannot
 * (the single file opened from disk, a browser without workers, a worker that fails), the paste is
 * read in the page, a frame later, after the "reading" note has been painted.
 */
class PasteAnalyzer {
	#worker: Worker | null | undefined;
	#next = 0;
	#waiting = new Map<number, { text: string; now: Date; done: (a: PasteAnalysis) => void }>();

	/**
	 * Starts the worker ahead of the first large paste (when the query field gets the focus), so
	 * that paste does not wait for it, and a visit that pastes nothing never loads it.
	 */
	warm(): void {
		this.#start();
	}

	/** Reads `text` as of `now`; resolves once read, in the worker or in the page. */
	analyze(text: string, now: Date): Promise<PasteAnalysis> {
		return new Promise((done) => {
			const worker = this.#start();
			if (worker === null) {
				inSteps(text, now, done);
				return;
			}
			const id = this.#next++;
			this.#waiting.set(id, { text, now, done });
			worker.postMessage({ id, text, now: now.getTime() });
		});
	}

	#start(): Worker | null {
		if (this.#worker !== undefined) return this.#worker;
		this.#worker = null;
		if (import.meta.env.MODE === 'single' || typeof Worker === 'undefined') return null;
		try {
			const worker = new Worker(new URL('./paste.worker.ts', import.meta.url), { type: 'module' });
			worker.addEventListener(
				'message',
				(event: MessageEvent<{ id: number; analysis: PasteAnalysis }>) => {
					const waiting = this.#waiting.get(event.data.id);
					this.#waiting.delete(event.data.id);
					waiting?.done(event.data.analysis);
				}
			);
			worker.addEventListener('error', () => this.#fallBack());
			this.#worker = worker;
		} catch {
			this.#worker = null;
		}
		return this.#worker;
	}

	/** The worker failed: read what it was given in the page, and every later paste too. */
	#fallBack(): void {
		this.#worker?.terminate();
		this.#worker = null;
		for (const { text, now, done } of this.#waiting.values()) inSteps(text, now, done);
		this.#waiting.clear();
	}
}

/**
 * Reads a paste in the page in slices (state/slices.ts `inSlices`): the parser's phases and the
 * evidence readers are steps (lib/analysis.ts `analyzePasteSteps`), run a slice at a time, each
 * after the next paint, so the page stays responsive while megabytes are read.
 */
function inSteps(text: string, now: Date, done: (a: PasteAnalysis) => void): void {
	inSlices(analyzePasteSteps(text, now), done);
}

export const pasteAnalyzer = new PasteAnalyzer();
