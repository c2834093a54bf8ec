import type { Page } from 'playwright-core';

declare global {
	interface Window {
		/** Long tasks' durations, collected by the bench's init script. */
		__tasks?: number[];
		/** When the paste event reached the page. */
		__pasteAt?: number;
	}
}

/**
 * Opens `url` and pastes `text` into the query field with a real Ctrl+V, as an admin does: the
 * long tasks counted so far are cleared and the paste event's time kept in `window.__pasteAt`.
 */
export async function pasteWithKeys(page: Page, url: string, text: string): Promise<void> {
	await page.goto(url);
	await page.getByTestId('query').waitFor();
	await page.evaluate((t) => navigator.clipboard.writeText(t), text);
	await page.getByTestId('query').focus();
	await page.waitForTimeout(500);
	await page.evaluate(() => {
		window.__tasks = [];
		document.addEventListener('paste', () => (window.__pasteAt = performance.now()), {
			capture: true,
			once: true
		});
	});
	await page.keyboard.press('Control+V');
}
