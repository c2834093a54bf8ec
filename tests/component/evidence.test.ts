import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/svelte';
import { goTo, searchIndexBuilt, pasteIntoApp, readFixture } from './helpers';

beforeAll(searchIndexBuilt);
beforeEach(() => goTo('#/'));
afterEach(cleanup);

const fixture = (name: string) => readFixture('evidence', name);
const findingIds = () =>
	[...document.querySelectorAll('[data-finding]')].map((e) => e.getAttribute('data-finding'));
const firstCode = () => document.querySelector('.results [data-code]')?.getAttribute('data-code');

describe('pasted command output', () => {
	it('shows what an s_client transcript proves, with the proving line, and ranks 4.7.320 first', async () => {
		await pasteIntoApp(fixture('s_client-expired-tls.txt'));
		expect(findingIds()).toEqual(['cert-expired', 'tcp-open', 'tls-ok']);
		const expired = document.querySelector('[data-finding="cert-expired"]');
		expect(expired?.textContent).toContain('The certificate has expired.');
		expect(expired?.textContent).toContain('verify error:num=10:certificate has expired');
		expect(expired?.textContent).toContain('Confirms: The certificate has expired');
		expect(firstCode()).toBe('4.7.320');
		expect(document.querySelector('[data-detected-code]')).toBeNull();
		expect(screen.queryByText('No status code found in the pasted text.')).toBeNull();
	});

	it('opens the wizard with the evidence, which the conclusion names as its proof', async () => {
		const user = await pasteIntoApp(fixture('s_client-expired-tls.txt'));
		await user.click(
			screen.getByRole('link', { name: /Continue in the wizard with what the output proves/ })
		);
		await waitFor(() => expect(document.querySelector('[data-cause]')).not.toBeNull());
		const conclusion = document.querySelector('[data-cause]');
		expect(conclusion?.getAttribute('data-cause')).toBe('cert-expired');
		expect(conclusion?.getAttribute('data-certainty')).toBe('confirmed');
		expect(screen.getByText(/Confirmed by what you pasted/).textContent).toContain(
			'The certificate has expired.'
		);
		expect(document.querySelector('[data-evidence="cert-expired"]')?.textContent).toContain(
			'verify error:num=10'
		);
	});

	it('reads a pasted PEM certificate once its parser has loaded', async () => {
		await pasteIntoApp(fixture('cert-ec.pem'));
		await waitFor(() => expect(findingIds().length).toBeGreaterThan(0));
		// Valid from 2026-12-02 to 2036-11-29: judged on the real date, only its signer is at issue.
		expect(findingIds()).toEqual(['cert-self-signed']);
		const finding = document.querySelector('[data-finding="cert-self-signed"]');
		expect(finding?.textContent).toContain('ec.fabrikam.example');
		// Which block proves it is said in the reader's language, beside the BEGIN line.
		expect(finding?.querySelector('.proof')?.textContent).toMatch(
			/-----BEGIN CERTIFICATE-----\s*\(line 1 of the paste\)/
		);
	});

	it('shows pasted Test-NetConnection output as failed, not refused', async () => {
		await pasteIntoApp(fixture('tcp-tnc-failed.txt'));
		expect(findingIds()).toEqual(['tcp-failed']);
		expect(document.querySelector('[data-finding="tcp-failed"]')?.textContent).toContain(
			'does not tell a refusal from a timeout'
		);
	});
});

describe('a telnet session pasted alone', () => {
	it('says nothing of a queued message: its "221 2.0.0" goodbye is no error', async () => {
		await pasteIntoApp(fixture('telnet-starttls.txt'));
		expect(findingIds()).toEqual(['smtp-banner-ok', 'starttls-offered']);
		expect(screen.queryByText(/The message is still queued/)).toBeNull();
		expect(screen.queryByText(/already expired/)).toBeNull();
	});
});
