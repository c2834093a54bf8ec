import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/svelte';
import { language } from '../../src/state/language.svelte';
import { goTo, searchIndexBuilt, pasteIntoApp, readFixture } from './helpers';

beforeAll(searchIndexBuilt);
beforeEach(() => goTo('#/'));
afterEach(() => {
	cleanup();
	language.set('en');
});

/** M/D/YYYY h:mm:ss AM, as Get-ExchangeCertificate prints it in en-US, `days` from now. */
function usDate(days: number): string {
	const d = new Date(Date.now() + days * 86_400_000);
	const h = d.getUTCHours();
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${h % 12 || 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}
/** The half-done renewal, its new certificate expiring 20 days (and a half) from today. */
const broken = () =>
	readFixture('preflight', 'renewal-broken.txt').replace('12/28/2026 11:59:59 PM', usDate(20.5));
const states = (server: Element | null | undefined) =>
	[...(server?.querySelectorAll('[data-check]') ?? [])].map(
		(e) => `${e.getAttribute('data-check')}:${e.getAttribute('data-state')}`
	);

describe('the certificate renewal checklist', () => {
	it('shows a checklist per server, failures first, each check with its proving line or "not shown"', async () => {
		await pasteIntoApp(broken());
		const panel = screen.getByTestId('preflight');
		const servers = panel.querySelectorAll('[data-server]');
		expect([...servers].map((s) => s.getAttribute('data-server'))).toEqual([
			'EX01.fabrikam.example',
			'EX02.fabrikam.example'
		]);
		expect(states(servers[0])).toEqual([
			'certificate-name:failed',
			'smtp-enabled:failed',
			'tls-domain:failed',
			'root-g2:failed',
			'send-certificate-name:failed',
			'expiry:warning',
			'chain-sent:not-shown',
			'certificate-valid:passed'
		]);
		const smtp = servers[0]?.querySelector('[data-check="smtp-enabled"]');
		expect(smtp?.querySelector('.proof code')?.textContent).toBe('Services           : IIS');
		expect(smtp?.querySelector('pre')?.textContent).toBe(
			"Enable-ExchangeCertificate -Server 'EX01.fabrikam.example' -Thumbprint 2B8D0F4A6C1E3957B2D4F6A8C0E1F3A5B7C9D1E4 -Services SMTP"
		);
		expect(smtp?.textContent).toContain('answer No unless you mean to replace');
		expect(servers[0]?.querySelector('[data-check="expiry"]')?.textContent).toContain(
			'It expires in 20 days.'
		);
		expect(servers[0]?.querySelector('[data-check="chain-sent"] .proof')?.textContent?.trim()).toBe(
			'Not shown in the paste.'
		);
		expect(states(servers[1])[0]).toBe('certificate-valid:failed');
	});

	it('brings its failures into the findings, the verdict and the ranking', async () => {
		await pasteIntoApp(broken());
		const ids = [...document.querySelectorAll('[data-finding]')].map((e) =>
			e.getAttribute('data-finding')
		);
		expect(ids.slice(0, 7)).toEqual([
			'cert-self-signed',
			'receive-connector-stale-certificate',
			'connector-tls-domain-not-covered',
			'root-g2-missing',
			'send-connector-stale-certificate',
			'cert-no-smtp',
			'cert-expiring-soon'
		]);
		expect(document.querySelector('.results [data-code]')?.getAttribute('data-code')).toBe(
			'4.7.320'
		);
		const verdict = screen.getByTestId('verdict');
		expect(verdict.getAttribute('data-verdict-certainty')).toBe('confirmed');
		expect(verdict.querySelector('[data-verdict-cause]')?.textContent).toContain(
			'The receive connector still names the old certificate'
		);
		// The certificate list is pasted: the first step is the fix, not "run Get-ExchangeCertificate".
		expect(screen.getByTestId('first-step').textContent).toContain(
			'Make sure the new certificate is enabled for SMTP'
		);
	});

	it('puts the checklist’s failures into the ticket', async () => {
		Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
		const user = await pasteIntoApp(broken());
		await user.click(screen.getByTestId('copy-ticket'));
		const ticket = await navigator.clipboard.readText();
		expect(ticket).toContain(
			'Finding [✕ Failed] EX01.fabrikam.example: DigiCert Global Root G2 is not in the server’s trusted root store'
		);
		expect(ticket).toContain(
			'Finding [✕ Failed] EX01.fabrikam.example: The outbound connector’s TlsDomain is none of the names of the certificate in use'
		);
	});

	it('speaks Italian', async () => {
		language.set('it');
		await pasteIntoApp(broken());
		const panel = screen.getByTestId('preflight');
		expect(panel.querySelector('h3')?.textContent).toBe('Checklist per il rinnovo del certificato');
		expect(panel.querySelector('[data-check="root-g2"]')?.textContent).toContain('Non superata');
		expect(panel.querySelector('[data-check="chain-sent"]')?.textContent).toContain(
			'Non presente nel testo incollato.'
		);
	});

	it('reads the pasted PEM chain with the lists as one reading', async () => {
		const text = `${readFixture('preflight', 'renewed-ok.txt')}\n${readFixture('evidence', 'chain-valid.pem')}`;
		await pasteIntoApp(text);
		await waitFor(() =>
			expect(document.querySelector('[data-check="chain-sent"]')?.getAttribute('data-state')).toBe(
				'passed'
			)
		);
		expect(states(screen.getByTestId('preflight'))).toEqual([
			'certificate-name:passed',
			'smtp-enabled:passed',
			'certificate-valid:passed',
			'tls-domain:passed',
			'chain-sent:passed',
			'root-g2:passed',
			'expiry:passed'
		]);
	});
});
