import { describe, expect, it } from 'vitest';
import { useSession } from './harness';
import { CONNECTOR_CODES } from '../fixtures/expected';

const session = useSession();

const codes = () =>
	session.page
		.locator('[data-code]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));

describe('the built app in chromium', () => {
	it('home lists every entry, connector errors first', async () => {
		await session.page.goto(`${session.served.url}#/`);
		await session.page.getByTestId('query').waitFor();
		const shown = await codes();
		expect(shown.slice(0, 7)).toEqual(CONNECTOR_CODES);
	});

	it.each(['connection refused', '44316', '550 5.4.316 Message expired, connection refused'])(
		'shows 4.4.316 first for %j',
		async (query) => {
			await session.page.goto(`${session.served.url}#/`);
			await session.page.getByTestId('query').fill(query);
			await expect.poll(async () => (await codes())[0]).toBe('4.4.316');
			// The address follows once typing pauses.
			const search = `#/search?q=${encodeURIComponent(query).replace(/%20/g, '+')}`;
			await expect.poll(() => new URL(session.page.url()).hash).toBe(search);
		}
	);

	it('keeps the typed query in a shareable address', async () => {
		await session.page.goto(`${session.served.url}#/`);
		await session.page.getByTestId('query').pressSequentially('refused');
		await expect.poll(() => new URL(session.page.url()).hash).toBe('#/search?q=refused');
		await session.page.reload();
		expect(await session.page.getByTestId('query').inputValue()).toBe('refused');
		// The full search is ready a moment after load (its index is built in idle time).
		await expect.poll(async () => (await codes())[0]).toBe('4.4.316');
	});

	it('opens #/code/4.7.320 directly, with causes and fixes', async () => {
		await session.page.goto(`${session.served.url}#/code/4.7.320`);
		const article = session.page.locator('article[data-code="4.7.320"]');
		await article.waitFor();
		expect(await session.page.getByRole('heading', { level: 1 }).textContent()).toContain(
			'4.7.320'
		);
		// Its own causes, those described under another code, and the one not listed.
		expect(await article.locator('[data-cause-id]').count()).toBe(8);
	});

	it('opens an entry from a result click', async () => {
		await session.page.goto(`${session.served.url}#/search?q=connection%20refused`);
		await session.page.locator('[data-code="4.4.316"] a').click();
		await session.page.locator('article[data-code="4.4.316"]').waitFor();
		expect(new URL(session.page.url()).hash).toBe('#/code/4.4.316');
	});

	it('shows a clear session.page for an unknown code', async () => {
		await session.page.goto(`${session.served.url}#/code/not-a-code`);
		const link = session.page.getByRole('link', { name: /not-a-code/ });
		expect(await link.getAttribute('href')).toBe('#/search?q=not-a-code');
	});

	it('shows a clear session.page for an unknown route', async () => {
		await session.page.goto(`${session.served.url}#/nowhere`);
		expect(await session.page.getByRole('heading', { level: 1 }).textContent()).toBeTruthy();
		expect(await session.page.locator('main').textContent()).toContain('/nowhere');
	});

	it('serves the wizard route with its first question and answer buttons', async () => {
		await session.page.goto(`${session.served.url}#/wizard`);
		const question = session.page.locator('[data-question]');
		await question.waitFor();
		expect(await question.getAttribute('data-question')).toBe('symptom');
		expect(await session.page.getByTestId('answer').count()).toBeGreaterThan(2);
	});

	it('made no request off 127.0.0.1 and logged no error', () => {
		expect(session.browser.foreignRequests).toEqual([]);
		expect(session.browser.errors).toEqual([]);
	});
});
