import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../src/App.svelte';
import { language } from '../../src/state/language.svelte';
import { goTo, searchIndexBuilt, settled } from './helpers';

// The app builds its search index in idle time after start; the tests start from a built one.
beforeAll(searchIndexBuilt);

beforeEach(async () => {
	language.set('en');
	await goTo('#/code/4.4.316');
});
afterEach(cleanup);

describe('language switch', () => {
	it('switches the page, the catalog text and <html lang> to Italian, and remembers it', async () => {
		const user = userEvent.setup();
		render(App);
		expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Connection refused');
		await user.click(screen.getByRole('button', { name: 'Italiano' }));
		// The switch waits for the entry's Italian chunk and the pages' Italian text.
		expect(
			(await screen.findByRole('heading', { level: 1, name: /Connessione rifiutata/ })).textContent
		).toContain('Connessione rifiutata');
		expect(screen.getByRole('heading', { level: 2, name: 'Cause probabili' })).toBeTruthy();
		expect(document.documentElement.lang).toBe('it');
		expect(window.localStorage.getItem('eop-troubleshooter.lang')).toBe('it');
		expect(screen.getByRole('button', { name: 'Italiano' }).getAttribute('aria-pressed')).toBe(
			'true'
		);
	});

	it('still switches when storage is blocked, without remembering or failing', async () => {
		const blocked = () => {
			throw new DOMException('blocked', 'SecurityError');
		};
		const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(blocked);
		const user = userEvent.setup();
		render(App);
		await user.click(screen.getByRole('button', { name: 'Italiano' }));
		expect(
			(await screen.findByRole('heading', { level: 1, name: /Connessione rifiutata/ })).textContent
		).toContain('Connessione rifiutata');
		expect(setItem).toHaveBeenCalled();
		setItem.mockRestore();
	});

	it('finds Italian symptoms with the interface in English', async () => {
		const user = userEvent.setup();
		await goTo('#/');
		render(App);
		await user.type(screen.getByTestId('query'), 'certificato scaduto');
		await settled();
		expect(document.querySelector('[data-code]')?.getAttribute('data-code')).toBe('4.7.320');
	});
});
