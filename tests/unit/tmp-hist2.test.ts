import { expect, it } from 'vitest';
(globalThis as { __UW?: number }).__UW = Number(process.env.UW ?? 1); (globalThis as { __OW?: number }).__OW = Number(process.env.OW ?? 1);
const { wizardTree } = await import('../../src/data/wizard');
const { wizardCauses } = await import('../../src/data');
const { pathFigures } = await import('../../src/lib/wizard/paths');
const { exploreTree } = await import('../../src/lib/wizard/graph');
it('hist', { timeout: 600000 }, () => {
  const rows: string[] = [];
  const idle = Number(process.env.IDLE ?? 2);
  const tree = { ...wizardTree, stopAfterIdle: idle };
  for (const from of [null, ...Object.keys(wizardCauses)]) {
    const f = pathFigures(tree, wizardCauses, { from, answers: [] }, () => false);
    const e = exploreTree(tree, wizardCauses, { from, answers: [] });
    const lens = e.outcomes.map((o) => o.path.length).sort((a, b) => a - b);
    const pc = (n: number) => (100 * n / f.paths).toFixed(1) + '%';
    rows.push(`R ${process.env.UW}/${idle} | ${from ?? 'no code'} | ${f.paths} | ${pc(f.byCertainty.confirmed)} | ${pc(f.byCertainty.likely)} | ${pc(f.byCertainty.open)} | med ${f.median} | max ${f.max} | outcomes ${e.outcomes.length} med ${lens[Math.floor((lens.length-1)/2)]}`);
  }
  console.log(rows.join('\n'));
  expect(rows.length).toBe(8);
});
