import { describe, expect, it } from 'vitest';
import { wizardTree } from '../../src/data/wizard';
import { catalog } from '../../src/data/catalog';
import { commands } from '../../src/data/commands';
import { wizardCauses } from '../../src/data';
import { answer, back, evaluate, gateOpen, start, step } from '../../src/lib/wizard/engine';
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
const PARTNER = 'partner-server';

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
 * know" to everything else, until it concludes. Robust to the order of the questions: the situation
 * is modelled, not the path.
 */
function walk(
	from: string | null,
	facts: Readonly<Record<string, string>>
): { state: WizardState; conclusion: ConclusionStep } {
	let state = start(causesByCode, from);
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
		expect(allOutcomes.length).toBeGreaterThan(1000);
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
			const unlisted = wizardTree.unlisted?.byCode[code];
			for (const outcome of outcomesFrom(code)) {
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

	it("asks from each code only questions about that code's causes", () => {
		for (const code of codes) {
			const own = new Set([...(causesByCode[code] ?? []), PARTNER]);
			for (const id of explorations.get(code)?.asked ?? []) {
				const question = wizardTree.questions.find((q) => q.id === id);
				expect(question?.appliesTo.some((cause) => own.has(cause))).toBe(true);
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
		for (const code of codes) {
			expect(stepFor(code, '')).toMatchObject({
				kind: 'question',
				question: { id: 'partner-destination' }
			});
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

	it.each(codes)('answering "I don\'t know" throughout from %s leaves every cause open', (from) => {
		const { conclusion } = walk(from, {});
		expect(conclusion).toMatchObject({ basis: 'ranked', certainty: 'open', ruledOut: [] });
		expect(ids(conclusion.causes).sort()).toEqual(
			[...new Set([...(causesByCode[from] ?? []), PARTNER])].sort()
		);
	});
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

describe('wizard situations admins hit', () => {
	it('certificate renewed, receive connector still names the old one: stale TlsCertificateName, likely until the TlsCertificateName answer confirms it', () => {
		const renewed = {
			'inner-reply': 'starttls-required',
			'cert-renewed': 'yes',
			'ehlo-reply': 'no-starttls'
		};
		expect(verdict('4.4.317', renewed)).toEqual({
			cause: 'stale-tls-certificate-name',
			certainty: 'likely',
			confirmedBy: null
		});
		expect(verdict('4.4.317', { ...renewed, 'tls-certificate-name': 'old' })).toEqual({
			cause: 'stale-tls-certificate-name',
			certainty: 'confirmed',
			confirmedBy: { question: 'tls-certificate-name', answer: 'old' }
		});
	});

	it("4.7.320 presenting the server's own self-signed name points to the stale certificate binding", () => {
		const selfSigned = { 'cert-name-matches': 'server-name', 'lb-servers': 'single' };
		expect(verdict('4.7.320', selfSigned)).toMatchObject({
			cause: 'stale-tls-certificate-name',
			certainty: 'likely'
		});
		expect(verdict('4.7.320', { ...selfSigned, 'tls-certificate-name': 'old' })).toMatchObject({
			cause: 'stale-tls-certificate-name',
			certainty: 'confirmed'
		});
	});

	it('several servers behind the balancer, one still old: only some servers were fixed', () => {
		expect(verdict('4.7.320', { 'lb-servers': 'one-differs' })).toMatchObject({
			cause: 'partial-fix-behind-balancer',
			certainty: 'confirmed'
		});
	});

	it('own test from outside passes, the connector validation fails, firewall log drops Microsoft 365', () => {
		expect(
			verdict('4.4.315', {
				'external-test': 'yes',
				'connector-validation': 'no',
				'firewall-allows': 'no'
			})
		).toMatchObject({ cause: 'firewall-drops-m365', certainty: 'confirmed' });
	});

	it('port 25 dead on the server itself, or NAT to another host: nothing listening', () => {
		expect(verdict('4.4.316', { 'fully-migrated': 'no', 'server-listening': 'no' })).toMatchObject({
			cause: 'nothing-listening',
			certainty: 'confirmed'
		});
		expect(
			verdict('4.4.316', { 'fully-migrated': 'no', 'server-listening': 'yes', 'nat-target': 'no' })
		).toMatchObject({ cause: 'nothing-listening', certainty: 'confirmed' });
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

	it('LastAttemptedIP is IPv6 and IPv6 port 25 is closed: AAAA without IPv6', () => {
		expect(
			verdict('4.4.315', { 'last-attempted-ip': 'ipv6', 'ipv6-open': 'closed' })
		).toMatchObject({ cause: 'aaaa-without-ipv6', certainty: 'confirmed' });
		expect(verdict('4.4.316', { 'fully-migrated': 'no', 'ipv6-open': 'closed' })).toMatchObject({
			cause: 'aaaa-without-ipv6',
			certainty: 'confirmed'
		});
	});

	it('certificate status RevocationCheckFailure: the revocation check fails', () => {
		expect(
			verdict('4.7.320', { 'tls-required': 'certificate-validation', 'cert-status': 'revocation' })
		).toMatchObject({ cause: 'cert-revocation-check-failed', certainty: 'confirmed' });
	});

	it('4.4.312 with the smart host given as an IP: another connector or MX routing', () => {
		expect(
			verdict('4.4.312', { 'smarthost-resolves': 'ip-address', 'connector-route': 'uses-mx' })
		).toMatchObject({ cause: 'routed-elsewhere', certainty: 'confirmed' });
		// Ruling that out too leaves nothing listed: the next evidence, never "nothing to do".
		expect(
			verdict('4.4.312', { 'smarthost-resolves': 'ip-address', 'connector-route': 'yes' })
		).toEqual({ cause: 'unlisted-4-4-312', certainty: 'open', confirmedBy: null });
	});

	it('the name resolves inside but DNSSEC fails outside: DNSSEC, delegation or internal-only name', () => {
		expect(
			verdict('4.4.312', { 'smarthost-resolves': 'no', 'dns-outside-check': 'dnssec' })
		).toMatchObject({ cause: 'dns-unresolvable-outside', certainty: 'confirmed' });
	});

	it('the provider blocks inbound port 25 on the line', () => {
		expect(verdict('4.4.315', { 'isp-port-25': 'yes' })).toMatchObject({
			cause: 'isp-blocks-port-25',
			certainty: 'confirmed'
		});
	});

	it('4.4.316 with "I don\'t know" to the migration never concludes "on-premises retired" as confirmed, and keeps its fix gated', () => {
		const { state, conclusion } = walk('4.4.316', {
			'partner-destination': 'no',
			'fully-migrated': 'unknown',
			'server-listening': 'yes',
			'nat-target': 'yes',
			'ipv6-open': 'no-aaaa',
			'connector-route': 'yes',
			'firewall-allows': 'yes'
		});
		expect(conclusion).toMatchObject({
			causes: [{ id: 'migrated-on-prem-shut-down' }, { id: 'unlisted-4-4-316' }],
			certainty: 'likely'
		});
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
				'inner-reply': 'unknown',
				'connector-route': 'yes',
				'ehlo-reply': 'starttls',
				'cert-renewed': 'no',
				'tls-certificate-name': 'current',
				'tls-handshake': 'yes',
				'component-state': 'no',
				'lb-servers': 'single',
				'smtp-inspection': 'no'
			})
		).toEqual({ cause: 'unlisted-4-4-317', certainty: 'open', confirmedBy: null });
	});

	it('4.4.317 with Winsock 995 rules out every cause that needs a session', () => {
		const { conclusion } = walk('4.4.317', {
			'partner-destination': 'no',
			'inner-reply': 'winsock-995'
		});
		const sessionCauses = [
			'server-immediate-error',
			'tls-required-not-supported',
			'stale-tls-certificate-name',
			'tls-old-versions-only',
			'server-busy-or-maintenance'
		];
		// They are causes of 4.4.317, so leaving them out is the answer's doing.
		expect(causesByCode['4.4.317']).toEqual(expect.arrayContaining(sessionCauses));
		for (const cause of sessionCauses) expect(ids(conclusion.causes)).not.toContain(cause);
		// What is left: the route, and the code's "not listed".
		expect(ids(conclusion.causes)).toEqual(['routed-elsewhere', 'unlisted-4-4-317']);
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
		['path-quality', 'yes', 'network-problems']
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
		expect(verdict('other', { 'connector-settings': 'wrong' })).toMatchObject({
			cause: 'connector-misconfigured',
			certainty: 'confirmed'
		});
	});

	it("a partner's server concludes partner-server, keeping the entry's causes ranked after it", () => {
		const conclusion = walk('4.4.316', { 'partner-destination': 'yes' }).conclusion;
		expect(conclusion).toMatchObject({ basis: 'confirmed', certainty: 'confirmed' });
		expect(ids(conclusion.causes)).toEqual([PARTNER, ...(causesByCode['4.4.316'] ?? [])]);
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

	it('replays only the valid prefix of a state and says how much it used', () => {
		const state = { from: '4.4.316', answers: refs('partner-destination=no cert-expired=no') };
		const evaluation = evaluate(wizardTree, causesByCode, state);
		expect(evaluation.consumed).toBe(1);
		expect(evaluation.state).toEqual({ from: '4.4.316', answers: refs('partner-destination=no') });
		expect(evaluation.step).toMatchObject({ kind: 'question', question: { id: 'fully-migrated' } });
	});

	it('ignores answers given after a conclusion', () => {
		const state = { from: '4.4.316', answers: refs('partner-destination=yes fully-migrated=no') };
		expect(evaluate(wizardTree, causesByCode, state).consumed).toBe(1);
	});

	it('answer() appends an answer to the current question and refuses any other', () => {
		const state = start(causesByCode, '4.4.316');
		expect(answer(wizardTree, causesByCode, state, 'partner-destination', 'no')).toEqual({
			from: '4.4.316',
			answers: refs('partner-destination=no')
		});
		expect(answer(wizardTree, causesByCode, state, 'fully-migrated', 'yes')).toBeNull();
		expect(answer(wizardTree, causesByCode, state, 'partner-destination', 'maybe')).toBeNull();
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
		expect(checked).toBeGreaterThan(1000);
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
			'from=4.4.316&a=partner-destination.yes~fully-migrated.no',
			'partner-destination=yes'
		]
	])('keeps the longest valid prefix with notice "outdated" for %s', (_, query, valid) => {
		expect(parseWizardState(query, tree, causesByCode)).toEqual({
			state: { from: '4.4.316', answers: refs(valid) },
			notice: 'outdated'
		});
	});

	it('starts from scratch with notice "outdated" for an entry code that no longer exists', () => {
		expect(parseWizardState('from=4.4.399&a=partner-destination.no', tree, causesByCode)).toEqual({
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
