import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzePaste, analyzePasteSteps } from '../../src/lib/analysis';
import { readEvidence, readEvidenceSteps } from '../../src/lib/evidence';
import { parsePaste, parsePasteSteps } from '../../src/lib/parse';
import { runSteps } from '../../src/lib/reading/steps';
import { inSlices, SLICE_MS } from '../../src/state/slices';
import { digLines, receivedLines } from '../fixtures/hostile';

const now = new Date('2026-12-08T00:00:00Z');
const ndr = [
	'Remote Server returned 450 4.4.316 Connection refused [Message=Socket error code 10061]',
	'LastAttemptedServerName=mx.contoso.com',
	'$ dig contoso.com MX',
	';; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 1',
	';; ANSWER SECTION:',
	'contoso.com.  3600 IN MX 10 mx.contoso.com.'
].join('\n');

/** How many times a computation in steps yields before its result. */
function yieldsOf(steps: Iterator<void, unknown, void>): number {
	let count = 0;
	while (!steps.next().done) count++;
	return count;
}

describe('reading in steps', () => {
	it('gives what the plain functions give, pausing between the parser phases and the readers', () => {
		for (const text of [ndr, digLines(2_000), receivedLines(5_000)]) {
			const diagnosis = parsePaste(text);
			expect(runSteps(parsePasteSteps(text))).toEqual(diagnosis);
			const context = { expectedName: diagnosis.tls?.expected ?? null };
			expect(runSteps(readEvidenceSteps(text, now, context))).toEqual(
				readEvidence(text, now, context)
			);
			expect(runSteps(analyzePasteSteps(text, now))).toEqual(analyzePaste(text, now));
		}
		// The parser's five phases, then the lines and each of the (at least seven) text readers.
		expect(yieldsOf(parsePasteSteps(ndr))).toBe(5);
		expect(yieldsOf(readEvidenceSteps(ndr, now, { expectedName: null }))).toBeGreaterThanOrEqual(8);
		expect(yieldsOf(analyzePasteSteps(ndr, now))).toBeGreaterThanOrEqual(14);
		const dig = analyzePaste(digLines(2_000), now);
		expect(dig.findings.length).toBeGreaterThan(1_000);
	});
});

describe('work in slices', () => {
	afterEach(() => {
		vi.useRealTimers();
		vi.restoreAllMocks();
	});

	it('runs about SLICE_MS of steps per task and hands the result over in a task of its own', () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		let clock = 0;
		vi.spyOn(performance, 'now').mockImplementation(() => clock);
		const tasks: string[][] = [[]];
		function* work(): Generator<void, string, void> {
			for (let i = 0; i < 6; i++) {
				tasks.at(-1)?.push(`step ${i}`);
				// Each step takes half a slice.
				clock += SLICE_MS / 2;
				yield;
			}
			return 'read';
		}
		let result: string | null = null;
		inSlices(work(), (value) => {
			result = value;
			tasks.at(-1)?.push('done');
		});
		// Nothing runs in the caller's task.
		expect(tasks).toEqual([[]]);
		for (let i = 0; i < 10 && result === null; i++) {
			tasks.push([]);
			vi.runOnlyPendingTimers();
		}
		expect(result).toBe('read');
		expect(tasks.filter((task) => task.length > 0)).toEqual([
			['step 0', 'step 1'],
			['step 2', 'step 3'],
			['step 4', 'step 5'],
			['done']
		]);
	});
});
