import { describe, expect, it } from 'vitest';
import { wizardTree } from '../../src/data/wizard';
import { catalog } from '../../src/data/catalog';
import { commands } from '../../src/data/commands';
import { wizardCauses } from '../../src/data';
import { answer, back, evaluate, gateOpen, start, step } from '../../src/lib/wizard/engine';
import { prefill } from '../../src/lib/wizard/prefill';
import { describeAnswer } from '../../src/lib/wizard/labels';
import type { ConclusionStep, WizardStep } from '../../src/lib/wizard/engine';
import { exploreTree, validateTree } from '../../src/lib/wizard/graph';
import type { Outcome } from '../../src/lib/wizard/graph';
import { formatWizardState, parseWizardState } from '../../src/lib/wizard/state';
import { UNKNOWN_ANSWER } from '../../src/lib/wizard/types';
import type { AnswerRef, WizardState, WizardTree } from '../../src/lib/wizard/types';

/** The real causes by code (connector entries and "other"), as the app derives them. */
const causesByCode = wizardCauses;
const codes = Object.keys(causesByCode);
const catalogCauses = catalog.flatMap((e) => e.causes.map((c) => c.id));
const commandIds = commands.map((c) => c.id);
/** Every cause the wizard can conclude with: the causes of the entries it covers. */
const wizardCauseIds = [...new Set(Object.values(causesByCode).flat())];

function refs(text: string): AnswerRef[] {
	return text
		.split(' ')
		.filter((part) => part !== '')
		.map((part) => {
			const [question = '', answerId = ''] = part.split('=');
			return { question, answer: answerId };
		});
}

function stepFor(from: string | null, answers: string): WizardStep {
	return step(wizardTree, causesByCode, { from, answers: refs(answers) });
}

function ids(causes: readonly { readonly id: string }[]): string[] {
	return causes.map((cause) => cause.id);
}

/**
 * Plays the wizard as an admin who knows `facts` (question id -> answer id) and answers "I don't
 * know" to everything else, until it concludes. Each fact is given as soon as the engine accepts
 * an answer to its question (as a paste's facts are), so the situation is modelled, not the order
 * of the questions.
 */
function walk(
	from: string | null,
	facts: Readonly<Record<string, string>>
): { state: WizardState; conclusion: ConclusionStep } {
	let state = prefill(wizardTree, causesByCode, from, facts);
	for (let guard = 0; guard < wizardTree.questions.length + 1; guard++) {
		const current = step(wizardTree, causesByCode, state);
		if (current.kind === 'conclusion') return { state, conclusion: current };
		const id = current.question.id;
		const next = answer(wizardTree, causesByCode, state, id, facts[id] ?? UNKNOWN_ANSWER);
		if (next === null) throw new Error(`"${facts[id] ?? UNKNOWN_ANSWER}" does not answer ${id}`);
		state = next;
	}
	throw new Error('the wizard did not conclude');
}

const explorations = new Map(
	[null, ...codes].map((from) => [
		from,
		exploreTree(wizardTree, causesByCode, start(causesByCode, from))
	])
);
function outcomesFrom(from: string | null): readonly Outcome[] {
	return explorations.get(from)?.outcomes ?? [];
}
const allOutcomes = [...explorations.values()].flatMap((exploration) => exploration.outcomes);

