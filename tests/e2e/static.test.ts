import { createHash } from 'node:crypto';
import {
	cpSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HOSTED_CSP } from '../../scripts/vite-plugins';
import { DIST, launch, serveDist, type Browser, type Served } from './harness';
import { readManifest } from './first-load';
import { compactExport } from '../fixtures/trace-export';

// Deployment as users do it: dist/ under a sub-path of a plain static host, offline after one
// visit, a later deploy, and the single file opened from disk.

const PREFIX = '/a/b/';
const SINGLE = join(DIST, 'troubleshooter.html');
/**
 * The single file carries everything, the certificate parser included (the hosted build loads it on
 * demand). Its content data is deflated and inflated by the browser when it opens (issue 22): 756
 * kB before, about 510 kB after. Since then it also carries every cause's public sources (issue 24,
 * about 14.5 kB), the server-log readers, the renewal checklist and the trace layouts (issue 25):
 * the budget grew with them from 600 to 700 KiB, still below the 800 KiB of before the packing.
 */
const SINGLE_BUDGET_BYTES = 700 * 1024;
/** Installing the service worker fetches the whole precache: allow it more than the default 1 s. */
const SW_TIMEOUT = { timeout: 15_000 };

const codes = (page: Page) =>
	page.locator('[data-code]').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));

async function searchFirst(page: Page, query: string): Promise<void> {
	await page.getByTestId('query').fill(query);
	await expect.poll(async () => (await codes(page))[0]).toBe('4.4.316');
}

/** The wizard renders a heading and answers; one answer is taken and the page stays whole. */
async function useWizard(page: Page, base: string): Promise<void> {
	await page.goto(`${base}#/wizard`);
	await page.locator('main').getByRole('heading').first().waitFor();
	expect(await page.getByTestId('answer').count()).toBeGreaterThan(0);
	await page.getByTestId('answer').first().click();
	await page.locator('main').getByRole('heading').first().waitFor();
	expect(new URL(page.url()).hash).toMatch(/^#\/wizard/);
}

const controlled = (page: Page) =>
	page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null);

/** Waits until the service worker is active and controls the page (first visits are not). */
async function untilControlled(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	if ((await controlled(page)) === null) await page.reload();
	await expect.poll(() => controlled(page), SW_TIMEOUT).not.toBeNull();
}

function expectClean(browser: Browser): void {
	expect(browser.foreignRequests).toEqual([]);
	expect(browser.cspViolations).toEqual([]);
	expect(browser.errors).toEqual([]);
}

