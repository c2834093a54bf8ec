import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/svelte';
import { language } from '../../src/state/language.svelte';
import { goTo, searchIndexBuilt, pasteIntoApp, readFixture } from './helpers';

beforeAll(searchIndexBuilt);
beforeEach(async () => {
	language.set('en');
	await goTo('#/');
});
afterEach(() => {
	cleanup();
	language.set('en');
});

const fixture = (name: string) => readFixture('logs', name);
const findingIds = () =>
	[...document.querySelectorAll('[data-finding]')].map((e) => e.getAttribute('data-finding'));
const firstCode = () => document.querySelector('.results [data-code]')?.getAttribute('data-code');

describe('a pasted server log', () => {
	it('shows what the Receive log saw of Microsoft 365’s session beside the NDR, failed first', async () => {
		await pasteIntoApp(fixture('written/ndr-4.4.317-receive-tls-failed.txt'));
		expect(firstCode()).toBe('4.4.317');
		expect(findingIds()).toEqual(['log-tls-failed', 'log-m365-session', 'log-certificate-sent']);
		const failed = document.querySelector('[data-finding="log-tls-failed"]');
		expect(failed?.textContent).toContain('40.107.22.51');
		expect(failed?.textContent).toContain('In that session the TLS handshake failed');
		expect(failed?.querySelector('.proof')?.textContent).toContain(
			'TLS negotiation failed with error SocketError'
		);
		const note = failed?.querySelector('.log-note');
		expect(note?.getAttribute('data-outcome')).toBe('tls-failed');
		expect(note?.getAttribute('data-match')).toBe('ip time');
		expect(note?.textContent).toContain(
			'Session in the Exchange SMTP Receive log, 2026-12-08 03:41:07 UTC: TLS failed.'
		);
		expect(note?.textContent).toContain(
			'Matches the NDR: the server’s address is the NDR’s LastAttemptedIP, at the NDR’s time.'
		);
		expect(note?.textContent).toContain('The log’s times are UTC.');
		const cert = document.querySelector('[data-finding="log-certificate-sent"]');
		expect(cert?.textContent).toContain('CN=EX01.fabrikam.local');
		expect(cert?.textContent).toContain('4A1B2C3D4E5F60718293A4B5C6D7E8F901234567');
		// The session reached the server: the firewall question is answered from the log.
		expect(document.querySelector('[data-finding="log-m365-session"]')?.textContent).toContain(
			'Rules out'
		);
	});

	it('says a Postfix log alone, in Italian too, with its times as the log wrote them', async () => {
		const user = await pasteIntoApp(fixture('real/postfix-smtpd.log'));
		expect(firstCode()).toBe('4.4.317');
		expect(findingIds()).toContain('log-tls-failed');
		const note = document.querySelector('[data-finding="log-tls-failed"] .log-note');
		expect(note?.textContent).toMatch(
			/^\s*Session in the Postfix log, Dec 08 \d\d:\d\d:\d\d: TLS failed\./
		);
		expect(note?.textContent).toContain('This log writes no time zone');
		await user.click(screen.getByRole('button', { name: 'Italiano' }));
		// The switch waits for the Italian parts of the page (issue 22's parts per language).
		await waitFor(() => expect(document.documentElement.lang).toBe('it'));
		const it = document.querySelector('[data-finding="log-tls-failed"]');
		expect(it?.textContent).toContain('In quella sessione l’handshake TLS non è riuscito');
		expect(it?.querySelector('.log-note')?.textContent).toMatch(
			/Sessione nel log di Postfix, Dec 08 .*TLS non riuscito/
		);
	});

	it('says no session came from Microsoft 365 at the NDR’s time, and shows markup in a log as text', async () => {
		const markup = fixture('written/ndr-4.4.316-receive-no-m365.txt').replace(
			'EHLO relay.contoso.example',
			'EHLO <img src=x onerror=alert(1)>'
		);
		await pasteIntoApp(markup);
		expect(firstCode()).toBe('4.4.316');
		expect(findingIds()).toContain('log-no-m365-session');
		const none = document.querySelector('[data-finding="log-no-m365-session"]');
		expect(none?.textContent).toContain(
			'Looked at the hour before the NDR’s time (2026-12-08 03:48:02 UTC).'
		);
		expect(none?.textContent).toContain('Sessions from other addresses in that time: 2.');
		expect(document.querySelector('main img')).toBeNull();
	});
});
