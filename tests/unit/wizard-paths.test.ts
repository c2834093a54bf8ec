/**
 * The wizard over every complete answer path of its tree, per start (no code, and each code it
 * covers): how long the paths are and how sure their conclusions (src/lib/wizard/paths.ts). The
 * figures are reported in BENCHMARKS.md; `WIZARD_REPORT=1 npx vitest run
 * tests/unit/wizard-paths.test.ts` prints the table.
 */
import { describe, expect, it } from 'vitest';
import { wizardTree } from '../../src/data/wizard';
import { wizardCauses } from '../../src/data';
import { describeAnswer } from '../../src/lib/wizard/labels';
import { pathFigures } from '../../src/lib/wizard/paths';
import type { PathFigures } from '../../src/lib/wizard/paths';
import type { AnswerRef } from '../../src/lib/wizard/types';

const codes = Object.keys(wizardCauses);
const isBelief = (ref: AnswerRef): boolean =>
	describeAnswer(wizardTree, ref)?.answer.evidence === 'belief';
const figures = new Map<string | null, PathFigures>(
	[null, ...codes].map((from) => [
		from,
		pathFigures(wizardTree, wizardCauses, { from, answers: [] }, isBelief)
	])
);
const of = (from: string | null): PathFigures => {
	const found = figures.get(from);
	if (found === undefined) throw new Error(`no figures from ${from}`);
	return found;
};

if (process.env['WIZARD_REPORT'] === '1') {
	const share = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
	const rows = [...figures].map(([from, f]) =>
		[
			from ?? 'no code',
			f.paths,
			share(f.byCertainty.confirmed, f.paths),
			share(f.byCertainty.likely, f.paths),
			share(f.byCertainty.open, f.paths),
			share(f.confirmedByBelief, f.paths),
			f.median,
			f.max
		].join(' | ')
	);
	console.log(rows.map((row) => `| ${row} |`).join('\n'));
}

describe('the wizard over every path of its tree', () => {
	it.each([null, ...codes])('from %s: no conclusion is confirmed by a belief', (from) => {
		const f = of(from);
		expect(f.paths).toBeGreaterThan(10);
		expect(f.confirmedByBelief).toBe(0);
		// Every path ends in a conclusion of one of the three kinds.
		const { confirmed, likely, open } = f.byCertainty;
		expect(confirmed + likely + open).toBe(f.paths);
		expect(confirmed).toBeGreaterThan(0);
		expect(open).toBeGreaterThan(0);
	});

	it.each(codes)('from %s: half the paths conclude within 4 answers', (from) => {
		expect(of(from).median).toBeLessThanOrEqual(4);
		expect(of(from).max).toBeLessThanOrEqual(6);
	});

	it('from scratch (the code question first, the stage when no code is known): within 5', () => {
		// Who owns the destination is asked at the conclusion (it changes no question), so it costs
		// no answer on the way.
		expect(of(null).median).toBeLessThanOrEqual(5);
		expect(of(null).max).toBeLessThanOrEqual(8);
	});

	it('confirms on under half of the paths: the rest say "likely" or "open", as the evidence allows', () => {
		for (const f of figures.values()) {
			expect(f.byCertainty.confirmed / f.paths).toBeLessThan(0.5);
		}
	});
});
