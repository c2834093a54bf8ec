import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, serveDist, type Browser, type Served } from './harness';

let served: Served;
let browser: Browser;
let page: Page;

beforeAll(async () => {
	served = await serveDist('/');
	browser = await launch({ locale: 'it-IT' });
	page = await browser.newPage();
});

afterAll(async () => {
	await browser?.close();
	await served?.close();
});

describe('an Italian browser', () => {
	it('lands in Italian on the first visit', async () => {
		await page.goto(`${served.url}#/code/4.4.316`);
		await page.locator('article[data-code="4.4.316"]').waitFor();
		expect(await page.locator('html').getAttribute('lang')).toBe('it');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(
			'Connessione rifiutata'
		);
		expect(await page.getByTestId('query').count()).toBe(0);
		expect(await page.title()).toBe('Diagnosi connettori EOP');
	});

	it('finds English phrases with the interface in Italian', async () => {
		await page.goto(`${served.url}#/`);
		await page.getByTestId('query').fill('connection refused');
		await expect
			.poll(() => page.locator('[data-code]').first().getAttribute('data-code'))
			.toBe('4.4.316');
		expect(await page.getByText(/risultati per/).count()).toBe(1);
	});

	it('follows the lang= of a shared link, then remembers the switch', async () => {
		await page.goto(`${served.url}#/code/4.7.320?lang=en`);
		await page.locator('article[data-code="4.7.320"]').waitFor();
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		await page.getByRole('button', { name: 'Italiano' }).click();
		expect(new URL(page.url()).hash).toBe('#/code/4.7.320');
		await page.reload();
		await page.locator('article[data-code="4.7.320"]').waitFor();
		expect(await page.locator('html').getAttribute('lang')).toBe('it');
	});

	it('made no request off 127.0.0.1 and logged no error', () => {
		expect(browser.foreignRequests).toEqual([]);
		expect(browser.errors).toEqual([]);
	});
});
