import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeTrace } from '../../src/lib/trace';
import { parseCsvPapa, readTraceCsv } from '../../src/lib/trace/csv';
import { parseCsvLite } from '../../src/lib/trace/csv-lite';
import { readTrace as readTraceWith } from '../../src/lib/trace/view';

import { summarizeTrace, traceDate } from '../../src/lib/trace/summary';

const readTrace = (text: string) => readTraceWith(parseCsvPapa, text);

const fixture = (name: string) =>
	readFileSync(join(import.meta.dirname, '..', 'fixtures', 'trace', name), 'utf8');
const read = (name: string) => {
	const reading = readTraceCsv(fixture(name));
	if (!reading.ok) throw new Error(`${name}: ${reading.problem}`);
	return reading.summary;
};
const iso = (date: Date | null) => date?.toISOString() ?? null;

describe('message trace exports, keyed on column names', () => {
	it('groups Get-MessageTraceV2 | Export-Csv by destination and status, with the 24-hour expiry of what waits', () => {
		const summary = read('getmessagetracev2.csv');
		expect(summary.groups.map((g) => [g.destination, g.code, g.count, g.queued])).toEqual([
			['198.51.100.25', 'pending', 2, 2],
			['198.51.100.25', 'failed', 1, 0]
		]);
		expect(iso(summary.groups[0]?.nextExpiry ?? null)).toBe('2026-12-08T08:02:11.000Z');
		expect(iso(summary.groups[0]?.lastExpiry ?? null)).toBe('2026-12-08T09:40:00.000Z');
	});

	it('takes the code and the server from the Reason of Get-MessageTraceDetailV2 rows', () => {
		const summary = read('detail-v2.csv');
		expect(summary.groups.map((g) => [g.destination, g.code, g.count, g.queued, g.rows])).toEqual([
			['mail.fabrikam.example', '4.4.316', 2, 2, [2, 3, 4]],
			['mail.fabrikam.example', '5.4.316', 1, 0, [5]]
		]);
		const first = summary.groups[0];
		expect([iso(first?.firstFailure ?? null), iso(first?.lastFailure ?? null)]).toEqual([
			'2026-12-07T08:07:40.000Z',
			'2026-12-07T10:07:40.000Z'
		]);
		// The first deferral of each message, plus 24 hours.
		expect(iso(first?.nextExpiry ?? null)).toBe('2026-12-08T08:07:40.000Z');
		expect(summary.hours).toEqual([
			{ hour: '2026-12-06T07', code: '5.4.316', count: 1 },
			{ hour: '2026-12-07T08', code: '4.4.316', count: 1 },
			{ hour: '2026-12-07T09', code: '4.4.316', count: 1 },
			{ hour: '2026-12-07T10', code: '4.4.316', count: 1 }
		]);
	});

	it('reads an Extended report with its columns in another order and its rows unsorted', () => {
		const summary = read('extended.csv');
		// b2 was deferred, then delivered: it met the failure but waits no more.
		expect(summary.groups.map((g) => [g.destination, g.code, g.count, g.queued])).toEqual([
			['mail.tailspin.example', '4.4.317', 2, 1],
			['mail.tailspin.example', 'failed', 1, 0]
		]);
		expect(iso(summary.groups[0]?.nextExpiry ?? null)).toBe('2026-12-08T10:15:02.000Z');
	});

	it('keeps formula-looking cells as the text they are', () => {
		const reading = readTraceCsv(fixture('extended.csv'));
		expect(reading.ok && reading.rows[4]?.['recipient_status']).toBe("=cmd|' /C calc'!A0");
		expect(reading.ok && reading.rows[4]?.['custom_data']).toBe(
			'=HYPERLINK("http://198.51.100.66/x")'
		);
	});

	it.each([
		['malformed.csv', 'malformed'],
		['thousand-columns.csv', 'too-many-columns']
	])('says what is wrong with %s: %s', (name, problem) => {
		expect(readTraceCsv(fixture(name))).toEqual({ ok: false, problem });
	});

	it('reads no trace from CSV without trace columns, or from a header alone', () => {
		expect(readTraceCsv('name,value\na,b\n')).toEqual({ ok: false, problem: 'no-trace-columns' });
		expect(readTraceCsv('event_id,recipient_status\n')).toEqual({ ok: false, problem: 'empty' });
	});

	it('tells an export from other text by its header', () => {
		expect(looksLikeTrace(fixture('getmessagetracev2.csv'))).toBe(true);
		expect(looksLikeTrace(fixture('extended.csv'))).toBe(true);
		expect(looksLikeTrace('450 4.4.316 Connection refused, status, toip')).toBe(false);
		expect(looksLikeTrace('Reason: [{LED=450 4.4.317 …}]')).toBe(false);
	});

	it('reads the dates of the exports as UTC', () => {
		expect(iso(traceDate('12/7/2026 8:02:11 PM'))).toBe('2026-12-07T20:02:11.000Z');
		expect(iso(traceDate('12/7/2026 12:05:00 AM'))).toBe('2026-12-07T00:05:00.000Z');
		expect(iso(traceDate('2026-12-07T10:15:02.1234567+01:00'))).toBe('2026-12-07T09:15:02.000Z');
		expect(traceDate('yesterday')).toBeNull();
	});

	it('summarises 100,000 rows (speed: npm run bench)', () => {
		const rows = Array.from({ length: 100_000 }, (_, i) => ({
			event_id: i % 3 === 0 ? 'DEFER' : 'FAIL',
			recipient_status:
				i % 2 === 0 ? '450 4.4.316 Connection refused' : '550 5.4.316 Message expired',
			server_hostname: `mx${i % 7}.fabrikam.example`,
			message_id: `<m${i}@contoso.com>`,
			date_time_utc: `2026-12-07T${String(i % 24).padStart(2, '0')}:00:00Z`
		}));
		const summary = summarizeTrace(rows);
		expect(summary.groups.reduce((sum, g) => sum + g.count, 0)).toBe(100_000);
		expect(summary.groups.every((g) => g.rows.length <= 200)).toBe(true);
	});
});