describe('wizard tree (src/data/wizard.ts) as a graph, over the real catalog', () => {
	it('has no problem: ids resolve, no cycle, no dead end, no overclaim, every cause reachable', () => {
		expect(validateTree(wizardTree, causesByCode, catalogCauses, commandIds)).toEqual([]);
	});

	it('explores every path from scratch and from each code without a cycle or a dead end', () => {
		for (const exploration of explorations.values()) expect(exploration.problems).toEqual([]);
		expect(allOutcomes.length).toBeGreaterThan(300);
	});

	it('reaches at least 30 distinct causes first by clicking from #/wizard: all of them', () => {
		const reached = new Set<string>();
		for (const code of codes) {
			const picked = { from: null, answers: refs(`symptom=${code}`) };
			for (const cause of exploreTree(wizardTree, causesByCode, picked).firstRanked.keys()) {
				reached.add(cause);
			}
		}
		expect(reached.size).toBeGreaterThanOrEqual(30);
		expect([...reached].sort()).toEqual([...wizardCauseIds].sort());
	});

	it('ends every path in at least one cause', () => {
		for (const outcome of allOutcomes) expect(outcome.causes.length).toBeGreaterThan(0);
	});

	it('confirms a cause only through an answer on its path declared to confirm it', () => {
		let confirmed = 0;
		for (const outcome of allOutcomes.filter((o) => o.certainty === 'confirmed')) {
			const by = outcome.confirmedBy;
			expect(by).not.toBeNull();
			expect(outcome.path).toContainEqual(by);
			const question = wizardTree.questions.find((q) => q.id === by?.question);
			const declared = question?.answers.find((a) => a.id === by?.answer)?.effect.confirm;
			expect(declared).toContain(outcome.causes[0]);
			confirmed++;
		}
		expect(confirmed).toBeGreaterThan(100);
	});

	it('confirms and rules out only through observed answers: a belief only ranks', () => {
		let beliefs = 0;
		for (const question of wizardTree.questions) {
			for (const candidate of question.answers) {
				if (candidate.id === UNKNOWN_ANSWER) continue;
				expect(candidate.evidence, `${question.id}=${candidate.id}`).toMatch(/^(observed|belief)$/);
				if (candidate.evidence !== 'belief') continue;
				beliefs++;
				expect(candidate.effect.confirm ?? [], `${question.id}=${candidate.id}`).toEqual([]);
				expect(candidate.effect.ruleOut ?? [], `${question.id}=${candidate.id}`).toEqual([]);
			}
		}
		expect(beliefs).toBeGreaterThan(10);
		for (const outcome of allOutcomes.filter((o) => o.certainty === 'confirmed')) {
			const by = outcome.confirmedBy;
			expect(by && describeAnswer(wizardTree, by)?.answer.evidence).toBe('observed');
		}
	});

	it('never ends "confirmed" on a path of "I don\'t know" answers only', () => {
		let unknownOnly = 0;
		for (const code of codes) {
			for (const outcome of outcomesFrom(code)) {
				if (outcome.path.every((ref) => ref.answer === UNKNOWN_ANSWER)) {
					expect(outcome.certainty).toBe('open');
					unknownOnly++;
				}
			}
		}
		expect(unknownOnly).toBeGreaterThan(0);
	});

	it('says "likely" only when the others were ruled out or the answers point to one cause', () => {
		const likely = allOutcomes.filter((o) => o.certainty === 'likely');
		expect(likely.length).toBeGreaterThan(0);
		for (const outcome of likely) {
			expect(['eliminated', 'ranked']).toContain(outcome.basis);
		}
		const exhausted = allOutcomes.filter((o) => o.basis === 'exhausted');
		expect(exhausted.length).toBeGreaterThan(0);
		for (const outcome of exhausted) {
			expect(outcome.certainty).toBe('open');
			expect(outcome.causes).toHaveLength(1);
			expect(outcome.causes[0]).toMatch(/^unlisted-/);
		}
	});

	it('ends "ranked" only where the admin could not answer a separating question', () => {
		const ranked = allOutcomes.filter((o) => o.basis === 'ranked');
		expect(ranked.length).toBeGreaterThan(0);
		for (const outcome of ranked) {
			expect(outcome.path.some((ref) => ref.answer === UNKNOWN_ANSWER)).toBe(true);
		}
	});

	it('closes every conclusion with the code\'s "not listed" cause, except a confirmed one', () => {
		let closed = 0;
		for (const code of codes) {
			for (const outcome of outcomesFrom(code)) {
				// Winsock 995 under 4.4.317 turns to 4.4.315: the code in scope at the end closes it.
				const unlisted = wizardTree.unlisted?.byCode[outcome.code ?? code];
				if (outcome.certainty !== 'confirmed') {
					expect(outcome.causes.at(-1)).toBe(unlisted);
					closed++;
				}
			}
		}
		expect(closed).toBeGreaterThan(0);
	});

	it('shows the fix that stops mail flow to on-premises only after "migration complete: yes"', () => {
		const migrated = 'migrated-on-prem-shut-down';
		let concluded = 0;
		for (const outcome of outcomesFrom('4.4.316')) {
			if (outcome.causes[0] !== migrated) continue;
			concluded++;
			const said = outcome.path.some(
				(ref) => ref.question === 'fully-migrated' && ref.answer === 'yes'
			);
			expect(gateOpen(wizardTree, migrated, outcome.path)).toBe(said);
			if (!said) expect(outcome.certainty).not.toBe('confirmed');
		}
		expect(concluded).toBeGreaterThan(1);
	});

	it("asks from each code only questions about that code's causes, and the scope question", () => {
		// The codes an answer turns to (Winsock 995 under 4.4.317: 4.4.315's causes).
		const turnsTo = wizardTree.questions
			.filter((q) => q.id !== 'symptom' && q.id !== 'stage')
			.flatMap((q) => q.answers.map((a) => a.effect.code))
			.filter((code) => code !== undefined);
		expect(turnsTo).toEqual(['4.4.315']);
		for (const code of codes) {
			const own = new Set([
				...(causesByCode[code] ?? []),
				...(code === '4.4.317' ? turnsTo.flatMap((other) => causesByCode[other] ?? []) : [])
			]);
			for (const id of explorations.get(code)?.asked ?? []) {
				const question = wizardTree.questions.find((q) => q.id === id);
				const scope = id === 'partner-destination';
				expect(scope || question?.appliesTo.some((cause) => own.has(cause))).toBe(true);
			}
		}
	});

	it('lets "I don\'t know" neither rule out nor confirm; only an unknown stage picks "other"', () => {
		for (const question of wizardTree.questions) {
			const unknown = question.answers.find((candidate) => candidate.id === UNKNOWN_ANSWER);
			expect(unknown?.effect.ruleOut ?? []).toEqual([]);
			expect(unknown?.effect.confirm ?? []).toEqual([]);
			expect(unknown?.effect.code).toBe(question.id === 'stage' ? 'other' : undefined);
		}
	});

	it('never asks about or rules out a "not listed" cause', () => {
		const unlisted = new Set(Object.values(wizardTree.unlisted?.byCode ?? {}));
		expect(unlisted.size).toBe(codes.length);
		for (const question of wizardTree.questions) {
			const touched = question.answers.flatMap((a) => [
				...(a.effect.keep ?? []),
				...(a.effect.ruleOut ?? []),
				...(a.effect.confirm ?? [])
			]);
			for (const cause of [...question.appliesTo, ...touched])
				expect(unlisted.has(cause)).toBe(false);
		}
	});

	it('asks "which error?" first from scratch, then the stage when no code is known', () => {
		expect(stepFor(null, '')).toMatchObject({ kind: 'question', question: { id: 'symptom' } });
		expect(stepFor(null, 'symptom=unknown')).toMatchObject({ question: { id: 'stage' } });
		expect(stepFor(null, 'symptom=unknown stage=refused')).toMatchObject({ code: '4.4.316' });
		// From a code, a question about its causes: who owns the destination changes no question,
		// so it is asked at the conclusion.
		for (const code of codes) {
			const first = stepFor(code, '');
			expect(first.kind).toBe('question');
			expect(first.kind === 'question' && first.question.id).not.toBe('partner-destination');
		}
	});

	it('puts the same causes in play after picking a code as when starting from its entry', () => {
		for (const code of codes) {
			const picked = stepFor(null, `symptom=${code}`);
			const entered = stepFor(code, '');
			expect(picked.kind === 'question' && ids(picked.inPlay)).toEqual(
				entered.kind === 'question' && ids(entered.inPlay)
			);
			expect(picked).toMatchObject({ code, ruledOut: [] });
		}
	});

	it.each(codes)(
		'answering "I don\'t know" from %s concludes at once, every cause open, with no owner',
		(from) => {
			const { state, conclusion } = walk(from, {});
			// One question about the causes (the scope question waits for the conclusion).
			expect(state.answers).toHaveLength(1);
			expect(conclusion).toMatchObject({
				basis: 'ranked',
				certainty: 'open',
				ruledOut: [],
				owner: null,
				stoppedIdle: true
			});
			expect(ids(conclusion.causes).sort()).toEqual([...(causesByCode[from] ?? [])].sort());
		}
	);
});

/** What the conclusion of a situation says: its first cause, how sure, and what confirmed it. */
function verdict(from: string, facts: Readonly<Record<string, string>>) {
	const { conclusion } = walk(from, { 'partner-destination': 'no', ...facts });
	return {
		cause: conclusion.causes[0]?.id,
		certainty: conclusion.certainty,
		confirmedBy: conclusion.confirmedBy
	};
}

/** The conclusion and what it ruled out, for the findings' regression paths. */
function concluded(from: string, facts: Readonly<Record<string, string>>) {
	const { state, conclusion } = walk(from, facts);
	return { state, conclusion, ruledOut: conclusion.ruledOut.map((entry) => entry.cause) };
}

