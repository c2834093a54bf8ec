// `npm start`: builds dist/ when it is missing or older than the sources, then serves it on
// 127.0.0.1 (vite preview prints the URL). PORT picks another port.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const vite = join(root, 'node_modules', '.bin', 'vite');
const SOURCES = ['src', 'static', 'index.html', 'vite.config.ts', 'package.json'];

/**
 * Newest modification time under a file or folder.
 * @param {string} path
 * @returns {number}
 */
function newest(path) {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), 0);
}

const built = join(root, 'dist', 'index.html');
const sourcesTime = Math.max(
	...SOURCES.map((p) => join(root, p))
		.filter(existsSync)
		.map(newest)
);
if (!existsSync(built) || statSync(built).mtimeMs < sourcesTime) {
	console.log('Building dist/ …');
	const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT ?? '4173';
const server = spawn(vite, ['preview', '--host', '127.0.0.1', '--port', port, '--strictPort'], {
	cwd: root,
	stdio: 'inherit'
});
/** @type {NodeJS.Signals[]} */
const signals = ['SIGINT', 'SIGTERM'];
for (const signal of signals) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
