import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/svelte';
import { tick } from 'svelte';
import App from '../../src/App.svelte';
import { router } from '../../src/state/router.svelte';
import { goTo, partsLoaded, settled } from './helpers';

beforeEach(() => goTo('#/'));
afterEach(cleanup);

/** Counts the entry pages put into the document from now on, and the codes they were for. */
function countEntryPages(): { readonly codes: string[]; stop(): void } {
	const codes: string[] = [];
	const observer = new MutationObserver((records) => {
		for (const record of records)
			for (const node of record.addedNodes) {
				if (!(node instanceof Element)) continue;
				const pages = node.matches('article[data-code]')
					? [node]
					: [...node.querySelectorAll('article[data-code]')];
				for (const page of pages) codes.push(page.getAttribute('data-code') ?? '');
			}
	});
	observer.observe(document.body, { childList: true, subtree: true });
	return { codes, stop: () => observer.disconnect() };
}

describe('a burst of address changes', () => {
	it('made in one task renders one page, the last, after that task', async () => {
		render(App);
		await partsLoaded();
		await settled();
		const pages = countEntryPages();
		const home = document.body.innerHTML;
		const codes = ['4.4.312', '4.4.315', '4.4.316', '4.4.317', '4.4.318', '4.7.320'];
		for (let i = 0; i < 200; i++) {
			window.history.pushState(null, '', `#/code/${codes[i % codes.length]}`);
			window.dispatchEvent(new HashChangeEvent('hashchange'));
		}
		// Code that asks sees the address; the page has rendered nothing in the burst's task.
		expect(router.route).toEqual({ name: 'code', code: '4.4.315' });
		await tick();
		expect(document.body.innerHTML).toBe(home);
		await waitFor(() => expect(document.querySelector('article[data-code]')).not.toBeNull());
		await settled();
		pages.stop();
		expect(pages.codes).toEqual(['4.4.315']);
		expect(document.querySelector('article[data-code]')?.getAttribute('data-code')).toBe('4.4.315');
	});

	it('follows a single change at once', async () => {
		render(App);
		await settled();
		await goTo('#/code/4.7.320');
		await tick();
		expect(document.querySelector('article[data-code]')?.getAttribute('data-code')).toBe('4.7.320');
	});
});
