/**
 * What the hosted start page downloads before it is ready: dist/index.html, what it links (module
 * scripts, module preloads, style sheets, classic scripts) and every chunk those scripts import
 * statically, with their CSS, as Vite's build manifest records them. Dynamic imports (the full
 * search, the pages, the paste reader) are left out: they load after the first screen is up.
 * Used by the byte-budget test and by `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The gzip level a static host typically serves with (nginx and Apache go from 1 to 9; 6 is zlib's default). */
export const GZIP_LEVEL = 6;

interface ManifestChunk {
	readonly file: string;
	readonly src?: string;
	readonly isEntry?: boolean;
	readonly isDynamicEntry?: boolean;
	readonly imports?: readonly string[];
	readonly dynamicImports?: readonly string[];
	readonly css?: readonly string[];
}
type Manifest = Readonly<Record<string, ManifestChunk>>;

export interface LoadedFile {
	/** Path under dist/, e.g. "assets/index-abc123.js". */
	readonly file: string;
	readonly bytes: number;
	readonly gzipped: number;
}

export const readManifest = (dist: string): Manifest =>
	JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

/** Every file a chunk needs before it runs: itself, its static imports (transitively), their CSS. */
export function staticClosure(manifest: Manifest, keys: readonly string[]): Set<string> {
	const files = new Set<string>();
	const seen = new Set<string>();
	const visit = (key: string) => {
		if (seen.has(key)) return;
		seen.add(key);
		const chunk = manifest[key];
		if (!chunk) throw new Error(`The build manifest has no chunk ${key}.`);
		files.add(chunk.file);
		for (const css of chunk.css ?? []) files.add(css);
		for (const imported of chunk.imports ?? []) visit(imported);
	};
	for (const key of keys) visit(key);
	return files;
}

/** The manifest key of the chunk whose source path ends with `source` ("src/data/search/engine.ts"). */
export function chunkKey(manifest: Manifest, source: string): string {
	const key = Object.keys(manifest).find((k) => k === source || k.endsWith(`/${source}`));
	if (key === undefined) throw new Error(`The build manifest has no chunk for ${source}.`);
	return key;
}

/** The files the start page requests before it is ready, with their sizes as served gzipped. */
export function firstLoad(dist: string): LoadedFile[] {
	const manifest = readManifest(dist);
	const html = readFileSync(join(dist, 'index.html'), 'utf8');
	const linked = new Set<string>(['index.html']);
	const TAG = /<(script|link)\b[^>]*>/g;
	for (const [tag, name] of html.matchAll(TAG)) {
		const url = /\b(?:src|href)="\.\/([^"]+)"/.exec(tag)?.[1];
		const rel = /\brel="([^"]+)"/.exec(tag)?.[1];
		if (url === undefined) continue;
		if (name === 'script' || rel === 'stylesheet' || rel === 'modulepreload') linked.add(url);
	}
	const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
	const entries = [...linked].flatMap((file) => {
		const key = byFile.get(file);
		return key === undefined ? [] : [key];
	});
	const files = new Set([...linked, ...staticClosure(manifest, entries)]);
	return [...files].sort().map((file) => {
		const content = readFileSync(join(dist, file));
		return {
			file,
			bytes: content.length,
			gzipped: gzipSync(content, { level: GZIP_LEVEL }).length
		};
	});
}
