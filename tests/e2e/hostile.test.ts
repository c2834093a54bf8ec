import { describe, expect, it } from 'vitest';
import {
	badTimePem,
	digLines,
	manyNamesPem,
	randomUnicode,
	shortLinePastes
} from '../fixtures/hostile';
import { useSession } from './harness';

/*
 * The hostile pastes of issue 26, pasted with a real Ctrl+V into the hosted page and the single
 * file in Chromium: each is read and answered, with a bounded page and field, and nothing thrown.
 * How long the main thread is busy is measured by `node scripts/bench.mjs hostile`, not here.
 */

const session = useSession();

const PAGES = [
	['the hosted page', 'index.html'],
	['the single file', 'troubleshooter.html']
] as const;

/** Opens a page at the start and pastes `text` into the field with Ctrl+V, as a person would. */
async function paste(file: string, text: string): Promise<void> {
	const { page, served, browser } = session;
	await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
		origin: new URL(served.url).origin
	});
	await page.goto(`${served.url}${file}#/`);
	await page.evaluate((t) => navigator.clipboard.writeText(t), text);
	await page.getByTestId('query').focus();
	await page.keyboard.press('Control+V');
}

const field = () => session.page.getByTestId('query').inputValue();
const findings = (id: string) => session.page.locator(`[data-finding="${id}"]`);

describe.each(PAGES)('hostile pastes in %s (Ctrl+V, chromium)', (_, file) => {
	it('shows 50,000 lines of dig output 50 findings at a time, with "show more"', async () => {
		await paste(file, digLines(50_000));
		await findings('dns-resolved').first().waitFor({ timeout: 15_000 });
		expect(await session.page.locator('[data-finding]').count()).toBe(50);
		const more = session.page.locator('[data-more-findings]');
		expect(await more.textContent()).toMatch(/^Show 200 more \(50 of [\d,]+ shown\)$/);
		await more.click();
		expect(await session.page.locator('[data-finding]').count()).toBe(250);
		expect((await field()).length).toBeLessThanOrEqual(20_000);
		expect(new URL(session.page.url()).hash).toBe('#/search?q=');
	});

	it('reads a certificate with 10,000 names, and says how many it lists', async () => {
		await paste(file, manyNamesPem());
		const many = findings('cert-many-names');
		await many.waitFor({ timeout: 15_000 });
		expect(await many.textContent()).toContain('10000');
	});

	it('says a certificate with a malformed date could not be read, and why', async () => {
		await paste(file, `openssl s_client output\n${badTimePem()}`);
		const unreadable = findings('cert-unreadable');
		await unreadable.waitFor({ timeout: 15_000 });
		expect(await unreadable.locator('[data-reason]').getAttribute('data-reason')).toBe('bad-time');
		expect(await unreadable.textContent()).toContain(
			'This certificate could not be read: its validity dates cannot be read.'
		);
	});

	it('takes 10 MB of random Unicode as a paste, with a short preview in the field', async () => {
		const text = randomUnicode(2_800_000);
		await paste(file, text);
		await session.page.locator('.detected').waitFor({ timeout: 20_000 });
		expect(await session.page.locator('.paste-note').getAttribute('data-paste-size')).toBe(
			String(text.length)
		);
		expect((await field()).length).toBeLessThan(3_000);
	});

	it('keeps 19,900 characters of quoted-printable soft breaks out of the field, as a preview', async () => {
		const text = shortLinePastes()['quoted-printable soft breaks'] ?? '';
		await paste(file, text);
		await session.page.locator('.paste-note').waitFor({ timeout: 15_000 });
		expect((await field()).split('\n')).toHaveLength(1_000);
		expect(text.startsWith(await field())).toBe(true);
	});
});

describe('a part that fails to load (chromium)', () => {
	it('says the certificate reader could not be loaded, and loads it on "Try again"', async () => {
		const { page } = session;
		// The pages above installed the service worker, which answers from its cache (unseen by
		// page.route): this visit is the first one, before any worker.
		await page.route('**/sw.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
		await page.evaluate(async () => {
			for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
			for (const key of await caches.keys()) await caches.delete(key);
		});
		let blocked = true;
		await page.route('**/assets/x509-*.js', (route) =>
			blocked ? route.fulfill({ status: 404, body: 'not found' }) : route.continue()
		);
		await paste('index.html', `s_client output\n${manyNamesPem()}`);
		const alert = page.locator('[data-part-failed="true"]');
		await alert.waitFor({ timeout: 15_000 });
		expect(await alert.textContent()).toContain('could not be loaded');
		blocked = false;
		await alert.getByRole('button', { name: 'Try again' }).click();
		await findings('cert-many-names').waitFor({ timeout: 15_000 });
		expect(await alert.count()).toBe(0);
		await page.unrouteAll();
	});

	it('made no request off 127.0.0.1 and logged no error but the refused part', () => {
		expect(session.browser.foreignRequests).toEqual([]);
		const errors = session.browser.errors.filter((e) => !/x509-|404|Failed to fetch/i.test(e));
		expect(errors).toEqual([]);
	});
});
