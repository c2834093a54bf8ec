/**
 * The wizard tree: its questions, answers and groups of causes are data, in content/wizard.yaml,
 * validated and expanded at build time by the content plugin (scripts/content/wizard.ts). Imported
 * by the wizard page and the paste view only, so it stays out of the first screen's bundle.
 */
import { wizardTree } from 'virtual:content/wizard';
import type { Stage } from '../lib/path';

export { wizardTree };

/** The stage each wizard question probes (its `stage` in content/wizard.yaml). */
export const questionStages: Readonly<Record<string, Stage>> = Object.fromEntries(
	wizardTree.questions.flatMap((question) =>
		question.stage === undefined ? [] : [[question.id, question.stage] as const]
	)
);

/** The stage a question probes (highlighted in the picture while it is asked), or null. */
export function stageOfQuestion(question: string): Stage | null {
	return Object.hasOwn(questionStages, question) ? (questionStages[question] ?? null) : null;
}
