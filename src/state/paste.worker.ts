/**
 * Reads large pastes off the main thread, so that typing and painting never wait for megabytes of
 * parsing (the hosted build; the single file and test runners read in the page instead).
 */
import { analyzePaste } from '../lib/analysis';

addEventListener('message', (event: MessageEvent<{ id: number; text: string; now: number }>) => {
	const { id, text, now } = event.data;
	postMessage({ id, analysis: analyzePaste(text, new Date(now)) });
});
