import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../src/App.svelte';
import { pasteMemory } from '../../src/state/paste.svelte';
import { goTo, searchIndexBuilt, pasteIntoApp, readFixture } from './helpers';
import { NDR_CONNECTION_REFUSED } from '../fixtures/formats';

beforeAll(searchIndexBuilt);
beforeEach(async () => {
	pasteMemory.host = '';
	await goTo('#/');
});
afterEach(cleanup);

const fixture = (name: string) => readFixture('evidence', name);
const verdict = () => screen.getByTestId('verdict');
const firstStep = () => screen.getByTestId('first-step');

describe('the verdict of a paste', () => {
	it('leads an NDR line with what failed where, the likely cause and its check, filled in', async () => {
		await pasteIntoApp(NDR_CONNECTION_REFUSED);
		expect(verdict().querySelector('.verdict-what')?.textContent).toBe(
			'Microsoft 365 could not open a connection to mx.example.jp (192.0.2.107:25): Connection refused.'
		);
		expect(verdict().querySelector('[data-verdict-cause]')?.textContent?.trim()).toBe(
			'Most likely cause, not proved: A firewall rejects Microsoft 365'
		);
		expect(firstStep().querySelector('pre')?.textContent).toBe(
			'Test-NetConnection mx.example.jp -Port 25'
		);
	});

	it('confirms an expired certificate from an s_client run, and never asks to run s_client again', async () => {
		await pasteIntoApp(fixture('s_client-expired-tls.txt'));
		expect(verdict().getAttribute('data-verdict-certainty')).toBe('confirmed');
		expect(verdict().querySelector('[data-verdict-cause]')?.textContent).toContain(
			'The certificate has expired'
		);
		expect(firstStep().textContent).toMatch(/^Do this first\s*Renew it with the CA/);
		expect(firstStep().querySelector('pre')?.textContent).toMatch(/^Get-ExchangeCertificate/);
		// Findings at a glance: the failure first, then what passed, each marked in words.
		const marks = [...document.querySelectorAll('[data-finding]')].map(
			(e) =>
				`${e.getAttribute('data-finding')}:${e.querySelector('.severity-mark')?.textContent?.trim()}`
		);
		expect(marks).toEqual(['cert-expired:✕ Failed', 'tcp-open:✓ Passed', 'tls-ok:✓ Passed']);
		// The certificate's facts, its end date with how long ago.
		const certificate = document.querySelector('[data-certificate]');
		expect(certificate?.textContent).toContain('C = IT, O = Example, CN = mail.fabrikam.example');
		expect(certificate?.textContent).toContain('C = IT, O = Test PKI, CN = Test Issuing CA');
		expect(certificate?.textContent).toMatch(/2026-11-27 \(expired \d+ days ago\)/);
	});

	it('copies a ticket of what the output proved, with no code the paste did not show', async () => {
		Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
		const user = await pasteIntoApp(fixture('s_client-expired-tls.txt'));
		await user.click(screen.getByTestId('copy-ticket'));
		const lines = (await navigator.clipboard.readText()).split('\n');
		expect(lines[0]).toBe('Mail delivery incident: Certificate validation failed');
		expect(lines).toContain(
			'Finding [✕ Failed] mail.fabrikam.example: The certificate has expired. Line: “verify error:num=10:certificate has expired”'
		);
		expect(lines.at(-2)).toBe('Likely cause: The certificate has expired (confirmed)');
		expect(lines.at(-1)).toMatch(
			/^First step: Renew it with the CA.* Run: Get-ExchangeCertificate/
		);
		expect(lines.length).toBeLessThanOrEqual(15);
	});

	it('carries the pasted host to the wizard conclusion, whose fix skips the command pasted', async () => {
		const user = await pasteIntoApp(fixture('s_client-expired-tls.txt'));
		await user.click(
			screen.getByRole('link', { name: /Continue in the wizard with what the output proves/ })
		);
		await waitFor(() => expect(document.querySelector('[data-cause]')).not.toBeNull());
		const conclusion = document.querySelector('.conclusion');
		expect(conclusion?.querySelector('[data-testid="verdict"]')).not.toBeNull();
		expect(
			conclusion?.querySelector('[data-command-done="openssl-starttls"]')?.textContent
		).toContain('Already in what you pasted');
		// "Confirmed." is not said twice.
		expect(conclusion?.querySelector('.certainty')?.textContent?.trim()).toMatch(
			/^Confirmed by what you pasted/
		);
	});
});

describe('the entry page', () => {
	it('opens the likeliest cause only, and a reference opens the cause that shows the command', async () => {
		const user = userEvent.setup();
		await goTo('#/code/4.7.320');
		render(App);
		const open = [...document.querySelectorAll<HTMLDetailsElement>('details.cause-fold')]
			.filter((d) => d.open)
			.map((d) => d.getAttribute('data-cause-fold'));
		expect(open).toEqual(['cert-expired']);
		const reference = document.querySelector<HTMLButtonElement>('.command-ref button');
		expect(reference).not.toBeNull();
		if (reference) await user.click(reference);
		expect(document.activeElement?.closest('figure')?.getAttribute('data-command')).toBeTruthy();
	});
});
