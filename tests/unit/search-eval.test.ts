import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog';
import { searchData } from '../../src/data/search';
import { indexCatalog } from '../../src/lib/catalog/lookup';
import { createSearch } from '../../src/lib/search';
import { evaluate, loadEvalSet } from '../eval/evaluate';

/** The quality bar of the search (issue #10): top-1 over the whole set and for each kind. */
const MIN_TOP1_OVERALL = 0.9;
const MIN_TOP1_PER_KIND = 0.85;
const MIN_QUERIES = 250;

const set = loadEvalSet();
const index = indexCatalog(catalog);

describe('the search evaluation set', () => {
	it('has at least 250 queries of the five kinds, each expecting an entry of the catalog', () => {
		expect(set.queries.length).toBeGreaterThanOrEqual(MIN_QUERIES);
		expect(set.kinds).toEqual([
			'en-sentence',
			'it-sentence',
			'typo-abbrev',
			'code-notation',
			'neighbour'
		]);
		const codes = new Set(catalog.map((e) => e.code));
		for (const q of set.queries) {
			expect(set.kinds, q.q).toContain(q.kind);
			expect(codes.has(q.expect), `${q.q} expects ${q.expect}`).toBe(true);
			expect(q.rank, q.q).toBeGreaterThanOrEqual(1);
		}
	});

	it('holds no query twice', () => {
		const seen = set.queries.map((q) => q.q.trim().toLowerCase());
		expect(new Set(seen).size).toBe(seen.length);
	});
});

describe('search quality on the evaluation set', () => {
	const search = createSearch(index, searchData);
	const result = evaluate(set, (q) => search(q).map((r) => r.entry.code));

	it(`ranks the right entry first for at least ${MIN_TOP1_OVERALL * 100}% of all queries`, () => {
		expect(result.overall.top1).toBeGreaterThanOrEqual(MIN_TOP1_OVERALL);
	});

	it.each(set.kinds)(`ranks it first for at least ${MIN_TOP1_PER_KIND * 100}%% of %s`, (kind) => {
		const metrics = result.perKind.find((m) => m.kind === kind);
		expect(metrics?.n).toBeGreaterThan(0);
		expect(metrics?.top1).toBeGreaterThanOrEqual(MIN_TOP1_PER_KIND);
	});
});
