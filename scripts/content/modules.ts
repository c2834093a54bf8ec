/**
 * The source of the content plugin's virtual modules (scripts/content-plugin.ts), built from the
 * content files. The plugin loads this module through Vite's module runner, so it runs the
 * current TypeScript of the schemas, the rules and the socket error table at every build and reload.
 */
import { socketErrorTexts } from '../../src/data/parse-text';
import { briefSource, socketErrorsOf } from '../../src/lib/catalog/brief';
import { entryPageData, inLanguage } from '../../src/lib/catalog/page';
import { LANGS } from '../../src/lib/catalog/types';
import { indexCatalog } from '../../src/lib/catalog/lookup';
import { compileLexicon } from '../../src/lib/search/lexicon';
import { buildTermIndex, serializeTermIndex, serializeTexts } from '../../src/lib/search/terms';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { contentFiles, loadContent } from './load';

/**
 * The id of an entry's page chunk (`virtual:content/entry/4.4.316`, both languages), and of its
 * chunk in one language (`virtual:content/entry/4.4.316/it`), which the app loads.
 */
export const ENTRY_MODULE = 'virtual:content/entry/';

/**
 * Texts at least this long that occur more than once are written once, as a constant: the files
 * repeat what TypeScript shared by name (the partner advice of the policy rejections, the admin
 * center paths, the steps of 5.7.133-136).
 */
const SHARED_TEXT_MIN_LENGTH = 20;

/** Every string in `value`, with how often it occurs. */
function countStrings(value: unknown, counts: Map<string, number>): void {
	if (typeof value === 'string') counts.set(value, (counts.get(value) ?? 0) + 1);
	else if (Array.isArray(value)) for (const item of value) countStrings(item, counts);
	else if (typeof value === 'object' && value !== null) {
		for (const item of Object.values(value)) countStrings(item, counts);
	}
}

/**
 * An ES module exporting `values` as plain data: JSON, except that each repeated text is a
 * constant declared once and named where it occurs.
 */
export function dataModule(values: Readonly<Record<string, unknown>>): string {
	const counts = new Map<string, number>();
	countStrings(values, counts);
	const shared = new Map<string, string>();
	for (const [text, count] of counts) {
		if (count > 1 && text.length >= SHARED_TEXT_MIN_LENGTH) shared.set(text, `t${shared.size}`);
	}
	const emit = (value: unknown): string => {
		if (typeof value === 'string') return shared.get(value) ?? JSON.stringify(value);
		if (Array.isArray(value)) return `[${value.map(emit).join(',')}]`;
		if (typeof value === 'object' && value !== null) {
			const fields = Object.entries(value).map(
				([key, item]) => `${JSON.stringify(key)}:${emit(item)}`
			);
			return `{${fields.join(',')}}`;
		}
		return JSON.stringify(value);
	};
	const constants = [...shared].map(([text, name]) => `const ${name} = ${JSON.stringify(text)};`);
	const exports = Object.entries(values).map(
		([name, value]) => `export const ${name} = ${emit(value)};`
	);
	return [...constants, ...exports, ''].join('\n');
}

/** Where the page data is made from the catalog (the single file's pages build it in the browser). */
const PAGE_SOURCE = fileURLToPath(new URL('../../src/lib/catalog/page.ts', import.meta.url));
const LOOKUP_SOURCE = fileURLToPath(new URL('../../src/lib/catalog/lookup.ts', import.meta.url));
const BRIEF_SOURCE = fileURLToPath(new URL('../../src/lib/catalog/brief.ts', import.meta.url));

/**
 * The single file's loaders: it holds the whole catalog anyway, so a page's data is made from it
 * (once, for every entry) rather than carried a second time in per-entry chunks.
 */
