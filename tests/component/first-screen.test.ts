import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/svelte';
import App from '../../src/App.svelte';
import { searchEngine } from '../../src/state/search.svelte';
import { entryPage } from '../../src/components/parts';
import { goTo } from './helpers';

// The first screen before the rest has loaded: this file never builds the search before its
// tests ask for it, and opens a page before its part has loaded.

afterEach(cleanup);

const codesShown = () =>
	[...document.querySelectorAll('li[data-code]')].map((el) => el.getAttribute('data-code'));

describe('the first screen, before the full search has loaded', () => {
	it('opens an entry link with a short loading state under the entry’s title, then the entry', async () => {
		expect(entryPage.value).toBeNull();
		await goTo('#/code/4.4.316', { loadParts: false });
		render(App);
		expect(screen.getByRole('status').textContent).toBe('Loading…');
		expect(document.title).toBe('4.4.316 Connection refused — EOP connector troubleshooter');
		await waitFor(() =>
			expect(document.querySelector('article[data-code="4.4.316"]')).not.toBeNull()
		);
		expect(screen.queryByText('Loading…')).toBeNull();
	});

	it('answers a symptom from the titles at once, then fills in the full results', async () => {
		expect(searchEngine.ready).toBe(false);
		await goTo('#/search?q=connection%20refused', { loadParts: false });
		render(App);
		await waitFor(() => expect(codesShown()).toEqual(['4.4.316']));
		expect(screen.getByText('Getting the full search ready…')).toBeTruthy();
		const marks = [...document.querySelectorAll('li[data-code] mark')].map((m) => m.textContent);
		expect(marks).toEqual(['Connection', 'refused']);

		searchEngine.start();
		await vi.waitFor(() => expect(searchEngine.ready).toBe(true), { timeout: 20_000 });
		await waitFor(() => expect(codesShown().length).toBeGreaterThan(1));
		expect(codesShown()[0]).toBe('4.4.316');
		expect(codesShown()).toEqual(expect.arrayContaining(['4.4.315', '4.4.317']));
		expect(screen.queryByText('Getting the full search ready…')).toBeNull();
	});
});