describe(`dist/ served under ${PREFIX}`, () => {
	let served: Served;
	let browser: Browser;
	let page: Page;

	beforeAll(async () => {
		served = await serveDist(PREFIX);
		browser = await launch();
		page = await browser.newPage();
	});

	afterAll(async () => {
		await browser?.close();
		await served?.close();
	});

	it('carries the hosted CSP and only relative URLs in index.html', async () => {
		const html = readFileSync(join(DIST, 'index.html'), 'utf8');
		const urls = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
		expect(urls.length).toBeGreaterThan(0);
		for (const url of urls) expect(url).toMatch(/^\.\//);
		await page.goto(`${served.url}#/`);
		const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
		expect(await meta.getAttribute('content')).toBe(HOSTED_CSP);
	});

	it('renders every route under the sub-path', async () => {
		await page.goto(`${served.url}#/`);
		await page.getByTestId('query').waitFor();
		expect((await codes(page)).slice(0, 2)).toEqual(['4.4.312', '4.4.315']);

		await page.goto(`${served.url}#/search?q=connection%20refused`);
		await expect.poll(async () => (await codes(page))[0]).toBe('4.4.316');

		await page.goto(`${served.url}#/code/4.7.320`);
		await page.locator('article[data-code="4.7.320"]').waitFor();
		await page.goto(`${served.url}#/code/5.4.316`);
		await page.locator('article[data-code="4.4.316"]').waitFor();

		await page.goto(`${served.url}#/code/not-a-code`);
		const back = page.getByRole('link', { name: /not-a-code/ });
		expect(await back.getAttribute('href')).toBe('#/search?q=not-a-code');

		await page.goto(`${served.url}#/nowhere`);
		expect(await page.locator('main').textContent()).toContain('/nowhere');

		await useWizard(page, served.url);

		await page.goto(`${served.url}#/?lang=it`);
		await page.getByRole('link', { name: 'Scarica per l’uso offline' }).waitFor();
		await page.goto(`${served.url}#/?lang=en`);
		await page.getByRole('link', { name: 'Download for offline use' }).waitFor();
	});

	it('searches as the user types and keeps the query in the address', async () => {
		await page.goto(`${served.url}#/`);
		await page.getByTestId('query').pressSequentially('44316');
		await expect.poll(() => new URL(page.url()).hash).toBe('#/search?q=44316');
		expect(new URL(page.url()).pathname).toBe(PREFIX);
		expect((await codes(page))[0]).toBe('4.4.316');
	});

	it('offers the single file as a download from the footer', async () => {
		await page.goto(`${served.url}#/`);
		const link = page.getByRole('link', { name: 'Download for offline use' });
		expect(await link.getAttribute('download')).not.toBeNull();
		const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
		expect(download.url()).toBe(`${served.url}troubleshooter.html`);
		expect(download.suggestedFilename()).toBe('troubleshooter.html');
		expect(readFileSync(await download.path())).toEqual(readFileSync(SINGLE));
	});

	it('is installable: a manifest and PNG icons from the same folder', async () => {
		await page.goto(`${served.url}#/`);
		const href = await page.locator('link[rel="manifest"]').getAttribute('href');
		const manifestUrl = new URL(href ?? '', served.url).href;
		expect(manifestUrl).toBe(`${served.url}manifest.webmanifest`);
		const manifest: unknown = await (await browser.context.request.get(manifestUrl)).json();
		expect(manifest).toMatchObject({
			name: 'EOP connector troubleshooter',
			short_name: 'EOP errors',
			start_url: './',
			scope: './',
			display: 'standalone',
			theme_color: '#0b5cad',
			background_color: '#ffffff'
		});
		const icons =
			typeof manifest === 'object' && manifest !== null && 'icons' in manifest
				? manifest.icons
				: [];
		expect(icons).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ sizes: '192x192' }),
				expect.objectContaining({ sizes: '512x512' })
			])
		);
		for (const icon of Array.isArray(icons) ? icons : []) {
			const response = await browser.context.request.get(new URL(icon.src, manifestUrl).href);
			expect(response.status()).toBe(200);
			const png = await response.body();
			// PNG IHDR: width and height are big-endian at bytes 16 and 20.
			expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
		}
		const cdp = await browser.context.newCDPSession(page);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
	});

	it('precaches the app, but not the single file, with a same-folder service worker', async () => {
		await page.goto(`${served.url}#/`);
		await untilControlled(page);
		expect(await controlled(page)).toBe(`${served.url}sw.js`);
		const cached = await page.evaluate(async () => {
			const paths: string[] = [];
			for (const name of await caches.keys()) {
				for (const request of await (await caches.open(name)).keys()) {
					paths.push(new URL(request.url).pathname);
				}
			}
			return paths;
		});
		expect(cached).toEqual(
			expect.arrayContaining([
				`${PREFIX}index.html`,
				`${PREFIX}manifest.webmanifest`,
				`${PREFIX}icons/icon-192.png`,
				expect.stringMatching(/^\/a\/b\/assets\/.+\.js$/),
				expect.stringMatching(/^\/a\/b\/assets\/.+\.css$/)
			])
		);
		expect(cached.filter((path) => path.includes('troubleshooter'))).toEqual([]);
		// Every chunk, the parts loaded only when used included: after one visit, all works offline.
		const chunks = Object.values(readManifest(DIST)).flatMap((c) => [c.file, ...(c.css ?? [])]);
		expect(chunks.length).toBeGreaterThan(5);
		expect(cached).toEqual(expect.arrayContaining(chunks.map((file) => `${PREFIX}${file}`)));
		// The entries' page chunks in every language, which the build writes itself (not in the
		// manifest): a switch of language offline finds them.
		const pages = readdirSync(join(DIST, 'assets')).filter((file) => file.startsWith('entry-'));
		expect(pages.filter((file) => file.endsWith('-it.js')).length).toBe(pages.length / 2);
		expect(cached).toEqual(expect.arrayContaining(pages.map((file) => `${PREFIX}assets/${file}`)));
	});

	it('made no request off 127.0.0.1, broke no CSP rule and logged no error', () => {
		expectClean(browser);
	});
});

