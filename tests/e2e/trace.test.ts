import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSession } from './harness';

const session = useSession();

describe('a message trace export pasted in chromium', () => {
	it('is summarised in the worker: one row per destination and code, nothing in the address', async () => {
		const csv = readFileSync(
			join(import.meta.dirname, '..', 'fixtures', 'trace', 'detail-v2.csv'),
			'utf8'
		);
		await session.page.goto(`${session.served.url}#/`);
		await session.page.getByTestId('query').fill(csv);
		const rows = session.page.locator('[data-testid="trace-summary"] tr[data-code]');
		await expect.poll(() => rows.count()).toBe(2);
		expect(
			await rows.evaluateAll((els) =>
				els.map((e) => [
					e.getAttribute('data-destination'),
					e.getAttribute('data-code'),
					e.getAttribute('data-count')
				])
			)
		).toEqual([
			['mail.fabrikam.example', '4.4.316', '2'],
			['mail.fabrikam.example', '5.4.316', '1']
		]);
		expect(await session.page.locator('[data-testid="trace-summary"] svg rect').count()).toBe(4);
		expect(new URL(session.page.url()).hash).toBe('#/search?q=');
	});

	it('reads the Graph message trace JSON in the worker the same way', async () => {
		const json = readFileSync(
			join(import.meta.dirname, '..', 'fixtures', 'trace', 'graph-messagetraces.json'),
			'utf8'
		);
		await session.page.goto(`${session.served.url}#/`);
		await session.page.getByTestId('query').fill(json);
		const rows = session.page.locator('[data-testid="trace-summary"] tr[data-code]');
		await expect.poll(() => rows.count()).toBe(2);
		expect(
			await rows.evaluateAll((els) =>
				els.map((e) => [e.getAttribute('data-code'), e.getAttribute('data-count')])
			)
		).toEqual([
			['pending', '2'],
			['failed', '1']
		]);
	});

	it('shows the certificate renewal checklist of pasted Exchange lists', async () => {
		const text = readFileSync(
			join(import.meta.dirname, '..', 'fixtures', 'preflight', 'renewal-broken.txt'),
			'utf8'
		);
		await session.page.goto(`${session.served.url}#/`);
		await session.page.getByTestId('query').fill(text);
		const checks = session.page.locator(
			'[data-testid="preflight"] [data-server="EX02.fabrikam.example"] [data-check]'
		);
		await expect.poll(() => checks.count()).toBe(7);
		expect(await checks.first().getAttribute('data-check')).toBe('certificate-valid');
		expect(await checks.first().getAttribute('data-state')).toBe('failed');
		expect(new URL(session.page.url()).hash).toBe('#/search?q=');
	});
});
