import { expect, it } from 'vitest';
import { wizardTree } from '../../src/data/wizard';
import { wizardCauses } from '../../src/data';
import { exploreTree } from '../../src/lib/wizard/graph';
it('baseline distinct', () => {
  const rows: string[] = [];
  for (const from of [null, ...Object.keys(wizardCauses)]) {
    const e = exploreTree(wizardTree, wizardCauses, { from, answers: [] });
    const n = e.outcomes.length;
    const c = (k: string) => e.outcomes.filter((o) => o.certainty === k).length;
    const lens = e.outcomes.map((o) => o.path.length).sort((a, b) => a - b);
    rows.push(`| ${from ?? 'no code'} | ${e.states} | ${n} | ${c('confirmed')} (${(100*c('confirmed')/n).toFixed(1)}%) | ${c('likely')} | ${c('open')} | median ${lens[Math.floor((n-1)/2)]} |`);
  }
  console.log(rows.join('\n')); expect(rows.length).toBe(8);
});
