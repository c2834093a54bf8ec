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
});
