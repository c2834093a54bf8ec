/** Reads message trace exports off the main thread (100,000 rows take most of a second). */
import { parseCsvPapa } from '../lib/trace/csv';
import { viewTrace } from '../lib/trace/view';

addEventListener('message', (event: MessageEvent<{ id: number; text: string }>) => {
	const { id, text } = event.data;
	postMessage({ id, view: viewTrace(parseCsvPapa, text) });
});
