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

	it('explains with the prose of the reader’s language first, then of the other one, as the catalog does', async () => {
		const engine = new SearchEngine();
		engine.start('it');
		await vi.waitFor(() => expect(engine.explained).toBe(true), { timeout: 20_000, interval: 20 });
		// Once the English prose is in too, an English query in the Italian interface is explained
		// by the English text the catalog-built index chooses (tests/unit/search-prebuilt.test.ts).
		const { createSearch } = await import('../../src/lib/search');
		const { indexCatalog } = await import('../../src/lib/catalog/lookup');
		const { catalog } = await import('../../src/data/catalog');
		const { searchData } = await import('../../src/data/search');
		const built = createSearch(indexCatalog(catalog), searchData);
		// Explained by the English prose of 5.7.606's meaning (tests/eval/realworld).
		const english =
			"The NAT rule for port 25 still points at the old server's internal IP, which doesn't run Exchange anymore, so Office 365 gets refused.";
		const shown = (results: readonly { entry: { code: string }; reason: unknown }[]) =>
			results.map((r) => ({ code: r.entry.code, reason: r.reason }));
		await vi.waitFor(
			() => expect(shown(engine.query(english, 'it'))).toEqual(shown(built(english, 'it'))),
			{ timeout: 20_000, interval: 50 }
		);
	});
});
