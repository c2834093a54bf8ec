import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { NDR_CONNECTION_REFUSED, TRACE_SUBJECT_MISMATCH } from '../fixtures/formats';
import { launch, serveDist, type Browser, type Served } from './harness';

let served: Served;
let browser: Browser;
let page: Page;

beforeAll(async () => {
	served = await serveDist('/');
	browser = await launch();
	page = await browser.newPage();
});

afterAll(async () => {
	await browser?.close();
	await served?.close();
});

const detected = () =>
	page
		.locator('[data-detected-code]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-detected-code')));
const firstResult = () => page.locator('[data-code]').first().getAttribute('data-code');

describe('pasting raw error text in chromium', () => {
	it('reads a whole real NDR: 5.4.316 primary, 4.4.316 first, nothing put in the address', async () => {
		const eml = readFileSync(
			join(import.meta.dirname, '..', 'fixtures', 'sisimai', 'lhost-office365-08.eml'),
			'utf8'
		);
		await page.goto(`${served.url}#/`);
		await page.getByTestId('query').fill(eml);
		await expect.poll(async () => (await detected())[0]).toMatch(/5\.4\.316$/);
		expect(await firstResult()).toBe('4.4.316');
		expect(new URL(page.url()).hash).toBe('#/');
	});

	it('uses the host and IP of the paste in the verification commands', async () => {
		await page.goto(`${served.url}#/`);
		await page.getByTestId('query').fill(NDR_CONNECTION_REFUSED);
		await expect.poll(async () => (await detected())[0]).toBe('450 4.4.316');
		await page.getByText(/^Check it on/).click();
		const commands = await page.locator('.detected pre').allTextContents();
		expect(commands.some((c) => c.includes('Test-NetConnection mx.example.jp -Port 25'))).toBe(
			true
		);
		expect(
			await page.locator('[data-likely-cause]').first().getAttribute('data-likely-cause')
		).toBe('firewall-blocks-m365');
	});

	it('opens the wizard with the SubjectMismatch already answered', async () => {
		await page.goto(`${served.url}#/`);
		await page.getByTestId('query').fill(TRACE_SUBJECT_MISMATCH);
		await expect.poll(async () => (await detected())[0]).toBe('450 4.7.320');
		await page.getByRole('link', { name: /Continue in the wizard/ }).click();
		const cause = page.locator('[data-cause]');
		await cause.waitFor();
		expect(await cause.getAttribute('data-cause')).toBe('cert-subject-mismatch');
	});

	it('shows pasted markup as text and survives 1 MB of noise', async () => {
		await page.goto(`${served.url}#/`);
		await page
			.getByTestId('query')
			.fill(
				'<img src=x onerror="window.injected=1"><script>window.injected=2</script>\n450 4.4.316'
			);
		await expect.poll(async () => (await detected())[0]).toBe('450 4.4.316');
		expect(await page.evaluate(() => 'injected' in window)).toBe(false);
		expect(await page.locator('main img, main script').count()).toBe(0);

		await page.getByTestId('query').fill(`${'4.4.'.repeat(250_000)}\n`);
		await page.getByText('No status code found in the pasted text.').waitFor();
	});

	it('made no request off 127.0.0.1 and logged no error', () => {
		expect(browser.foreignRequests).toEqual([]);
		expect(browser.errors).toEqual([]);
	});
});
