import { expect, vi } from 'vitest';
import { searchEngine } from '../../src/state/search.svelte';

/** Sets the hash and waits for the router to hear it (hashchange fires asynchronously). */
export async function goTo(hash: string): Promise<void> {
	if (window.location.hash === hash) return;
	const heard = new Promise((resolve) =>
		window.addEventListener('hashchange', resolve, { once: true })
	);
	window.location.hash = hash;
	await heard;
}

/** Builds the search index as the app does after it starts (idle time), and waits for it. */
export async function searchIndexBuilt(): Promise<void> {
	searchEngine.start();
	await vi.waitFor(() => expect(searchEngine.ready).toBe(true), { timeout: 20_000, interval: 20 });
}