describe('wizard situations admins hit', () => {
	it('certificate renewed, receive connector still names the old one: stale TlsCertificateName, confirmed by the connector setting', () => {
		expect(
			verdict('4.4.317', {
				'inner-reply': 'starttls-required',
				'exchange-server-checks': 'stale-name'
			})
		).toEqual({
			cause: 'stale-tls-certificate-name',
			certainty: 'confirmed',
			confirmedBy: { question: 'exchange-server-checks', answer: 'stale-name' }
		});
		// The paste reader's proof of the same (Get-ReceiveConnector beside Get-ExchangeCertificate).
		expect(verdict('4.4.317', { 'tls-certificate-name': 'old' })).toMatchObject({
			cause: 'stale-tls-certificate-name',
			certainty: 'confirmed'
		});
	});

	it("4.7.320 presenting the server's own self-signed name points to the certificate binding or its status, open until checked", () => {
		const selfSigned = { 'certificate-check': 'server-name' };
		const { conclusion } = walk('4.7.320', { 'partner-destination': 'no', ...selfSigned });
		expect(conclusion.certainty).toBe('open');
		// Exchange presents its self-signed certificate when the one bound is gone or unusable.
		const kept = conclusion.causes.filter((c) => c.score === 1).map((c) => c.id);
		expect(kept.sort()).toEqual(
			[
				'cert-revocation-check-failed',
				'partial-fix-behind-balancer',
				'stale-tls-certificate-name'
			].sort()
		);
		expect(
			verdict('4.7.320', { ...selfSigned, 'exchange-server-checks': 'stale-name' })
		).toMatchObject({ cause: 'stale-tls-certificate-name', certainty: 'confirmed' });
	});

	it('several servers behind the balancer, one still old: only some servers were fixed', () => {
		expect(verdict('4.7.320', { 'lb-servers': 'one-differs' })).toMatchObject({
			cause: 'partial-fix-behind-balancer',
			certainty: 'confirmed'
		});
	});

	it('the firewall log shows Microsoft 365 dropped at the failure times: the firewall', () => {
		expect(verdict('4.4.315', { 'firewall-allows': 'log-drops' })).toMatchObject({
			cause: 'firewall-drops-m365',
			certainty: 'confirmed'
		});
	});

	it('port 25 dead on the server itself: nothing listening; a NAT rule read in the firewall only ranks', () => {
		expect(verdict('4.4.316', { 'fully-migrated': 'no', 'server-listening': 'no' })).toMatchObject({
			cause: 'nothing-listening',
			certainty: 'confirmed'
		});
		const nat = verdict('4.4.316', { 'fully-migrated': 'no', 'nat-target': 'no' });
		expect(nat.certainty).not.toBe('confirmed');
	});

	it('250-XXXXXXXA in the EHLO reply: the firewall strips STARTTLS (4.4.317) or breaks the session (4.4.318)', () => {
		expect(verdict('4.4.317', { 'ehlo-reply': 'masked' })).toMatchObject({
			cause: 'smtp-inspection-strips-starttls',
			certainty: 'confirmed'
		});
		expect(verdict('4.4.318', { 'ehlo-reply': 'masked' })).toMatchObject({
			cause: 'firewall-smtp-inspection',
			certainty: 'confirmed'
		});
	});

	it('452 4.3.1 or 421 4.3.2 quoted in the error: back pressure, limits or maintenance', () => {
		expect(verdict('4.4.317', { 'inner-reply': 'busy' })).toMatchObject({
			cause: 'server-busy-or-maintenance',
			certainty: 'confirmed'
		});
	});

	it('TLS negotiation failed and only -tls1 completes: the server offers TLS 1.0/1.1 only', () => {
		expect(
			verdict('4.4.317', { 'inner-reply': 'tls-failed', 'tls-handshake': 'only-old' })
		).toMatchObject({ cause: 'tls-old-versions-only', certainty: 'confirmed' });
	});

	it('certificate status RevocationCheckFailure: the revocation check fails, under 4.7.320 and 4.4.317', () => {
		expect(verdict('4.7.320', { 'cert-status': 'revocation' })).toMatchObject({
			cause: 'cert-revocation-check-failed',
			certainty: 'confirmed'
		});
		expect(verdict('4.4.317', { 'exchange-server-checks': 'revocation' })).toMatchObject({
			cause: 'cert-revocation-check-failed',
			certainty: 'confirmed'
		});
	});

	it('the name resolves inside but DNSSEC fails outside: DNSSEC, delegation or internal-only name', () => {
		expect(
			verdict('4.4.312', { 'smarthost-resolves': 'no', 'dns-outside-check': 'dnssec' })
		).toMatchObject({ cause: 'dns-unresolvable-outside', certainty: 'confirmed' });
	});

	it('the provider says it blocks inbound port 25: a belief, so likely at most, never confirmed', () => {
		const { conclusion } = concluded('4.4.315', {
			'partner-destination': 'no',
			'isp-port-25': 'yes'
		});
		expect(conclusion.certainty).not.toBe('confirmed');
		expect(ids(conclusion.causes)).toContain('isp-blocks-port-25');
	});

	it('4.4.316 with "I don\'t know" to the migration never concludes "on-premises retired" as confirmed, and keeps its fix gated', () => {
		const { state, conclusion } = walk('4.4.316', {
			'partner-destination': 'no',
			'fully-migrated': 'unknown'
		});
		expect(conclusion.certainty).not.toBe('confirmed');
		expect(gateOpen(wizardTree, 'migrated-on-prem-shut-down', state.answers)).toBe(false);
	});

	it('4.4.316 after "migration complete, nothing left on premises": confirmed, and the gated fix opens', () => {
		const { state, conclusion } = walk('4.4.316', {
			'partner-destination': 'no',
			'fully-migrated': 'yes'
		});
		expect(conclusion).toMatchObject({
			certainty: 'confirmed',
			confirmedBy: { question: 'fully-migrated', answer: 'yes' }
		});
		expect(conclusion.causes[0]?.id).toBe('migrated-on-prem-shut-down');
		expect(gateOpen(wizardTree, 'migrated-on-prem-shut-down', state.answers)).toBe(true);
	});

	it('4.4.317 with STARTTLS working and every listed cause ruled out ends at the next evidence', () => {
		expect(
			verdict('4.4.317', {
				'inner-reply': 'starttls-required',
				'exchange-server-checks': 'all-fine',
				'ehlo-reply': 'starttls-tls12',
				'connector-route': 'yes',
				'lb-servers': 'all-checked'
			})
		).toEqual({ cause: 'unlisted-4-4-317', certainty: 'open', confirmedBy: null });
	});

	it('4.4.315 concludes "server down" only with a check of the server, never from silence', () => {
		expect(verdict('4.4.315', { 'server-listening': 'off' })).toMatchObject({
			cause: 'server-down',
			certainty: 'confirmed'
		});
		expect(verdict('4.4.315', {}).certainty).toBe('open');
	});

	it.each([
		['ehlo-reply', 'masked', 'firewall-smtp-inspection'],
		['server-resources', 'crashes', 'server-unhealthy'],
		['path-quality', 'log-resets', 'network-problems']
	])('4.4.318 asks what separates its causes: %s=%s confirms %s', (question, answerId, cause) => {
		expect(verdict('4.4.318', { [question]: answerId })).toMatchObject({
			cause,
			certainty: 'confirmed'
		});
	});

	it('"other" asks what separates its causes instead of ranking them', () => {
		expect(verdict('other', { 'destination-checks': 'one-fails' })).toMatchObject({
			cause: 'other-destination-problem',
			certainty: 'confirmed'
		});
		expect(verdict('other', { 'connector-settings': 'validation-fails' })).toMatchObject({
			cause: 'connector-misconfigured',
			certainty: 'confirmed'
		});
		// A setting that looks wrong is the admin's reading: it ranks the cause, it proves nothing.
		expect(verdict('other', { 'connector-settings': 'wrong' }).certainty).not.toBe('confirmed');
	});

	it("[Message=UntrustedRoot] in a 4.4.317: the server sends no intermediate (Microsoft's UntrustedRoot page)", () => {
		expect(verdict('4.4.317', { 'inner-reply': 'untrusted-root' })).toEqual({
			cause: 'missing-intermediate',
			certainty: 'confirmed',
			confirmedBy: { question: 'inner-reply', answer: 'untrusted-root' }
		});
	});
});

