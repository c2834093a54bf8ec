import { expect, it } from 'vitest';
import { wizardTree } from '../../src/data/wizard';
import { wizardCauses } from '../../src/data';
import { begin, advance, askable } from '../../src/lib/wizard/engine';
it('walk2', () => {
  let c = begin(wizardTree, wizardCauses, '4.4.317');
  c = advance(wizardTree, wizardCauses, c, { question: 'partner-destination', answer: 'no' })!;
  c = advance(wizardTree, wizardCauses, c, { question: 'inner-reply', answer: 'winsock-995' })!;
  console.log(c.code, [...c.inPlay.keys()].join(','), c.idleRun, c.confirmed, askable(wizardTree, c).map((q) => q.id).join(','));
  expect(1).toBe(1);
});
