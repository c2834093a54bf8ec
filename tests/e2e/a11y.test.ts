import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useSession } from './harness';

const SHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
const CONCLUSION = '#/wizard?from=4.4.316&a=partner-destination.no~fully-migrated.yes';
const ROUTES = [
	'#/',
	'#/search?q=refused',
	'#/search?q=qqqzzxxwv',
	'#/code/4.4.316',
	'#/code/5.7.1',
	'#/code/9.9.9',
	'#/wizard',
	CONCLUSION,
	// A conclusion that names a specific case and still offers the scope question.
	'#/wizard?from=4.4.317&a=inner-reply.starttls-required~exchange-server-checks.digicert-root-missing',
	'#/nowhere'
];

const session = useSession();

/** Opens a route in a language, waiting for the app to render its main heading. */
async function open(route: string, lang: string): Promise<void> {
	const sep = route.includes('?') ? '&' : '?';
	await session.page.goto(`${session.served.url}${route}${sep}lang=${lang}`);
	await session.page.getByRole('heading', { level: 1 }).waitFor();
	// Search pages are checked with their full results, once the index is built.
	if (route === '#/' || route.startsWith('#/search')) {
		await session.page.locator('[data-search-ready="true"]').waitFor();
	}
}

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
	for (const lang of ['en', 'it']) {
		for (const colorScheme of ['light', 'dark'] as const) {
			it(`reports no violation on any route in ${lang}, ${colorScheme} scheme`, async () => {
				await session.page.emulateMedia({ colorScheme });
				const found: string[] = [];
				for (const route of ROUTES) {
					await open(route, lang);
					const result = await new AxeBuilder({ page: session.page })
						.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
						.analyze();
					if (result.passes.length === 0) found.push(`${route}: axe checked nothing`);
					for (const v of result.violations)
						found.push(`${route}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
				}
				expect(found).toEqual([]);
			});
		}
	}
});

describe('keyboard', () => {
	it('"/" focuses the query, arrows move through results and Enter opens one', async () => {
		await session.page.emulateMedia({ colorScheme: 'light' });
		await open('#/code/4.4.316', 'en');
		await session.page.keyboard.press('/');
		await expect.poll(() => session.page.evaluate(() => document.activeElement?.id)).toBe('query');
		await session.page.keyboard.type('connection');
		await expect
			.poll(() => session.page.getByRole('list', { name: 'Results' }).getByRole('link').count())
			.toBeGreaterThan(1);
		await session.page.keyboard.press('ArrowDown');
		await session.page.keyboard.press('ArrowDown');
		const second = await session.page.locator('[data-code]').nth(1).getAttribute('data-code');
		await session.page.keyboard.press('Enter');
		await session.page.locator(`article[data-code="${second}"]`).waitFor();
	});

	it('walks the wizard with Tab and Enter, Escape goes back, focus follows each question', async () => {
		await open('#/code/4.4.316', 'en');
		await session.page.getByRole('link', { name: 'Find the cause of 4.4.316' }).click();
		await expect
			.poll(() => session.page.evaluate(() => document.activeElement?.id ?? ''))
			.toBe('wizard-title');
		const focusedId = () => session.page.evaluate(() => document.activeElement?.id ?? '');
		const asked = () => session.page.locator('[data-question]').getAttribute('data-question');
		expect(await asked()).toBe('last-attempted-ip');
		await session.page.locator('[data-testid="answer"][data-answer="yes"]').focus();
		await session.page.keyboard.press('Enter');
		await expect.poll(focusedId).toBe('wizard-question');
		expect(await asked()).toBe('fully-migrated');
		// "I don't know" ends the questions: the causes ranked, with their checks.
		await session.page.locator('[data-testid="answer"][data-answer="unknown"]').focus();
		await session.page.keyboard.press('Enter');
		await expect.poll(focusedId).toBe('wizard-conclusion');
		// The conclusion asks who owns the destination: a partner's server adds the partner's text.
		await session.page.locator('[data-scope-answer="yes"]').focus();
		await session.page.keyboard.press('Enter');
		await expect.poll(focusedId).toBe('wizard-conclusion');
		await session.page.locator('[data-owner="partner"]').waitFor();
		await session.page.keyboard.press('Escape');
		await session.page.locator('[data-testid="scope"]').waitFor();
		await session.page.keyboard.press('Escape');
		await expect.poll(focusedId).toBe('wizard-question');
	});
});

describe('print', () => {
	it('prints an entry and a wizard conclusion as a checklist without the page chrome', async () => {
		await session.page.setViewportSize({ width: 1280, height: 900 });
		for (const route of ['#/code/4.4.316', CONCLUSION]) {
			await open(route, 'en');
			await session.page.emulateMedia({ media: 'print' });
			const shown = await session.page.evaluate(() =>
				['header.site', 'footer.site', '.actions', '.wizard-nav', '.switches'].map((sel) => {
					const el = document.querySelector(sel);
					return el ? getComputedStyle(el).display !== 'none' : false;
				})
			);
			expect(shown, route).toEqual([false, false, false, false, false]);
			expect(
				await session.page.locator('.checklist input[type="checkbox"]').count()
			).toBeGreaterThan(0);
			await session.page.emulateMedia({ media: 'screen' });
		}
	});
});

describe('screenshots', () => {
	it('fits 320 px without sideways scrolling; saves home, results, entry, conclusion at 375 and 1280 px', async () => {
		mkdirSync(SHOTS, { recursive: true });
		const pages = {
			home: '#/',
			results: '#/search?q=connection%20refused',
			entry: '#/code/4.4.316',
			conclusion: CONCLUSION
		};
		for (const width of [320, 375, 1280]) {
			await session.page.setViewportSize({ width, height: 900 });
			for (const [name, route] of Object.entries(pages)) {
				await open(route, 'en');
				const overflow = await session.page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				);
				expect(overflow, `${name} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
				await session.page.screenshot({
					path: join(SHOTS, `${name}-${width}.png`),
					fullPage: true
				});
			}
		}
	});

	it('made no request off 127.0.0.1 and logged no error', () => {
		expect(session.browser.foreignRequests).toEqual([]);
		expect(session.browser.errors).toEqual([]);
	});
});
