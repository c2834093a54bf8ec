/**
 * The source of the content plugin's virtual modules (scripts/content-plugin.ts), built from the
 * entry files. The plugin loads this module through Vite's module runner, so it runs the current
 * TypeScript of the schema, the rules and the socket error table at every build and reload.
 */
import { socketErrorTexts } from '../../src/data/parse-text';
import { briefSource, socketErrorsOf } from '../../src/lib/catalog/brief';
import { entryFiles, loadEntries } from './load';

/** The virtual modules' sources, and the files they were read from. */
export interface ContentModules {
	readonly catalog: string;
	readonly brief: string;
	readonly files: readonly string[];
}

/**
 * Reads and validates the entry files of `root`.
 *
 * @throws ContentError naming each file, field and what to do, when a file is not valid
 */
export function contentModules(root: string): ContentModules {
	const entries = loadEntries(root);
	return {
		catalog: `export const catalog = ${JSON.stringify(entries)};\n`,
		brief: briefSource(entries, socketErrorsOf(socketErrorTexts)),
		files: entryFiles(root)
	};
}
