import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../src/App.svelte';
import { goTo, searchIndexBuilt, settled } from './helpers';

// The app builds its search index in idle time after start; the tests start from a built one.
beforeAll(searchIndexBuilt);

function codesShown(): string[] {
	return [...document.querySelectorAll('[data-code]')].map(
		(el) => el.getAttribute('data-code') ?? ''
	);
}

beforeEach(() => goTo('#/'));
afterEach(cleanup);

describe('search page', () => {
	it('shows 4.4.316 first while typing "connection refused"', async () => {
		const user = userEvent.setup();
		render(App);
		await user.type(screen.getByTestId('query'), 'connection refused');
		await settled();
		expect(codesShown()[0]).toBe('4.4.316');
		// The address follows when typing pauses, and holds one history entry for the search.
		await waitFor(() => expect(window.location.hash).toBe('#/search?q=connection+refused'));
	});

	it('shows 4.4.316 first for a pasted NDR line', async () => {
		const user = userEvent.setup();
		render(App);
		await user.click(screen.getByTestId('query'));
		await user.paste('550 5.4.316 Message expired, connection refused');
		await settled();
		expect(codesShown()[0]).toBe('4.4.316');
	});

	it('lists the codes detected in a pasted trace line, primary first, with host and IP', async () => {
		const user = userEvent.setup();
		render(App);
		await user.click(screen.getByTestId('query'));
		await user.paste(
			'450 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mx.example.jp] [LastAttemptedIP=192.0.2.107:25]'
		);
		await settled();
		const found = [...document.querySelectorAll('[data-detected-code]')].map((e) =>
			e.getAttribute('data-detected-code')
		);
		expect(found).toEqual(['450 4.4.316']);
		expect(codesShown()[0]).toBe('4.4.316');
		const panel = screen.getByRole('region', { name: 'Detected in the pasted text' });
		expect(panel.textContent).toContain('mx.example.jp');
		expect(panel.textContent).toContain('192.0.2.107:25');
		expect(panel.textContent).toContain('WSAECONNREFUSED');
	});

	it('ranks a pasted description without a status code by its words, and says so', async () => {
		const user = userEvent.setup();
		render(App);
		await user.click(screen.getByTestId('query'));
		await user.paste(
			'Since the ISP swap our on-prem Exchange gets nothing from Exchange Online.\nFrom outside, telnet to the smart host on port 25 just hangs and never answers.'
		);
		await settled();
		expect(window.location.hash).toBe('#/search?q=');
		const panel = screen.getByRole('region', { name: 'Detected in the pasted text' });
		expect(panel.textContent).toContain('No status code found in the pasted text.');
		expect(codesShown()[0]).toBe('4.4.315');
		expect(screen.getByRole('status').textContent).toMatch(
			/^\d+ entries match the words of the pasted text \(it holds no status code\)$/
		);
	});

	it('reads Microsoft\'s wording typed as a query: "cannot connect to remote server"', async () => {
		const user = userEvent.setup();
		render(App);
		await user.type(screen.getByTestId('query'), 'cannot connect to remote server');
		await settled();
		expect(screen.queryByRole('region', { name: 'Detected in the pasted text' })).toBeNull();
		expect(codesShown()[0]).toBe('4.4.317');
	});

	it('reads a long question typed on one line as a query, kept out of the address', async () => {
		const user = userEvent.setup();
		render(App);
		const question =
			'since friday exchange online cannot deliver to our on-prem server, telnet to the smart host on port 25 from outside just hangs';
		expect(question.length).toBeGreaterThan(120);
		await user.type(screen.getByTestId('query'), question);
		await settled();
		expect(screen.queryByRole('region', { name: 'Detected in the pasted text' })).toBeNull();
		expect(codesShown()[0]).toBe('4.4.315');
		await waitFor(() => expect(window.location.hash).toBe('#/search?q='));
	});

	it('keeps a paste out of the address, and shows the typed query again after Back', async () => {
		const user = userEvent.setup();
		render(App);
		await user.type(screen.getByTestId('query'), 'refused');
		await settled();
		await waitFor(() => expect(window.location.hash).toBe('#/search?q=refused'));
		await user.clear(screen.getByTestId('query'));
		await user.paste('Remote Server returned 550 5.4.316\nLastAttemptedServerName=mx.example.org');
		await settled();
		expect(window.location.hash).toBe('#/search?q=');
		expect(document.querySelector('[data-detected-code]')?.getAttribute('data-detected-code')).toBe(
			'550 5.4.316'
		);
		await goTo('#/search?q=refused');
		const field = screen.getByTestId('query');
		expect(field instanceof HTMLTextAreaElement && field.value).toBe('refused');
	});

	it('opens the entry page when a result is clicked', async () => {
		const user = userEvent.setup();
		render(App);
		await user.type(screen.getByTestId('query'), '4.7.320');
		await settled();
		const link = document.querySelector('[data-code="4.7.320"] a');
		expect(link).not.toBeNull();
		if (link) await user.click(link);
		await waitFor(() => expect(window.location.hash).toBe('#/code/4.7.320'));
		await waitFor(() =>
			expect(document.querySelector('article[data-code="4.7.320"]')).not.toBeNull()
		);
		expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('4.7.320');
	});

	it('says so and offers the wizard when nothing matches', async () => {
		const user = userEvent.setup();
		render(App);
		await user.type(screen.getByTestId('query'), 'qqqzzxxwv');
		await settled();
		expect(codesShown()).toEqual([]);
		expect(screen.getByRole('link', { name: /wizard/i }).getAttribute('href')).toBe('#/wizard');
	});

	it('says how a word of the query was read: cert ≈ certificate, a typo, a Winsock number', async () => {
		await goTo('#/search?q=cert%20expired');
		render(App);
		expect(codesShown()[0]).toBe('4.7.320');
		const readings = [...document.querySelectorAll('.equivalence')].map((e) => e.textContent);
		expect(readings).toContain('cert ≈ certificate');
		cleanup();
		await goTo('#/search?q=conection%20refussed');
		render(App);
		expect(codesShown()[0]).toBe('4.4.316');
		expect(document.querySelector('[data-code="4.4.316"] .equivalence')?.textContent).toBe(
			'read “conection refussed” as “Connection refused”'
		);
		cleanup();
		await goTo('#/search?q=0x274D');
		render(App);
		expect(codesShown()[0]).toBe('4.4.316');
		expect(document.querySelector('[data-code="4.4.316"] .why')?.textContent).toContain(
			'Winsock 10061 (WSAECONNREFUSED), connection refused'
		);
	});

	it('heads weak matches as the closest entries and offers the wizard', async () => {
		await goTo('#/search?q=the%20thing%20with%20the%20stuff%20is%20weird%20since%20the%20update');
		render(App);
		expect(codesShown().length).toBeGreaterThan(0);
		expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('The closest entries');
		expect(screen.getByRole('status').textContent).toContain('No close match');
		const wizard = screen.getByRole('link', { name: 'Find the cause with the wizard' });
		expect(wizard.getAttribute('href')).toBe('#/wizard');
		// The wizard comes first, above the closest entries.
		const first = document.querySelector('[data-code]');
		expect(first && wizard.compareDocumentPosition(first)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
	});

	it('shows typed markup as text, never as HTML', async () => {
		const user = userEvent.setup();
		render(App);
		await user.click(screen.getByTestId('query'));
		await user.paste('<img src=x onerror=alert(1)><b>refused</b>');
		await settled();
		expect(document.querySelector('main img, main b')).toBeNull();
	});
});

describe('entry page', () => {
	it('resolves any notation of a code from the route', async () => {
		await goTo('#/code/550%205.4.316');
		render(App);
		expect(document.querySelector('article')?.getAttribute('data-code')).toBe('4.4.316');
		expect(screen.getByRole('note').textContent).toContain('550 5.4.316');
	});

	it('shows a clear page with a search link for an unknown code', async () => {
		await goTo('#/code/9.9.9');
		render(App);
		expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('9.9.9');
		expect(screen.getByRole('link', { name: /9\.9\.9/ }).getAttribute('href')).toBe(
			'#/search?q=9.9.9'
		);
	});
});
