import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../src/App.svelte';
import { wizardCauses } from '../../src/data';
import { wizardTree } from '../../src/data/wizard';
import { answer, step } from '../../src/lib/wizard/engine';
import { prefill } from '../../src/lib/wizard/prefill';
import { formatWizardState } from '../../src/lib/wizard/state';
import type { WizardState } from '../../src/lib/wizard/types';
import { goTo, searchIndexBuilt } from './helpers';

/**
 * The wizard link of an admin who knows `facts` (each given once the engine accepts it, as a
 * paste's are) and answers "I don't know" to the rest.
 */
function linkFor(from: string, facts: Readonly<Record<string, string>>): string {
	let state: WizardState = prefill(wizardTree, wizardCauses, from, facts);
	for (;;) {
		const current = step(wizardTree, wizardCauses, state);
		if (current.kind === 'conclusion') return `#/wizard?${formatWizardState(state)}`;
		const id = current.question.id;
		const next = answer(wizardTree, wizardCauses, state, id, facts[id] ?? 'unknown');
		if (next === null) throw new Error(`cannot answer ${id}`);
		state = next;
	}
}
const conclusion = () => document.querySelector('[data-cause]');

// The app builds its search index in idle time after start; the tests start from a built one.
beforeAll(searchIndexBuilt);

const answerButton = (id: string) => {
	const button = document.querySelector(`[data-testid="answer"][data-answer="${id}"]`);
	if (!(button instanceof HTMLButtonElement)) throw new Error(`no answer button ${id}`);
	return button;
};
const currentQuestion = () =>
	document.querySelector('[data-question]')?.getAttribute('data-question');

beforeEach(() => goTo('#/wizard?from=4.4.316'));
afterEach(cleanup);

