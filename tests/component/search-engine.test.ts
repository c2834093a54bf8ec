import { describe, expect, it, vi } from 'vitest';
import { SearchEngine } from '../../src/state/search.svelte';

describe('the search engine of the page', () => {
	it('answers codes before its index is built, and everything once it is', async () => {
		const engine = new SearchEngine();
		expect(engine.ready).toBe(false);
		// Before the index (or with it, on a fast machine): the entry the code names comes first.
		expect(engine.query('550 5.4.316', 'en')[0]?.entry.code).toBe('4.4.316');
		expect(engine.query('', 'en').length).toBeGreaterThan(60);
		engine.start();
		await vi.waitFor(() => expect(engine.ready).toBe(true), { timeout: 20_000, interval: 20 });
		expect(engine.query('connection refused', 'en')[0]?.entry.code).toBe('4.4.316');
		expect(engine.query('certificato scaduto', 'it')[0]?.entry.code).toBe('4.7.320');
	});
});
