import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import App from '../../src/App.svelte';
import { catalogIndex, wizardCauses } from '../../src/data';
import { wizardTree } from '../../src/data/wizard';
import { answer, step } from '../../src/lib/wizard/engine';
import { formatWizardState } from '../../src/lib/wizard/state';
import type { WizardState } from '../../src/lib/wizard/types';
import { goTo, searchIndexBuilt } from './helpers';

beforeAll(searchIndexBuilt);
afterEach(cleanup);

/** The wizard link of an admin who answers "I don't know" to every question from `from`. */
function unknownToAll(from: string): string {
	let state: WizardState = { from, answers: [] };
	for (;;) {
		const current = step(wizardTree, wizardCauses, state);
		if (current.kind === 'conclusion') return `#/wizard?${formatWizardState(state)}`;
		const next = answer(wizardTree, wizardCauses, state, current.question.id, 'unknown');
		if (next === null) throw new Error(`cannot answer ${current.question.id}`);
		state = next;
	}
}

describe("the wizard's conclusion", () => {
	it('shows the leading cause with its sources, as links with the day they were checked', async () => {
		await goTo(unknownToAll('4.4.316'));
		render(App);
		const leading = document.querySelector('.likely[data-cause]');
		const id = leading?.getAttribute('data-cause') ?? '';
		const expected = catalogIndex.cause(id)?.cause.sources ?? [];
		expect(expected.length).toBeGreaterThan(0);
		const links = [
			...(leading?.querySelectorAll<HTMLAnchorElement>(
				'[data-testid="sources"] a[data-source-url]'
			) ?? [])
		];
		expect(links.map((a) => a.getAttribute('href'))).toEqual(expected.map((s) => s.url));
		expect(links.map((a) => a.textContent)).toEqual(expected.map((s) => s.title));
		expect(links.every((a) => a.getAttribute('rel') === 'noopener noreferrer')).toBe(true);
		expect(links[0]?.closest('li')?.textContent).toContain(`checked ${expected[0]?.checked}`);
	});

	it('says "checked" in Italian', async () => {
		await goTo(`${unknownToAll('4.4.316')}&lang=it`);
		render(App);
		// The switch to the link's language waits for the pages' Italian text.
		await vi.waitFor(() =>
			expect(
				document.querySelector('.likely[data-cause] [data-testid="sources"] li')?.textContent
			).toContain('verificata il 2026-12-08')
		);
	});
});
