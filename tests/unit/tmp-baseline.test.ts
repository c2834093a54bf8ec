import { expect, it } from 'vitest';
import { wizardTree } from '../../src/data/wizard';
import { wizardCauses } from '../../src/data';
import { pathFigures } from '../../src/lib/wizard/paths';
const BELIEF = new Set(['partner-destination.yes','connector-route.uses-mx','connector-route.other-connector','fully-migrated.yes','isp-port-25.yes','nat-target.no','smarthost-value.no','smtp-inspection.yes','smtp-inspection.no']);
it('baseline', () => {
  const rows: string[] = [];
  for (const from of [null, ...Object.keys(wizardCauses)]) {
    const f = pathFigures(wizardTree, wizardCauses, { from, answers: [] }, (r) => BELIEF.has(`${r.question}.${r.answer}`));
    const pc = (n: number) => (100 * n / f.paths).toFixed(1) + '%';
    rows.push(`| ${from ?? 'no code'} | ${f.paths} | ${pc(f.byCertainty.confirmed)} | ${pc(f.byCertainty.likely)} | ${pc(f.byCertainty.open)} | ${pc(f.confirmedByBelief)} (${f.confirmedByBelief}) | ${f.median} | ${f.max} |`);
  }
  console.log(rows.join('\n')); expect(rows.length).toBeGreaterThan(0);
});
