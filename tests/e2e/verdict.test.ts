import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { useSession } from './harness';

const session = useSession();

const NDR = readFileSync(
	join(import.meta.dirname, '..', 'fixtures', 'sisimai', 'lhost-office365-08.eml'),
	'utf8'
);
const CONCLUSION = '#/wizard?from=4.4.316&a=partner-destination.no~fully-migrated.yes';
const SIZES = [
	{ width: 1280, height: 800 },
	{ width: 375, height: 812 }
] as const;
const CONNECTOR_ENTRIES = ['4.4.312', '4.4.315', '4.4.316', '4.4.317', '4.4.318', '4.7.320'];

async function open(route: string, lang: string): Promise<void> {
	const sep = route.includes('?') ? '&' : '?';
	await session.page.goto(`${session.served.url}${route}${sep}lang=${lang}`);
	await session.page.getByRole('heading', { level: 1 }).waitFor();
}

/** Pastes with Ctrl+V, as an admin does (the field then says what was pasted). */
async function paste(text: string, lang = 'en'): Promise<void> {
	await session.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
		origin: new URL(session.served.url).origin
	});
	await open('#/', lang);
	await session.page.evaluate((t) => navigator.clipboard.writeText(t), text);
	await session.page.getByTestId('query').focus();
	await session.page.keyboard.press('Control+V');
	await session.page.getByTestId('verdict').waitFor();
	// The field shows the start of the paste and says how long it is (a large one, its preview's note).
	expect(await session.page.locator('.paste-chip, .paste-note').first().textContent()).toMatch(
		lang === 'it'
			? /^\s*(Incollato: [\d.,]+ righe|Incollati)/
			: /^\s*Pasted:? [\d.,]+ (lines|characters)/
	);
	expect(await session.page.getByTestId('query').evaluate((el) => el.scrollTop)).toBe(0);
}

/** The bottom of an element's box, in page pixels from the top (the page is not scrolled). */
const bottomOf = (testid: string) =>
	session.page.getByTestId(testid).evaluate((el) => {
		const box = el.getBoundingClientRect();
		return box.bottom + window.scrollY;
	});

describe('the verdict and "Do this first", above the fold', () => {
	for (const size of SIZES) {
		for (const lang of ['en', 'it']) {
			it(`at ${size.width}x${size.height} in ${lang}: Detected panel, entry page and conclusion`, async () => {
				await session.page.setViewportSize(size);
				const seen: Record<string, number> = {};
				await paste(NDR, lang);
				seen['paste'] = await bottomOf('first-step');
				await open('#/code/4.4.316', lang);
				seen['entry'] = await bottomOf('first-step');
				await open(CONCLUSION, lang);
				await session.page.getByTestId('first-step').waitFor();
				seen['conclusion'] = await bottomOf('first-step');
				for (const [page, bottom] of Object.entries(seen)) {
					expect({ page, fits: bottom <= size.height, bottom }).toEqual({
						page,
						fits: true,
						bottom
					});
				}
			});
		}
	}
});

