import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { content } from '../../scripts/content-plugin';

/*
 * The content plugin in a dev server over a scratch copy of content/: what `npm run dev` does
 * when a file is edited. The watcher's event is emitted by the test, so nothing waits on the
 * file system's timing.
 */
let root = '';
let server: ViteDevServer | undefined;

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'eop-plugin-'));
	cpSync('content', join(root, 'content'), { recursive: true });
	server = await createServer({
		root,
		configFile: false,
		logLevel: 'silent',
		plugins: [content()],
		server: { middlewareMode: true },
		appType: 'custom'
	});
});

afterAll(async () => {
	await server?.close();
	rmSync(root, { recursive: true, force: true });
});

/** Loads a virtual module as the browser would get it from the dev server. */
async function load(id: string): Promise<string> {
	if (server === undefined) throw new Error('no server');
	const result = await server.environments.client.transformRequest(id);
	return result?.code ?? '';
}

/** Edits a content file of the scratch copy and tells the dev server, as its watcher would. */
function edit(file: string, change: (text: string) => string): void {
	const path = join(root, file);
	writeFileSync(path, change(readFileSync(path, 'utf8')));
	server?.watcher.emit('change', path);
}

// Each load reads and validates every content file and builds the search's index: seconds on a
// busy two-core machine, so these tests get more than vitest's default 5 s.
describe('the content plugin in the dev server', { timeout: 30_000 }, () => {
	it('serves the entries and reloads the page with the new text when a file changes', async () => {
		expect(await load('virtual:content/catalog')).toContain('"code":"4.4.316"');
		if (server === undefined) throw new Error('no server');
		const send = vi.spyOn(server.ws, 'send');
		edit('content/entries/5.7.750.yaml', (text) => text.replace("reply: '550'", "reply: '551'"));
		expect(send).toHaveBeenCalledWith({ type: 'full-reload' });
		expect(await load('virtual:content/catalog')).toContain('"reply":"551"');
		expect(await load('virtual:content/brief')).toContain('"reply":"551"');
		// The entry's own page chunk too: what `#/code/5.7.750` loads.
		expect(await load('virtual:content/entry/5.7.750')).toContain('"reply":"551"');
	});

	it('gives a new entry file its page chunk and its loader, with nothing else to edit', async () => {
		const source = join(root, 'content/entries/5.7.750.yaml');
		const added = join(root, 'content/entries/5.7.751.yaml');
		writeFileSync(
			added,
			readFileSync(source, 'utf8')
				.replace(/^code: .*$/m, "code: '5.7.751'")
				.replace(/^(\s*- id: )(.+)$/gm, '$1$2-copy')
		);
		server?.watcher.emit('add', added);
		expect(await load('virtual:content/entries')).toContain(
			'"5.7.751": (lang) => ({ en: () => import('
		);
		expect(await load('virtual:content/entry/5.7.751')).toContain('"code":"5.7.751"');
		expect(await load('virtual:content/entry/5.7.751/it')).toContain('"code":"5.7.751"');
		rmSync(added);
		server?.watcher.emit('unlink', added);
		expect(await load('virtual:content/entries')).not.toContain('5.7.751');
	});

	it('fails the module with the file, the field and what to do when a file breaks', async () => {
		edit('content/entries/5.7.750.yaml', (text) => text.replace(/^queued: \w+$/m, 'queued: maybe'));
		await expect(load('virtual:content/catalog')).rejects.toThrow(
			'content/entries/5.7.750.yaml > queued: expected true or false'
		);
	});
});
