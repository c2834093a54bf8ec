import { describe, expect, it } from 'vitest';
import { causeStages, stageOfCause, wizardCauses } from '../../src/data';
import { questionStages, wizardTree } from '../../src/data/wizard';
import type { Finding } from '../../src/lib/evidence';
import {
	STAGES,
	statesForCode,
	statesForPaste,
	statesForWizard,
	type PathStates
} from '../../src/lib/path';
import { initialCauses, unlistedCauses } from '../../src/lib/wizard/engine';

/** A picture as one line: "dns:passed tcp:failed …", easy to read in a failure. */
const line = (states: PathStates) => STAGES.map((stage) => `${stage}:${states[stage]}`).join(' ');
const finding = (id: Finding['id']): Finding => ({ id, line: id });

describe('the delivery path of a connector error', () => {
	it.each([
		[
			'4.4.312',
			'dns:failed tcp:unknown smtp:unknown tls:unknown certificate:unknown transfer:unknown'
		],
		[
			'4.4.315',
			'dns:passed tcp:failed smtp:unknown tls:unknown certificate:unknown transfer:unknown'
		],
		[
			'4.4.316',
			'dns:passed tcp:failed smtp:unknown tls:unknown certificate:unknown transfer:unknown'
		],
		[
			'4.4.317',
			'dns:passed tcp:passed smtp:failed tls:unknown certificate:unknown transfer:unknown'
		],
		['4.7.320', 'dns:passed tcp:passed smtp:passed tls:passed certificate:failed transfer:unknown'],
		[
			'4.4.318',
			'dns:passed tcp:passed smtp:passed tls:unknown certificate:unknown transfer:failed'
		],
		[
			'other',
			'dns:unknown tcp:unknown smtp:unknown tls:unknown certificate:unknown transfer:unknown'
		]
	])('%s: %s', (code, expected) => {
		expect(line(statesForCode(code))).toBe(expected);
	});
});

describe('the delivery path of a paste', () => {
	it('a valid certificate but no STARTTLS: TLS failed, the certificate never reached', () => {
		const states = statesForPaste(null, [
			finding('tcp-open'),
			finding('smtp-banner-ok'),
			finding('starttls-missing'),
			finding('cert-ok')
		]);
		expect(line(states)).toBe(
			'dns:unknown tcp:passed smtp:passed tls:failed certificate:unknown transfer:unknown'
		);
	});

	it('a handshake that passed went through the connection and the greeting: never "not known" before it', () => {
		expect(line(statesForPaste(null, [finding('tls-ok'), finding('cert-expired')]))).toBe(
			'dns:unknown tcp:passed smtp:passed tls:passed certificate:failed transfer:unknown'
		);
		// A pasted certificate alone was never fetched: it says nothing of the stages before it.
		expect(line(statesForPaste(null, [finding('cert-expired')]))).toBe(
			'dns:unknown tcp:unknown smtp:unknown tls:unknown certificate:failed transfer:unknown'
		);
	});

	it('a refused port marks the connection failed, whatever else was pasted after it', () => {
		expect(line(statesForPaste(null, [finding('dns-resolved'), finding('tcp-refused')]))).toBe(
			'dns:passed tcp:failed smtp:unknown tls:unknown certificate:unknown transfer:unknown'
		);
	});

	it('command output refines the code: 4.4.317 with a masked STARTTLS fails at TLS, not at the greeting', () => {
		expect(
			line(statesForPaste('4.4.317', [finding('smtp-banner-ok'), finding('smtp-inspection')]))
		).toBe('dns:passed tcp:passed smtp:passed tls:failed certificate:unknown transfer:unknown');
	});

	it('one failing test of a stage outweighs a passing one', () => {
		expect(statesForPaste(null, [finding('tcp-refused'), finding('tcp-open')]).tcp).toBe('failed');
	});
});

describe('the delivery path in the wizard', () => {
	const scope = (code: string | null) => initialCauses(wizardTree, wizardCauses, code);

	it('4.4.317: once the greeting causes are ruled out, the failure moves on to TLS', () => {
		const ruledOut = ['server-immediate-error', 'server-busy-or-maintenance'];
		expect(line(statesForWizard('4.4.317', stageOfCause, scope('4.4.317'), ruledOut, null))).toBe(
			'dns:passed tcp:passed smtp:passed tls:failed certificate:unknown transfer:unknown'
		);
	});

	it('4.7.320 concluded on the stale receive connector: it broke at the certificate, not before', () => {
		const states = statesForWizard(
			'4.7.320',
			stageOfCause,
			scope('4.7.320'),
			[],
			'stale-tls-certificate-name'
		);
		expect(states.certificate).toBe('failed');
		expect(states.tls).toBe('passed');
	});

	it('from scratch, ruling out every DNS cause turns the name lookup to passed', () => {
		const dns = Object.keys(causeStages).filter((id) => causeStages[id] === 'dns');
		expect(dns.length).toBeGreaterThan(0);
		const states = statesForWizard(null, stageOfCause, scope(null), dns, null);
		expect(states.dns).toBe('passed');
		expect(states.tcp).toBe('unknown');
	});

	it("a conclusion on a cause of no stage (another connector) leaves the code's picture", () => {
		expect(
			line(statesForWizard('4.4.316', stageOfCause, scope('4.4.316'), [], 'routed-elsewhere'))
		).toBe('dns:passed tcp:failed smtp:unknown tls:unknown certificate:unknown transfer:unknown');
	});
});

describe('stage data', () => {
	it('gives every listed cause of the wizard a stage or says it has none', () => {
		const unlisted = unlistedCauses(wizardTree);
		expect(unlisted.size).toBeGreaterThan(0);
		const listed = [...new Set(Object.values(wizardCauses).flat())].filter(
			(cause) => !unlisted.has(cause)
		);
		expect(listed.length).toBeGreaterThan(0);
		for (const cause of listed) expect(Object.hasOwn(causeStages, cause), cause).toBe(true);
	});

	it('names only real questions, and no question that picks a code or asks about history', () => {
		const ids = new Set(wizardTree.questions.map((q) => q.id));
		expect(Object.keys(questionStages).length).toBeGreaterThan(0);
		for (const id of Object.keys(questionStages)) expect(ids.has(id), id).toBe(true);
		for (const id of ['symptom', 'stage', 'partner-destination', 'ever-worked', 'recent-change']) {
			expect(Object.hasOwn(questionStages, id)).toBe(false);
		}
	});
});
