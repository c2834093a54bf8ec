import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tick } from 'svelte';
import { expect, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../src/App.svelte';
import { router } from '../../src/state/router.svelte';
import { searchEngine } from '../../src/state/search.svelte';
import { entryPage, partFor, pasteView, wizardPage } from '../../src/components/parts';

/**
 * Sets the hash and waits for the router to hear it (hashchange fires asynchronously). An address
 * write still waiting for typing to pause is done first, so the page and the address agree. With
 * `loadParts: false` the lazy parts are left unloaded, as on a first visit.
 */
export async function goTo(
	hash: string,
	{ loadParts = true }: { loadParts?: boolean } = {}
): Promise<void> {
	router.settle();
	if (window.location.hash !== hash) {
		const heard = new Promise((resolve) =>
			window.addEventListener('hashchange', resolve, { once: true })
		);
		window.location.hash = hash;
		await heard;
	}
	if (loadParts) await partsLoaded();
}

/**
 * Waits for the parts the first screen loads when used (the pages, the paste reader), so a test
 * of a page sees the page rather than its short loading state (tested on its own).
 */
export async function partsLoaded(): Promise<void> {
	await Promise.all([
		entryPage.load(),
		wizardPage.load(),
		pasteView.load(),
		partFor(router.route)?.load()
	]);
	await tick();
}

/** Builds the search index as the app does after it starts (idle time), and waits for it. */
export async function searchIndexBuilt(): Promise<void> {
	searchEngine.start();
	await vi.waitFor(() => expect(searchEngine.ready && searchEngine.explained).toBe(true), {
		timeout: 20_000,
		interval: 20
	});
}

/**
 * Waits for the results of the last input, which the search page shows one frame after it (so
 * the typed character paints first): the same frame-then-task the page waits for.
 */
export async function settled(): Promise<void> {
	await new Promise<void>((resolve) =>
		requestAnimationFrame(() => setTimeout(() => setTimeout(resolve, 0), 0))
	);
	await tick();
}

/** A file of tests/fixtures/<folder>/, as text. */
export const readFixture = (folder: string, name: string): string =>
	readFileSync(join(import.meta.dirname, '..', 'fixtures', folder, name), 'utf8');

/** Renders the app, pastes `text` into the query field as a user would, and waits for the page. */
export async function pasteIntoApp(text: string): Promise<ReturnType<typeof userEvent.setup>> {
	const user = userEvent.setup();
	render(App);
	await user.click(screen.getByTestId('query'));
	await user.paste(text);
	await settled();
	return user;
}