describe("the domain review's findings 1-12, as wizard paths (docs/sources.md)", () => {
	it("1: a partner's server is scope: the questions go on and the cause is still found, with the partner's texts", () => {
		for (const code of codes) {
			const next = stepFor(code, 'partner-destination=yes');
			expect(next).toMatchObject({ kind: 'question', owner: 'partner' });
		}
		const { conclusion } = concluded('4.7.320', {
			'partner-destination': 'yes',
			'certificate-check': 'name-mismatch'
		});
		// A TlsDomain the partner's renewed certificate no longer covers: fixed on the tenant's connector.
		expect(conclusion).toMatchObject({ owner: 'partner', certainty: 'confirmed' });
		expect(conclusion.causes[0]?.id).toBe('cert-subject-mismatch');
		expect(catalogCauses).not.toContain('partner-server');
	});

	it('2: ruling out every listed cause ends "none of the listed causes", open, whoever owns the server', () => {
		const facts = {
			'partner-destination': 'unknown',
			'inner-reply': 'starttls-required',
			'exchange-server-checks': 'all-fine',
			'ehlo-reply': 'starttls-tls12',
			'connector-route': 'yes',
			'lb-servers': 'all-checked'
		};
		const { conclusion } = concluded('4.4.317', facts);
		expect(conclusion).toMatchObject({ basis: 'exhausted', certainty: 'open', owner: null });
		expect(ids(conclusion.causes)).toEqual(['unlisted-4-4-317']);
	});

	it('3: the route is confirmed by the report or the alert, not by UseMXRecord or another connector in the settings', () => {
		for (const setting of ['uses-mx', 'other-connector']) {
			const { conclusion, ruledOut } = concluded('4.4.312', {
				'partner-destination': 'no',
				'connector-route': setting
			});
			expect(conclusion.certainty).not.toBe('confirmed');
			expect(ruledOut).not.toContain('routed-elsewhere');
			expect(conclusion.causes.find((c) => c.id === 'routed-elsewhere')?.score).toBe(1);
		}
		expect(verdict('4.4.312', { 'connector-route': 'report-other' })).toEqual({
			cause: 'routed-elsewhere',
			certainty: 'confirmed',
			confirmedBy: { question: 'connector-route', answer: 'report-other' }
		});
	});

	it('4: a passing connector validation rules no firewall out', () => {
		const { ruledOut, conclusion } = concluded('4.4.315', {
			'partner-destination': 'no',
			'connector-validation': 'yes'
		});
		expect(ruledOut).toEqual([]);
		expect(ids(conclusion.causes)).toEqual(
			expect.arrayContaining(['firewall-drops-m365', 'isp-blocks-port-25'])
		);
	});

	it('5: "451 5.7.3 STARTTLS is required" keeps the TLS 1.0/1.1-only server in play', () => {
		const { ruledOut, conclusion } = concluded('4.4.317', {
			'partner-destination': 'no',
			'inner-reply': 'starttls-required'
		});
		expect(ruledOut).not.toContain('tls-old-versions-only');
		expect(conclusion.causes.find((c) => c.id === 'tls-old-versions-only')?.score).toBe(1);
		expect(ruledOut).toEqual(
			expect.arrayContaining(['server-immediate-error', 'server-busy-or-maintenance'])
		);
	});

	it('6: "no firewall inspects SMTP" rules out no inspection; the EHLO test through the firewall does', () => {
		const belief = concluded('4.4.318', { 'partner-destination': 'no', 'smtp-inspection': 'no' });
		expect(belief.ruledOut).not.toContain('firewall-smtp-inspection');
		const seen = concluded('4.4.318', { 'partner-destination': 'no', 'ehlo-reply': 'starttls' });
		expect(seen.ruledOut).toContain('firewall-smtp-inspection');
	});

	it('7: openssl\'s "unable to get local issuer certificate" ranks, -showcerts proves', () => {
		const hint = concluded('4.4.317', {
			'partner-destination': 'no',
			'verify-result': 'untrusted'
		});
		expect(hint.conclusion.certainty).not.toBe('confirmed');
		expect(verdict('4.4.317', { 'verify-result': 'chain-incomplete' })).toMatchObject({
			cause: 'missing-intermediate',
			certainty: 'confirmed'
		});
		const under320 = concluded('4.7.320', {
			'partner-destination': 'no',
			'verify-result': 'untrusted'
		});
		expect(under320.conclusion.certainty).not.toBe('confirmed');
	});

	it('8: a ping that finds a smaller MTU ranks; resets in the firewall log at the failure times prove', () => {
		expect(verdict('4.4.318', { 'path-quality': 'yes' }).certainty).not.toBe('confirmed');
		expect(verdict('4.4.318', { 'path-quality': 'log-resets' })).toMatchObject({
			cause: 'network-problems',
			certainty: 'confirmed'
		});
	});

	it('9: a closed IPv6 port 25 proves the AAAA cause only when the last attempt went over IPv6', () => {
		expect(verdict('4.4.315', { 'ipv6-open': 'closed' }).certainty).not.toBe('confirmed');
		expect(verdict('4.4.315', { 'ipv6-open': 'closed-last-ipv6' })).toMatchObject({
			cause: 'aaaa-without-ipv6',
			certainty: 'confirmed'
		});
	});

	it('10: Winsock 995 under 4.4.317 turns the wizard to the causes of a connection that does not complete', () => {
		const { conclusion, ruledOut, state } = concluded('4.4.317', {
			'partner-destination': 'no',
			'inner-reply': 'winsock-995',
			'server-listening': 'off'
		});
		expect(conclusion).toMatchObject({ code: '4.4.315', certainty: 'confirmed' });
		expect(conclusion.causes[0]?.id).toBe('server-down');
		expect(state.answers.length).toBe(3);
		for (const cause of [
			'server-immediate-error',
			'tls-required-not-supported',
			'stale-tls-certificate-name'
		]) {
			expect(ruledOut).toContain(cause);
		}
	});

	it('11: an error instead of the greeting does not point to back pressure or maintenance', () => {
		const errorAnswer = wizardTree.questions
			.find((q) => q.id === 'ehlo-reply')
			?.answers.find((a) => a.id === 'error');
		expect(errorAnswer?.effect.keep).toEqual(['server-immediate-error']);
	});

	it('12: DomainValidation with an empty TlsDomain is an answer of its own, a belief that ranks the name check', () => {
		const empty = wizardTree.questions
			.find((q) => q.id === 'tls-required')
			?.answers.find((a) => a.id === 'domain-validation-empty');
		expect(empty).toMatchObject({
			evidence: 'belief',
			effect: { keep: ['cert-subject-mismatch', 'tls-required-not-supported'] }
		});
		expect(empty?.effect.ruleOut).toBeUndefined();
	});
});

