import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSession } from './harness';

const session = useSession();

const fixture = (name: string) =>
	readFileSync(join(import.meta.dirname, '..', 'fixtures', 'evidence', name), 'utf8');
const findings = () =>
	session.page
		.locator('[data-finding]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-finding')));
const firstResult = () =>
	session.page.locator('.results [data-code]').first().getAttribute('data-code');

describe('pasted command output and certificates in chromium', () => {
	it('shows the findings of an s_client transcript and ranks 4.7.320 first', async () => {
		await session.page.goto(`${session.served.url}#/`);
		await session.page.getByTestId('query').fill(fixture('s_client-expired-tls.txt'));
		await expect.poll(findings).toEqual(['cert-expired', 'tcp-open', 'tls-ok']);
		expect(await firstResult()).toBe('4.7.320');
		expect(new URL(session.page.url()).hash).toBe('#/search?q=');
	});

	it('loads the certificate parser only when a certificate is pasted', async () => {
		// A page of its own: the session's page already parsed a certificate in an earlier test.
		const page = await session.browser.newPage();
		try {
			const requested: string[] = [];
			page.on('request', (request) => requested.push(request.url()));
			const parser = () => requested.filter((url) => /\/assets\/x509-[\w-]+\.js$/.test(url));
			await page.goto(`${session.served.url}#/`);
			await page.locator('[data-search-ready="true"]').waitFor();
			expect(parser()).toEqual([]);
			await page.getByTestId('query').fill(fixture('cert-ec.pem'));
			await page.locator('[data-finding="cert-self-signed"]').waitFor();
			// One parser chunk, requested by this page (a modulepreload may ask for it again).
			expect(new Set(parser()).size).toBe(1);
		} finally {
			await page.close();
		}
	});

	it('made no request off 127.0.0.1 and logged no error', () => {
		expect(session.browser.foreignRequests).toEqual([]);
		expect(session.browser.errors).toEqual([]);
	});
});