describe('offline after the first visit', () => {
	let served: Served;
	let browser: Browser;

	beforeAll(async () => {
		served = await serveDist(PREFIX);
		browser = await launch();
	});

	afterAll(async () => {
		await browser?.close();
		await served?.close();
	});

	it('reloads, searches, opens entries and runs the wizard with the host gone', async () => {
		const page = await browser.newPage();
		await page.goto(`${served.url}#/`);
		await page.getByTestId('query').waitFor();
		await untilControlled(page);

		await browser.context.setOffline(true);
		await served.close();

		await page.reload();
		await searchFirst(page, 'connection refused');
		await page.goto(`${served.url}#/code/4.7.320`);
		await page.locator('article[data-code="4.7.320"]').waitFor();
		// The page in the other language: its chunk and the pages' Italian text, from the precache.
		await page.getByRole('button', { name: 'Italiano' }).click();
		await page
			.getByRole('heading', { level: 1, name: /Convalida del certificato non riuscita/ })
			.waitFor();
		await page.getByRole('heading', { level: 2, name: 'Cause probabili' }).waitFor();
		await page.getByRole('button', { name: 'English' }).click();
		await page.getByRole('heading', { level: 1, name: /Certificate validation failed/ }).waitFor();
		await useWizard(page, served.url);
		// The certificate parser was never loaded online: it comes from the precache too.
		await page.goto(`${served.url}#/`);
		await page
			.getByTestId('query')
			.fill(
				readFileSync(join(import.meta.dirname, '..', 'fixtures', 'evidence', 'cert-ec.pem'), 'utf8')
			);
		await page.locator('[data-finding="cert-self-signed"]').waitFor();

		// A new tab, straight to an entry: the navigation is answered from the precache.
		const tab = await browser.newPage();
		await tab.goto(`${served.url}#/code/4.4.316`);
		await tab.locator('article[data-code="4.4.316"]').waitFor();
		await browser.context.setOffline(false);
	});

	it('made no request off 127.0.0.1, broke no CSP rule and logged no error', () => {
		expectClean(browser);
	});
});

describe('a new deploy', () => {
	let root: string;
	let served: Served;
	let browser: Browser;

	beforeAll(async () => {
		root = mkdtempSync(join(tmpdir(), 'eop-deploy-'));
		cpSync(DIST, root, { recursive: true });
		served = await serveDist(PREFIX, root);
		browser = await launch();
	});

	afterAll(async () => {
		await browser?.close();
		await served?.close();
		rmSync(root, { recursive: true, force: true });
	});

	/** Changes index.html as a new build would, with the new revision in the service worker. */
	function deployNewIndex(name = 'next'): void {
		const indexFile = join(root, 'index.html');
		const swFile = join(root, 'sw.js');
		const md5 = (text: string) => createHash('md5').update(text).digest('hex');
		const before = readFileSync(indexFile, 'utf8');
		const after = before.replace('<head>', `<head>\n\t\t<meta name="deploy" content="${name}" />`);
		const sw = readFileSync(swFile, 'utf8');
		expect(sw).toContain(md5(before));
		writeFileSync(indexFile, after);
		writeFileSync(swFile, sw.replace(md5(before), md5(after)));
	}

	it('reaches the user on the next visit, not a cached index.html', async () => {
		const first = await browser.newPage();
		await first.goto(`${served.url}#/`);
		await untilControlled(first);
		await first.close();

		deployNewIndex();

		const next = await browser.newPage();
		await next.goto(`${served.url}#/code/4.4.316`);
		await expect.poll(() => next.locator('meta[name="deploy"]').count(), SW_TIMEOUT).toBe(1);
		await next.locator('article[data-code="4.4.316"]').waitFor();
		expect(new URL(next.url()).hash).toBe('#/code/4.4.316');
	});

	it('does not reload a page that holds a paste when a new deploy takes over: it offers to', async () => {
		const page = await browser.newPage();
		await page.goto(`${served.url}#/`);
		await untilControlled(page);
		const pasted = '450 4.4.316 Connection refused [LastAttemptedServerName=mail.contoso.com]';
		await page.getByTestId('query').fill(pasted);
		await page.locator('[data-detected-code]').first().waitFor();
		await page.evaluate(() => Reflect.set(window, 'sameDocument', true));

		deployNewIndex('second');
		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			await registration?.update();
		});
		await page.locator('[data-update-ready="true"]').waitFor(SW_TIMEOUT);
		// Same document, paste intact: nothing was reloaded behind the admin's back.
		expect(await page.evaluate(() => Reflect.get(window, 'sameDocument'))).toBe(true);
		expect(await page.getByTestId('query').inputValue()).toBe(pasted);
		await page.getByRole('button', { name: 'Reload now' }).click();
		await expect.poll(() => page.locator('meta[content="second"]').count(), SW_TIMEOUT).toBe(1);
		await page.close();
	});

	it('made no request off 127.0.0.1, broke no CSP rule and logged no error', () => {
		expectClean(browser);
	});
});

