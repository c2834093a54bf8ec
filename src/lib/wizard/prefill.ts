import { BUSY_REPLY } from '../evidence/smtp';
import type { Diagnosis } from '../parse/types';
import { evaluate } from './engine';
import type { CausesByCode, WizardState, WizardTree } from './types';

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
 * A wizard state with the facts already answered: each fact whose question the engine could ask at
 * that point is answered, in the tree's order, until none is left that it would accept. Nothing is
 * guessed: the questions the paste cannot answer are left for the admin.
 */
export function prefill(
	tree: WizardTree,
	causesByCode: CausesByCode,
	from: string | null,
	facts: Facts
): WizardState {
	let state: WizardState = { from, answers: [] };
	const unused = new Map(Object.entries(facts));
	for (let used = true; used && unused.size > 0;) {
		used = false;
		for (const question of tree.questions) {
			const fact = unused.get(question.id);
			if (fact === undefined) continue;
			const next = {
				from: state.from,
				answers: [...state.answers, { question: question.id, answer: fact }]
			};
			const evaluation = evaluate(tree, causesByCode, next);
			if (evaluation.consumed === next.answers.length) {
				state = evaluation.state;
				unused.delete(question.id);
				used = true;
				break;
			}
		}
	}
	return state;
}
