import { catalog } from '../../src/data/catalog';
import { searchData } from '../../src/data/search';
import { indexCatalog } from '../../src/lib/catalog/lookup';
import type { Entry } from '../../src/lib/catalog/types';
import { createSearch } from '../../src/lib/search';
import { fuseBaseline, loadEvalSet } from '../eval/evaluate';
import { generatedCatalog } from '../fixtures/generated-catalog';

/**
 * Per-keystroke search time: every evaluation query typed letter by letter (each prefix is one
 * keystroke), on the shipped catalog and on generated catalogs of 1,000 and 10,000 entries, for
 * this search and the fuse.js baselines. Run by `npm run bench` from a Vite bundle, so the code is
 * measured as it ships, not through a test runner's module transforms.
 */

/** Longest a baseline is measured for, per catalog: fuse.js takes up to seconds per keystroke. */
const BASELINE_BUDGET_MS = 20_000;
/** On the generated catalogs, every n-th evaluation query is typed. */
const SAMPLE_EVERY = 8;

interface Row {
	readonly engine: string;
	readonly entries: number;
	readonly buildMs: number;
	readonly keystrokes: number;
	readonly p50: number;
	readonly p99: number;
	readonly max: number;
}

function keystrokesOf(queries: readonly string[]): string[] {
	return queries.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
}

function measure(
	engine: string,
	entries: readonly Entry[],
	build: () => (q: string) => unknown,
	keys: readonly string[],
	budgetMs = Infinity
): Row {
	const start = performance.now();
	const search = build();
	const buildMs = performance.now() - start;
	const times: number[] = [];
	const stop = performance.now() + budgetMs;
	for (const key of keys) {
		const t = performance.now();
		search(key);
		times.push(performance.now() - t);
		if (performance.now() > stop) break;
	}
	times.sort((a, b) => a - b);
	const at = (p: number) => times[Math.min(times.length - 1, Math.floor(times.length * p))] ?? NaN;
	return {
		engine,
		entries: entries.length,
		buildMs,
		keystrokes: times.length,
		p50: at(0.5),
		p99: at(0.99),
		max: times[times.length - 1] ?? NaN
	};
}

/** Runs the benchmark and returns its report, one line per engine and catalog. */
export function run(): string {
	const queries = loadEvalSet().queries.map((q) => q.q);
	const all = keystrokesOf(queries);
	const sample = keystrokesOf(queries.filter((_, i) => i % SAMPLE_EVERY === 0));
	const rows: Row[] = [];
	const catalogs: [readonly Entry[], readonly string[]][] = [
		[catalog, all],
		[generatedCatalog(catalog, 1000), sample],
		[generatedCatalog(catalog, 10_000), sample]
	];
	for (const [entries, keys] of catalogs) {
		// Warm the JIT on the small catalog first, as a page does on its first keystrokes.
		if (entries === catalog)
			measure(
				'warm-up',
				entries,
				() => createSearch(indexCatalog(entries), searchData),
				all.slice(0, 2000)
			);
		rows.push(
			measure('this search', entries, () => createSearch(indexCatalog(entries), searchData), keys)
		);
		rows.push(
			measure(
				'fuse.js, whole query',
				entries,
				() => fuseBaseline(entries, false),
				sample,
				BASELINE_BUDGET_MS
			)
		);
		rows.push(
			measure(
				'fuse.js, useTokenSearch',
				entries,
				() => fuseBaseline(entries, true),
				sample,
				BASELINE_BUDGET_MS
			)
		);
	}
	const ms = (x: number) =>
		(Number.isNaN(x) ? '-' : x < 10 ? x.toFixed(3) : x.toFixed(0)).padStart(9);
	return [
		'Search, per keystroke (Node, bundled; every prefix of the evaluation queries; ms)',
		`  ${'engine'.padEnd(26)}${'entries'.padStart(8)}${'build'.padStart(9)}${'keys'.padStart(8)}${'p50'.padStart(9)}${'p99'.padStart(9)}${'max'.padStart(9)}`,
		...rows.map(
			(r) =>
				`  ${r.engine.padEnd(26)}${String(r.entries).padStart(8)}${ms(r.buildMs)}${String(r.keystrokes).padStart(8)}${ms(r.p50)}${ms(r.p99)}${ms(r.max)}`
		),
		`  (fuse.js rows: the sampled queries, at most ${BASELINE_BUDGET_MS / 1000} s of keystrokes each)`
	].join('\n');
}
