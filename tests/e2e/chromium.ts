/**
 * The browser side of the e2e tests and benchmarks: dist/ served on 127.0.0.1 as a static host
 * would, and Debian's chromium driven by playwright-core. No test runner here: the benchmarks use
 * it from plain Node.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');
const CHROMIUM = '/usr/bin/chromium';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.txt': 'text/plain; charset=utf-8'
};

export interface Served {
	/** Base URL of the app, ending in the sub-path and a slash. */
	readonly url: string;
	close(): Promise<void>;
}

/** Types a static host compresses (images are compressed already). */
const COMPRESSED = new Set(['.html', '.js', '.css', '.svg', '.json', '.webmanifest', '.txt']);

/**
 * Serves dist/ (or a copy of it, `root`) as a plain static host would, under `prefix`
 * (e.g. "/a/b/"), on 127.0.0.1; with `gzip`, compressed for clients that accept it, as real hosts
 * serve text (the throttled benchmarks need the bytes that really cross the link).
 */
export async function serveDist(
	prefix = '/',
	root = DIST,
	options: { gzip?: number } = {}
): Promise<Served> {
	if (!existsSync(join(root, 'index.html'))) {
		throw new Error('dist/ is not built: run `npm run build` first (npm run test:e2e does).');
	}
	const server: Server = createServer((req, res) => {
		const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
		if (!path.startsWith(prefix)) {
			res.writeHead(404).end('not found');
			return;
		}
		let file = normalize(join(root, path.slice(prefix.length)));
		if (!file.startsWith(root)) {
			res.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) {
			res.writeHead(404).end('not found');
			return;
		}
		const headers: Record<string, string> = {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': 'no-cache'
		};
		let body = readFileSync(file);
		const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		if (options.gzip !== undefined && accepts && COMPRESSED.has(extname(file))) {
			body = gzipSync(body, { level: options.gzip });
			headers['content-encoding'] = 'gzip';
		}
		res.writeHead(200, headers);
		res.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://127.0.0.1:${port}${prefix}`,
		// Dropping kept-alive connections too makes the host really gone (offline tests).
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			})
	};
}

export interface Browser {
	readonly context: BrowserContext;
	/** Requests that left 127.0.0.1 (and file:// pages' own files), recorded for assertions. */
	readonly foreignRequests: string[];
	/** Console errors and uncaught page errors. */
	readonly errors: string[];
	/** Content-Security-Policy violations (`securitypolicyviolation` events) in any page. */
	readonly cspViolations: string[];
	newPage(): Promise<Page>;
	close(): Promise<void>;
}

/** Launches Debian's chromium headless in a fresh profile. A missing browser fails, never skips. */
export async function launch(options: { locale?: string } = {}): Promise<Browser> {
	if (!existsSync(CHROMIUM)) {
		throw new Error(
			`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium).`
		);
	}
	const profile = mkdtempSync(join(tmpdir(), 'eop-e2e-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		locale: options.locale ?? 'en-US',
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			`--lang=${options.locale ?? 'en-US'}`
		]
	});
	// playwright-core has no default action timeout: a missing element would wait forever.
	context.setDefaultTimeout(10_000);
	const foreignRequests: string[] = [];
	const errors: string[] = [];
	const cspViolations: string[] = [];
	// On the context, not the page: this also sees the service worker's own requests.
	context.on('request', (req) => {
		const url = req.url();
		if (!/^(http:\/\/127\.0\.0\.1[:/]|file:|data:|blob:)/.test(url)) foreignRequests.push(url);
	});
	await context.exposeBinding('__reportCspViolation', (_source, text: unknown) => {
		cspViolations.push(String(text));
	});
	// Init scripts are injected by the browser, outside the page's own policy.
	await context.addInitScript({
		content: `addEventListener('securitypolicyviolation', (e) =>
			__reportCspViolation(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') +
				' at ' + e.sourceFile + ':' + e.lineNumber));`
	});
	const watch = (page: Page) => {
		page.on('console', (msg) => {
			if (msg.type() === 'error') errors.push(msg.text());
		});
		page.on('pageerror', (err) => errors.push(err.message));
	};
	context.pages().forEach(watch);
	context.on('page', watch);
	return {
		context,
		foreignRequests,
		errors,
		cspViolations,
		newPage: () => context.newPage(),
		async close() {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		}
	};
}

/**
 * A slow link as the first-load benchmark and tests use it: about 1.6 Mbps down, 750 kbps up,
 * 150 ms round trip (a hotel connection or a phone tether). CDP throughputs are in bytes a second.
 */
export const SLOW_LINK = {
	latency: 150,
	downloadThroughput: 1_600_000 / 8,
	uploadThroughput: 750_000 / 8
} as const;

/** Slows the page's network (`SLOW_LINK` by default) and CPU (`cpu` times), through CDP. */
export async function throttle(
	page: Page,
	options: { network?: typeof SLOW_LINK | null; cpu?: number } = {}
): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	const network = options.network === undefined ? SLOW_LINK : options.network;
	if (network !== null) {
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
	}
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpu ?? 1 });
}