describe('wizard engine, on small trees', () => {
	const yesNo = (id: string, cause: string) => ({
		id,
		text: { en: `${id}?`, it: `${id}?` },
		appliesTo: [cause],
		answers: [
			{ id: 'yes', label: { en: 'Yes', it: 'Sì' }, effect: { confirm: [cause] } },
			{ id: 'no', label: { en: 'No', it: 'No' }, effect: { ruleOut: [cause] } },
			{ id: 'hint', label: { en: 'Hint', it: 'Indizio' }, effect: { keep: [cause] } },
			{ id: 'unknown', label: { en: '?', it: '?' }, effect: {} }
		]
	});
	const tiny: WizardTree = {
		alwaysInPlay: [],
		questions: [yesNo('qa', 'a'), yesNo('qb', 'b')],
		unlisted: { byCode: { x: 'u' }, withoutCode: 'u' },
		gates: [{ cause: 'a', question: 'qa', answer: 'yes' }]
	};
	const map = { x: ['a', 'b', 'u'] };
	const at = (answers: string) => step(tiny, map, { from: 'x', answers: refs(answers) });

	it('ends with the "not listed" cause, open, when every listed cause is ruled out', () => {
		expect(at('qa=no qb=no')).toMatchObject({
			kind: 'conclusion',
			basis: 'exhausted',
			certainty: 'open',
			causes: [{ id: 'u' }]
		});
	});

	it('with one listed cause left, still asks the question that can confirm it', () => {
		expect(at('qa=no')).toMatchObject({ kind: 'question', question: { id: 'qb' } });
		expect(at('qa=no qb=unknown')).toMatchObject({
			basis: 'eliminated',
			certainty: 'likely',
			causes: [{ id: 'b' }, { id: 'u' }]
		});
	});

	it('calls a cause likely when answers point to it more than to any other, open on a tie', () => {
		expect(at('qa=hint qb=unknown')).toMatchObject({ basis: 'ranked', certainty: 'likely' });
		expect(at('qa=hint qb=hint')).toMatchObject({ basis: 'ranked', certainty: 'open' });
		expect(at('qa=unknown qb=unknown')).toMatchObject({ basis: 'ranked', certainty: 'open' });
	});

	it('confirms only through a confirming answer, and opens a gate only with its answer', () => {
		expect(at('qa=yes')).toMatchObject({
			certainty: 'confirmed',
			confirmedBy: { question: 'qa', answer: 'yes' }
		});
		expect(gateOpen(tiny, 'a', refs('qa=yes'))).toBe(true);
		expect(gateOpen(tiny, 'a', refs('qa=hint'))).toBe(false);
		expect(gateOpen(tiny, 'b', [])).toBe(true);
	});

	it('reports a "not listed" cause that a question asks about, and a gate no answer confirms', () => {
		const broken: WizardTree = {
			...tiny,
			questions: [yesNo('qa', 'a'), yesNo('qb', 'b'), yesNo('qu', 'u')],
			gates: [{ cause: 'b', question: 'qa', answer: 'yes' }]
		};
		expect(validateTree(broken, map, ['a', 'b', 'u'], [])).toEqual(
			expect.arrayContaining([
				expect.stringContaining('applies to the "not listed" "u"'),
				expect.stringContaining('gate of "b": qa=yes is not an answer that confirms it')
			])
		);
	});

	it('reports a case that names a cause its answer does not point to, or an unknown command', () => {
		const named = { en: 'Case', it: 'Caso' };
		const withCase = (cause: string, command?: string) => {
			const base = yesNo('qa', 'a');
			return {
				...base,
				answers: base.answers.map((a) =>
					a.id === 'hint'
						? {
								...a,
								case: { causes: [cause], title: named, fix: named, ...(command ? { command } : {}) }
							}
						: a
				)
			};
		};
		const tree = (q: ReturnType<typeof withCase>): WizardTree => ({
			...tiny,
			questions: [q, yesNo('qb', 'b')]
		});
		expect(validateTree(tree(withCase('a')), map, ['a', 'b', 'u'], [])).toEqual([]);
		expect(validateTree(tree(withCase('b')), map, ['a', 'b', 'u'], [])).toEqual([
			'question "qa" answer "hint": its case names "b", which the answer neither keeps nor confirms'
		]);
		expect(validateTree(tree(withCase('a', 'nope')), map, ['a', 'b', 'u'], [])).toEqual([
			'question "qa" answer "hint": its case names an unknown command "nope"'
		]);
		// The conclusion names the case only when it leads with the case's cause.
		const named1 = step(tree(withCase('a')), map, {
			from: 'x',
			answers: refs('qa=hint qb=unknown')
		});
		expect(named1).toMatchObject({
			kind: 'conclusion',
			cases: [{ by: { question: 'qa', answer: 'hint' } }]
		});
		const other = step(tree(withCase('a')), map, { from: 'x', answers: refs('qa=hint qb=yes') });
		expect(other).toMatchObject({ kind: 'conclusion', certainty: 'confirmed', cases: [] });
	});

	it('replays only the valid prefix of a state and says how much it used', () => {
		const state = { from: '4.4.316', answers: refs('partner-destination=no cert-expired=no') };
		const evaluation = evaluate(wizardTree, causesByCode, state);
		expect(evaluation.consumed).toBe(1);
		expect(evaluation.state).toEqual({ from: '4.4.316', answers: refs('partner-destination=no') });
		expect(evaluation.step).toMatchObject({
			kind: 'question',
			question: { id: 'last-attempted-ip' }
		});
	});

	it('ignores answers given after a confirmed conclusion', () => {
		const state = {
			from: '4.4.316',
			answers: refs('partner-destination=yes fully-migrated=yes last-attempted-ip=yes')
		};
		expect(evaluate(wizardTree, causesByCode, state).consumed).toBe(2);
	});

	it("goes on after an idle stop when a later answer (a paste's) decides something", () => {
		const stopped = refs('partner-destination=no last-attempted-ip=unknown');
		expect(step(wizardTree, causesByCode, { from: '4.4.316', answers: stopped })).toMatchObject({
			kind: 'conclusion',
			stoppedIdle: true
		});
		const resumed = [...stopped, ...refs('server-listening=no')];
		const after = step(wizardTree, causesByCode, { from: '4.4.316', answers: resumed });
		expect(after).toMatchObject({ kind: 'conclusion', certainty: 'confirmed' });
		expect(after.kind === 'conclusion' && after.causes[0]?.id).toBe('nothing-listening');
	});

	it('answer() appends an answer to the current question and refuses any other', () => {
		const state = start(causesByCode, '4.4.316');
		const first = step(wizardTree, causesByCode, state);
		const asked = first.kind === 'question' ? first.question.id : '';
		expect(asked).toBe('last-attempted-ip');
		expect(answer(wizardTree, causesByCode, state, asked, 'yes')).toEqual({
			from: '4.4.316',
			answers: refs('last-attempted-ip=yes')
		});
		expect(answer(wizardTree, causesByCode, state, 'fully-migrated', 'yes')).toBeNull();
		expect(answer(wizardTree, causesByCode, state, asked, 'maybe')).toBeNull();
		// The scope question is not asked on the way: answer() takes it at a conclusion.
		expect(answer(wizardTree, causesByCode, state, 'partner-destination', 'no')).toBeNull();
		const ended = refs('last-attempted-ip=unknown');
		const atEnd = { from: '4.4.316', answers: ended };
		expect(step(wizardTree, causesByCode, atEnd)).toMatchObject({
			kind: 'conclusion',
			scope: { id: 'partner-destination' }
		});
		const scoped = answer(wizardTree, causesByCode, atEnd, 'partner-destination', 'yes');
		expect(scoped?.answers).toEqual([...ended, ...refs('partner-destination=yes')]);
		expect(step(wizardTree, causesByCode, scoped ?? atEnd)).toMatchObject({
			kind: 'conclusion',
			owner: 'partner',
			scope: null
		});
	});

	it('back() removes the last answer and stays put at the start', () => {
		const state = { from: '4.4.316', answers: refs('partner-destination=no fully-migrated=no') };
		expect(back(state)).toEqual({ from: '4.4.316', answers: refs('partner-destination=no') });
		expect(back(start(causesByCode, null))).toEqual({ from: null, answers: [] });
	});

	it('starts from scratch for a code the wizard does not cover', () => {
		expect(start(causesByCode, '5.7.1')).toEqual({ from: null, answers: [] });
		expect(start(causesByCode, 'constructor')).toEqual({ from: null, answers: [] });
	});
});

