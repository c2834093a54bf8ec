import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/svelte';
import { goTo, searchIndexBuilt, pasteIntoApp, readFixture } from './helpers';

beforeAll(searchIndexBuilt);
beforeEach(() => goTo('#/'));
afterEach(cleanup);

const fixture = (name: string) => readFixture('trace', name);

const rows = () =>
	[...document.querySelectorAll('[data-testid="trace-summary"] tr[data-code]')].map((row) => [
		row.getAttribute('data-destination'),
		row.getAttribute('data-code'),
		row.getAttribute('data-count')
	]);

describe('a pasted message trace export', () => {
	it('shows one row per destination and code, the expiry of what waits, and the picture per hour', async () => {
		await pasteIntoApp(fixture('detail-v2.csv'));
		await waitFor(() => expect(rows().length).toBe(2));
		expect(rows()).toEqual([
			['mail.fabrikam.example', '4.4.316', '2'],
			['mail.fabrikam.example', '5.4.316', '1']
		]);
		const summary = screen.getByTestId('trace-summary');
		expect(summary.textContent).toContain('2026-12-08 08:07 UTC');
		expect(summary.querySelector('a[href="#/code/4.4.316"]')).not.toBeNull();
		expect(summary.querySelector('svg[role="img"] title')?.textContent).toContain('4 hours');
		expect(summary.querySelectorAll('svg rect')).toHaveLength(4);
		// The rows behind a group are rendered when it is opened, not before.
		expect(summary.querySelectorAll('.rows li')).toHaveLength(0);
		const opener = summary.querySelector('details summary');
		if (!(opener instanceof HTMLElement)) throw new Error('no group to open');
		opener.click();
		await waitFor(() => expect(summary.querySelectorAll('.rows li')).toHaveLength(3));
		expect([...summary.querySelectorAll('.rows .n')].map((n) => n.textContent)).toEqual([
			'2',
			'3',
			'4'
		]);
		// The export's codes rank their entry, as any paste's do.
		expect(document.querySelector('.results [data-code]')?.getAttribute('data-code')).toBe(
			'4.4.316'
		);
	});

	it('shows formula-looking cells as text, never as markup or links', async () => {
		await pasteIntoApp(fixture('extended.csv'));
		await waitFor(() => expect(rows().length).toBe(2));
		const summary = screen.getByTestId('trace-summary');
		for (const opener of summary.querySelectorAll('details summary')) {
			if (opener instanceof HTMLElement) opener.click();
		}
		await waitFor(() => expect(summary.querySelectorAll('.rows')).toHaveLength(2));
		expect(summary.textContent).toContain("=cmd|' /C calc'!A0");
		expect(summary.querySelector('a[href^="http"]')).toBeNull();
	});

	it.each([
		['malformed.csv', 'a quoted field is never closed'],
		['thousand-columns.csv', 'more than 200 columns']
	])('says what is wrong with %s', async (name, words) => {
		await pasteIntoApp(fixture(name));
		await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(words));
	});

	it.each([
		[
			'graph-messagetraces.json',
			[
				['198.51.100.25', 'pending', '2'],
				['198.51.100.25', 'failed', '1']
			]
		],
		['graph-details.json', [['mail.fabrikam.example', '4.4.317', '1']]],
		['detail-v2-list.txt', [['mail.fabrikam.example', '4.4.316', '1']]],
		[
			'detail-v2-table.txt',
			[
				['', '4.4.316', '1'],
				['', '5.4.316', '1']
			]
		],
		[
			'eac-summary.csv',
			[
				['fabrikam.example', 'pending', '2'],
				['fabrikam.example', 'failed', '1'],
				['northwind.example', 'pending', '1']
			]
		],
		[
			'enhanced-summary.csv',
			[
				['fabrikam.example', 'failed', '2'],
				['fabrikam.example', 'pending', '1']
			]
		]
	])('summarises %s in the same rows', async (name, expected) => {
		await pasteIntoApp(fixture(name));
		await waitFor(() => expect(rows().length).toBe(expected.length));
		expect(rows()).toEqual(expected);
	});

	it('says a cut Graph JSON cannot be read', async () => {
		await pasteIntoApp(fixture('graph-broken.json'));
		await waitFor(() =>
			expect(screen.getByTestId('trace-summary').querySelector('[role="alert"]')).not.toBeNull()
		);
		expect(screen.getByTestId('trace-summary').textContent).toContain(
			'it is cut off or not valid JSON'
		);
	});

	it('reads an export of thousands of rows in slices, saying how far it has read, then all of it', async () => {
		const lines = ['date_time_utc,event_id,recipient_status,server_hostname,message_id'];
		for (let i = 0; i < 6_000; i++) {
			lines.push(
				`2026-12-07T${String(i % 24).padStart(2, '0')}:00:00Z,DEFER,"450 4.4.316 Connection refused",mx${i % 3}.fabrikam.example,<m${i}@contoso.com>`
			);
		}
		await pasteIntoApp(lines.join('\n'));
		await waitFor(() =>
			expect(screen.getByTestId('trace-progress').textContent).toMatch(/\d+ rows so far/)
		);
		await waitFor(() => expect(rows().length).toBe(3), { timeout: 10_000 });
		expect(rows()).toEqual([
			['mx0.fabrikam.example', '4.4.316', '2000'],
			['mx1.fabrikam.example', '4.4.316', '2000'],
			['mx2.fabrikam.example', '4.4.316', '2000']
		]);
		expect(screen.getByTestId('trace-summary').textContent).toContain('6000 rows read.');
	});
});
