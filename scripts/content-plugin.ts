/**
 * The content plugin: serves the content files under content/, validated, as
 * virtual modules of plain data, so the app never parses YAML or carries the validator:
 *
 * - `virtual:content/catalog`: `catalog`, every entry in catalog order (the `Entry[]` of types.ts);
 * - `virtual:content/brief`: `catalogBrief` and `socketBrief`, what the first screen loads;
 * - `virtual:content/commands`: `commands`, the verification commands (content/commands.yaml);
 * - `virtual:content/search`: `lexicon` and `stopWords`, the search's words (content/search/);
 * - `virtual:content/wizard`: `wizardTree`, the wizard's questions (content/wizard.yaml);
 * - `virtual:content/search-source`: `searchSource`, the search's index prebuilt with the
 *   entries' short texts (the single file: the catalog, indexed in the page);
 * - `virtual:content/search-prose`: `searchProse`, the entries' prose texts, for explanations
 *   (empty in the single file); `virtual:content/search-prose/<lang>`, those of one language,
 *   what the app loads after the search answers (the reader's language first);
 * - `virtual:content/entries`: `entryPages`, a loader per entry code and language of its page chunk,
 *   `virtual:content/entry/<code>/<lang>` (`page`: the entry, its shared causes and its commands,
 *   their texts in that language only; `virtual:content/entry/<code>` has every language). The
 *   hosted build writes these chunks itself as `assets/entry-<code>-<hash>-<lang>.js`.
 *
 * A file that fails the schema or the rules across entries fails the build, the dev server's page
 * and the tests with a message naming the file, the field and what to do. The dev server reloads
 * when a content file is added, changed or removed. Register it in every Vite or Vitest config and
 * runner that loads the app's code (vite.config.ts, vitest.config.ts, scripts/eval-search.mjs,
 * scripts/bench.mjs).
 */
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin, type ViteDevServer } from 'vite';
import type { ContentModules } from './content/modules';

const MODULES = [
	'virtual:content/catalog',
	'virtual:content/brief',
	'virtual:content/commands',
	'virtual:content/search',
	'virtual:content/wizard',
	'virtual:content/entries',
	'virtual:content/search-source',
	'virtual:content/search-prose',
	'virtual:content/search-prose/en',
	'virtual:content/search-prose/it'
];
/** The page chunk of each entry: `virtual:content/entry/<code>` (see scripts/content/modules.ts). */
const ENTRY_PREFIX = 'virtual:content/entry/';
/** True for the id of a content module (a page chunk's, whatever the code, included). */
const isContent = (id: string) => MODULES.includes(id) || id.startsWith(ENTRY_PREFIX);
/** Rollup's convention for virtual ids: the \0 keeps other plugins off them. */
const PREFIX = '\0';
/** The module that reads the content, beside this file (whatever the project's root). */
const MODULES_SOURCE = fileURLToPath(new URL('./content/modules.ts', import.meta.url));
/** Where the content files are, relative to the project (as in scripts/content/load.ts). */
const CONTENT_DIR = 'content';

/** The modules' sources and every file they depend on (to watch). */
interface Loaded extends ContentModules {
	readonly dependencies: readonly string[];
}

/**
 * Runs scripts/content/modules.ts through Vite's module runner: the TypeScript of the schema and
 * the rules runs as is, and its own dependencies are known, to be watched.
 */
async function loadContent(root: string, single: boolean, emit: boolean): Promise<Loaded> {
	const { module, dependencies } = await runnerImport<{
		contentModules: (root: string, options: { single: boolean; emit: boolean }) => ContentModules;
	}>(MODULES_SOURCE, { configFile: false, root, logLevel: 'error' });
	return { ...module.contentModules(root, { single, emit }), dependencies };
}

/** The Vite plugin serving the content files as `virtual:content/*` modules. */
export function content(): Plugin {
	let root = process.cwd();
	/** The single-file build (`--mode single`): pages made from the catalog it carries. */
	let single = false;
	/**
	 * The hosted app's build (not the dev server, the tests, the single file or a build for Node):
	 * it writes the entries' page chunks itself (scripts/content/modules.ts, `entryAssets`).
	 */
	let emit = false;
	let loading: Promise<Loaded> | undefined;

	function onChange(server: ViteDevServer, file: string): void {
		if (!file.startsWith(join(root, CONTENT_DIR) + sep) || !file.endsWith('.yaml')) return;
		loading = undefined;
		for (const environment of Object.values(server.environments)) {
			for (const module of environment.moduleGraph.idToModuleMap.values()) {
				if (module.id?.startsWith(PREFIX) && isContent(module.id.slice(PREFIX.length)))
					environment.moduleGraph.invalidateModule(module);
			}
		}
		server.ws.send({ type: 'full-reload' });
	}

	return {
		name: 'eop-content',
		configResolved(config) {
			root = config.root;
			single = config.mode === 'single';
			emit = config.command === 'build' && !single && !config.build.ssr;
		},
		buildStart() {
			loading = undefined;
		},
		configureServer(server) {
			server.watcher.add(join(root, CONTENT_DIR));
			for (const event of ['add', 'change', 'unlink'] as const) {
				server.watcher.on(event, (file) => onChange(server, file));
			}
		},
		resolveId(id) {
			return isContent(id) ? PREFIX + id : undefined;
		},
		async load(id) {
			if (!id.startsWith(PREFIX) || !isContent(id.slice(PREFIX.length))) return undefined;
			const loaded = await (loading ??= loadContent(root, single, emit));
			for (const file of [...loaded.files, ...loaded.dependencies]) this.addWatchFile(file);
			const source = loaded.sources[id.slice(PREFIX.length)];
			if (source === undefined)
				this.error(`No content module ${id.slice(PREFIX.length)}: no such entry file.`);
			return source;
		},
		async generateBundle() {
			if (!emit) return;
			const loaded = await (loading ??= loadContent(root, single, emit));
			for (const [fileName, source] of Object.entries(loaded.assets)) {
				this.emitFile({ type: 'asset', fileName, source });
			}
		}
	};
}
