import { BUSY_REPLY } from '../evidence/smtp';
import type { Diagnosis } from '../parse/types';
import { answer, evaluate } from './engine';
import { UNKNOWN_ANSWER, type CausesByCode, type WizardState, type WizardTree } from './types';

/** Wizard answers that the error text itself proves, keyed by question id. */
export type Facts = Readonly<Record<string, string>>;

/** A subject that is a bare server name (no dot): the server's own self-signed certificate. */
const SERVER_NAME_SUBJECT = /^CN=[^.,=\s]+$/i;

/**
 * What a diagnosis settles in the wizard: only what the error states outright (a certificate whose
 * subject does not match, the reply the server quoted, a name that does not resolve, an IPv6 address
 * tried). Each fact answers a question as the admin would after reading the error.
 */
export function factsFromDiagnosis(diagnosis: Diagnosis): Facts {
	const facts: Record<string, string> = {};
	const tls = diagnosis.tls;
	if (tls?.kind === 'subject-mismatch') {
		const presented = tls.presented?.trim() ?? '';
		facts['cert-name-matches'] = SERVER_NAME_SUBJECT.test(presented) ? 'server-name' : 'no';
	}
	if (tls?.kind === 'expired') facts['cert-expired'] = 'yes';
	if (tls?.kind === 'untrusted') facts['verify-result'] = 'untrusted';
	if (tls?.kind === 'starttls-required') facts['inner-reply'] = 'starttls-required';
	if (tls?.kind === 'negotiation-failed') facts['inner-reply'] = 'tls-failed';
	if (diagnosis.detail !== null && BUSY_REPLY.test(diagnosis.detail)) facts['inner-reply'] = 'busy';
	// WSA_OPERATION_ABORTED: the attempt ended before any SMTP session existed.
	if (diagnosis.socketError === 995) facts['inner-reply'] = 'winsock-995';
	if (diagnosis.ip?.includes(':') === true) facts['last-attempted-ip'] = 'ipv6';
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