describe('wizard state in the URL', () => {
	const tree = wizardTree;

	it('writes a compact, readable query', () => {
		const state = { from: '4.4.316', answers: refs('partner-destination=no fully-migrated=yes') };
		expect(formatWizardState(state)).toBe(
			'from=4.4.316&a=partner-destination.no~fully-migrated.yes'
		);
		expect(formatWizardState({ from: null, answers: refs('symptom=4.4.316') })).toBe(
			'a=symptom.4.4.316'
		);
		expect(formatWizardState(start(causesByCode, null))).toBe('');
	});

	it('reads back every state of every path from each entry unchanged', () => {
		let checked = 0;
		for (const code of codes) {
			for (const outcome of outcomesFrom(code)) {
				for (let length = 0; length <= outcome.path.length; length++) {
					const state = { from: code, answers: outcome.path.slice(0, length) };
					expect(parseWizardState(formatWizardState(state), tree, causesByCode)).toEqual({
						state,
						notice: null
					});
					checked++;
				}
			}
		}
		expect(checked).toBeGreaterThan(400);
	});

	it('reads back the witness paths from scratch, code answers with dots included', () => {
		const firstRanked = explorations.get(null)?.firstRanked ?? new Map();
		for (const answers of firstRanked.values()) {
			const state = { from: null, answers };
			expect(parseWizardState(formatWizardState(state), tree, causesByCode)).toEqual({
				state,
				notice: null
			});
		}
	});

	it('accepts a leading "?" and ignores keys it does not own', () => {
		expect(
			parseWizardState('?lang=it&from=4.4.316&a=partner-destination.no', tree, causesByCode)
		).toEqual({
			state: { from: '4.4.316', answers: refs('partner-destination=no') },
			notice: null
		});
	});

	it('starts from scratch without a notice for an empty query', () => {
		expect(parseWizardState('', tree, causesByCode)).toEqual({
			state: { from: null, answers: [] },
			notice: null
		});
	});

	it.each([
		[
			'an unknown question',
			'from=4.4.316&a=partner-destination.no~renamed-question.yes',
			'partner-destination=no'
		],
		[
			'an unknown answer',
			'from=4.4.316&a=partner-destination.no~fully-migrated.maybe',
			'partner-destination=no'
		],
		[
			'a question this entry no longer asks',
			'from=4.4.316&a=partner-destination.no~cert-expired.no',
			'partner-destination=no'
		],
		[
			'answers after the conclusion',
			'from=4.4.316&a=partner-destination.yes~fully-migrated.yes~last-attempted-ip.yes',
			'partner-destination=yes fully-migrated=yes'
		]
	])('keeps the longest valid prefix with notice "outdated" for %s', (_, query, valid) => {
		expect(parseWizardState(query, tree, causesByCode)).toEqual({
			state: { from: '4.4.316', answers: refs(valid) },
			notice: 'outdated'
		});
	});

	it('starts from scratch with notice "outdated" for an entry code that no longer exists', () => {
		expect(parseWizardState('from=4.4.399&a=fully-migrated.no', tree, causesByCode)).toEqual({
			state: { from: null, answers: [] },
			notice: 'outdated'
		});
	});

	it.each([
		['broken percent-encoding', 'from=4.4.316&a=%E0%A4%A', { from: null, answers: [] }],
		['a from that is not a code', 'from=<script>', { from: null, answers: [] }],
		[
			'a broken answer token',
			'from=4.4.316&a=partner-destination.no~!!',
			{ from: '4.4.316', answers: refs('partner-destination=no') }
		],
		[
			'a token without an answer',
			'from=4.4.316&a=partner-destination',
			{ from: '4.4.316', answers: [] }
		],
		['a repeated key', 'from=4.4.316&from=4.4.317', { from: '4.4.316', answers: [] }]
	])('falls back to the nearest valid state with notice "malformed" for %s', (_, query, state) => {
		expect(parseWizardState(query, tree, causesByCode)).toEqual({ state, notice: 'malformed' });
	});

	it('never throws and always returns a state the engine fully accepts, whatever the text', () => {
		const alphabet = 'a=&~.?%-_ 0123456789fromsymptomunknownyes4.4.316partner-destination';
		let seed = 42;
		const random = (): number => {
			// A fixed linear congruential generator: the same strings on every run.
			seed = (seed * 1103515245 + 12345) % 2147483648;
			return seed / 2147483648;
		};
		for (let run = 0; run < 500; run++) {
			const length = Math.floor(random() * 60);
			let text = '';
			for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
			const { state } = parseWizardState(text, tree, causesByCode);
			expect(evaluate(tree, causesByCode, state).consumed).toBe(state.answers.length);
		}
	});
});

