import type { Diagnosis } from '../parse/types';
import { answer, evaluate } from './engine';
import { UNKNOWN_ANSWER, type CausesByCode, type WizardState, type WizardTree } from './types';

/** Wizard answers that the error text itself proves, keyed by question id. */
export type Facts = Readonly<Record<string, string>>;

/**
 * What a diagnosis settles in the wizard: only what the error states outright (a certificate whose
 * subject does not match, a refused or timed-out connection, a name that does not resolve).
 */
export function factsFromDiagnosis(diagnosis: Diagnosis): Facts {
	const facts: Record<string, string> = {};
	const tls = diagnosis.tls?.kind;
	if (tls === 'subject-mismatch') facts['cert-name-matches'] = 'no';
	if (tls === 'expired') facts['cert-expired'] = 'yes';
	if (tls === 'starttls-required') facts['starttls-offered'] = 'no';
	// WSAECONNREFUSED / WSAETIMEDOUT: nothing accepted an SMTP session on port 25.
	if (diagnosis.socketError === 10061 || diagnosis.socketError === 10060)
		facts['server-reachable'] = 'no';
	if (diagnosis.dns !== null) facts['smarthost-resolves'] = 'no';
	return facts;
}

/**
 * A wizard state with the facts already answered. Questions asked before a fact's question, and
 * which the paste cannot answer, are answered "I don't know" (never decisive, and one Back away);
 * the state stops at the last fact used, so no guess is left at its end.
 */
export function prefill(
	tree: WizardTree,
	causesByCode: CausesByCode,
	from: string | null,
	facts: Facts
): WizardState {
	let state: WizardState = { from, answers: [] };
	let lastUseful = state;
	const unused = new Set(Object.keys(facts));
	for (let i = 0; i < tree.questions.length && unused.size > 0; i++) {
		const step = evaluate(tree, causesByCode, state).step;
		if (step.kind !== 'question') break;
		const id = step.question.id;
		const fact = facts[id];
		const next = answer(tree, causesByCode, state, id, fact ?? UNKNOWN_ANSWER);
		if (next === null) break;
		state = next;
		if (fact !== undefined) {
			unused.delete(id);
			lastUseful = state;
		}
	}
	return lastUseful;
}
