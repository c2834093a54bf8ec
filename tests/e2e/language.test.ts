import { describe, expect, it } from 'vitest';
import { useSession } from './harness';

const session = useSession({ locale: 'it-IT' });

describe('an Italian browser', () => {
	it('lands in Italian on the first visit', async () => {
		await session.page.goto(`${session.served.url}#/code/4.4.316`);
		await session.page.locator('article[data-code="4.4.316"]').waitFor();
		expect(await session.page.locator('html').getAttribute('lang')).toBe('it');
		expect(await session.page.getByRole('heading', { level: 1 }).textContent()).toContain(
			'Connessione rifiutata'
		);
		expect(await session.page.getByTestId('query').count()).toBe(0);
		expect(await session.page.title()).toBe(
			'4.4.316 Connessione rifiutata — Diagnosi connettori EOP'
		);
	});

	it('finds English phrases with the interface in Italian', async () => {
		await session.page.goto(`${session.served.url}#/`);
		await session.page.getByTestId('query').fill('connection refused');
		await expect
			.poll(() => session.page.locator('[data-code]').first().getAttribute('data-code'))
			.toBe('4.4.316');
		// The first screen's quick results come first; the full search's count follows.
		await expect.poll(() => session.page.getByText(/risultati per/).count()).toBe(1);
	});

	it('follows the lang= of a shared link, then remembers the switch', async () => {
		await session.page.goto(`${session.served.url}#/code/4.7.320?lang=en`);
		await session.page.locator('article[data-code="4.7.320"]').waitFor();
		expect(await session.page.locator('html').getAttribute('lang')).toBe('en');
		await session.page.getByRole('button', { name: 'Italiano' }).click();
		expect(new URL(session.page.url()).hash).toBe('#/code/4.7.320');
		await session.page.reload();
		await session.page.locator('article[data-code="4.7.320"]').waitFor();
		expect(await session.page.locator('html').getAttribute('lang')).toBe('it');
	});

	it('made no request off 127.0.0.1 and logged no error', () => {
		expect(session.browser.foreignRequests).toEqual([]);
		expect(session.browser.errors).toEqual([]);
	});
});