/** The case a conclusion names, and its texts in both languages. */
function caseOf(conclusion: ConclusionStep, by: string) {
	const found = conclusion.cases.find((c) => `${c.by.question}.${c.by.answer}` === by);
	return found?.case;
}

const CASE_COMMANDS: Readonly<Record<string, string | undefined>> = {
	'ehlo-reply.ipv6-other-host': 'resolve-aaaa',
	'certificate-check.ipv6-other-host': 'resolve-aaaa',
	'destination-checks.fails-centralized': 'get-outbound-connector',
	'firewall-allows.hybrid-agent': 'nc-port-25'
};

describe('the causes admins meet that the review found missing, each reached by an observed answer', () => {
	it.each([
		// [start, facts, the answer naming the case, the cause, words of its en and it texts]
		[
			'an AAAA record that leads to another host, under 4.4.317',
			'4.4.317',
			{ 'inner-reply': 'starttls-required', 'ehlo-reply': 'ipv6-other-host' },
			'ehlo-reply.ipv6-other-host',
			'tls-required-not-supported',
			['AAAA', 'IPv6 first', 'unverified'],
			['AAAA', 'IPv6', 'non verificato']
		],
		[
			'an AAAA record that leads to another host, under 4.7.320',
			'4.7.320',
			{ 'certificate-check': 'ipv6-other-host' },
			'certificate-check.ipv6-other-host',
			'cert-subject-mismatch',
			['AAAA', 'its own certificate', 'Renewing'],
			['AAAA', 'proprio certificato', 'rinnovare']
		],
		[
			'an AAAA record that leads to another host, seen in its certificate, under 4.4.317',
			'4.4.317',
			{ 'certificate-check': 'ipv6-other-host' },
			'certificate-check.ipv6-other-host',
			'tls-required-not-supported',
			['AAAA', 'its own certificate'],
			['AAAA', 'proprio certificato']
		],
		[
			'DigiCert Global Root G2 not trusted on-premises, 451 5.7.3 STARTTLS is required',
			'4.4.317',
			{ 'inner-reply': 'starttls-required', 'exchange-server-checks': 'digicert-root-missing' },
			'exchange-server-checks.digicert-root-missing',
			'tls-required-not-supported',
			['DigiCert Global Root G2', '2026-03-22', '2026-04-30', '451 5.7.3'],
			['DigiCert Global Root G2', '22/03/2026', '30/04/2026', '451 5.7.3']
		],
		[
			'centralized mail transport',
			'other',
			{ 'destination-checks': 'fails-centralized' },
			'destination-checks.fails-centralized',
			'other-destination-problem',
			['RouteAllMessagesViaOnPremises', 'internet mail'],
			['RouteAllMessagesViaOnPremises', 'posta Internet']
		],
		[
			'an Edge Transport server or a third-party gateway as the receiving hop',
			'other',
			{ 'destination-checks': 'fails-at-gateway' },
			'destination-checks.fails-at-gateway',
			'other-destination-problem',
			['Edge', 'gateway', 'ProtocolLog\\SmtpReceive'],
			['Edge', 'gateway', 'ProtocolLog\\SmtpReceive']
		],
		[
			'the Hybrid Agent set up and port 25 closed, under 4.4.316',
			'4.4.316',
			{ 'last-attempted-ip': 'yes', 'firewall-allows': 'hybrid-agent' },
			'firewall-allows.hybrid-agent',
			'firewall-blocks-m365',
			['Hybrid Agent', 'TCP 25', 'inbound'],
			['agente ibrido', 'TCP 25', 'ingresso']
		],
		[
			'the Hybrid Agent set up and port 25 closed, under 4.4.315',
			'4.4.315',
			{ 'last-attempted-ip': 'yes', 'firewall-allows': 'hybrid-agent' },
			'firewall-allows.hybrid-agent',
			'firewall-drops-m365',
			['Hybrid Agent', 'TCP 25'],
			['agente ibrido', 'TCP 25']
		]
	])('%s', (_name, from, facts, by, cause, en, it) => {
		const { state, conclusion } = walk(from, facts);
		const [question, answerId] = by.split('.');
		expect(state.answers).toContainEqual({ question, answer: answerId });
		expect(conclusion).toMatchObject({
			certainty: 'confirmed',
			confirmedBy: { question, answer: answerId }
		});
		expect(conclusion.causes[0]?.id).toBe(cause);
		expect(
			describeAnswer(wizardTree, { question: question ?? '', answer: answerId ?? '' })?.answer
				.evidence
		).toBe('observed');
		const found = caseOf(conclusion, by);
		expect(found?.causes).toContain(cause);
		// The command shown with the case's fix, where one checks it.
		expect(found?.command).toBe(CASE_COMMANDS[by]);
		for (const word of en) expect(`${found?.title.en} ${found?.fix.en}`).toContain(word);
		for (const word of it) expect(`${found?.title.it} ${found?.fix.it}`).toContain(word);
	});

	it("Cisco ASA's default ESMTP drops: only some messages fail, a 4.4.318 that is likely, named with its limits", () => {
		const { state, conclusion } = walk('4.4.318', { 'size-pattern': 'some-shapes' });
		expect(state.answers).toContainEqual({ question: 'size-pattern', answer: 'some-shapes' });
		// The pattern points to the inspection; it does not prove it (no log line was read).
		expect(conclusion.certainty).toBe('likely');
		expect(conclusion.causes[0]?.id).toBe('firewall-smtp-inspection');
		const found = caseOf(conclusion, 'size-pattern.some-shapes');
		for (const word of ['Cisco ASA', '100 recipients', '998', '255']) {
			expect(`${found?.title.en} ${found?.fix.en}`).toContain(word);
		}
		for (const word of ['Cisco ASA', '100 destinatari', '998', '255']) {
			expect(`${found?.title.it} ${found?.fix.it}`).toContain(word);
		}
	});

	it('names a case only when its cause leads the conclusion', () => {
		// "Only some messages fail" points to the inspection, but a clean firewall log rules it out.
		const { conclusion } = walk('4.4.318', {
			'size-pattern': 'some-shapes',
			'path-quality': 'log-resets'
		});
		expect(conclusion.causes[0]?.id).not.toBe('firewall-smtp-inspection');
		expect(conclusion.cases).toEqual([]);
	});
});

