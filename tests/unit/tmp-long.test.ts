import { expect, it } from 'vitest';
import { wizardTree } from '../../src/data/wizard';
import { wizardCauses } from '../../src/data';
import { enumeratePaths } from '../../src/lib/wizard/graph';
it('long', () => {
  const { paths } = enumeratePaths(wizardTree, wizardCauses, { from: '4.4.317', answers: [] }, 100000);
  const hist = new Map<number, number>();
  for (const p of paths) hist.set(p.answers.length, (hist.get(p.answers.length) ?? 0) + 1);
  console.log([...hist].sort().join(' '));
  const firstQ = new Map<string, number>();
  for (const p of paths) { const k = p.answers.slice(0, 3).map((a) => a.question).join('>'); firstQ.set(k, (firstQ.get(k) ?? 0) + 1); }
  console.log([...firstQ].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${v} ${k}`).join('\n'));
  console.log(paths.filter((p) => p.answers.length >= 8).slice(0, 3).map((p) => p.answers.map((a) => `${a.question}=${a.answer}`).join(' ')).join('\n'));
  expect(paths.length).toBeGreaterThan(0);
});
