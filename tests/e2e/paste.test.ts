import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NDR_CONNECTION_REFUSED, TRACE_SUBJECT_MISMATCH } from '../fixtures/formats';
import { useSession } from './harness';

const session = useSession();

const detected = () =>
	session.page
		.locator('[data-detected-code]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-detected-code')));
const firstResult = () => session.page.locator('[data-code]').first().getAttribute('data-code');

describe('pasting raw error text in chromium', () => {
	it('reads a whole real NDR: 5.4.316 primary, 4.4.316 first, nothing put in the address', async () => {
		const eml = readFileSync(
			join(import.meta.dirname, '..', 'fixtures', 'sisimai', 'lhost-office365-08.eml'),
			'utf8'
		);
		await session.page.goto(`${session.served.url}#/`);
		await session.page.getByTestId('query').fill(eml);
		await expect.poll(async () => (await detected())[0]).toMatch(/5\.4\.316$/);
		expect(await firstResult()).toBe('4.4.316');
		expect(new URL(session.page.url()).hash).toBe('#/search?q=');
	});

	it('uses the host and IP of the paste in the verification commands', async () => {
		await session.page.goto(`${session.served.url}#/`);
		await session.page.getByTestId('query').fill(NDR_CONNECTION_REFUSED);
		await expect.poll(async () => (await detected())[0]).toBe('450 4.4.316');
		await session.page.getByRole('button', { name: /^Check it on mx.example.jp/ }).click();
		const commands = await session.page.locator('.detected pre').allTextContents();
		expect(commands.some((c) => c.includes('Test-NetConnection mx.example.jp -Port 25'))).toBe(
			true
		);
		expect(
			await session.page.locator('[data-likely-cause]').first().getAttribute('data-likely-cause')
		).toBe('firewall-blocks-m365');
	});

	it('opens the wizard with the SubjectMismatch already answered', async () => {
		await session.page.goto(`${session.served.url}#/`);
		await session.page.getByTestId('query').fill(TRACE_SUBJECT_MISMATCH);
		await expect.poll(async () => (await detected())[0]).toBe('450 4.7.320');
		await session.page.getByRole('link', { name: /Continue in the wizard/ }).click();
		const cause = session.page.locator('[data-cause]');
		await cause.waitFor();
		expect(await cause.getAttribute('data-cause')).toBe('cert-subject-mismatch');
		expect(await cause.textContent()).toContain('openssl s_client -connect mail.contoso.com:25');
	});

	it('keeps a short one-line error pasted with Ctrl+V out of the address and the history', async () => {
		const line = '421 4.4.316 Connection to mail.contoso.com (192.0.2.7:25) refused';
		await session.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: new URL(session.served.url).origin
		});
		await session.page.goto(`${session.served.url}#/`);
		const before = await session.page.evaluate(() => history.length);
		await session.page.evaluate((text) => navigator.clipboard.writeText(text), line);
		await session.page.getByTestId('query').focus();
		await session.page.keyboard.press('Control+V');
		await expect.poll(async () => (await detected())[0]).toBe('421 4.4.316');
		// Wait past the pause after which typed text would be written to the address.
		await session.page.waitForTimeout(500);
		const places = await session.page.evaluate(() => [
			location.href,
			JSON.stringify(history.state),
			document.title
		]);
		for (const place of places) {
			expect(place).not.toContain('contoso');
			expect(place).not.toContain('192.0.2.7');
		}
		expect(new URL(session.page.url()).hash).toBe('#/search?q=');
		// Every entry this page added: Back walks them, none holds the text.
		const added = (await session.page.evaluate(() => history.length)) - before;
		expect(added).toBeGreaterThan(0);
		for (let i = 0; i < added; i++) {
			await session.page.goBack();
			expect(session.page.url()).not.toContain('contoso');
		}
	});

	it('shows pasted markup as text and survives 1 MB of noise', async () => {
		await session.page.goto(`${session.served.url}#/`);
		await session.page
			.getByTestId('query')
			.fill(
				'<img src=x onerror="window.injected=1"><script>window.injected=2</script>\n450 4.4.316'
			);
		await expect.poll(async () => (await detected())[0]).toBe('450 4.4.316');
		expect(await session.page.evaluate(() => 'injected' in window)).toBe(false);
		expect(await session.page.locator('main img, main script').count()).toBe(0);

		await session.page.getByTestId('query').fill(`${'4.4.'.repeat(250_000)}\n`);
		await session.page.getByText('No status code found in the pasted text.').waitFor();
	});

	it('made no request off 127.0.0.1 and logged no error', () => {
		expect(session.browser.foreignRequests).toEqual([]);
		expect(session.browser.errors).toEqual([]);
	});
});
