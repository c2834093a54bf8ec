import type { AnswerRef, Answer, Question, WizardTree } from './types';

/** The question and answer an `AnswerRef` names, for "ruled out by your answer … to …". */
export function describeAnswer(
	tree: WizardTree,
	ref: AnswerRef
): { question: Question; answer: Answer } | null {
	const question = tree.questions.find((q) => q.id === ref.question);
	const answer = question?.answers.find((a) => a.id === ref.answer);
	return question && answer ? { question, answer } : null;
}
