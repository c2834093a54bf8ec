import { describe, expect, it } from 'vitest';
import { wizardTree } from '../../src/data/wizard';
import { catalog } from '../../src/data/catalog';
import { commands } from '../../src/data/commands';
import { wizardCauses } from '../../src/data';
import { answer, back, evaluate, start, step } from '../../src/lib/wizard/engine';
import type { ConclusionStep, WizardStep } from '../../src/lib/wizard/engine';
import { enumeratePaths, exploreTree, validateTree } from '../../src/lib/wizard/graph';
import { formatWizardState, parseWizardState } from '../../src/lib/wizard/state';
import { UNKNOWN_ANSWER } from '../../src/lib/wizard/types';
import type { AnswerRef, CausesByCode, WizardState, WizardTree } from '../../src/lib/wizard/types';

/** The catalog's causes by code (connector entries and "other"), as fixed for the wizard. */
const causesByCode: CausesByCode = {
	'4.4.312': ['dns-hosting-problem', 'domain-expired', 'mx-recently-changed'],
	'4.4.315': ['server-down', 'wrong-smart-host'],
	'4.4.316': ['firewall-blocks-m365', 'migrated-on-prem-shut-down'],
	'4.4.317': ['server-immediate-error', 'tls-required-not-supported'],
	'4.4.318': ['firewall-smtp-inspection', 'server-unhealthy', 'network-problems'],
	'4.7.320': ['cert-expired', 'cert-subject-mismatch', 'cert-no-longer-valid'],
	other: ['other-destination-problem', 'connector-misconfigured', 'partner-server']
};
const codes = Object.keys(causesByCode);
const allCauses = Object.values(causesByCode).flat();
const commandIds = [
	'resolve-mx',
	'resolve-host',
	'nslookup-mx',
	'dig-mx',
	'whois-domain',
	'test-port-25',
	'nc-port-25',
	'openssl-starttls',
	'get-exchange-certificate',
	'get-outbound-connector',
	'disable-outbound-connector',
	'get-accepted-domain',
	'set-accepted-domain-authoritative',
	'get-queue'
];
const PARTNER = 'partner-server';

function causesOf(code: string): readonly string[] {
	return causesByCode[code] ?? [];
}

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

function conclusionFor(from: string | null, answers: string): ConclusionStep {
	const result = stepFor(from, answers);
	if (result.kind !== 'conclusion') throw new Error(`expected a conclusion, got ${result.kind}`);
	return result;
}

function ids(causes: readonly { readonly id: string }[]): string[] {
	return causes.map((cause) => cause.id);
}

/** Answers "I don't know" until the wizard concludes. */
function allUnknown(from: string | null): { state: WizardState; conclusion: ConclusionStep } {
	let state = start(causesByCode, from);
	for (;;) {
		const current = step(wizardTree, causesByCode, state);
		if (current.kind === 'conclusion') return { state, conclusion: current };
		const next = answer(wizardTree, causesByCode, state, current.question.id, UNKNOWN_ANSWER);
		if (next === null) throw new Error(`no unknown answer for ${current.question.id}`);
		state = next;
	}
}

