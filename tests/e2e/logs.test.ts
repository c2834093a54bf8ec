import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSession } from './harness';

const session = useSession();

const fixture = (name: string) =>
	readFileSync(join(import.meta.dirname, '..', 'fixtures', 'logs', name), 'utf8');
const findings = () =>
	session.page
		.locator('[data-finding]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-finding')));

describe('a pasted server log in chromium', () => {
	it('is read in the worker when large: the NDR’s session from Microsoft 365 failed TLS, 4.4.317 first', async () => {
		// The receive log of the NDR's hour, then 400 sessions of a monitoring probe: over the
		// 20,000 characters the page reads itself.
		const probe = Array.from(
			{ length: 400 },
			(_, i) =>
				`2026-12-08T03:${String(10 + (i % 40)).padStart(2, '0')}:51.877Z,EX01\\Default Frontend EX01,08DE1A2B3C4E${String(i).padStart(4, '0')},0,203.0.113.25:25,198.51.100.7:50211,+,,`
		).join('\n');
		const text = `${fixture('written/ndr-4.4.317-receive-tls-failed.txt')}\n${probe}\n`;
		expect(text.length).toBeGreaterThan(20_000);
		await session.page.goto(`${session.served.url}#/`);
		await session.page.getByTestId('query').fill(text);
		await expect
			.poll(findings, { timeout: 15_000 })
			.toEqual(['log-tls-failed', 'log-m365-session', 'log-certificate-sent']);
		const first = session.page.locator('.results [data-code]').first();
		expect(await first.getAttribute('data-code')).toBe('4.4.317');
		const note = session.page.locator('[data-finding="log-tls-failed"] .log-note');
		expect(await note.getAttribute('data-match')).toBe('ip time');
		expect(new URL(session.page.url()).hash).toBe('#/search?q=');
	});

	it('made no request off 127.0.0.1 and logged no error', () => {
		expect(session.browser.foreignRequests).toEqual([]);
		expect(session.browser.errors).toEqual([]);
	});
});
