import { join } from 'node:path';
import { launch, serveDist, SLOW_LINK, throttle } from '../e2e/chromium';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chunkKey, firstLoad, GZIP_LEVEL, readManifest, staticClosure } from '../e2e/first-load';

/**
 * A first visit on a slow link, in Chromium: the network throttled to `SLOW_LINK` (1.6 Mbps,
 * 150 ms round trip) and the CPU slowed 4x, a fresh profile each time (nothing cached), dist/
 * served gzipped as a static host would. Measured from the navigation's start: the query field
 * in the page, the first result for `#/search?q=connection%20refused` (the first screen's quick
 * search), the full search's results, and an entry opened cold. Run by `npm run bench` after
 * `npm run build`; reported, not asserted (the byte budget is a test: tests/e2e/first-load.test.ts).
 */

const CPU_SLOWDOWN = 4;
/** Cold visits per page and build: the median is reported. */
const RUNS = 3;
const QUERY = '#/search?q=connection%20refused';
const ENTRY = '#/code/4.4.316';

interface Marks {
	field?: number;
	result?: number;
	firstCode?: string;
	full?: number;
	fullCode?: string;
	entry?: number;
	explained?: number;
	bytes?: number;
	/** The full search's index load in the page (performance measure `search index load`). */
	indexLoad?: number;
}

declare global {
	interface Window {
		__marks?: Marks;
	}
}

/** Records, from before the page's first script, when each thing first appears in the DOM. */
const WATCH = `
window.__marks = {};
new MutationObserver(() => {
	const m = window.__marks;
	const now = performance.now();
	if (m.field === undefined && document.querySelector('[data-testid="query"]')) m.field = now;
	const first = document.querySelector('li[data-code]');
	if (m.result === undefined && first) { m.result = now; m.firstCode = first.dataset.code; }
	if (m.full === undefined && first && document.querySelector('[data-search-ready="true"]')) {
		m.full = now; m.fullCode = first.dataset.code;
	}
	if (m.entry === undefined && document.querySelector('article[data-code]')) m.entry = now;
	if (m.explained === undefined && document.querySelector('[data-search-explained="true"]')) m.explained = now;
}).observe(document, { subtree: true, childList: true, attributes: true });
`;

async function visit(url: string, done: string): Promise<Marks> {
	const browser = await launch();
	try {
		const page = await browser.newPage();
		await page.addInitScript({ content: WATCH });
		await throttle(page, { cpu: CPU_SLOWDOWN });
		await page.goto(url);
		await page.locator(done).first().waitFor({ timeout: 60_000 });
		const marks = await page.evaluate(() => window.__marks ?? {});
		// Bytes over the wire until the field was in the page: what had arrived by then.
		const bytes = await page.evaluate((until) => {
			let sum = 0;
			for (const e of [
				...performance.getEntriesByType('navigation'),
				...performance.getEntriesByType('resource')
			]) {
				if (e instanceof PerformanceResourceTiming && e.responseEnd <= until) sum += e.transferSize;
			}
			return sum;
		}, marks.field ?? 0);
		const indexLoad = await page.evaluate(
			() => performance.getEntriesByName('search index load')[0]?.duration
		);
		return indexLoad === undefined ? { ...marks, bytes } : { ...marks, bytes, indexLoad };
	} finally {
		await browser.close();
	}
}

const median = (values: readonly (number | undefined)[]): number | undefined => {
	const known = values.filter((v): v is number => v !== undefined).sort((a, b) => a - b);
	return known[Math.floor((known.length - 1) / 2)];
};
const ms = (value: number | undefined) => (value === undefined ? '-' : String(Math.round(value)));

/**
 * Gzipped bytes of the chunks a part needs beyond the start page's files: its static closure in the
 * build manifest (the part's own chunk, what it imports, their CSS), files also counted elsewhere
 * left out.
 */
function partBytes(dist: string, sources: readonly string[], besides: ReadonlySet<string>): number {
	const manifest = readManifest(dist);
	const files = staticClosure(
		manifest,
		sources.map((source) => chunkKey(manifest, source))
	);
	let sum = 0;
	for (const file of files) {
		if (!besides.has(file))
			sum += gzipSync(readFileSync(join(dist, file)), { level: GZIP_LEVEL }).length;
	}
	return sum;
}

