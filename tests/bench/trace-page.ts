import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, serveDist } from '../e2e/chromium';
import { pasteWithKeys } from './paste-keys';
import { compactExport, extendedExport } from '../fixtures/trace-export';

/**
 * A 100,000-row trace export pasted (a real Ctrl+V) into the built app in Chromium: the time until
 * the trace summary says every row was read, and the main-thread tasks from the paste until a
 * second after it (Long Tasks API): the longest, and how many took over 100 ms (issue 25: the main
 * thread never blocks more than 100 ms). The single file is opened from file:// as users open it
 * (no worker: it reads in slices); the hosted page reads in its worker. Run by
 * `node scripts/bench.mjs trace` after a build; reported, not asserted.
 */

const LONG_TASKS = `
window.__tasks = [];
new PerformanceObserver((list) => {
	for (const e of list.getEntries()) window.__tasks.push(e.duration);
}).observe({ type: 'longtask', buffered: true });
`;

const GIVE_UP_MS = 60_000;
const AFTER_MS = 1_000;

async function traceCase(page: Page, url: string, text: string) {
	await pasteWithKeys(page, url, text);
	// Until the summary says how many rows it read (a build that reads fewer says fewer), or, for
	// the text that is no export, until the paste's reading has shown something.
	const [shown, read] = await page.evaluate(
		(limit) =>
			new Promise<[number | null, string]>((resolve) => {
				const start = performance.now();
				const check = () => {
					const summary = document.querySelector('[data-testid="trace-summary"]');
					const rows = /(\d+) rows read/.exec(summary?.textContent ?? '')?.[1];
					const other =
						summary === null && document.querySelector('.detected, .results, main [role="alert"]');
					if (rows !== undefined || other) {
						const at = performance.now() - (window.__pasteAt ?? start);
						requestAnimationFrame(() => resolve([at, rows ?? '–']));
					} else if (performance.now() - start > limit) resolve([null, '–']);
					else setTimeout(check, 16);
				};
				check();
			}),
		GIVE_UP_MS
	);
	await page.waitForTimeout(AFTER_MS);
	const tasks = await page.evaluate(() => window.__tasks ?? []);
	return {
		shown,
		read,
		longest: Math.max(0, ...tasks),
		over100: tasks.filter((d) => d > 100).length,
		tasks: tasks.length
	};
}

export async function run(): Promise<string> {
	const root = process.env.BENCH_DIST ?? join(process.cwd(), 'dist');
	const served = await serveDist('/', root);
	const browser = await launch();
	const single = pathToFileURL(join(root, 'troubleshooter.html')).href;
	for (const origin of [new URL(served.url).origin, 'file://']) {
		await browser.context
			.grantPermissions(['clipboard-read', 'clipboard-write'], { origin })
			.catch(() => browser.context.grantPermissions(['clipboard-read', 'clipboard-write']));
	}
	const compact = compactExport(100_000);
	const exports: [string, string][] = [
		['100,000 rows, Get-MessageTraceV2 CSV (11 MB)', compact],
		['100,000 rows, Extended report CSV (25 MB)', extendedExport(100_000)],
		// The same text with a header of no export: what the paste costs without the trace reader.
		['the 11 MB with a header of no export', compact.replace(/^[^\r]*/, '"A","B","C","D","E","F"')]
	];
	const lines = [
		`Trace exports in Chromium (${root}): Ctrl+V to "N rows read"; long tasks until 1 s after`,
		`  ${'export'.padEnd(48)}${'page'.padEnd(13)}${'shown ms'.padStart(9)}${'rows'.padStart(8)}${'longest'.padStart(9)}${'>100ms'.padStart(8)}${'>50ms'.padStart(7)}`
	];
	try {
		for (const [where, url] of [
			['single file', `${single}#/`],
			['hosted', `${served.url}index.html#/`]
		] as const) {
			for (const [name, text] of exports) {
				const tab = await browser.newPage();
				await tab.addInitScript({ content: LONG_TASKS });
				try {
					const r = await traceCase(tab, url, text);
					lines.push(
						`  ${name.padEnd(48)}${where.padEnd(13)}${(r.shown === null ? 'none' : String(Math.round(r.shown))).padStart(9)}${r.read.padStart(8)}${String(Math.round(r.longest)).padStart(9)}${String(r.over100).padStart(8)}${String(r.tasks).padStart(7)}`
					);
				} catch (error) {
					lines.push(
						`  ${name.padEnd(48)}${where.padEnd(13)}failed: ${String(error).slice(0, 80)}`
					);
				}
				await tab.close();
			}
		}
	} finally {
		await browser.close();
		await served.close();
	}
	return lines.join('\n');
}
