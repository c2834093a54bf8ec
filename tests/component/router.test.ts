import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Router } from '../../src/state/router.svelte';
import { goTo } from './helpers';

beforeEach(async () => {
	await goTo('#/');
	vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('the router while typing', () => {
	it('moves the page at once and writes one history entry when typing pauses', () => {
		const router = new Router();
		const entries = window.history.length;
		router.go({ name: 'search', q: 'c' }, { replace: false, typing: true });
		router.go({ name: 'search', q: 'co' }, { replace: true, typing: true });
		router.go({ name: 'search', q: 'con' }, { replace: true, typing: true });
		expect(router.route).toEqual({ name: 'search', q: 'con' });
		expect(window.location.hash).toBe('#/');
		vi.advanceTimersByTime(400);
		expect(window.location.hash).toBe('#/search?q=con');
		// The first keystroke's push survives the replaces that followed it: Back returns home.
		expect(window.history.length).toBe(entries + 1);
	});

	it('writes the address before a click can follow a link', () => {
		const router = new Router();
		router.go({ name: 'search', q: 'refused' }, { replace: true, typing: true });
		window.dispatchEvent(new Event('pointerdown'));
		expect(window.location.hash).toBe('#/search?q=refused');
	});

	it('never writes over an address changed before its hashchange is heard', () => {
		const router = new Router();
		router.go({ name: 'search', q: 'stale' }, { replace: true, typing: true });
		// The address moves (a bookmark, a link) and the pause ends before the event arrives.
		window.history.replaceState(null, '', '#/code/4.7.320');
		vi.advanceTimersByTime(400);
		expect(window.location.hash).toBe('#/code/4.7.320');
	});

	it('drops a waiting write when the address changes under it', () => {
		const router = new Router();
		router.go({ name: 'search', q: 'stale' }, { replace: true, typing: true });
		window.location.hash = '#/code/4.4.316';
		window.dispatchEvent(new HashChangeEvent('hashchange'));
		vi.advanceTimersByTime(400);
		expect(window.location.hash).toBe('#/code/4.4.316');
		expect(router.route).toEqual({ name: 'code', code: '4.4.316' });
	});
});
