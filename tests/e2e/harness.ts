import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch, serveDist, type Browser, type Served } from './chromium';

export * from './chromium';

/** One served dist/ and one browser page for a test file, opened before its tests and closed after. */
export interface Session {
	readonly served: Served;
	readonly browser: Browser;
	readonly page: Page;
}

/**
 * Registers the set-up and tear-down of a test file's session (dist/ served at `/`, a fresh
 * chromium profile, one page) and returns it; its fields are ready inside the tests.
 */
export function useSession(options: { locale?: string } = {}): Session {
	let served: Served | undefined;
	let browser: Browser | undefined;
	let page: Page | undefined;
	beforeAll(async () => {
		served = await serveDist('/');
		browser = await launch(options);
		page = await browser.newPage();
	});
	afterAll(async () => {
		await browser?.close();
		await served?.close();
	});
	const ready = <T>(value: T | undefined): T => {
		if (value === undefined) throw new Error('The browser session is used before it started.');
		return value;
	};
	return {
		get served() {
			return ready(served);
		},
		get browser() {
			return ready(browser);
		},
		get page() {
			return ready(page);
		}
	};
}
