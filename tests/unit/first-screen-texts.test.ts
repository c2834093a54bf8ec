import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startMessages } from '../../src/data/messages';

const SRC = join(import.meta.dirname, '..', '..', 'src');

/**
 * The modules the first screen loads: App.svelte and what it imports statically, transitively.
 * The parts loaded when used (components/parts.ts) bring the other pages' texts with them.
 */
function firstScreenModules(): string[] {
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file) || file.endsWith(join('components', 'parts.ts'))) return;
		seen.add(file);
		const source = readFileSync(file, 'utf8');
		for (const [, spec] of source.matchAll(/^\s*import\s+(?!type\b)[^'"]*['"](\.[^'"]+)['"]/gm)) {
			const path = resolve(dirname(file), spec ?? '');
			// '../state/router.svelte' names router.svelte.ts; './data' names data/index.ts.
			const found = [path, `${path}.ts`, join(path, 'index.ts')].find(
				(f) => existsSync(f) && /\.(svelte|ts)$/.test(f)
			);
			if (found) visit(found);
		}
	};
	visit(join(SRC, 'App.svelte'));
	return [...seen].filter((f) => /\.(svelte|ts)$/.test(f));
}

describe('the first screen’s interface text', () => {
	it('holds every text the first screen’s components use (the rest loads with the pages)', () => {
		const modules = firstScreenModules();
		expect(modules.some((f) => f.endsWith('SearchPage.svelte'))).toBe(true);
		expect(modules.some((f) => f.endsWith('EntryPage.svelte'))).toBe(false);
		const keys = Object.keys(startMessages.en);
		let used = 0;
		for (const file of modules) {
			const source = readFileSync(file, 'utf8');
			for (const [, key] of source.matchAll(/\bt\(\s*'([a-zA-Z.]+)'/g)) {
				expect(keys, `${key} in ${file}`).toContain(key);
				used += 1;
			}
			for (const [, prefix] of source.matchAll(/\bt\(\s*`([a-zA-Z.]+)\$\{/g)) {
				expect(
					keys.some((k) => k.startsWith(prefix ?? '')),
					`${prefix}… in ${file}`
				).toBe(true);
			}
		}
		expect(used).toBeGreaterThan(30);
	});
});
