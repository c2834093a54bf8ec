import { expect, it } from 'vitest';
import { wizardTree } from '../../src/data/wizard';
import { wizardCauses } from '../../src/data';
import { pathFigures } from '../../src/lib/wizard/paths';
import { describeAnswer } from '../../src/lib/wizard/labels';
it('hist', { timeout: 600000 }, () => {
  const rows: string[] = [];
  for (const idle of [1, 2]) {
    const tree = { ...wizardTree, stopAfterIdle: idle };
    for (const from of [null, ...Object.keys(wizardCauses)]) {
      const f = pathFigures(tree, wizardCauses, { from, answers: [] }, (r) => describeAnswer(tree, r)?.answer.evidence === 'belief');
      const pc = (n: number) => (100 * n / f.paths).toFixed(1) + '%';
      rows.push(`idle ${idle} | ${from ?? 'no code'} | ${f.paths} | ${pc(f.byCertainty.confirmed)} | ${pc(f.byCertainty.likely)} | ${pc(f.byCertainty.open)} | ${f.median} | ${f.max} | ${[...f.byLength].sort((a,b)=>a[0]-b[0]).map(([l,c])=>l+':'+c).join(' ')}`);
    }
  }
  console.log(rows.join('\n'));
  expect(rows.length).toBe(16);
});
