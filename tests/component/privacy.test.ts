import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../src/App.svelte';
import { looksLikePaste } from '../../src/lib/parse';
import { goTo, searchIndexBuilt, settled } from './helpers';

beforeAll(searchIndexBuilt);
beforeEach(() => goTo('#/'));
afterEach(cleanup);

const SHORT_ERROR = '421 4.4.316 Connection to mail.contoso.com (192.0.2.7:25) refused';
const field = () => {
	const element = screen.getByTestId('query');
	if (!(element instanceof HTMLTextAreaElement)) throw new Error('no query field');
	return element;
};
const leaks = (text: string) =>
	[window.location.href, JSON.stringify(window.history.state ?? null)].filter(
		(place) => place.includes('contoso') || place.includes('192.0.2.7') || place.includes(text)
	);

describe('pasted and typed text in the address', () => {
	it('reads a short one-line error pasted by a paste event as a paste, kept out of the address', async () => {
		// By its content alone it would pass for a typed query: only the paste event tells.
		expect(looksLikePaste(SHORT_ERROR)).toBe(false);
		const user = userEvent.setup();
		render(App);
		await user.click(field());
		await user.paste(SHORT_ERROR);
		await settled();
		expect(window.location.hash).toBe('#/search?q=');
		expect(leaks(SHORT_ERROR)).toEqual([]);
		expect(document.querySelector('[data-detected-code]')?.getAttribute('data-detected-code')).toBe(
			'421 4.4.316'
		);
	});

	it('keeps an edited paste out of the address too', async () => {
		const user = userEvent.setup();
		render(App);
		await user.click(field());
		await user.paste(SHORT_ERROR);
		await user.type(field(), ' again');
		await settled();
		await new Promise((resolve) => setTimeout(resolve, 400));
		expect(leaks(SHORT_ERROR)).toEqual([]);
		expect(field().value).toBe(`${SHORT_ERROR} again`);
	});

	it('shares a typed query that names a host without it, and keeps the whole text in the field', async () => {
		const user = userEvent.setup();
		render(App);
		await user.type(field(), '4.4.316 from host=mail.contoso.com:25 and [[2001:db8::1]');
		await settled();
		await waitFor(() => expect(window.location.hash).toBe('#/search?q=4.4.316+from+and'));
		expect(field().value).toBe('4.4.316 from host=mail.contoso.com:25 and [2001:db8::1]');
		expect(leaks('mail.contoso.com')).toEqual([]);
		expect(leaks('2001:db8')).toEqual([]);
		expect(document.querySelector('.results [data-code]')?.getAttribute('data-code')).toBe(
			'4.4.316'
		);
	});

	it('shares a typed query without a host whole, so a search can still be shared', async () => {
		const user = userEvent.setup();
		render(App);
		await user.type(field(), 'connection refused');
		await waitFor(() => expect(window.location.hash).toBe('#/search?q=connection+refused'));
	});
});

describe('link-supplied text on the page', () => {
	it('quotes at most a short fragment of an unknown path', async () => {
		const crafted = encodeURIComponent(
			'Your tenant is compromised. Call +1 555 0100 now and give them your password. '.repeat(40)
		);
		await goTo(`#/${crafted}`);
		render(App);
		const text = screen.getByText(/There is no page at/).textContent ?? '';
		expect(text.length).toBeLessThan(90);
		expect(text).not.toContain('password');
	});
});
