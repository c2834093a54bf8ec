/**
 * Reads the catalog's entry files (content/entries/*.yaml), validates each against the schema
 * (scripts/content/schema.ts) and the whole against the rules across entries, and returns the
 * entries in catalog order: the entries with an `order` (the connector errors and "other") by it,
 * then every other entry by code. Build and test time only (Node).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as v from 'valibot';
import { parseDocument } from 'yaml';
import { commands } from '../../src/data/commands';
import type { Entry } from '../../src/lib/catalog/types';
import { validateCatalog } from '../../src/lib/catalog/validate';
import { entryFile, type EntryFile } from './schema';

/** Where the entry files are, relative to the project. */
export const ENTRIES_DIR = 'content/entries';
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

/** The entries' files in `root`, absolute paths, sorted by name. */
export function entryFiles(root: string): string[] {
	const dir = join(root, ENTRIES_DIR);
	return readdirSync(dir)
		.filter((name) => name.endsWith(EXTENSION))
		.sort()
		.map((name) => join(dir, name));
}

/** The entries' file's path shown in messages, e.g. content/entries/4.4.316.yaml. */
function shown(root: string, file: string): string {
	return relative(root, file).split('\\').join('/');
}

/** Parses and checks one file; reports its problems and returns it when valid. */
function readEntry(root: string, file: string, problems: string[]): EntryFile | undefined {
	const name = shown(root, file);
	const doc = parseDocument(readFileSync(file, 'utf8'), { prettyErrors: true });
	if (doc.errors.length > 0) {
		for (const error of doc.errors) problems.push(`${name}: not valid YAML: ${error.message}`);
		return undefined;
	}
	const result = v.safeParse(entryFile, doc.toJS());
	if (!result.success) {
		for (const issue of result.issues) {
			const path = v.getDotPath(issue) ?? '(the file)';
			problems.push(`${name} > ${path}: ${issue.message}`);
		}
		return undefined;
	}
	const expected = `${result.output.code}${EXTENSION}`;
	if (!file.endsWith(`/${expected}`) && !file.endsWith(`\\${expected}`)) {
		problems.push(`${name} > code: the file of code ${result.output.code} is named ${expected}`);
	}
	return result.output;
}

/** The entry a file holds: `order` places the file in the catalog, it is not part of the entry. */
function withoutOrder(file: EntryFile): Entry {
	const { order, ...entry } = file;
	void order;
	return entry;
}

/**
 * Every entry file of `root`, validated, in catalog order.
 *
 * @throws ContentError naming each file, field and what to do, when a file is not valid
 */
export function loadEntries(root: string): Entry[] {
	const problems: string[] = [];
	const files = new Map<string, string>();
	const valid: EntryFile[] = [];
	for (const file of entryFiles(root)) {
		const entry = readEntry(root, file, problems);
		if (entry === undefined) continue;
		files.set(entry.code, shown(root, file));
		valid.push(entry);
	}
	if (problems.length > 0) throw new ContentError(problems);

	const ordered = valid.filter((e) => e.order !== undefined);
	const orders = new Map<number, string>();
	for (const entry of ordered) {
		const taken = entry.order === undefined ? undefined : orders.get(entry.order);
		if (entry.order !== undefined && taken !== undefined) {
			problems.push(
				`${files.get(entry.code)} > order: ${entry.order} is the order of ${taken} too`
			);
		}
		if (entry.order !== undefined) orders.set(entry.order, entry.code);
	}
	ordered.sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
	const rest = valid
		.filter((e) => e.order === undefined)
		.sort((a, b) => compareCodes(a.code, b.code));
	const entries: Entry[] = [...ordered, ...rest].map(withoutOrder);

	// The rules across entries, reported under the file of the entry they name.
	for (const problem of validateCatalog(entries, commands)) {
		const code = /^entry (\S+)/.exec(problem)?.[1];
		const file = code === undefined ? undefined : files.get(code);
		problems.push(file === undefined ? problem : problem.replace(`entry ${code}`, file));
	}
	if (problems.length > 0) throw new ContentError(problems);
	return entries;
}
