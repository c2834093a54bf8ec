import { catalog } from '../../src/data/catalog';
import { searchData } from '../../src/data/search';
import { catalogBrief, socketBrief } from 'virtual:content/brief';
import { indexCatalog, indexCodes } from '../../src/lib/catalog/lookup';
import { createSearch } from '../../src/lib/search';
import { quickSearch } from '../../src/lib/search/quick';
import {
	appReader,
	evaluate,
	fuseBaseline,
	gatedReader,
	loadEvalSet,
	type Evaluation,
	type Metrics
} from './evaluate';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);

function table(name: string, evaluation: Evaluation): string {
	const row = (m: Metrics) =>
		`  ${m.kind.padEnd(14)} ${String(m.n).padStart(4)}  ${pct(m.top1)}  ${pct(m.top3)}  ${m.mrr.toFixed(3)}  ${pct(m.allowed)}`;
	return [
		name,
		`  ${'kind'.padEnd(14)} ${'n'.padStart(4)}  ${'top-1'.padStart(6)}  ${'top-3'.padStart(6)}  ${'MRR'.padStart(5)}  ${'rank ok'.padStart(6)}`,
		...evaluation.perKind.map(row),
		row(evaluation.overall)
	].join('\n');
}

/**
 * `npm run eval:search`: the search and the two fuse.js baselines over the same queries. With
 * `--misses`, also lists every query whose entry did not come first; `--no-baselines` skips the
 * baselines (minutes: fuse.js scans every text of the catalog for each query).
 */
export function report(args: readonly string[]): string {
	const set = loadEvalSet();
	const index = indexCatalog(catalog);
	const search = createSearch(index, searchData);
	const ours = evaluate(set, (q) => search(q).map((r) => r.entry.code));
	const holdout = loadEvalSet('holdout');
	const lines = [
		`Search evaluation: ${set.queries.length} queries (tests/eval/search-queries.json)`,
		'',
		table('This search', ours),
		'',
		table(
			`This search, held-out set: ${holdout.queries.length} queries never tuned on (tests/eval/search-holdout.json)`,
			evaluate(holdout, (q) => search(q).map((r) => r.entry.code))
		)
	];
	// What the first screen answers before the full search has loaded (issue 14): codes, titles
	// and aliases only, no lexicon, no typo correction.
	const brief = indexCodes(catalogBrief);
	const quick = (q: string) => quickSearch(brief, q, 'en', socketBrief).map((r) => r.entry.code);
	lines.push(
		'',
		table(
			'First screen, before the full search loads (quick search over the brief)',
			evaluate(set, quick)
		),
		'',
		table('First screen, held-out set', evaluate(holdout, quick))
	);
	// The real-world set goes through the app's whole reading (typed or pasted, as the set says).
	const realworld = loadEvalSet('realworld');
	const real = evaluate(realworld, appReader(index, search));
	lines.push(
		'',
		table(
			`The app's reading, real-world set: ${realworld.queries.length} texts, typed and pasted (tests/eval/realworld.json)`,
			real
		),
		'',
		table(
			'Baseline: the previous gate (a paste read by the parser alone, a query searched alone)',
			evaluate(realworld, gatedReader(index, search))
		)
	);
	if (!args.includes('--no-baselines')) {
		for (const [name, which] of [
			['search-queries.json', set],
			['realworld.json', realworld]
		] as const) {
			lines.push(
				'',
				table(
					`Baseline: fuse.js, whole query (${name})`,
					evaluate(which, fuseBaseline(catalog, false))
				),
				'',
				table(
					`Baseline: fuse.js, useTokenSearch (${name})`,
					evaluate(which, fuseBaseline(catalog, true))
				)
			);
		}
	}
	if (args.includes('--misses')) {
		lines.push('', 'Not first:');
		for (const m of [...ours.misses, ...real.misses]) {
			lines.push(
				`  [${m.query.kind}] ${m.query.expect} (allowed ${m.query.rank}) at ${m.rank ?? '-'}: ${m.query.q}`,
				`      got ${m.got.join(', ') || 'nothing'}`
			);
		}
	}
	return lines.join('\n');
}