describe('wizard tree (src/data/wizard.ts) as a graph', () => {
	it('has no problem: ids resolve, no cycle, no dead end, every cause reachable', () => {
		expect(validateTree(wizardTree, causesByCode, allCauses, commandIds)).toEqual([]);
	});

	it('refers only to the real catalog: its causes by code and its command ids', () => {
		expect(wizardCauses).toEqual(causesByCode);
		const catalogCauses = catalog.flatMap((e) => e.causes.map((c) => c.id));
		const catalogCommands = commands.map((c) => c.id);
		expect(validateTree(wizardTree, wizardCauses, catalogCauses, catalogCommands)).toEqual([]);
	});

	it('reports an unknown cause, command and code, and an unknown answer that decides', () => {
		const first = wizardTree.questions[1];
		if (first === undefined) throw new Error('tree too small');
		const broken: WizardTree = {
			alwaysInPlay: ['partner-server'],
			questions: [
				{
					...first,
					commands: ['no-such-command'],
					answers: [
						{ id: 'yes', label: { en: 'Yes', it: 'Sì' }, effect: { confirm: ['no-such-cause'] } },
						{ id: 'code', label: { en: 'Code', it: 'Codice' }, effect: { code: '9.9.999' } },
						{ id: 'unknown', label: { en: '?', it: '?' }, effect: { ruleOut: [PARTNER] } }
					]
				}
			]
		};
		const problems = validateTree(broken, causesByCode, allCauses, commandIds);
		expect(problems).toEqual(
			expect.arrayContaining([
				expect.stringContaining('unknown command "no-such-command"'),
				expect.stringContaining('unknown cause "no-such-cause"'),
				expect.stringContaining('unknown code "9.9.999"'),
				expect.stringContaining('an unknown answer rules out')
			])
		);
	});

	it('reports a cause that no path concludes with first', () => {
		const tiny: WizardTree = {
			alwaysInPlay: [],
			questions: [
				{
					id: 'only',
					text: { en: 'Only?', it: 'Solo?' },
					appliesTo: ['a'],
					answers: [
						{ id: 'yes', label: { en: 'Yes', it: 'Sì' }, effect: { confirm: ['a'] } },
						{ id: 'no', label: { en: 'No', it: 'No' }, effect: { ruleOut: ['a'] } },
						{ id: 'unknown', label: { en: '?', it: '?' }, effect: {} }
					]
				}
			]
		};
		// "a" is confirmed, "b" ranks first once "a" is ruled out; nothing ever puts "c" first.
		expect(validateTree(tiny, { x: ['a', 'b', 'c'] }, ['a', 'b', 'c'], [])).toEqual([
			'from scratch: no path concludes with "c" first',
			'from x: no path concludes with "c" first'
		]);
	});

	it('concludes with every cause first on some path from scratch', () => {
		const { firstRanked, problems } = exploreTree(
			wizardTree,
			causesByCode,
			start(causesByCode, null)
		);
		expect(problems).toEqual([]);
		expect([...firstRanked.keys()].sort()).toEqual([...allCauses].sort());
	});

	it('concludes with every cause first even without a code ("I don\'t know which error")', () => {
		const noCode = { from: null, answers: refs('symptom=unknown') };
		const { firstRanked } = exploreTree(wizardTree, causesByCode, noCode);
		expect([...firstRanked.keys()].sort()).toEqual([...allCauses].sort());
	});

	it.each([
		['4.4.312', 3],
		['4.4.315', 2],
		['4.4.316', 2],
		['4.4.317', 2],
		['4.4.318', 3],
		['4.7.320', 3]
	] as const)('from %s reaches each of its %i causes and the partner first', (code, count) => {
		const { firstRanked } = exploreTree(wizardTree, causesByCode, start(causesByCode, code));
		expect(causesOf(code)).toHaveLength(count);
		expect([...firstRanked.keys()].sort()).toEqual([...causesOf(code), PARTNER].sort());
	});

	it('from "other" reaches each of its causes first, the partner among them', () => {
		const { firstRanked } = exploreTree(wizardTree, causesByCode, start(causesByCode, 'other'));
		expect([...firstRanked.keys()].sort()).toEqual([...causesOf('other')].sort());
	});

	it('gives witness paths that, replayed, really conclude with their cause first', () => {
		for (const from of [null, ...codes]) {
			const { firstRanked } = exploreTree(wizardTree, causesByCode, { from, answers: [] });
			for (const [cause, path] of firstRanked) {
				const result = step(wizardTree, causesByCode, { from, answers: path });
				expect(result.kind === 'conclusion' && result.causes[0]?.id).toBe(cause);
			}
		}
	});

	it.each([
		['4.4.312', ['partner-destination', 'smarthost-resolves', 'domain-registered', 'mx-changed']],
		[
			'4.4.315',
			[
				'partner-destination',
				'ever-worked',
				'recent-change',
				'smarthost-resolves',
				'server-reachable'
			]
		],
		['4.4.316', ['partner-destination', 'fully-migrated', 'firewall-allows']],
		['4.4.317', ['partner-destination', 'tls-required', 'starttls-offered']],
		['4.4.318', ['partner-destination', 'smtp-inspection', 'server-resources']],
		['4.7.320', ['partner-destination', 'cert-expired', 'cert-name-matches']],
		['other', ['partner-destination', 'ever-worked', 'recent-change']]
	])("from %s asks only about that entry's causes: %j", (code, questions) => {
		const { asked } = exploreTree(wizardTree, causesByCode, start(causesByCode, code));
		expect([...asked].sort()).toEqual([...questions].sort());
	});

	it('asks "which error?" first from scratch and never from an entry', () => {
		expect(stepFor(null, '')).toMatchObject({ kind: 'question', question: { id: 'symptom' } });
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

	it('never claims certainty unless a cause was confirmed or is the only one left', () => {
		for (const from of [null, ...codes]) {
			const { outcomes } = exploreTree(wizardTree, causesByCode, { from, answers: [] });
			for (const outcome of outcomes) {
				const single = outcome.causes.length === 1;
				expect(outcome.certain).toBe(outcome.basis === 'confirmed' || single);
				if (outcome.basis === 'ranked') expect(outcome.causes.length).toBeGreaterThan(1);
			}
		}
	});

	it('lets "I don\'t know" neither rule out, confirm nor pick a code, in every question', () => {
		for (const question of wizardTree.questions) {
			const unknown = question.answers.find((candidate) => candidate.id === UNKNOWN_ANSWER);
			expect(unknown?.effect.ruleOut ?? []).toEqual([]);
			expect(unknown?.effect.confirm ?? []).toEqual([]);
			expect(unknown?.effect.code).toBeUndefined();
		}
	});

	it.each([null, ...codes])(
		'answering "I don\'t know" throughout from %s ranks every cause and is not certain',
		(from) => {
			const { conclusion } = allUnknown(from);
			const expected = from === null ? allCauses : [...causesOf(from), PARTNER];
			expect(conclusion).toMatchObject({ basis: 'ranked', certain: false, ruledOut: [] });
			expect(ids(conclusion.causes).sort()).toEqual([...new Set(expected)].sort());
		}
	);
});

describe('wizard engine', () => {
	it('from 4.4.316, "all migrated, server off" concludes migrated-on-prem-shut-down first', () => {
		const conclusion = conclusionFor('4.4.316', 'partner-destination=no fully-migrated=yes');
		expect(conclusion).toMatchObject({
			basis: 'confirmed',
			certain: true,
			confirmedBy: { question: 'fully-migrated', answer: 'yes' }
		});
		expect(ids(conclusion.causes)).toEqual(['migrated-on-prem-shut-down', 'firewall-blocks-m365']);
	});

	it('from 4.4.316, "some mailboxes still on premises" leaves only the firewall', () => {
		const conclusion = conclusionFor('4.4.316', 'partner-destination=no fully-migrated=no');
		expect(conclusion).toMatchObject({ basis: 'eliminated', certain: true });
		expect(ids(conclusion.causes)).toEqual(['firewall-blocks-m365']);
		expect(conclusion.ruledOut).toEqual([
			{ cause: PARTNER, by: { question: 'partner-destination', answer: 'no' } },
			{
				cause: 'migrated-on-prem-shut-down',
				by: { question: 'fully-migrated', answer: 'no' }
			}
		]);
	});

	it('from 4.7.320, certificate in date but name not matching concludes cert-subject-mismatch', () => {
		const conclusion = conclusionFor(
			'4.7.320',
			'partner-destination=no cert-expired=no cert-name-matches=no'
		);
		expect(conclusion).toMatchObject({ basis: 'confirmed', certain: true });
		expect(conclusion.causes[0]?.id).toBe('cert-subject-mismatch');
		expect(conclusion.ruledOut.map((ruled) => ruled.cause)).toEqual([PARTNER, 'cert-expired']);
	});

	it('from 4.7.320, certificate in date with a matching name leaves cert-no-longer-valid', () => {
		const conclusion = conclusionFor(
			'4.7.320',
			'partner-destination=no cert-expired=no cert-name-matches=yes'
		);
		expect(conclusion).toMatchObject({ basis: 'eliminated', certain: true });
		expect(ids(conclusion.causes)).toEqual(['cert-no-longer-valid']);
	});

	it("a partner's server concludes partner-server, keeping the entry's causes ranked after it", () => {
		const conclusion = conclusionFor('4.4.316', 'partner-destination=yes');
		expect(conclusion).toMatchObject({ basis: 'confirmed', certain: true });
		expect(ids(conclusion.causes)).toEqual([
			PARTNER,
			'firewall-blocks-m365',
			'migrated-on-prem-shut-down'
		]);
	});

	it('ranks causes the answers point to first without claiming certainty', () => {
		const conclusion = conclusionFor(
			'4.4.312',
			'partner-destination=no smarthost-resolves=yes mx-changed=yes'
		);
		expect(conclusion).toMatchObject({ basis: 'ranked', certain: false });
		expect(conclusion.causes).toEqual([
			{
				id: 'mx-recently-changed',
				score: 2,
				supportedBy: refs('smarthost-resolves=yes mx-changed=yes')
			},
			{ id: 'dns-hosting-problem', score: 0, supportedBy: [] }
		]);
	});

	it('after "I don\'t know" on the decisive check, several causes stay and none is certain', () => {
		const conclusion = conclusionFor(
			'4.4.318',
			'partner-destination=no smtp-inspection=unknown server-resources=yes'
		);
		expect(conclusion).toMatchObject({ basis: 'ranked', certain: false });
		expect(ids(conclusion.causes)).toEqual([
			'server-unhealthy',
			'firewall-smtp-inspection',
			'network-problems'
		]);
	});

	it('reports an empty, uncertain conclusion when the answers rule out every cause', () => {
		const conclusion = conclusionFor(
			'4.4.312',
			'partner-destination=no smarthost-resolves=ip-address'
		);
		expect(conclusion).toMatchObject({ basis: 'exhausted', certain: false, causes: [] });
		expect(conclusion.ruledOut).toHaveLength(4);
	});

	it('shows the question with its commands, the ranked causes in play and the progress', () => {
		const current = stepFor('4.4.312', 'partner-destination=no');
		expect(current).toMatchObject({
			kind: 'question',
			code: '4.4.312',
			question: { id: 'smarthost-resolves', commands: ['resolve-host', 'get-outbound-connector'] },
			progress: { answered: 1, remainingMax: 3 }
		});
		expect(current.kind === 'question' && ids(current.inPlay)).toEqual(causesOf('4.4.312'));
	});

	it('replays only the valid prefix of a state and says how much it used', () => {
		const state = { from: '4.4.316', answers: refs('partner-destination=no cert-expired=no') };
		const evaluation = evaluate(wizardTree, causesByCode, state);
		expect(evaluation.consumed).toBe(1);
		expect(evaluation.state).toEqual({ from: '4.4.316', answers: refs('partner-destination=no') });
		expect(evaluation.step).toMatchObject({ kind: 'question', question: { id: 'fully-migrated' } });
	});

	it('ignores answers given after a conclusion', () => {
		const state = {
			from: '4.4.316',
			answers: refs('partner-destination=yes fully-migrated=no')
		};
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

	it('works with any tree and cause map passed in, ignoring effects on causes out of play', () => {
		const tiny: WizardTree = {
			alwaysInPlay: ['p'],
			questions: [
				{
					id: 'q',
					text: { en: 'Q?', it: 'D?' },
					appliesTo: ['a', 'b'],
					answers: [
						{ id: 'yes', label: { en: 'Yes', it: 'Sì' }, effect: { ruleOut: ['a', 'z'] } },
						{ id: 'unknown', label: { en: '?', it: '?' }, effect: { keep: ['b', 'z'] } }
					]
				}
			]
		};
		const map = { x: ['a', 'b'], y: ['z'] };
		expect(step(tiny, map, { from: 'x', answers: refs('q=yes') })).toMatchObject({
			kind: 'conclusion',
			basis: 'ranked',
			causes: [{ id: 'b' }, { id: 'p' }],
			ruledOut: [{ cause: 'a', by: { question: 'q', answer: 'yes' } }]
		});
		expect(step(tiny, map, { from: 'x', answers: refs('q=unknown') })).toMatchObject({
			causes: [{ id: 'b', score: 1 }, { id: 'a' }, { id: 'p' }]
		});
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
			const { paths, truncated } = enumeratePaths(tree, causesByCode, start(causesByCode, code));
			expect(truncated).toBe(false);
			for (const path of paths) {
				for (let length = 0; length <= path.answers.length; length++) {
					const state = { from: code, answers: path.answers.slice(0, length) };
					expect(parseWizardState(formatWizardState(state), tree, causesByCode)).toEqual({
						state,
						notice: null
					});
					checked++;
				}
			}
		}
		expect(checked).toBeGreaterThan(100);
	});

	it('reads back the witness paths from scratch, code answers with dots included', () => {
		const { firstRanked } = exploreTree(tree, causesByCode, start(causesByCode, null));
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
