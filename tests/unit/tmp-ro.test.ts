import { expect, it } from 'vitest';
import { wizardTree } from '../../src/data/wizard';
import { wizardCauses } from '../../src/data';
it('ro', () => {
  const out: string[] = [];
  for (const [code, causes] of Object.entries(wizardCauses)) {
    for (const c of causes) {
      const by = wizardTree.questions.flatMap((q) => q.answers.filter((a) => a.effect.ruleOut?.includes(c)).map((a) => `${q.id}=${a.id}`));
      const conf = wizardTree.questions.flatMap((q) => q.answers.filter((a) => a.effect.confirm?.includes(c)).map((a) => `${q.id}=${a.id}`));
      out.push(`${code} ${c}: RO[${by.join(' ')}] CF[${conf.join(' ')}]`);
    }
  }
  console.log(out.join('\n'));
  expect(out.length).toBeGreaterThan(0);
});
