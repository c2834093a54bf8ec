import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../src/App.svelte';
import { goTo } from './helpers';
import { pasteMemory } from '../../src/state/paste.svelte';

beforeEach(async () => {
	// The async Clipboard API is used only in secure contexts; user-event provides the clipboard.
	Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
	pasteMemory.host = '';
	await goTo('#/code/4.7.320');
});
afterEach(cleanup);

const statuses = () => screen.getAllByRole('status').map((s) => s.textContent);

describe('copy buttons', () => {
	it('copies a short ticket for the code, not the catalog entry, and says so to screen readers', async () => {
		const user = userEvent.setup();
		render(App);
		await user.click(screen.getByTestId('copy-ticket'));
		const lines = (await navigator.clipboard.readText()).split('\n');
		expect(lines).toEqual([
			'Mail delivery incident: 450 4.7.320 Certificate validation failed',
			'Likely cause: The certificate has expired (the most common one, not checked yet)',
			'First step: Check: STARTTLS and certificate of the server Run: openssl s_client -connect <smart-host>:25 -starttls smtp -servername <smart-host> -showcerts'
		]);
		expect(statuses()).toContain('Copied to the clipboard');
	});

	it('copies a link to the page, and fills every command from the smart host field', async () => {
		const user = userEvent.setup();
		render(App);
		await user.click(screen.getByRole('button', { name: /^Copy a link to this page/ }));
		expect(await navigator.clipboard.readText()).toBe(window.location.href);
		await user.type(
			screen.getByLabelText('Your smart host, for the commands'),
			'mail.fabrikam.example'
		);
		const commands = [...document.querySelectorAll('.entry pre')].map((e) => e.textContent ?? '');
		expect(
			commands.some((c) => c.includes('openssl s_client -connect mail.fabrikam.example:25'))
		).toBe(true);
		expect(commands.filter((c) => c.includes('<smart-host>'))).toEqual([]);
	});

	it('copies a verification command with one click', async () => {
		const user = userEvent.setup();
		render(App);
		const button = screen.getAllByRole('button', {
			name: 'Copy STARTTLS and certificate of the server'
		})[0];
		expect(button).toBeDefined();
		if (button) await user.click(button);
		expect(await navigator.clipboard.readText()).toMatch(
			/^openssl s_client -connect <smart-host>:25 -starttls smtp/
		);
	});

	it('tells the user when the clipboard refuses', async () => {
		const user = userEvent.setup();
		vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new Error('denied'));
		render(App);
		await user.click(screen.getByTestId('copy-ticket'));
		expect(statuses()).toContain('Could not copy: select the text and copy it by hand');
	});
});