describe('a new deploy while a tab opened before the service worker holds a paste', () => {
	let root: string;
	let served: Served;
	let browser: Browser;

	beforeAll(async () => {
		root = mkdtempSync(join(tmpdir(), 'eop-strand-'));
		cpSync(DIST, root, { recursive: true });
		served = await serveDist(PREFIX, root);
		// A fresh profile: no worker has ever controlled this origin.
		browser = await launch();
	});

	afterAll(async () => {
		await browser?.close();
		await served?.close();
		rmSync(root, { recursive: true, force: true });
	});

	/**
	 * Deploys a build whose entry page chunk has another name, as a change to it would give: the
	 * old file is gone from the host, every file that named it names the new one.
	 */
	function deployRenamedEntryChunk(): string {
		const assets = join(root, 'assets');
		const old = readdirSync(assets).find((file) => /^EntryPage-[\w-]+\.js$/.test(file));
		if (old === undefined) throw new Error('no EntryPage chunk in dist/assets');
		const renamed = old.replace('EntryPage-', 'EntryPage-next');
		writeFileSync(join(assets, renamed), readFileSync(join(assets, old)));
		rmSync(join(assets, old));
		for (const file of [
			'index.html',
			'sw.js',
			...readdirSync(assets).map((name) => join('assets', name))
		]) {
			const path = join(root, file);
			const text = readFileSync(path, 'utf8');
			if (text.includes(old)) writeFileSync(path, text.replaceAll(old, renamed));
		}
		return old;
	}

	it('offers the reload, and the open tab still opens an entry whose old file the host no longer has', async () => {
		const page = await browser.newPage();
		const missing: string[] = [];
		page.on('response', (response) => {
			if (response.status() === 404) missing.push(response.url());
		});
		await page.goto(`${served.url}#/`);
		await untilControlled(page);
		const pasted = '450 4.4.316 Connection refused [LastAttemptedServerName=mail.contoso.com]';
		await page.getByTestId('query').fill(pasted);
		await page.locator('[data-detected-code]').first().waitFor();
		await page.evaluate(() => Reflect.set(window, 'sameDocument', true));

		const gone = deployRenamedEntryChunk();
		expect((await fetch(`${served.url}assets/${gone}`)).status).toBe(404);
		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			await registration?.update();
		});
		await page.locator('[data-update-ready="true"]').waitFor(SW_TIMEOUT);

		// The tab still runs the previous build: its entry page is answered from the kept copy.
		await page.locator('[data-detected-code]').first().waitFor();
		await page.evaluate(() => (window.location.hash = '#/code/4.4.316'));
		await page.locator('article[data-code="4.4.316"]').waitFor(SW_TIMEOUT);
		expect(await page.evaluate(() => Reflect.get(window, 'sameDocument'))).toBe(true);
		expect(missing).toEqual([]);
		await page.close();
	});

	it('made no request off 127.0.0.1, broke no CSP rule and logged no error', () => {
		expectClean(browser);
	});
});

