import { defineConfig } from 'vitest/config';

// Browser tests: playwright-core drives Debian's chromium against the built dist/ on 127.0.0.1.
export default defineConfig({
	test: {
		expect: { requireAssertions: true },
		include: ['tests/e2e/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 60_000,
		fileParallelism: false
	}
});