function singleFileLoaders(codes: readonly string[]): string {
	return [
		`import { indexCatalog } from ${JSON.stringify(LOOKUP_SOURCE)};`,
		`import { entryPageData } from ${JSON.stringify(PAGE_SOURCE)};`,
		'let pages;',
		'const all = async () => {',
		"\tconst [{ catalog }, { commands }] = await Promise.all([import('virtual:content/catalog'), import('virtual:content/commands')]);",
		'\tconst index = indexCatalog(catalog);',
		'\treturn new Map(catalog.map((e) => [e.code, entryPageData(e, index, commands)]));',
		'};',
		'const page = (code) => async () => ({ page: (await (pages ??= all())).get(code) });',
		'// Every language at once: the catalog is in the file anyway.',
		`export const entryPages = {${codes.map((c) => `${JSON.stringify(c)}: page(${JSON.stringify(c)})`).join(', ')}};`,
		''
	].join('\n');
}

/**
 * The single file's form of a data module: the JSON deflated and written in base64, inflated by the
 * browser's DecompressionStream when the page starts. The offline file is opened from disk or
 * mailed as is, never served gzipped, so its data would otherwise weigh three times as much.
 */
export function packedModule(values: Readonly<Record<string, unknown>>): string {
	const packed = deflateRawSync(JSON.stringify(values), { level: 9 }).toString('base64');
	return [
		`const packed = ${JSON.stringify(packed)};`,
		'const bytes = Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));',
		"const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));",
		'const values = await new Response(stream).json();',
		...Object.keys(values).map((name) => `export const ${name} = values.${name};`),
		''
	].join('\n');
}

/** The single file's brief: made from the catalog it carries, not carried twice. */
function singleFileBrief(socketErrors: readonly unknown[]): string {
	return [
		"import { catalog } from 'virtual:content/catalog';",
		`import { briefOf } from ${JSON.stringify(BRIEF_SOURCE)};`,
		'export const catalogBrief = catalog.map(briefOf);',
		`export const socketBrief = ${JSON.stringify(socketErrors)};`,
		''
	].join('\n');
}

/** The virtual modules' sources by name, and the files they were read from. */
export interface ContentModules {
	readonly sources: Readonly<Record<string, string>>;
	/**
	 * Files for the build to write as they are, by name under the output folder: the entries' page
	 * chunks of the hosted build (`entryAssets`). Empty otherwise.
	 */
	readonly assets: Readonly<Record<string, string>>;
	readonly files: readonly string[];
}

/** The name of an entry's page chunk in one language, as the hosted build writes it. */
const entryFile = (code: string, hash: string, lang: string) => `entry-${code}-${hash}-${lang}.js`;
/** Where the hosted build writes the page chunks: beside the app's own chunks, which import them. */
const ASSETS_DIR = 'assets/';

/**
 * The page chunks of the hosted build, one per entry and language, and their loaders. The build
 * writes them itself, named by the entry's code and a hash of its content in every language (one
 * hash per entry), so the start page's loaders hold one short hash per entry rather than a
 * bundler-hashed name per chunk and language (`import()` of a name the bundler leaves alone).
 */
function entryAssets(pages: ReadonlyMap<string, Readonly<Record<string, string>>>): {
	loaders: string;
	assets: Record<string, string>;
} {
	const assets: Record<string, string> = {};
	const hashes: Record<string, string> = {};
	for (const [code, byLang] of pages) {
		const hash = createHash('sha256');
		for (const lang of LANGS) hash.update(byLang[lang] ?? '').update('\0');
		const short = hash.digest('base64url').slice(0, 8);
		hashes[code] = short;
		for (const lang of LANGS)
			assets[ASSETS_DIR + entryFile(code, short, lang)] = byLang[lang] ?? '';
	}
	const loaders = [
		`const hashes = ${JSON.stringify(hashes)};`,
		'// Beside this module (the start chunk in assets/): resolved against its URL.',
		'const load = (url) => import(/* @vite-ignore */ url);',
		'export const entryPages = Object.fromEntries(',
		`\tObject.keys(hashes).map((code) => [code, (lang) => load(${JSON.stringify('./' + entryFile('@', '#', '$'))}.replace('@', code).replace('#', hashes[code]).replace('$', lang))])`,
		');',
		''
	].join('\n');
	return { loaders, assets };
}

