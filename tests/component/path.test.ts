import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../src/App.svelte';
import { goTo, searchIndexBuilt, settled } from './helpers';

beforeAll(searchIndexBuilt);
afterEach(cleanup);

/** The picture's stages as "stage:state", in order. */
const picture = () =>
	[...document.querySelectorAll('svg [data-stage]')].map(
		(e) => `${e.getAttribute('data-stage')}:${e.getAttribute('data-state')}`
	);

describe('the delivery-path picture', () => {
	it.each([
		['4.4.312', 'dns'],
		['4.4.315', 'tcp'],
		['4.4.316', 'tcp'],
		['4.4.317', 'smtp'],
		['4.4.318', 'transfer'],
		['4.7.320', 'certificate']
	])('on the %s entry page, marks %s failed and says so in words', async (code, stage) => {
		await goTo(`#/code/${code}`);
		render(App);
		expect(picture()).toHaveLength(6);
		expect(document.querySelector(`[data-stage="${stage}"]`)?.getAttribute('data-state')).toBe(
			'failed'
		);
		expect(picture().filter((s) => s.endsWith(':failed'))).toEqual([`${stage}:failed`]);
		const figure = document.querySelector('figure.delivery-path');
		expect(figure?.querySelector('figcaption')?.textContent).toMatch(/^Where delivery broke: /);
		expect(figure?.querySelector('ol')?.textContent).toContain('failed here');
	});

	it('is not drawn for a neighbouring code, which fails at no connector stage', async () => {
		await goTo('#/code/5.7.1');
		render(App);
		expect(picture()).toEqual([]);
	});

	it('in the Detected panel, shows what pasted output proves: no STARTTLS, the certificate not reached', async () => {
		await goTo('#/');
		const user = userEvent.setup();
		render(App);
		await user.click(screen.getByTestId('query'));
		const telnet = readFileSync(
			join(import.meta.dirname, '..', 'fixtures', 'evidence', 'telnet-no-starttls.txt'),
			'utf8'
		);
		await user.paste(telnet);
		await settled();
		expect(picture()).toEqual([
			'dns:unknown',
			'tcp:passed',
			'smtp:passed',
			'tls:failed',
			'certificate:unknown',
			'transfer:unknown'
		]);
		expect(document.querySelector('figure.delivery-path ol')?.textContent).toContain('not reached');
	});

	it('in the wizard, highlights the stage the current question probes', async () => {
		await goTo('#/wizard?from=4.7.320&a=partner-destination.no~exchange-server-checks.all-fine');
		render(App);
		expect(document.querySelector('[data-question]')?.getAttribute('data-question')).toBe(
			'certificate-check'
		);
		expect(document.querySelector('[data-current="true"]')?.getAttribute('data-stage')).toBe(
			'certificate'
		);
	});

	it('in the Italian wizard, names the stages in Italian', async () => {
		await goTo('#/wizard?from=4.4.316&lang=it');
		render(App);
		// The switch to the link's language waits for the pages' Italian text to load.
		await vi.waitFor(() =>
			expect(document.querySelector('[data-stage="tcp"]')?.textContent).toContain(
				'Connessione sulla porta 25'
			)
		);
	});
});
