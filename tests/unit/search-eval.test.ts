import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog';
import { searchData } from '../../src/data/search';
import { indexCatalog } from '../../src/lib/catalog/lookup';
import { createSearch } from '../../src/lib/search';
import { appReader, evaluate, loadEvalSet, type EvalSet } from '../eval/evaluate';

/**
 * The quality bar (issue 21): top-1 over each whole set and for each kind of text in it. The
 * real-world set goes through the app's whole reading (readText), pasted texts as pastes.
 */
const MIN_TOP1_OVERALL = 0.95;
const MIN_TOP1_PER_KIND = 0.9;

const index = indexCatalog(catalog);
const codes = new Set(catalog.map((e) => e.code));
const search = createSearch(index, searchData);

/** Every query of a set names its kind and entries of the catalog, once. */
function checkFormat(set: EvalSet) {
	for (const q of set.queries) {
		expect(set.kinds, q.q).toContain(q.kind);
		expect(codes.has(q.expect), `${q.q} expects ${q.expect}`).toBe(true);
		for (const other of q.accept ?? [])
			expect(codes.has(other), `${q.q} accepts ${other}`).toBe(true);
		expect(q.rank, q.q).toBeGreaterThanOrEqual(1);
	}
	const seen = set.queries.map((q) => q.q.trim().toLowerCase());
	expect(new Set(seen).size).toBe(seen.length);
}

describe('the evaluation sets', () => {
	it('tuning: at least 250 queries of the five kinds, each expecting an entry, none twice', () => {
		const set = loadEvalSet('tuning');
		expect(set.queries.length).toBeGreaterThanOrEqual(250);
		expect(set.kinds).toEqual([
			'en-sentence',
			'it-sentence',
			'typo-abbrev',
			'code-notation',
			'neighbour'
		]);
		checkFormat(set);
	});

	it('real world: at least 200 texts of the seven kinds, typed and pasted, none twice', () => {
		const set = loadEvalSet('realworld');
		expect(set.queries.length).toBeGreaterThanOrEqual(200);
		expect(set.kinds).toEqual([
			'thread-title',
			'question-body',
			'code-free',
			'helpdesk',
			'ms-literal',
			'italian',
			'other-language'
		]);
		expect(set.queries.filter((q) => q.as === 'pasted').length).toBeGreaterThanOrEqual(50);
		checkFormat(set);
	});

	it('expect every entry of the catalog at least once: a new code comes with a query for it', () => {
		const expected = new Set(
			(['tuning', 'holdout', 'realworld'] as const).flatMap((which) =>
				loadEvalSet(which).queries.map((q) => q.expect)
			)
		);
		const missing = catalog.map((e) => e.code).filter((code) => !expected.has(code));
		// Add one to tests/eval/search-queries.json, written as an admin would write it (CONTRIBUTING.md).
		expect(missing).toEqual([]);
	});
});

describe.each([
	{
		name: 'tuning',
		set: loadEvalSet('tuning'),
		read: (q: string) => search(q).map((r) => r.entry.code)
	},
	{
		name: 'held-out',
		set: loadEvalSet('holdout'),
		read: (q: string) => search(q).map((r) => r.entry.code)
	},
	{ name: 'real-world', set: loadEvalSet('realworld'), read: appReader(index, search) }
])('search quality on the $name set', ({ set, read }) => {
	const result = evaluate(set, read);

	it(`ranks the right entry first for at least ${MIN_TOP1_OVERALL * 100}% of all texts`, () => {
		expect(result.overall.top1).toBeGreaterThanOrEqual(MIN_TOP1_OVERALL);
	});

	it.each(set.kinds)(`ranks it first for at least ${MIN_TOP1_PER_KIND * 100}%% of %s`, (kind) => {
		const metrics = result.perKind.find((m) => m.kind === kind);
		expect(metrics?.n).toBeGreaterThan(0);
		expect(metrics?.top1).toBeGreaterThanOrEqual(MIN_TOP1_PER_KIND);
	});
});
