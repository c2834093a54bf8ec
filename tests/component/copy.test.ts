import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../src/App.svelte';
import { goTo } from './helpers';

beforeEach(async () => {
	// The async Clipboard API is used only in secure contexts; user-event provides the clipboard.
	Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
	await goTo('#/code/4.7.320');
});
afterEach(cleanup);

const statuses = () => screen.getAllByRole('status').map((s) => s.textContent);

describe('copy buttons', () => {
	it('copies a ticket-ready summary of the entry and says so to screen readers', async () => {
		const user = userEvent.setup();
		render(App);
		await user.click(screen.getByRole('button', { name: 'Copy ticket summary' }));
		const copied = await navigator.clipboard.readText();
		expect(copied.split('\n')[0]).toBe(
			'Delivery error 450 4.7.320 — Certificate validation failed'
		);
		expect(copied).toContain('openssl s_client');
		expect(copied).toContain('#/code/4.7.320');
		expect(statuses()).toContain('Copied to the clipboard');
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
		await user.click(screen.getByRole('button', { name: 'Copy ticket summary' }));
		expect(statuses()).toContain('Could not copy: select the text and copy it by hand');
	});
});