/**
 * Reads and validates the content files of `root`.
 *
 * @throws ContentError naming each file, field and what to do, when a file is not valid
 */
export function contentModules(
	root: string,
	{ single = false, emit = false } = {}
): ContentModules {
	const { entries, commands, lexicon, stopWords, wizardTree } = loadContent(root);
	const socketErrors = socketErrorsOf(socketErrorTexts);
	if (single) {
		return {
			sources: {
				'virtual:content/catalog': packedModule({ catalog: entries }),
				'virtual:content/brief': singleFileBrief(socketErrors),
				'virtual:content/commands': packedModule({ commands }),
				'virtual:content/search': packedModule({ lexicon, stopWords }),
				'virtual:content/wizard': packedModule({ wizardTree }),
				'virtual:content/entries': singleFileLoaders(entries.map((e) => e.code)),
				// The single file carries the catalog anyway: it builds the search's index in the page.
				'virtual:content/search-source':
					"import { catalog } from 'virtual:content/catalog';\nexport const searchSource = { entries: catalog };\n",
				'virtual:content/search-prose': dataModule({ searchProse: [] }),
				...Object.fromEntries(
					LANGS.map((lang) => [
						`virtual:content/search-prose/${lang}`,
						dataModule({ searchProse: [] })
					])
				)
			},
			assets: {},
			files: contentFiles(root)
		};
	}
	const index = indexCatalog(entries);
	// The search's index, built here once rather than in every visitor's browser.
	const termIndex = buildTermIndex(entries, compileLexicon(lexicon), new Set(stopWords));
	// Each entry's page in each language: a page loads its entry in the reader's language only.
	const byLang = new Map<string, Record<string, string>>();
	const pages: Record<string, string> = {};
	for (const entry of entries) {
		const page = entryPageData(entry, index, commands);
		pages[ENTRY_MODULE + entry.code] = dataModule({ page });
		const own: Record<string, string> = {};
		for (const lang of LANGS) {
			own[lang] = dataModule({ page: inLanguage(page, lang) });
			pages[`${ENTRY_MODULE}${entry.code}/${lang}`] = own[lang];
		}
		byLang.set(entry.code, own);
	}
	// The dev server and the tests: one loader per entry, `import()` of its chunk in a language.
	const virtualLoaders = entries.map((e) => {
		const byLanguage = LANGS.map(
			(lang) => `${lang}: () => import(${JSON.stringify(`${ENTRY_MODULE}${e.code}/${lang}`)})`
		);
		return `\t${JSON.stringify(e.code)}: (lang) => ({ ${byLanguage.join(', ')} })[lang]()`;
	});
	const built = emit ? entryAssets(byLang) : null;
	const prose = serializeTexts(entries, true);
	return {
		assets: built?.assets ?? {},
		sources: {
			...pages,
			'virtual:content/entries':
				built?.loaders ?? `export const entryPages = {\n${virtualLoaders.join(',\n')}\n};\n`,
			'virtual:content/catalog': dataModule({ catalog: entries }),
			'virtual:content/brief': briefSource(entries, socketErrors),
			'virtual:content/commands': dataModule({ commands }),
			'virtual:content/search': dataModule({ lexicon, stopWords }),
			'virtual:content/wizard': dataModule({ wizardTree }),
			'virtual:content/search-source': dataModule({
				searchSource: {
					index: serializeTermIndex(termIndex, entries),
					texts: serializeTexts(entries, false)
				}
			}),
			// The prose of the entries' texts, for explanations: loaded after the search answers, the
			// reader's language first (virtual:content/search-prose/<lang>), then the other's, which
			// explains the few results of a query written in it.
			'virtual:content/search-prose': dataModule({ searchProse: prose }),
			...Object.fromEntries(
				LANGS.map((lang) => [
					`virtual:content/search-prose/${lang}`,
					dataModule({ searchProse: prose.filter((row) => row[3] === lang || row[3] === null) })
				])
			)
		},
		files: contentFiles(root)
	};
}
