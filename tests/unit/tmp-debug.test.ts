import { expect, it } from 'vitest';
import { wizardTree } from '../../src/data/wizard';
import { catalog } from '../../src/data/catalog';
import { commands } from '../../src/data/commands';
import { wizardCauses } from '../../src/data';
import { validateTree } from '../../src/lib/wizard/graph';
import { pathFigures } from '../../src/lib/wizard/paths';
import { describeAnswer } from '../../src/lib/wizard/labels';
it('debug', { timeout: 600000 }, () => {
  const problems = validateTree(wizardTree, wizardCauses, catalog.flatMap((e) => e.causes.map((c) => c.id)), commands.map((c) => c.id));
  console.log(problems.slice(0, 40).join('\n'));
  const rows: string[] = [];
  for (const from of [null, ...Object.keys(wizardCauses)]) {
    const f = pathFigures(wizardTree, wizardCauses, { from, answers: [] }, (r) => describeAnswer(wizardTree, r)?.answer.evidence === 'belief');
    const pc = (n: number) => (100 * n / f.paths).toFixed(1) + '%';
    rows.push(`| ${from ?? 'no code'} | ${f.paths} | ${pc(f.byCertainty.confirmed)} | ${pc(f.byCertainty.likely)} | ${pc(f.byCertainty.open)} | ${f.confirmedByBelief} | ${f.median} | ${f.max} |`);
  }
  console.log(rows.join('\n'));
  expect(rows.length).toBe(8);
});
