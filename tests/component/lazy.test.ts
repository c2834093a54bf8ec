import { describe, expect, it } from 'vitest';
import { Lazy } from '../../src/state/lazy.svelte';

describe('a part loaded when used', () => {
	it('is null until loaded, then the part; it loads once however often it is asked for', async () => {
		let loads = 0;
		const part = new Lazy(async () => {
			loads += 1;
			return 'the entry page';
		});
		expect(part.get()).toBeNull();
		expect(part.get()).toBeNull();
		expect(await part.load()).toBe('the entry page');
		expect(part.get()).toBe('the entry page');
		expect(part.failed).toBe(false);
		expect(loads).toBe(1);
	});

	it('says when it could not load (offline, a deploy replaced it), and tries again when asked', async () => {
		let attempts = 0;
		const part = new Lazy(async () => {
			attempts += 1;
			if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
			return 'the wizard';
		});
		expect(await part.load()).toBeNull();
		expect(part.failed).toBe(true);
		expect(part.value).toBeNull();
		expect(await part.load()).toBe('the wizard');
		expect(part.failed).toBe(false);
		expect(attempts).toBe(2);
	});
});