describe('wizard', () => {
	it('starts from an entry with only its causes in play', () => {
		render(App);
		const inPlay = [...document.querySelectorAll('[data-in-play]')].map((e) =>
			e.getAttribute('data-in-play')
		);
		expect(inPlay).toEqual([
			'firewall-blocks-m365',
			'migrated-on-prem-shut-down',
			'nothing-listening',
			'aaaa-without-ipv6',
			'routed-elsewhere',
			'unlisted-4-4-316'
		]);
		// The error's own LastAttemptedIP comes first: it costs nothing to read (who owns the
		// destination is asked at the conclusion).
		expect(currentQuestion()).toBe('last-attempted-ip');
		// No promise of how many questions are left: the causes still possible instead.
		expect(document.querySelector('.progress')?.textContent).toContain('possible causes left: 5');
	});

	it("asks who owns the destination at the conclusion: a partner's server adds the partner's text, the cause stays", async () => {
		const user = userEvent.setup();
		await goTo('#/wizard?from=4.4.316&a=fully-migrated.yes');
		render(App);
		await waitFor(() => expect(document.querySelector('[data-testid="scope"]')).not.toBeNull());
		expect(conclusion()?.getAttribute('data-cause')).toBe('migrated-on-prem-shut-down');
		expect(document.querySelector('[data-owner="partner"]')).toBeNull();
		const yes = document.querySelector<HTMLButtonElement>('[data-scope-answer="yes"]');
		if (yes === null) throw new Error('no scope answer');
		await user.click(yes);
		await waitFor(() => expect(document.querySelector('[data-owner="partner"]')).not.toBeNull());
		expect(window.location.hash).toBe(
			'#/wizard?from=4.4.316&a=fully-migrated.yes~partner-destination.yes'
		);
		expect(conclusion()?.getAttribute('data-cause')).toBe('migrated-on-prem-shut-down');
		expect(conclusion()?.getAttribute('data-certainty')).toBe('confirmed');
		expect(document.querySelector('[data-testid="scope"]')).toBeNull();
		expect(document.querySelector('[data-ruled-out]')).toBeNull();
	});

	it('names the specific case an answer found, its own fix as the first step', async () => {
		await goTo(
			'#/wizard?from=4.4.317&a=inner-reply.starttls-required~exchange-server-checks.digicert-root-missing'
		);
		render(App);
		await waitFor(() => expect(conclusion()).not.toBeNull());
		expect(conclusion()?.getAttribute('data-cause')).toBe('tls-required-not-supported');
		expect(conclusion()?.getAttribute('data-certainty')).toBe('confirmed');
		const found = document.querySelector(
			'[data-case="exchange-server-checks.digicert-root-missing"]'
		);
		expect(found?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
			"Your case: The server does not trust DigiCert Global Root G2, Exchange Online's root"
		);
		// Its own fix is the first step, in place of the cause's general one.
		const first = document.querySelector('[data-testid="first-step"]');
		expect(first?.textContent).toContain('451 5.7.3 STARTTLS is required');
		expect(first?.textContent).toContain('DigiCert Global Root G2');
		expect(first?.textContent).toContain('Install the root and its intermediates');
	});

	it('concludes "expected after migration" after a migrated, shut-down server, and goes Back', async () => {
		const user = userEvent.setup();
		await goTo('#/wizard?from=4.4.316&a=partner-destination.no~fully-migrated.yes');
		render(App);
		await waitFor(() => expect(document.querySelector('[data-cause]')).not.toBeNull());
		const conclusion = document.querySelector('[data-cause]');
		expect(conclusion?.getAttribute('data-cause')).toBe('migrated-on-prem-shut-down');
		expect(conclusion?.getAttribute('data-code')).toBe('4.4.316');
		expect(conclusion?.getAttribute('data-certainty')).toBe('confirmed');
		expect(conclusion?.textContent).toContain('Fix now');
		expect(conclusion?.textContent).toContain('Set-AcceptedDomain');
		expect(screen.getByText(/Confirmed by your answer/)).toBeTruthy();
		expect(window.location.hash).toBe(
			'#/wizard?from=4.4.316&a=partner-destination.no~fully-migrated.yes'
		);

		await user.click(screen.getByRole('button', { name: 'Back' }));
		await waitFor(() => expect(currentQuestion()).toBe('last-attempted-ip'));
	});

	it('goes Back with Escape', async () => {
		const user = userEvent.setup();
		render(App);
		await user.click(answerButton('yes'));
		await waitFor(() => expect(currentQuestion()).not.toBe('last-attempted-ip'));
		await user.keyboard('{Escape}');
		await waitFor(() => expect(currentQuestion()).toBe('last-attempted-ip'));
	});

	it('leaves every cause open after "I don\'t know" answers, and says so', async () => {
		await goTo(linkFor('4.4.316', {}));
		render(App);
		expect(document.querySelector('.conclusion')?.getAttribute('data-basis')).toBe('ranked');
		expect(conclusion()?.getAttribute('data-certainty')).toBe('open');
		expect(
			screen.getByRole('heading', { level: 2, name: 'Your answers did not narrow the causes down' })
		).toBeTruthy();
		expect(document.querySelector('[data-other-cause="unlisted-4-4-316"]')).not.toBeNull();
	});

	it('calls "on-premises retired" only likely without the migration answer, and holds its fix back', async () => {
		await goTo(
			linkFor('4.4.316', {
				'partner-destination': 'no',
				'last-attempted-ip': 'yes',
				'external-test': 'yes',
				'connector-route': 'yes',
				'firewall-allows': 'yes'
			})
		);
		render(App);
		expect(conclusion()?.getAttribute('data-cause')).toBe('migrated-on-prem-shut-down');
		expect(conclusion()?.getAttribute('data-certainty')).toBe('likely');
		expect(screen.getByRole('heading', { level: 2, name: 'Most likely cause' })).toBeTruthy();
		expect(conclusion()?.textContent).not.toContain('Set-AcceptedDomain');
		expect(conclusion()?.textContent).not.toContain('Fix now');
		expect(conclusion()?.querySelector('[data-gate="closed"]')?.textContent).toContain('held back');
		expect(conclusion()?.textContent).toContain('Get-Mailbox');
	});

	it('ends at the next evidence to gather when every listed cause is ruled out', async () => {
		await goTo(
			linkFor('4.4.312', {
				'partner-destination': 'no',
				'smarthost-resolves': 'yes',
				'connector-route': 'yes',
				'dns-own-servers': 'yes',
				'mx-changed': 'same-everywhere'
			})
		);
		render(App);
		expect(conclusion()?.getAttribute('data-cause')).toBe('unlisted-4-4-312');
		expect(conclusion()?.getAttribute('data-certainty')).toBe('open');
		expect(
			screen.getByRole('heading', {
				level: 2,
				name: 'None of the causes listed for this error fits your answers'
			})
		).toBeTruthy();
	});

	it('says the wizard has no questions for a code it does not cover, and starts without it', async () => {
		await goTo('#/wizard?from=5.7.1');
		render(App);
		expect(screen.getByText(/has no questions for “5.7.1”/)).toBeTruthy();
		expect(currentQuestion()).toBe('symptom');
	});

	it.each([
		'#/wizard?from=%E2%80%AE5.7.1%E2%80%AC',
		'#/wizard?a=%E2%80%AEsymptom.yes&from=%E2%81%A6x%E2%80%8F1',
		'#/wizard?from=%E2%80%AE%E2%80%AE&a=%E2%80%AE'
	])('quotes the text of %s without its direction overrides and marks', async (hash) => {
		await goTo(hash);
		render(App);
		const page = document.querySelector('main')?.textContent ?? '';
		expect(page).toContain('Which error code do you see?');
		expect(page).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
	});

	it('falls back to the nearest valid step with a notice for an outdated link', async () => {
		await goTo('#/wizard?from=4.4.316&a=partner-destination.no~no-such-question.yes');
		render(App);
		expect(currentQuestion()).toBe('last-attempted-ip');
		expect(screen.getByText(/no longer fit/)).toBeTruthy();
	});

	it("starts an NDR code link (5.4.316) with its entry's causes", async () => {
		await goTo('#/wizard?from=5.4.316');
		render(App);
		expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('4.4.316');
		expect(currentQuestion()).toBe('last-attempted-ip');
	});

	it('starts from 5.7.64 with its causes, asks where the refused session came from, and asks who owns the sender at the end', async () => {
		const user = userEvent.setup();
		await goTo('#/wizard?from=5.7.64');
		render(App);
		const inPlay = [...document.querySelectorAll('[data-in-play]')].map((e) =>
			e.getAttribute('data-in-play')
		);
		expect(inPlay).toEqual([
			'n-5-7-64-connector-mismatch',
			'n-5-7-64-foreign-sender-domain',
			'n-5-7-64-ipv6-accepted-domain',
			'unlisted-5-7-64'
		]);
		expect(currentQuestion()).toBe('relay-ip-version');
		await user.click(answerButton('ipv6'));
		await waitFor(() =>
			expect(conclusion()?.getAttribute('data-cause')).toBe('n-5-7-64-ipv6-accepted-domain')
		);
		expect(conclusion()?.getAttribute('data-certainty')).toBe('confirmed');
		expect(document.querySelector('[data-testid="scope"] h3')?.textContent).toContain(
			'refused sender'
		);
	});
});
