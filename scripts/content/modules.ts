/**
 * The source of the content plugin's virtual modules (scripts/content-plugin.ts), built from the
 * content files. The plugin loads this module through Vite's module runner, so it runs the
 * current TypeScript of the schemas, the rules and the socket error table at every build and reload.
 */
import { socketErrorTexts } from '../../src/data/parse-text';
import { briefSource, socketErrorsOf } from '../../src/lib/catalog/brief';
import { contentFiles, loadContent } from './load';

/** The virtual modules' sources by name, and the files they were read from. */
export interface ContentModules {
	readonly sources: Readonly<Record<string, string>>;
	readonly files: readonly string[];
}

/**
 * Reads and validates the content files of `root`.
 *
 * @throws ContentError naming each file, field and what to do, when a file is not valid
 */
export function contentModules(root: string): ContentModules {
	const { entries, commands, lexicon, stopWords } = loadContent(root);
	return {
		sources: {
			'virtual:content/catalog': `export const catalog = ${JSON.stringify(entries)};\n`,
			'virtual:content/brief': briefSource(entries, socketErrorsOf(socketErrorTexts)),
			'virtual:content/commands': `export const commands = ${JSON.stringify(commands)};\n`,
			'virtual:content/search': [
				`export const lexicon = ${JSON.stringify(lexicon)};`,
				`export const stopWords = ${JSON.stringify(stopWords)};`,
				''
			].join('\n')
		},
		files: contentFiles(root)
	};
}