/** Runs the first-load benchmark on dist/ and returns its report. */
export async function run(): Promise<string> {
	const dist = join(process.cwd(), 'dist');
	const counted = firstLoad(dist);
	const total = counted.reduce((sum, f) => sum + f.gzipped, 0);
	const served = await serveDist('/', dist, { gzip: GZIP_LEVEL });
	const mbps = (SLOW_LINK.downloadThroughput * 8) / 1e6;
	const first = new Set(counted.map((f) => f.file));
	const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
	const search = partBytes(dist, ['src/data/search/engine.ts'], first);
	const prose = partBytes(dist, ['virtual:content/search-prose/en'], first);
	const otherProse = partBytes(dist, ['virtual:content/search-prose/it'], first);
	// The entry's own chunk is written by the build (scripts/content/modules.ts), not in the manifest.
	const entryFile = readdirSync(join(dist, 'assets')).find((f) =>
		/^entry-4\.4\.316-.+-en\.js$/.test(f)
	);
	const entryChunk = entryFile
		? gzipSync(readFileSync(join(dist, 'assets', entryFile)), { level: GZIP_LEVEL }).length
		: 0;
	const entry =
		partBytes(
			dist,
			['src/components/entry/EntryPage.svelte', 'src/data/messages/en-pages.ts'],
			first
		) + entryChunk;
	// Loaded once the page is shown: what the ticket needs beyond the page.
	const manifest = readManifest(dist);
	const onPage = staticClosure(manifest, [
		chunkKey(manifest, 'src/components/entry/EntryPage.svelte')
	]);
	const ticket = partBytes(
		dist,
		['src/components/common/ticket.ts'],
		new Set([...first, ...onPage])
	);
	const lines = [
		`Parts beyond the start page (gzip -${GZIP_LEVEL}): the full search ${kB(search)} (its index and the entries' short texts), the prose for its explanations ${kB(prose)} in English, then ${kB(otherProse)} in Italian, a cold #/code/4.4.316 ${kB(entry)} in English (the page, its interface text, the entry's chunk ${kB(entryChunk)}), then its ticket ${kB(ticket)}`,
		`First visit on a slow link in Chromium (${mbps} Mbps down, ${SLOW_LINK.latency} ms round trip, CPU ${CPU_SLOWDOWN}x slower, nothing cached; median of ${RUNS} cold visits; ms from navigation start)`,
		`  Start page before it is ready (build manifest, gzip -${GZIP_LEVEL}): ${total.toLocaleString('en')} bytes in ${counted.length} files (${counted.map((f) => `${f.file} ${f.gzipped.toLocaleString('en')}`).join(', ')})`,
		`  ${'build'.padEnd(13)}${'field usable'.padStart(13)}${'first result'.padStart(14)}${'full results'.padStart(14)}${'explained'.padStart(11)}${'entry page'.padStart(12)}${'index load'.padStart(12)}${'bytes to field'.padStart(16)}  first / full result`
	];
	try {
		for (const [name, page] of [
			['hosted', ''],
			['single file', 'troubleshooter.html']
		] as const) {
			const searches: Marks[] = [];
			const entries: Marks[] = [];
			for (let i = 0; i < RUNS; i++) {
				searches.push(
					await visit(
						`${served.url}${page}${QUERY}`,
						'[data-search-ready="true"][data-search-explained="true"] li[data-code]'
					)
				);
				entries.push(await visit(`${served.url}${page}${ENTRY}`, 'article[data-code]'));
			}
			const last = searches[searches.length - 1];
			lines.push(
				`  ${name.padEnd(13)}${ms(median(searches.map((m) => m.field))).padStart(13)}${ms(median(searches.map((m) => m.result))).padStart(14)}${ms(median(searches.map((m) => m.full))).padStart(14)}${ms(median(searches.map((m) => m.explained))).padStart(11)}${ms(median(entries.map((m) => m.entry))).padStart(12)}${ms(median(searches.map((m) => m.indexLoad))).padStart(12)}${(median(searches.map((m) => m.bytes))?.toLocaleString('en') ?? '-').padStart(16)}  ${last?.firstCode ?? '-'} / ${last?.fullCode ?? '-'}`
			);
		}
	} finally {
		await served.close();
	}
	lines.push(
		'  (times are when each first appears in the DOM; the first result comes from the quick search over the catalog brief, the full results once the full search has loaded its index (the hosted build: the prebuilt one; the single file builds it in the page), "explained" once the prose of the explanations has reached it too; "index load" runs from the full search arriving to its being ready)'
	);
	return lines.join('\n');
}