describe('the incident ticket and the pasted facts', () => {
	it('copies this incident of a real NDR in at most 15 lines, and the entry keeps its host', async () => {
		await session.page.setViewportSize({ width: 1280, height: 800 });
		await session.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: new URL(session.served.url).origin
		});
		await paste(NDR);
		const step = session.page.getByTestId('first-step');
		expect(await step.locator('pre').textContent()).toBe(
			'Test-NetConnection neko.example.jp -Port 25'
		);
		await session.page.getByTestId('copy-ticket').click();
		const lines = (await session.page.evaluate(() => navigator.clipboard.readText())).split('\n');
		expect(lines).toEqual([
			'Mail delivery incident: 550 5.4.316 Connection refused',
			'Recipient domain: neko.example.jp',
			'Destination server: neko.example.jp (153.126.192.107:25)',
			'Socket error: 10061 WSAECONNREFUSED: Connection refused: the address answered but actively rejected the connection on port 25. No mail service is listening there, or a firewall rejects the sender.',
			'Attempts (2, times as in the NDR, UTC): 6/19/2018 7:26:11 AM → 6/19/2018 7:32:05 AM',
			'State: expired, the retries are over and the sender got an NDR; resend once fixed',
			'Likely cause: A firewall rejects Microsoft 365 (most likely, not proved)',
			'First step: Check: TCP 25 reachable (PowerShell) Run: Test-NetConnection neko.example.jp -Port 25'
		]);
		expect(lines.join('\n')).not.toContain('<smart-host>');

		// The entry page opened from the results keeps the incident, in memory only.
		await session.page.locator('[data-code="4.4.316"] a').first().click();
		await session.page.locator('article[data-code="4.4.316"]').waitFor();
		expect(await session.page.getByTestId('first-step').locator('pre').textContent()).toBe(
			'Test-NetConnection neko.example.jp -Port 25'
		);
		expect(await session.page.getByLabel('Your smart host, for the commands').inputValue()).toBe(
			'neko.example.jp'
		);
		const places = await session.page.evaluate(() => [
			location.href,
			JSON.stringify(history.state),
			JSON.stringify({ ...localStorage }),
			JSON.stringify({ ...sessionStorage })
		]);
		for (const place of places) expect(place).not.toContain('neko');
		await session.page.getByRole('button', { name: /^Copy a link to this page/ }).click();
		const link = await session.page.evaluate(() => navigator.clipboard.readText());
		expect(link).toMatch(/#\/code\/4\.4\.316(\?lang=en)?$/);
		expect(link).not.toContain('neko');
	});
});

describe('entry pages, shorter by default', () => {
	it('show at most 600 words on every connector entry, in English and Italian, before anything is unfolded', async () => {
		await session.page.setViewportSize({ width: 1280, height: 800 });
		const words: Record<string, number> = {};
		for (const page of CONNECTOR_ENTRIES.flatMap((code) => [`${code} en`, `${code} it`])) {
			const [code, lang] = page.split(' ') as [string, string];
			await open(`#/code/${code}`, lang);
			// What a reader sees: the text for screen readers only (a picture said in words) aside.
			words[page] = await session.page.locator('article.entry').evaluate((el) => {
				for (const hidden of el.querySelectorAll<HTMLElement>('.visually-hidden'))
					hidden.style.display = 'none';
				return (el as HTMLElement).innerText.split(/\s+/).filter(Boolean).length;
			});
		}
		const over = Object.entries(words).filter(([, count]) => count > 600);
		expect({ over, words }).toEqual({ over: [], words });
	});

	it('lose nothing when unfolded: every cause opens, each command shown once', async () => {
		await open('#/code/4.7.320', 'en');
		const counts = await session.page.locator('article.entry').evaluate((el) => {
			for (const d of el.querySelectorAll('details')) (d as HTMLDetailsElement).open = true;
			const commands = [...el.querySelectorAll('.cause pre')].map((p) => p.textContent ?? '');
			const hidden = [...el.querySelectorAll('.cause p, .cause li')].filter(
				(p) => (p as HTMLElement).offsetParent === null
			).length;
			return { commands: commands.length, distinct: new Set(commands).size, hidden };
		});
		expect(counts.commands).toBe(counts.distinct);
		expect(counts.hidden).toBe(0);
	});
});

