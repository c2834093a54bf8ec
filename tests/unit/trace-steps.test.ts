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

const DIR = join(import.meta.dirname, '..', 'fixtures', 'trace');
const FIXTURES = readdirSync(DIR).filter((name) => name !== 'README.md');
/** What the single file reads: every row the worker reads, JSON and lists up to IN_PAGE_CHARS. */
const LIMITS = { rows: MAX_ROWS, chars: IN_PAGE_CHARS };

/** The stepped reading run to its end, with the number of steps it yielded and its progress. */
function stepped(text: string, limits = LIMITS): { view: TraceView; steps: number; heard: number[] } {
	const heard: number[] = [];
	const steps = viewTraceSteps(text, limits, (rows) => heard.push(rows));
	let count = 0;
	for (;;) {
		const step = steps.next();
		if (step.done) return { view: step.value, steps: count, heard };
		count++;
	}
}

/**
 * An Extended-report-shaped export of `count` rows as an admin exports it: CRLF, quoted statuses
 * (some with a comma, a doubled quote or a line break inside), each message deferred then failed
 * or delivered later, rows out of order, a blank line now and then, 40 destinations, 5 codes.
 */
function extended(count: number, blanks = true): string {
	const lines = [
		'date_time_utc,event_id,recipient_status,server_hostname,recipient_address,message_id,subject'
	];
	const statuses = [
		'"450 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mx.fabrikam.example]"',
		'"450 4.4.317 Cannot connect to remote server [Message=451 5.7.3 STARTTLS is required to send mail]"',
		'"550 5.4.316 Message expired, connection refused"',
		'"451 4.4.0 DNS query failed, ""NXDOMAIN"""',
		'"550 5.7.64 TenantAttribution; Relay Access Denied\nSecond line"'
	];
	for (let i = 0; i < count; i++) {
		const message = Math.floor(i / 3);
		const hour = String((message * 7) % 24).padStart(2, '0');
		const minute = String(59 - (i % 60)).padStart(2, '0');
		const event = i % 3 === 2 ? (message % 4 === 0 ? 'DELIVER' : 'FAIL') : 'DEFER';
		lines.push(
			`2026-12-0${1 + (message % 7)}T${hour}:${minute}:00Z,${event},${statuses[message % 5]},mx${message % 40}.fabrikam.example,u${message}@fabrikam.example,<m${message}@contoso.com>,=cmd|' /C calc'!A0`
		);
		if (blanks && i % 997 === 0) lines.push('');
	}
	return `${lines.join('\r\n')}\r\n`;
}

const HUNDRED_THOUSAND = extended(100_000);

describe('trace output read in steps (the single file, issue 25)', () => {
	it.each(FIXTURES)('gives exactly the worker’s view of %s', (name) => {
		const text = readFileSync(join(DIR, name), 'utf8');
		const { view } = stepped(text);
		expect(view).toEqual(viewTrace(parseCsvPapa, text, LIMITS));
		expect(view).toEqual(viewTrace(parseCsvLite, text, LIMITS));
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
