/**
 * Reads the content files (content/entries/*.yaml, content/commands.yaml, content/search/,
 * content/wizard.yaml), validates each against its schema (scripts/content/schema.ts) and the
 * whole against the rules across them (src/lib/catalog/rules.ts), and returns the entries in
 * catalog order (the entries with an `order`, the connector errors and "other", by it, then every
 * other entry by code) and the wizard tree (scripts/content/wizard.ts). Build and test time only
 * (Node).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as v from 'valibot';
import { parseDocument } from 'yaml';
import { catalogRules, entryFileRules } from '../../src/lib/catalog/rules';
import type { Command, Entry } from '../../src/lib/catalog/types';
import type { Concept } from '../../src/lib/search/lexicon';
import type { WizardTree } from '../../src/lib/wizard/types';
import {
	commandsFile,
	entryFile,
	lexiconFile,
	stopWordsFile,
	wizardFile,
	type EntryFile
} from './schema';
import { WIZARD_FILE, wizardTreeOf } from './wizard';

/** Where the entry files are, relative to the project. */
export const ENTRIES_DIR = 'content/entries';
/** The command list, relative to the project. */
export const COMMANDS_FILE = 'content/commands.yaml';
/** The search's lexicon and stop words, relative to the project. */
export const LEXICON_FILE = 'content/search/lexicon.yaml';
export const STOP_WORDS_FILE = 'content/search/stopwords.yaml';
const EXTENSION = '.yaml';

/** Thrown when a content file is not valid: the message names every file, field and fix. */
export class ContentError extends Error {
	constructor(readonly problems: readonly string[]) {
		super(
			`The content files have ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`
		);
		this.name = 'ContentError';
	}
}

/** The validated content: the catalog in order, the command list, the search's words, the wizard. */
export interface Content {
	readonly entries: readonly Entry[];
	readonly commands: readonly Command[];
	readonly lexicon: readonly Concept[];
	readonly stopWords: readonly string[];
	readonly wizardTree: WizardTree;
}

/** Compares status codes part by part, as numbers: 5.1.8 before 5.1.10. */
function compareCodes(a: string, b: string): number {
	const pa = a.split('.').map(Number);
	const pb = b.split('.').map(Number);
	for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
		const d = (pa[i] ?? 0) - (pb[i] ?? 0);
		if (d !== 0) return d;
	}
	return 0;
}

/** Every content file of `root` (absolute paths): the entries, sorted by name, then the others. */
export function contentFiles(root: string): string[] {
	const dir = join(root, ENTRIES_DIR);
	const entries = readdirSync(dir)
		.filter((name) => name.endsWith(EXTENSION))
		.sort()
		.map((name) => join(dir, name));
	return [
		...entries,
		...[COMMANDS_FILE, LEXICON_FILE, STOP_WORDS_FILE, WIZARD_FILE].map((f) => join(root, f))
	];
}

/** A file's path as messages show it, e.g. content/entries/4.4.316.yaml. */
function shown(root: string, file: string): string {
	return relative(root, file).split('\\').join('/');
}

/** Parses one file and checks it against `schema`; reports its problems, returns it when valid. */
function readFile<S extends v.GenericSchema>(
	root: string,
	file: string,
	schema: S,
	problems: string[]
): v.InferOutput<S> | undefined {
	const name = shown(root, file);
	const doc = parseDocument(readFileSync(file, 'utf8'), { prettyErrors: true });
	if (doc.errors.length > 0) {
		for (const error of doc.errors) problems.push(`${name}: not valid YAML: ${error.message}`);
		return undefined;
	}
	const result = v.safeParse(schema, doc.toJS());
	if (result.success) return result.output;
	for (const issue of result.issues) {
		problems.push(`${name} > ${v.getDotPath(issue) ?? '(the file)'}: ${issue.message}`);
	}
	return undefined;
}

/** The entry a file holds: `order` places the file in the catalog, it is not part of the entry. */
function withoutOrder(file: EntryFile): Entry {
	const { order, ...entry } = file;
	void order;
	return entry;
}

/** The entries in catalog order; reports a file named after another code and a repeated order. */
function inOrder(files: ReadonlyMap<EntryFile, string>, problems: string[]): Entry[] {
	const facts = [...files].map(([entry, file]) => ({ file, code: entry.code, order: entry.order }));
	problems.push(...entryFileRules(facts, EXTENSION));
	const all = [...files.keys()];
	const ordered = all.filter((e) => e.order !== undefined);
	ordered.sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
	const rest = all.filter((e) => e.order === undefined);
	rest.sort((a, b) => compareCodes(a.code, b.code));
	return [...ordered, ...rest].map(withoutOrder);
}

/**
 * Every content file of `root`, validated; the entries in catalog order.
 *
 * @throws ContentError naming each file, field and what to do, when a file is not valid
 */
export function loadContent(root: string): Content {
	const problems: string[] = [];
	const files = new Map<EntryFile, string>();
	const codes = new Map<string, string>();
	for (const file of contentFiles(root).filter((f) => f.startsWith(join(root, ENTRIES_DIR)))) {
		const entry = readFile(root, file, entryFile, problems);
		if (entry === undefined) continue;
		files.set(entry, shown(root, file));
		codes.set(entry.code, shown(root, file));
	}
	const commandList = readFile(root, join(root, COMMANDS_FILE), commandsFile, problems);
	const lexicon = readFile(root, join(root, LEXICON_FILE), lexiconFile, problems);
	const stopWords = readFile(root, join(root, STOP_WORDS_FILE), stopWordsFile, problems);
	const wizard = readFile(root, join(root, WIZARD_FILE), wizardFile, problems);
	if (
		problems.length > 0 ||
		commandList === undefined ||
		lexicon === undefined ||
		stopWords === undefined ||
		wizard === undefined
	) {
		throw new ContentError(problems);
	}

	const entries = inOrder(files, problems);
	const { commands } = commandList;
	// The rules across files, reported under the file of the entry or command they name.
	for (const problem of catalogRules(entries, commands)) {
		const code = /^entry (\S+)/.exec(problem)?.[1];
		const file = code === undefined ? undefined : codes.get(code);
		if (file !== undefined) problems.push(problem.replace(`entry ${code}`, file));
		else if (problem.startsWith('command ')) problems.push(`${COMMANDS_FILE} > ${problem}`);
		else problems.push(problem);
	}
	const wizardTree = wizardTreeOf(wizard, entries, problems);
	if (problems.length > 0) throw new ContentError(problems);
	return { entries, commands, lexicon: lexicon.concepts, stopWords: stopWords.words, wizardTree };
}