describe('message trace output in its other layouts', () => {
	const readAny = (name: string) => {
		const reading = readTrace(fixture(name));
		if (!reading.ok) throw new Error(`${name}: ${reading.problem}`);
		return reading.summary;
	};
	const groups = (name: string) =>
		readAny(name).groups.map((g) => [g.destination, g.code, g.count, g.queued]);

	it('reads a page of the Graph message trace JSON like Get-MessageTraceV2 | Export-Csv', () => {
		expect(looksLikeTrace(fixture('graph-messagetraces.json'))).toBe(true);
		expect(groups('graph-messagetraces.json')).toEqual([
			['198.51.100.25', 'pending', 2, 2],
			['198.51.100.25', 'failed', 1, 0]
		]);
		expect(iso(readAny('graph-messagetraces.json').groups[0]?.nextExpiry ?? null)).toBe(
			'2026-12-08T08:02:11.000Z'
		);
	});

	it('reads Graph trace details with the code and server of their description', () => {
		expect(groups('graph-details.json')).toEqual([['mail.fabrikam.example', '4.4.317', 1, 1]]);
		expect(iso(readAny('graph-details.json').groups[0]?.nextExpiry ?? null)).toBe(
			'2026-12-08T08:07:40.000Z'
		);
	});

	it('reads Get-MessageTraceDetailV2 | fl, its wrapped Detail joined', () => {
		expect(looksLikeTrace(fixture('detail-v2-list.txt'))).toBe(true);
		expect(groups('detail-v2-list.txt')).toEqual([['mail.fabrikam.example', '4.4.316', 1, 1]]);
		const first = readAny('detail-v2-list.txt').groups[0];
		expect([iso(first?.firstFailure ?? null), iso(first?.lastFailure ?? null)]).toEqual([
			'2026-12-07T08:07:40.000Z',
			'2026-12-07T10:07:40.000Z'
		]);
	});

	it('reads Get-MessageTraceDetailV2 as a table: one message, its cut Detail still naming the code', () => {
		expect(looksLikeTrace(fixture('detail-v2-table.txt'))).toBe(true);
		// The table names no server: the destination is not shown (the Detail was cut before it).
		expect(groups('detail-v2-table.txt')).toEqual([
			['', '4.4.316', 1, 0],
			['', '5.4.316', 1, 0]
		]);
	});

	it('reads the EAC summary export by its column names, the status words as the EAC writes them', () => {
		expect(looksLikeTrace(fixture('eac-summary.csv'))).toBe(true);
		expect(groups('eac-summary.csv')).toEqual([
			['fabrikam.example', 'pending', 2, 2],
			['fabrikam.example', 'failed', 1, 0],
			['northwind.example', 'pending', 1, 1]
		]);
	});

	it('reads the Enhanced summary one recipient at a time, from its Recipient_status', () => {
		expect(groups('enhanced-summary.csv')).toEqual([
			['fabrikam.example', 'failed', 2, 0],
			['fabrikam.example', 'pending', 1, 1]
		]);
	});

	it('says what is wrong with broken JSON, and never takes other JSON or a sentence for a trace', () => {
		expect(readTrace(fixture('graph-broken.json'))).toEqual({
			ok: false,
			problem: 'malformed-json'
		});
		expect(looksLikeTrace('{"name": "x", "value": [1, 2]}')).toBe(false);
		expect(looksLikeTrace('Status : Valid\nThumbprint : 3C9F')).toBe(false);
		const wide = JSON.stringify({
			value: [
				Object.fromEntries(
					Array.from({ length: 1000 }, (_, i) => [`c${i}`, 'x']).concat([
						['receivedDateTime', '2026-12-07T08:00:00Z'],
						['status', 'failed']
					])
				)
			]
		});
		expect(readTrace(wide)).toEqual({ ok: false, problem: 'too-many-columns' });
	});

	it('says JSON too large for the page, and reads a list only as far as the page may', () => {
		const json = fixture('graph-messagetraces.json');
		expect(readTraceWith(parseCsvPapa, json, { rows: 10, chars: 100 })).toEqual({
			ok: false,
			problem: 'too-large'
		});
		const list = fixture('detail-v2-list.txt');
		const cut = readTraceWith(parseCsvPapa, list, {
			rows: 10,
			chars: list.indexOf('Event            : Defer')
		});
		// Only the Receive row is read: no failure yet.
		expect(cut.ok && cut.summary.groups).toEqual([]);
	});

	it('keeps formula-looking values of every layout as text', () => {
		const reading = readTrace(fixture('graph-messagetraces.json'));
		expect(reading.ok && reading.rows[2]?.['subject']).toBe('=HYPERLINK("http://198.51.100.66/x")');
		const eac = readTrace(fixture('eac-summary.csv'));
		expect(eac.ok && eac.rows[2]?.['subject']).toBe("=cmd|' /C calc'!A0");
	});
});

