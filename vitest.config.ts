import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { content } from './scripts/content-plugin.js';

export default defineConfig({
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				plugins: [content()],
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts'],
					benchmark: { include: ['tests/bench/**/*.bench.ts'] }
				}
			},
			{
				extends: true,
				plugins: [content(), svelte(), svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['tests/component/**/*.test.ts'],
					benchmark: { include: [] }
				}
			}
		]
	}
});
