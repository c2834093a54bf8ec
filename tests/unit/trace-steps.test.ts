import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSteps } from '../../src/lib/reading/steps';
import { parseCsvPapa } from '../../src/lib/trace/csv';
import { parseCsvLite, parseCsvLiteFrom } from '../../src/lib/trace/csv-lite';
import { viewTraceSteps } from '../../src/lib/trace/steps';
import { MAX_ROWS } from '../../src/lib/trace/summary';
import { viewTrace, type TraceView } from '../../src/lib/trace/view';
import { IN_PAGE_CHARS } from '../../src/state/trace';
import { compactExport, extendedExport } from '../fixtures/trace-export';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'trace');
const FIXTURES = readdirSync(DIR).filter((name) => name !== 'README.md');
/** What the single file reads: every row the worker reads, JSON and lists up to IN_PAGE_CHARS. */
const LIMITS = { rows: MAX_ROWS, chars: IN_PAGE_CHARS };

/** The stepped reading run to its end, with the number of steps it yielded and its progress. */
function stepped(
	text: string,
	limits = LIMITS
): { view: TraceView; steps: number; heard: number[] } {
	const heard: number[] = [];
	const steps = viewTraceSteps(text, limits, (rows) => heard.push(rows));
	let count = 0;
	for (;;) {
		const step = steps.next();
		if (step.done) return { view: step.value, steps: count, heard };
		count++;
	}
}

const extended = extendedExport;

const HUNDRED_THOUSAND = extended(100_000);

describe('trace output read in steps (the single file, issue 25)', () => {
	it.each(FIXTURES)('gives exactly the worker’s view of %s', (name) => {
		const text = readFileSync(join(DIR, name), 'utf8');
		const { view } = stepped(text);
		expect(view).toEqual(viewTrace(parseCsvPapa, text, LIMITS));
		expect(view).toEqual(viewTrace(parseCsvLite, text, LIMITS));
		expect(runSteps(viewTraceSteps(text, LIMITS))).toEqual(view);
	});

	it('summarises a 100,000-row export fully, in bounded steps, exactly as the worker does', () => {
		const { view, steps, heard } = stepped(HUNDRED_THOUSAND);
		const worker = viewTrace(parseCsvPapa, HUNDRED_THOUSAND);
		expect(view).toEqual(worker);
		if (!view.ok) throw new Error(view.problem);
		expect([view.summary.rows, view.summary.leftOut]).toEqual([100_000, 0]);
		// 33,334 messages, each with one destination and code of 40 (its number modulo 40 and 5).
		expect(view.summary.groups).toHaveLength(40);
		expect(view.summary.groups.reduce((sum, g) => sum + g.count, 0)).toBe(33_334);
		// PART_ROWS rows a step at most, so a step is a few milliseconds whatever the export's size.
		expect(steps).toBeGreaterThanOrEqual(100_000 / 250);
		expect(heard.at(-1)).toBe(100_000);
		expect(heard.every((rows, i) => i === 0 || rows > (heard[i - 1] ?? 0))).toBe(true);
	});

	it('reads the compact export of the browser test in full, as the worker does', () => {
		const text = compactExport(100_000);
		const { view } = stepped(text);
		expect(view).toEqual(viewTrace(parseCsvPapa, text));
		if (!view.ok) throw new Error(view.problem);
		expect([view.summary.rows, view.summary.leftOut]).toEqual([100_000, 0]);
		// 50,000 pending and 16,667 failed, over 25 addresses.
		expect(view.summary.groups.reduce((sum, g) => sum + g.count, 0)).toBe(66_667);
		expect(view.summary.groups.reduce((sum, g) => sum + g.queued, 0)).toBe(50_000);
	});

	it('stops at the row limit and counts the lines left, as the plain reader does', () => {
		const text = extended(2_600);
		const limits = { rows: 1_000, chars: IN_PAGE_CHARS };
		const { view } = stepped(text, limits);
		expect(view).toEqual(viewTrace(parseCsvLite, text, limits));
		// papaparse's `preview` counts the blank lines it skips: past the limit it reads fewer rows.
		const plain = extended(2_600, false);
		expect(stepped(plain, limits).view).toEqual(viewTrace(parseCsvPapa, plain, limits));
		if (!view.ok) throw new Error(view.problem);
		expect([view.summary.rows, view.summary.limit]).toEqual([1_000, 1_000]);
		expect(view.summary.leftOut).toBeGreaterThan(1_600);
	});

	it('calls a quote never closed malformed where the plain reader does, and not past the limit', () => {
		const good = extended(600);
		const broken = `${good}2026-12-07T10:00:00Z,FAIL,"550 5.4.316 never closed,mx1.fabrikam.example\r\n`;
		expect(stepped(broken).view).toEqual({ ok: false, problem: 'malformed' });
		expect(viewTrace(parseCsvLite, broken, LIMITS)).toEqual({ ok: false, problem: 'malformed' });
		const limits = { rows: 100, chars: IN_PAGE_CHARS };
		const { view } = stepped(broken, limits);
		expect(view).toEqual(viewTrace(parseCsvLite, broken, limits));
		expect(view.ok && view.summary.rows).toBe(100);
	});

	it('takes no 50 MB single line for a header, and reads a header alone as empty', () => {
		const line = `date_time_utc,event_id,${'x'.repeat(50_000_000)}`;
		expect(stepped(line).view).toEqual({ ok: false, problem: 'no-trace-columns' });
		expect(stepped('date_time_utc,event_id,recipient_status\r\n').view).toEqual({
			ok: false,
			problem: 'empty'
		});
	});
});

describe('csv-lite.ts read a part at a time', () => {
	it('gives the records of one reading, whatever the parts', () => {
		const text = extended(3_000);
		const whole = parseCsvLite(text, ',', Number.POSITIVE_INFINITY).rows;
		for (const [rows, chars] of [
			[1, 1],
			[7, 100],
			[250, 64 * 1024],
			[10_000, 33]
		] as const) {
			const parts: string[][] = [];
			let at = 0;
			for (;;) {
				const part = parseCsvLiteFrom(text, ',', at, rows, at + chars);
				parts.push(...part.rows);
				expect(part.rows.length).toBeLessThanOrEqual(rows);
				if (!part.stopped) break;
				expect(part.next).toBeGreaterThan(at);
				at = part.next;
			}
			expect(parts).toEqual(whole);
		}
	});
});