describe('5.7.64 TenantAttribution, a neighbouring code the wizard starts from', () => {
	it('is a wizard start with its own causes, closed by its "not listed" cause', () => {
		expect(causesByCode['5.7.64']).toEqual([
			'n-5-7-64-connector-mismatch',
			'n-5-7-64-foreign-sender-domain',
			'n-5-7-64-ipv6-accepted-domain',
			'unlisted-5-7-64'
		]);
		// The other neighbouring codes are still not wizard starts.
		expect(codes).not.toContain('5.7.1');
		expect(stepFor(null, 'symptom=5.7.64')).toMatchObject({ code: '5.7.64' });
		expect(stepFor(null, 'symptom=unknown stage=relay-denied')).toMatchObject({ code: '5.7.64' });
	});

	it("an IPv6 address of the sender's own server in its log, IPv6 on for the domain: the IPv6 cause, confirmed", () => {
		expect(verdict('5.7.64', { 'relay-ip-version': 'ipv6' })).toEqual({
			cause: 'n-5-7-64-ipv6-accepted-domain',
			certainty: 'confirmed',
			confirmedBy: { question: 'relay-ip-version', answer: 'ipv6' }
		});
	});

	it('an IPv4 address that no connector names: the connector no longer matches, likely (not proved by one answer)', () => {
		const { conclusion, ruledOut } = concluded('5.7.64', {
			'relay-ip-version': 'ipv4',
			'relay-connector-match': 'no'
		});
		expect(conclusion.causes[0]?.id).toBe('n-5-7-64-connector-mismatch');
		expect(conclusion.certainty).toBe('likely');
		expect(ruledOut).toEqual(
			expect.arrayContaining(['n-5-7-64-ipv6-accepted-domain', 'n-5-7-64-foreign-sender-domain'])
		);
	});

	it('a connector names what the log shows and the sender domain is not accepted: the foreign sender domain, confirmed', () => {
		expect(
			verdict('5.7.64', {
				'relay-connector-match': 'yes',
				'relay-sender-domain': 'no'
			})
		).toEqual({
			cause: 'n-5-7-64-foreign-sender-domain',
			certainty: 'confirmed',
			confirmedBy: { question: 'relay-sender-domain', answer: 'no' }
		});
		// ATTR36 in the error ranks it first, and proves nothing by itself.
		expect(
			verdict('5.7.64', { 'relay-connector-match': 'yes', 'relay-sender-domain': 'attr36' })
		).toMatchObject({ cause: 'n-5-7-64-foreign-sender-domain', certainty: 'likely' });
	});

	it('the connector matches and the sender domain is accepted: none of the listed causes', () => {
		const { conclusion } = concluded('5.7.64', {
			'relay-connector-match': 'yes',
			'relay-sender-domain': 'yes'
		});
		expect(conclusion.causes[0]?.id).toBe('unlisted-5-7-64');
	});

	it('connector settings read by the admin only rank: never confirmed', () => {
		const wrong = verdict('5.7.64', {
			'relay-ip-version': 'unknown',
			'relay-connector-match': 'settings-look-wrong'
		});
		expect(wrong).toMatchObject({ cause: 'n-5-7-64-connector-mismatch' });
		expect(wrong.certainty).not.toBe('confirmed');
		const right = verdict('5.7.64', {
			'relay-ip-version': 'unknown',
			'relay-connector-match': 'settings-look-right'
		});
		expect(right).toMatchObject({ cause: 'n-5-7-64-foreign-sender-domain' });
		expect(right.certainty).not.toBe('confirmed');
		const hasIpv6 = verdict('5.7.64', { 'relay-ip-version': 'has-ipv6' });
		expect(hasIpv6).toMatchObject({ cause: 'n-5-7-64-ipv6-accepted-domain' });
		expect(hasIpv6.certainty).not.toBe('confirmed');
	});

	it('asks who owns the sender at the conclusion, in words for an inbound relay; the cause stays', () => {
		const path = 'relay-ip-version=ipv6';
		const before = stepFor('5.7.64', path);
		expect(before).toMatchObject({ kind: 'conclusion', scope: { id: 'partner-destination' } });
		const scope = before.kind === 'conclusion' ? before.scope : null;
		expect(scope?.text.en).toMatch(/sender/);
		expect(scope?.text.it).toMatch(/mittente/);
		expect(scope?.answers.find((a) => a.id === 'yes')?.label.en).toMatch(
			/partner's or third party's system/
		);
		// Elsewhere the question keeps its own words (a connector's destination).
		const outbound = concluded('4.4.318', {}).conclusion.scope;
		expect(outbound?.text.en).toMatch(/connector deliver/);
		expect(outbound?.answers.find((a) => a.id === 'yes')?.label.en).toMatch(/server/);
		const after = stepFor('5.7.64', `${path} partner-destination=yes`);
		expect(after).toMatchObject({ kind: 'conclusion', owner: 'partner', certainty: 'confirmed' });
		expect(after.kind === 'conclusion' ? after.causes[0]?.id : null).toBe(
			'n-5-7-64-ipv6-accepted-domain'
		);
	});
});