describe('dist/troubleshooter.html opened from disk', () => {
	let browser: Browser;
	let page: Page;
	const url = pathToFileURL(SINGLE).href;

	beforeAll(async () => {
		browser = await launch();
		page = await browser.newPage();
	});

	afterAll(async () => {
		await browser?.close();
	});

	it(`is one self-contained file under ${SINGLE_BUDGET_BYTES / 1024} kB, without a service worker`, () => {
		const html = readFileSync(SINGLE, 'utf8');
		expect(statSync(SINGLE).size).toBeLessThan(SINGLE_BUDGET_BYTES);
		const markup = html
			.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '<script></script>')
			.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '<style></style>');
		const urls = [...markup.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
		for (const link of urls) expect(link).toMatch(/^data:/);
		expect(html).not.toContain('serviceWorker');
		expect(html).not.toContain('troubleshooter.html');
		const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
		expect(csp).toMatch(
			/^default-src 'none'; script-src 'sha256-[\w+/]+=*'; style-src 'sha256-[\w+/]+=*'; /
		);
	});

	it('searches, opens entries and runs the wizard from file://', async () => {
		await page.goto(`${url}#/`);
		await searchFirst(page, '550 5.4.316 Message expired, connection refused');
		await page.goto(`${url}#/code/4.7.320`);
		await page.locator('article[data-code="4.7.320"]').waitFor();
		// Every language is in the file: the switch finds the page's Italian text there.
		await page.getByRole('button', { name: 'Italiano' }).click();
		await page
			.getByRole('heading', { level: 1, name: /Convalida del certificato non riuscita/ })
			.waitFor();
		await page.getByRole('button', { name: 'English' }).click();
		await page.getByRole('heading', { level: 1, name: /Certificate validation failed/ }).waitFor();
		await useWizard(page, url);
		expect(await page.getByRole('link', { name: 'Download for offline use' }).count()).toBe(0);
		// The certificate parser, a separate chunk in the hosted build, is inside the single file.
		await page.goto(`${url}#/`);
		const pem = readFileSync(
			join(import.meta.dirname, '..', 'fixtures', 'evidence', 'cert-ec.pem'),
			'utf8'
		);
		await page.getByTestId('query').fill(pem);
		await page.locator('[data-finding="cert-self-signed"]').waitFor();
		// A large paste is read in the page here (no worker from file://): it still is read.
		const eml = readFileSync(
			join(import.meta.dirname, '..', 'fixtures', 'sisimai', 'lhost-office365-08.eml'),
			'utf8'
		);
		await page.goto(`${url}#/`);
		await page.getByTestId('query').fill(`${eml}\n${'QUJD'.repeat(20_000)}`);
		await page.locator('[data-detected-code]').first().waitFor();
		// The renewal checklist and the trace summary (read in the page, with csv-lite.ts) are in it.
		await page.goto(`${url}#/`);
		await page
			.getByTestId('query')
			.fill(
				readFileSync(
					join(import.meta.dirname, '..', 'fixtures', 'preflight', 'renewal-broken.txt'),
					'utf8'
				)
			);
		await page
			.locator('[data-testid="preflight"] [data-check="root-g2"][data-state="failed"]')
			.first()
			.waitFor();
		await page.goto(`${url}#/`);
		await page
			.getByTestId('query')
			.fill(
				readFileSync(join(import.meta.dirname, '..', 'fixtures', 'trace', 'detail-v2.csv'), 'utf8')
			);
		const rows = page.locator('[data-testid="trace-summary"] tr[data-code]');
		await rows.nth(1).waitFor();
		expect(
			await rows.evaluateAll((els) =>
				els.map((e) => `${e.getAttribute('data-code')}:${e.getAttribute('data-count')}`)
			)
		).toEqual(['4.4.316:2', '5.4.316:1']);
	});

	it('summarises a 100,000-row export fully, in slices, from file://', async () => {
		await page.goto(`${url}#/`);
		// Set as a paste sets it (fill types through the field's checks at 11 MB for seconds).
		await page.getByTestId('query').evaluate((field, text) => {
			if (!(field instanceof HTMLTextAreaElement)) throw new Error('no query field');
			field.value = text;
			field.dispatchEvent(new Event('input', { bubbles: true }));
		}, compactExport(100_000));
		const summary = page.getByTestId('trace-summary');
		await expect
			.poll(() => summary.textContent(), { timeout: 60_000 })
			.toContain('100000 rows read.');
		expect(await summary.textContent()).not.toContain('were not read');
		// 50,000 pending and 16,667 failed messages over 25 addresses (tests/unit/trace-steps.test.ts).
		const counts = await summary
			.locator('tr[data-code]')
			.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
		expect(counts).toHaveLength(50);
		expect(counts.reduce((a, b) => a + b, 0)).toBe(66_667);
	}, 90_000);

	it('loaded nothing but itself, broke no CSP rule and logged no error', () => {
		expectClean(browser);
	});
});