describe('the single file’s CSV reader (csv-lite.ts)', () => {
	const csvFixtures = [
		'getmessagetracev2.csv',
		'detail-v2.csv',
		'extended.csv',
		'eac-summary.csv',
		'enhanced-summary.csv',
		'malformed.csv',
		'thousand-columns.csv'
	];
	it.each(csvFixtures)('reads %s into the same records as papaparse', (name) => {
		const text = fixture(name);
		expect(parseCsvLite(text, ',', 1000)).toEqual(parseCsvPapa(text, ',', 1000));
	});

	it.each([
		[
			'quotes, line breaks and doubled quotes',
			'a,b\r\n"x, y","say ""hi""\nthere"\r\n\r\nlast,\r\nend,\r\n'
		],
		['a tab-separated export', 'event_id\trecipient_status\nDEFER\t"450 4.4.316"\n'],
		['no line break at the end', 'a,b\n1,2'],
		['a quote never closed', 'a,b\n"open,2\n3,4\n']
	])('agrees with papaparse on %s', (_, text) => {
		const delimiter = text.startsWith('event_id\t') ? '\t' : ',';
		expect(parseCsvLite(text, delimiter, 1000).rows).toEqual(
			parseCsvPapa(text, delimiter, 1000).rows
		);
		expect(parseCsvLite(text, delimiter, 1000).unclosedQuote).toBe(
			parseCsvPapa(text, delimiter, 1000).unclosedQuote
		);
	});

	it('keeps text after a closing quote in its field (papaparse calls the quote invalid)', () => {
		expect(parseCsvLite('a,b\n"x"y,z\n', ',', 10).rows).toEqual([
			['a', 'b'],
			['xy', 'z']
		]);
	});

	it('stops at the row limit', () => {
		const text = `event_id\n${'DEFER\n'.repeat(50)}`;
		expect(parseCsvLite(text, ',', 10).rows).toHaveLength(10);
		const reading = readTraceCsv(text, { rows: 5 });
		expect(
			reading.ok && [reading.summary.rows, reading.summary.leftOut, reading.summary.limit]
		).toEqual([5, 45, 5]);
	});
});
