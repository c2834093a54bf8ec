import { afterEach, beforeAll, describe, expect, it } from 'vitest';
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
