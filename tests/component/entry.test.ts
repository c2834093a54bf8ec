import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../src/App.svelte';
import { goTo, searchIndexBuilt } from './helpers';

beforeAll(searchIndexBuilt);
afterEach(cleanup);

const causeSection = (id: string) => {
	const section = document.getElementById(`cause-${id}`);
	if (section === null) throw new Error(`no cause ${id}`);
	return section;
};

describe('entry page', () => {
	it('links to the wizard from 5.7.64, a neighbouring code the wizard covers, and not from the other neighbours', async () => {
		await goTo('#/code/5.7.64');
		render(App);
		const link = screen.getByRole('link', { name: 'Find the cause of 5.7.64' });
		expect(link.getAttribute('href')).toBe('#/wizard?from=5.7.64');
		cleanup();
		await goTo('#/code/5.7.1');
		render(App);
		expect(document.querySelector('article[data-code]')?.getAttribute('data-code')).toBe('5.7.1');
		expect(document.querySelector('a[href^="#/wizard?from="]')).toBeNull();
	});

	it('shows the 4.4.316 steps that stop mail flow only after the reader affirms the migration', async () => {
		const user = userEvent.setup();
		await goTo('#/code/4.4.316');
		render(App);
		const cause = causeSection('migrated-on-prem-shut-down');
		expect(cause.textContent).toContain('Get-Mailbox');
		expect(cause.textContent).not.toContain('Set-AcceptedDomain');
		await user.click(screen.getByRole('checkbox', { name: /Every mailbox of the domain/ }));
		expect(cause.textContent).toContain('Set-AcceptedDomain');
		expect(cause.querySelector('[role="note"]')?.textContent).toMatch(/stop mail/);
	});

	it('opens the range entry for a code with no entry of its own, and says so', async () => {
		await goTo('#/code/4.7.651');
		render(App);
		expect(document.querySelector('article[data-code]')?.getAttribute('data-code')).toBe('4.7.500');
		expect(document.querySelector('[data-range-of]')?.textContent?.trim()).toBe(
			'Code 4.7.651 has no entry of its own. Microsoft documents it in the range this entry (4.7.500) describes: its causes and fixes apply.'
		);
		cleanup();
		await goTo('#/code/4.7.500');
		render(App);
		expect(document.querySelector('[data-range-of]')).toBeNull();
	});

	it('lists the causes described under another code, and ends with the one not listed', async () => {
		await goTo('#/code/4.7.320');
		render(App);
		const ids = [...document.querySelectorAll('[data-cause-id]')].map((e) =>
			e.getAttribute('data-cause-id')
		);
		expect(ids.slice(-3)).toEqual([
			'stale-tls-certificate-name',
			'routed-elsewhere',
			'unlisted-4-7-320'
		]);
		expect(causeSection('stale-tls-certificate-name').textContent).toContain(
			'Also a cause of 4.4.317'
		);
	});

	it('says where the link of a cause to its code is not documented by Microsoft', async () => {
		await goTo('#/code/4.4.317');
		render(App);
		expect(
			causeSection('server-busy-or-maintenance').querySelector('[role="note"]')?.textContent
		).toMatch(
			/^Microsoft does not document which code Exchange Online reports for these replies\./
		);
	});
});

describe('sources on the entry page', () => {
	const sourceLinks = (root: ParentNode) => [
		...root.querySelectorAll<HTMLAnchorElement>('[data-testid="sources"] a[data-source-url]')
	];

	it("shows each cause's sources in its fold: the title as a link, the day it was checked", async () => {
		await goTo('#/code/4.4.317');
		render(App);
		const cause = causeSection('missing-intermediate');
		const links = sourceLinks(cause);
		expect(links.map((a) => a.getAttribute('data-source-url'))).toEqual([
			'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-450-4-4-317-untrusted-root',
			'https://docs.openssl.org/master/man1/openssl-s_client/'
		]);
		const [first] = links;
		expect(first?.textContent).toBe(
			'NDR error code 450 4.4.317 "Cannot connect to remote server [Message=UntrustedRoot]"'
		);
		expect(first?.getAttribute('href')).toBe(first?.getAttribute('data-source-url'));
		expect(first?.getAttribute('target')).toBe('_blank');
		expect(first?.getAttribute('rel')).toBe('noopener noreferrer');
		expect(first?.getAttribute('referrerpolicy')).toBe('no-referrer');
		expect(first?.closest('li')?.textContent).toContain('checked 2026-12-08');
		// Folded twice: in the cause's fold, and in a fold of their own.
		expect(cause.closest('details')?.hasAttribute('open')).toBe(false);
		expect(first?.closest('details.sources-fold')?.hasAttribute('open')).toBe(false);
	});

	it("says the day a deadline holds from, and folds the meaning's own sources", async () => {
		await goTo('#/code/4.4.317');
		render(App);
		const g2 = sourceLinks(causeSection('tls-required-not-supported')).find((a) =>
			a.textContent?.includes('DigiCert Global Root G2')
		);
		expect(g2?.closest('li')?.textContent).toContain('holds from 2026-03-22');
		const fold = document.querySelector('section[aria-labelledby="meaning"] details.sources-fold');
		expect(fold?.hasAttribute('open')).toBe(false);
		expect(fold?.querySelector('summary')?.textContent).toBe('Sources (2)');
		expect(sourceLinks(fold!).map((a) => a.textContent)).toEqual([
			'Mail flow intelligence in EOP',
			'NDR error code 450 4.4.317 "Cannot connect to remote server [Message=UntrustedRoot]"'
		]);
	});

	it('shows the sources in Italian: the checked day, the note and the fold', async () => {
		await goTo('#/code/4.4.7?lang=it');
		render(App);
		// The switch to the link's language waits for the entry's Italian chunk.
		const meaningFold = () =>
			document.querySelector('section[aria-labelledby="meaning"] details.sources-fold');
		await vi.waitFor(() =>
			expect(meaningFold()?.querySelector('summary')?.textContent).toBe('Fonti (2)')
		);
		const fold = meaningFold();
		const item = sourceLinks(fold!)[1]?.closest('li');
		expect(item?.textContent).toContain('verificata il 2026-12-08');
		expect(item?.textContent).toContain(
			'MessageExpiration: 24 ore come impostazione predefinita, da 12 a 24 ore.'
		);
		const causeFold = causeSection('n-4-4-7-destination-unreachable').querySelector(
			'details.sources-fold'
		);
		expect(causeFold?.querySelector('summary')?.textContent).toBe('Fonti (1)');
		expect(causeFold?.hasAttribute('open')).toBe(false);
	});
});
