// `npm run bench` (after vitest's benchmarks): the search's per-keystroke benchmark in Node and the
// typing benchmark in Chromium. Each TypeScript benchmark is bundled by Vite first (an SSR build
// for Node), so it measures the code as it ships rather than through a test runner's transforms.
import { spawnSync } from 'node:child_process';
import { build, runnerImport } from 'vite';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'node_modules', '.cache', 'bench');

/**
 * Bundles a benchmark module for Node and imports it.
 * @param {string} entry the module, relative to the project
 */
async function load(entry) {
	// The catalog comes from the content plugin's virtual modules (scripts/content-plugin.ts).
	const { module: plugin } = await runnerImport(join(root, 'scripts/content-plugin.ts'), {
		configFile: false,
		root,
		logLevel: 'error'
	});
	await build({
		configFile: false,
		root,
		logLevel: 'error',
		plugins: [plugin.content()],
		build: { ssr: join(root, entry), outDir, emptyOutDir: false, target: 'node20', minify: true }
	});
	const name = (entry.split('/').pop() ?? entry).replace(/\.ts$/, '.js');
	return import(pathToFileURL(join(outDir, name)).href);
}

const only = process.argv[2];
if (!only || only === 'node') {
	const keystrokes = await load('tests/bench/keystrokes.ts');
	console.log(keystrokes.run());
	const big = await load('tests/bench/big-inputs.ts');
	console.log(big.run());
}
if (!only || only === 'node' || only === 'share') {
	const share = await load('tests/bench/share-fuzz.ts');
	console.log(share.run());
}
if (only === 'hostile') {
	// The hostile pastes of issue 26 on the built app (BENCH_DIST=<folder> measures another build).
	if (!process.env.BENCH_DIST) {
		const built = spawnSync('npm', ['run', 'build'], {
			cwd: root,
			stdio: ['ignore', 'ignore', 'inherit']
		});
		if (built.status !== 0) throw new Error('npm run build failed');
	}
	const hostile = await load('tests/bench/hostile.ts');
	console.log(await hostile.run());
}
if (only === 'trace') {
	// A 100,000-row trace export in the single file (slices) and the hosted page (worker), issue 25.
	if (!process.env.BENCH_DIST) {
		const built = spawnSync('npm', ['run', 'build'], {
			cwd: root,
			stdio: ['ignore', 'ignore', 'inherit']
		});
		if (built.status !== 0) throw new Error('npm run build failed');
	}
	const trace = await load('tests/bench/trace-page.ts');
	console.log(await trace.run());
}
if (!only || only === 'browser' || only === 'first-load') {
	// The browser benchmarks measure the built app: build it from the current sources first.
	const built = spawnSync('npm', ['run', 'build'], {
		cwd: root,
		stdio: ['ignore', 'ignore', 'inherit']
	});
	if (built.status !== 0) throw new Error('npm run build failed');
	const firstLoad = await load('tests/bench/first-load.ts');
	console.log(await firstLoad.run());
	if (only !== 'first-load') {
		const browser = await load('tests/bench/browser.ts');
		console.log(await browser.run());
		const paste = await load('tests/bench/paste.ts');
		console.log(await paste.run());
		const hostile = await load('tests/bench/hostile.ts');
		console.log(await hostile.run());
		const trace = await load('tests/bench/trace-page.ts');
		console.log(await trace.run());
	}
}
