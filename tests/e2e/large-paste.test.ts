import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSession } from './harness';

const session = useSession();

const ndr = readFileSync(
	join(import.meta.dirname, '..', 'fixtures', 'sisimai', 'lhost-office365-08.eml'),
	'utf8'
);
/** The NDR with its returned message padded to `bytes`, as with a large attachment. */
function padded(bytes: number): string {
	const cut = ndr.lastIndexOf('\n--');
	const filler = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\n';
	return `${ndr.slice(0, cut)}\n${filler.repeat(Math.ceil(bytes / filler.length))}${ndr.slice(cut)}`;
}
const detected = () =>
	session.page
		.locator('[data-detected-code]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-detected-code')));

async function smallForm(): Promise<(string | null)[]> {
	await session.page.goto(`${session.served.url}#/`);
	await session.page.getByTestId('query').fill(ndr);
	await expect.poll(async () => (await detected()).length).toBeGreaterThan(0);
	return detected();
}

/** Opens the start page and pastes `text` into the field with Ctrl+V, as a person would. */
async function pasteOnStartPage(text: string): Promise<void> {
	await session.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
		origin: new URL(session.served.url).origin
	});
	await session.page.goto(`${session.served.url}#/`);
	await session.page.evaluate((t) => navigator.clipboard.writeText(t), text);
	await session.page.getByTestId('query').focus();
	await session.page.keyboard.press('Control+V');
}

describe('large pastes and dropped files in chromium', () => {
	it('reads a 5 MB paste (Ctrl+V) like the small one, showing a preview, never in the address', async () => {
		const expected = await smallForm();
		const text = padded(5_000_000);
		await pasteOnStartPage(text);
		await expect.poll(detected, { timeout: 15_000 }).toEqual(expected);
		expect((await session.page.getByTestId('query').inputValue()).length).toBe(20_000);
		expect(await session.page.locator('.paste-note').getAttribute('data-paste-size')).toBe(
			String(text.length)
		);
		expect(new URL(session.page.url()).hash).toBe('#/search?q=');
	});

	it('reads a dropped .eml file like the same text pasted', async () => {
		const expected = await smallForm();
		await session.page.goto(`${session.served.url}#/`);
		await session.page.evaluate((content) => {
			const transfer = new DataTransfer();
			transfer.items.add(new File([content], 'bounce.eml', { type: 'message/rfc822' }));
			const field = document.querySelector('[data-testid="query"]');
			field?.dispatchEvent(
				new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true })
			);
		}, padded(1_000_000));
		await expect.poll(detected, { timeout: 15_000 }).toEqual(expected);
		expect(await session.page.locator('.paste-note').textContent()).toContain('bounce.eml');
		expect(new URL(session.page.url()).hash).toBe('#/search?q=');
	});

	it('ranks a 1 MB paste with no status code by its words (read in the worker)', async () => {
		const post =
			'Since the ISP swap our on-prem Exchange gets nothing from Exchange Online.\nFrom outside, telnet to the smart host on port 25 just hangs and never answers.\n';
		const log = 'worker thread idle, nothing to report at this time\n';
		const text = post + log.repeat(Math.ceil(1_000_000 / log.length));
		await pasteOnStartPage(text);
		const first = () => session.page.locator('[data-code]').first().getAttribute('data-code');
		await expect.poll(first, { timeout: 15_000 }).toBe('4.4.315');
		expect(await session.page.locator('.detected').textContent()).toContain(
			'No status code found in the pasted text.'
		);
		expect(await session.page.locator('.count').textContent()).toContain(
			'match the words of the pasted text'
		);
		expect(new URL(session.page.url()).hash).toBe('#/search?q=');
	});

	it('made no request off 127.0.0.1 and logged no error', () => {
		expect(session.browser.foreignRequests).toEqual([]);
		expect(session.browser.errors).toEqual([]);
	});
});
