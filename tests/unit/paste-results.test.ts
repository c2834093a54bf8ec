import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog';
import { wizardCauses } from '../../src/data';
import { wizardTree } from '../../src/data/wizard';
import { readText } from '../../src/lib/analysis';
import { indexCatalog } from '../../src/lib/catalog/lookup';
import { parsePaste } from '../../src/lib/parse';
import { pasteResults } from '../../src/lib/search/paste';
import { evaluate } from '../../src/lib/wizard/engine';
import {
	NDR_CONNECTION_REFUSED,
	NDR_STARTTLS_REQUIRED,
	TRACE_SUBJECT_MISMATCH_MESSAGE,
	TRACE_TLS_NEGOTIATION_FAILED
} from '../fixtures/formats';
import { readingTools } from '../fixtures/reading';

const index = indexCatalog(catalog);
const fixture = (name: string) =>
	readFileSync(join(import.meta.dirname, '..', 'fixtures', 'sisimai', name), 'utf8');

describe('results for a pasted text', () => {
	it('ranks 4.4.316 first for the real 5.4.316 NDR, not a code of its quoted headers', () => {
		const results = pasteResults(parsePaste(fixture('lhost-office365-08.eml')), index);
		expect(results[0]?.entry.code).toBe('4.4.316');
		expect(results[0]?.reason).toEqual({
			kind: 'code',
			code: '5.4.316',
			asTyped: expect.stringContaining('5.4.316'),
			via: expect.stringMatching(/^(alias|class)$/)
		});
	});

	it('ranks 4.4.312 first for the real 5.4.312 NDR', () => {
		expect(pasteResults(parsePaste(fixture('lhost-office365-06.eml')), index)[0]?.entry.code).toBe(
			'4.4.312'
		);
	});

	it('ranks 4.7.320 first for a message-trace SubjectMismatch line', () => {
		expect(pasteResults(parsePaste(TRACE_SUBJECT_MISMATCH_MESSAGE), index)[0]?.entry.code).toBe(
			'4.7.320'
		);
	});
});

describe('the wizard, opened from a paste', () => {
	const tools = readingTools();
	/** The wizard the Detected panel opens for a pasted text: the app's own reading (readText). */
	const conclude = (text: string, from: string) => {
		const proof = readText(text, 'pasted', tools).proof;
		expect(proof?.wizardFrom).toBe(from);
		const state = proof?.wizard ?? { from, answers: [] };
		return { state, step: evaluate(wizardTree, wizardCauses, state).step };
	};

	it("reads Presented Subject CN=<server> as the server's own certificate and asks about its binding", () => {
		const { state, step } = conclude(TRACE_SUBJECT_MISMATCH_MESSAGE, '4.7.320');
		expect(state.answers.at(-1)).toEqual({ question: 'cert-name-matches', answer: 'server-name' });
		// Both causes of a default certificate now lead the ranking, each with the checks that tell
		// them apart (a fact that only ranks ends the questions, as an admin's would).
		const ranking = step.kind === 'conclusion' ? step.causes : step.inPlay;
		expect(
			ranking
				.slice(0, 2)
				.map((c) => c.id)
				.sort()
		).toEqual(['partial-fix-behind-balancer', 'stale-tls-certificate-name']);
	});

	it('confirms cert-subject-mismatch for a SubjectMismatch naming another host', () => {
		const text = TRACE_SUBJECT_MISMATCH_MESSAGE.replace(
			'CN=ExchangeServer01',
			'CN=mail.fabrikam.com'
		);
		const { state, step } = conclude(text, '4.7.320');
		expect(state.answers.at(-1)).toEqual({ question: 'cert-name-matches', answer: 'no' });
		expect(step).toMatchObject({
			kind: 'conclusion',
			certainty: 'confirmed',
			causes: expect.arrayContaining([expect.objectContaining({ id: 'cert-subject-mismatch' })])
		});
		expect(step.kind === 'conclusion' && step.causes[0]?.id).toBe('cert-subject-mismatch');
	});

	it('answers the quoted reply "STARTTLS is required" for a STARTTLS-required error', () => {
		const { state } = conclude(NDR_STARTTLS_REQUIRED, '4.4.317');
		expect(state.answers.at(-1)).toEqual({ question: 'inner-reply', answer: 'starttls-required' });
	});

	it('answers the quoted reply "TLS negotiation failed" for a message-trace line', () => {
		const { state } = conclude(TRACE_TLS_NEGOTIATION_FAILED, '4.4.317');
		expect(state.answers.at(-1)).toEqual({ question: 'inner-reply', answer: 'tls-failed' });
	});

	it('leaves the decisive questions open for a refused connection (firewall or retired server)', () => {
		const { state, step } = conclude(NDR_CONNECTION_REFUSED, '4.4.316');
		expect(state.answers).toEqual([]);
		// Nothing the paste says decides a cause: the first check is asked (who owns the server is
		// asked at the conclusion, where it changes the texts).
		expect(step.kind === 'question' && step.question.id).toBe('last-attempted-ip');
	});
});
