import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../src/App.svelte';
import { PREVIEW_CHARS } from '../../src/state/paste.svelte';
import { goTo, searchIndexBuilt, settled } from './helpers';

beforeAll(searchIndexBuilt);
beforeEach(() => goTo('#/'));
afterEach(cleanup);

const ndr = readFileSync(
	join(import.meta.dirname, '..', 'fixtures', 'sisimai', 'lhost-office365-08.eml'),
	'utf8'
);
/** The same NDR with its returned message padded to about 1 MB, as with an attachment. */
const bigNdr = (() => {
	const cut = ndr.lastIndexOf('\n--');
	const filler = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\n';
	return `${ndr.slice(0, cut)}\n${filler.repeat(13_000)}${ndr.slice(cut)}`;
})();
const field = () => {
	const element = screen.getByTestId('query');
	if (!(element instanceof HTMLTextAreaElement)) throw new Error('no query field');
	return element;
};
const detected = () =>
	[...document.querySelectorAll('[data-detected-code]')].map((e) =>
		e.getAttribute('data-detected-code')
	);

async function pasteAndRead(text: string): Promise<string[]> {
	const user = userEvent.setup();
	render(App);
	await user.click(field());
	await user.paste(text);
	await settled();
	await waitFor(() => expect(detected().length).toBeGreaterThan(0));
	return detected().map(String);
}

describe('a large paste', () => {
	it('is read in full while the field shows a preview, with the same Detected panel as the small paste', async () => {
		const small = await pasteAndRead(ndr);
		cleanup();
		await goTo('#/');
		const large = await pasteAndRead(bigNdr);
		expect(large).toEqual(small);
		expect(field().value).toHaveLength(PREVIEW_CHARS);
		const note = document.querySelector('.paste-note');
		expect(note?.getAttribute('data-paste-size')).toBe(String(bigNdr.length));
		expect(note?.textContent).toContain('All of it is read.');
		expect(window.location.hash).toBe('#/search?q=');
		expect(document.querySelector('.results [data-code]')?.getAttribute('data-code')).toBe(
			'4.4.316'
		);
	});

	it('editing the preview reads the field from then on, and says so', async () => {
		await pasteAndRead(bigNdr);
		const user = userEvent.setup();
		await user.type(field(), 'x');
		await settled();
		expect(screen.getByText(/You edited the preview of a paste of/).textContent).toContain(
			bigNdr.length.toLocaleString()
		);
		expect(document.querySelector('[data-paste-size]')).toBeNull();
	});

	it('clearing the field forgets it', async () => {
		await pasteAndRead(bigNdr);
		const user = userEvent.setup();
		await user.clear(field());
		await settled();
		expect(document.querySelector('.paste-note')).toBeNull();
		expect(detected()).toEqual([]);
	});
});

describe('a dropped file', () => {
	it('is read like the same text pasted', async () => {
		const small = await pasteAndRead(ndr);
		cleanup();
		await goTo('#/');
		render(App);
		const file = new File([bigNdr], 'bounce.eml', { type: 'message/rfc822' });
		await fireEvent.drop(field(), { dataTransfer: { files: [file], types: ['Files'] } });
		await waitFor(() => expect(detected()).toEqual(small));
		expect(document.querySelector('.paste-note')?.textContent).toContain('bounce.eml');
		expect(window.location.hash).toBe('#/search?q=');
	});
});