describe('print', () => {
	/** The number of pages of a PDF, from its page objects. */
	const pages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;

	for (const colorScheme of ['light', 'dark'] as const) {
		it(`"Print checklist" gives one or two A4 pages, in dark text on white (${colorScheme})`, async () => {
			await session.page.emulateMedia({ colorScheme });
			for (const route of ['#/code/4.4.316', '#/code/4.7.320', CONCLUSION]) {
				await open(route, 'it');
				await session.page.getByTestId('verdict').waitFor();
				await session.page.evaluate(() => {
					window.print = () => undefined;
				});
				await session.page.getByRole('button', { name: 'Stampa la checklist' }).click();
				await session.page.emulateMedia({ media: 'print', colorScheme });
				const colour = await session.page
					.locator('.verdict-what')
					.evaluate((el) => getComputedStyle(el).color);
				expect(colour).toBe('rgb(0, 0, 0)');
				const pdf = await session.page.pdf({ format: 'A4' });
				const count = pages(pdf);
				expect({ route, count, fits: count >= 1 && count <= 2 }).toEqual({
					route,
					count,
					fits: true
				});
				await session.page.emulateMedia({ media: 'screen', colorScheme });
			}
		});

		it(`prints a whole entry in light colours on a few pages, not 10 to 14 (${colorScheme})`, async () => {
			await session.page.emulateMedia({ colorScheme });
			for (const code of CONNECTOR_ENTRIES) {
				await open(`#/code/${code}`, 'it');
				await session.page.getByTestId('verdict').waitFor();
				await session.page.emulateMedia({ media: 'print', colorScheme });
				const colours = await session.page.evaluate(() =>
					[...document.querySelectorAll('main p, main pre, main li')]
						.slice(0, 40)
						.map((el) => getComputedStyle(el).color)
				);
				expect(colours.filter((c) => c !== 'rgb(0, 0, 0)' && c !== 'rgb(51, 51, 51)')).toEqual([]);
				const count = pages(await session.page.pdf({ format: 'A4' }));
				expect({ code, count, fits: count <= 4 }).toEqual({ code, count, fits: true });
				await session.page.emulateMedia({ media: 'screen', colorScheme });
			}
		});
	}
});

describe('results', () => {
	it('open from anywhere on the card, and Back returns the focus to the result opened', async () => {
		await session.page.setViewportSize({ width: 1280, height: 800 });
		await open('#/search?q=connection%20refused', 'en');
		await session.page.locator('[data-search-ready="true"]').waitFor();
		const second = session.page.locator('.result').nth(1);
		const code = await second.getAttribute('data-code');
		// The line under the title, not the title's link itself.
		const box = await second.boundingBox();
		if (box === null) throw new Error('the second result is not shown');
		await session.page.mouse.click(box.x + box.width / 2, box.y + box.height - 6);
		await session.page.locator(`article[data-code="${code}"]`).waitFor();
		await session.page.goBack();
		await expect
			.poll(() =>
				session.page.evaluate(() =>
					document.activeElement?.closest('.result')?.getAttribute('data-code')
				)
			)
			.toBe(code);
	});
});

describe('all errors as a table', () => {
	it('sorts and filters, opens an entry, and Back returns the focus to its row', async () => {
		await session.page.setViewportSize({ width: 1280, height: 800 });
		await open('#/', 'en');
		await session.page.locator('[data-search-ready="true"]').waitFor();
		const cards = await session.page.locator('.result').count();
		await session.page.getByRole('button', { name: 'Show as a table' }).click();
		const rows = session.page.locator('tr[data-row-code]');
		await rows.first().waitFor();
		expect(await rows.count()).toBe(cards);
		const axe = await new AxeBuilder({ page: session.page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
			.analyze();
		expect(axe.violations.map((v) => v.id)).toEqual([]);
		await session.page.getByRole('button', { name: 'Title' }).click();
		const titles = await session.page
			.locator('tr[data-row-code] td:nth-child(2)')
			.allTextContents();
		expect(titles).toEqual(
			[...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))
		);
		expect(
			await session.page.getByRole('columnheader', { name: /Title/ }).getAttribute('aria-sort')
		).toBe('ascending');
		await session.page.getByLabel('Filter').fill('44316');
		expect(
			await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-row-code')))
		).toEqual(['4.4.316']);
		await rows.first().getByRole('link').click();
		await session.page.locator('article[data-code="4.4.316"]').waitFor();
		await session.page.goBack();
		await expect
			.poll(() =>
				session.page.evaluate(() =>
					document.activeElement?.closest('tr')?.getAttribute('data-row-code')
				)
			)
			.toBe('4.4.316');
		await session.page.getByRole('button', { name: 'Show as a table' }).click();
	});
});
