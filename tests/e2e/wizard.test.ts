import { describe, expect, it } from 'vitest';
import { useSession } from './harness';

const session = useSession();

const question = () => session.page.locator('[data-question]').getAttribute('data-question');
const answer = (id: string) =>
	session.page.locator(`[data-testid="answer"][data-answer="${id}"]`).click();

describe('the wizard in chromium', () => {
	it('walks from an entry session.page to the 4.7.320 subject-mismatch cause, back, and reload', async () => {
		await session.page.goto(`${session.served.url}#/code/4.7.320`);
		await session.page.getByRole('link', { name: 'Find the cause of 4.7.320' }).click();
		// The server-side checks first (who owns the destination is asked at the conclusion): they decide the most causes at once.
		await expect.poll(question).toBe('exchange-server-checks');
		await answer('all-fine');
		await expect.poll(question).toBe('certificate-check');
		await answer('name-mismatch');
		const cause = session.page.locator('[data-cause]');
		await cause.waitFor();
		expect(await cause.getAttribute('data-cause')).toBe('cert-subject-mismatch');
		expect(await cause.getAttribute('data-code')).toBe('4.7.320');
		expect(await cause.getAttribute('data-certainty')).toBe('confirmed');
		expect(await cause.textContent()).toContain('openssl s_client');

		// A reload of the concluded state shows the same conclusion, as sure as before.
		const concluded = session.page.url();
		await session.page.reload();
		await expect
			.poll(() => session.page.locator('[data-cause]').getAttribute('data-certainty'))
			.toBe('confirmed');
		expect(await session.page.locator('[data-cause]').getAttribute('data-cause')).toBe(
			'cert-subject-mismatch'
		);
		expect(session.page.url()).toBe(concluded);

		// The browser's Back and Forward move between steps, like the wizard's own Back.
		await session.page.goBack();
		await expect.poll(question).toBe('certificate-check');
		await session.page.goForward();
		await expect.poll(() => session.page.locator('[data-cause]').count()).toBe(1);
		await session.page.getByRole('button', { name: 'Back' }).click();
		await expect.poll(question).toBe('certificate-check');

		// A reload (or a shared link) restores the exact step.
		const url = session.page.url();
		await session.page.reload();
		await expect.poll(question).toBe('certificate-check');
		expect(session.page.url()).toBe(url);
	});

	it('starts from scratch with the "which error" question and narrows to the chosen code', async () => {
		await session.page.goto(`${session.served.url}#/wizard`);
		await expect.poll(question).toBe('symptom');
		await answer('4.4.316');
		await expect.poll(question).toBe('last-attempted-ip');
		// Its five listed causes and "not listed": a partner's server is scope, not a cause.
		expect(await session.page.locator('[data-in-play]').count()).toBe(6);

		// Escape undoes an answer by going back in history: no extra entries pile up.
		await answer('yes');
		await expect.poll(question).not.toBe('last-attempted-ip');
		await session.page.keyboard.press('Escape');
		await expect.poll(question).toBe('last-attempted-ip');
		await session.page.goBack();
		await expect.poll(question).toBe('symptom');
	});

	it('reloads a "most likely" conclusion as "likely", never more', async () => {
		const link =
			'#/wizard?from=4.4.317&a=partner-destination.no~inner-reply.starttls-required' +
			'~connector-route.yes~tls-required.no~ehlo-reply.no-starttls~cert-renewed.yes' +
			'~tls-certificate-name.unknown~lb-servers.single~smtp-inspection.no';
		await session.page.goto(`${session.served.url}${link}`);
		const cause = session.page.locator('[data-cause]');
		await cause.waitFor();
		expect(await cause.getAttribute('data-cause')).toBe('stale-tls-certificate-name');
		expect(await cause.getAttribute('data-certainty')).toBe('likely');
		await session.page.reload();
		await expect.poll(() => cause.getAttribute('data-certainty')).toBe('likely');
	});

	it('made no request off 127.0.0.1 and logged no error', () => {
		expect(session.browser.foreignRequests).toEqual([]);
		expect(session.browser.errors).toEqual([]);
	});
});
