import type { Command, Entry } from './types';
import { aliasCodes } from '../codes/grammar';

/*
 * The rules across the catalog's entries and commands: what no one file can check by itself. The
 * shape of each file (fields, both languages, id and code forms, gates) is the valibot schema's
 * job (scripts/content/schema.ts); these run on its output, at build and test time.
 */

/** An entry's file as the loader read it: its path, the code it holds, its place in the catalog. */
export interface EntryFileFacts {
	readonly file: string;
	readonly code: string;
	readonly order: number | undefined;
}

/**
 * The rules on the entry files themselves: each is named after the code it holds
 * (`content/entries/<code>.yaml`, so "the file its code names" is always the file to edit), and no
 * two give the same `order`.
 *
 * @returns problems, each prefixed with the file and field
 */
export function entryFileRules(files: readonly EntryFileFacts[], extension = '.yaml'): string[] {
	const problems: string[] = [];
	const orders = new Map<number, string>();
	for (const { file, code, order } of files) {
		const expected = `${code}${extension}`;
		if (!file.endsWith(`/${expected}`)) {
			problems.push(`${file} > code: the file of code ${code} is named ${expected}`);
		}
		if (order === undefined) continue;
		const taken = orders.get(order);
		if (taken !== undefined) problems.push(`${file} > order: ${order} is ${taken}'s order`);
		orders.set(order, code);
	}
	return problems;
}

/** Records one problem found at a location such as `entry 4.4.316 > cause x > verify`. */
type Report = (where: string, message: string) => void;

/**
 * Checks the rules the app relies on across entries: entry codes and command ids unique; cause ids
 * unique across the whole catalog (they appear in URLs and in the wizard tree); each wizard entry
 * (connector errors and "other") ending with exactly one `unlisted` cause, neighbours with none;
 * each alias code and each printed text (`wording`) belonging to one entry only, and no alias
 * naming another entry's own code; every `related` code, shared cause and command id resolving.
 *
 * @param entries - the catalog entries, each already valid against the schema
 * @param commands - the command catalog, already valid against the schema
 * @returns human-readable problems, each prefixed with where it is; empty when the data is valid
 */
export function catalogRules(entries: readonly Entry[], commands: readonly Command[]): string[] {
	const problems: string[] = [];
	const report: Report = (where, message) => problems.push(`${where}: ${message}`);

	const commandIds = new Set<string>();
	for (const { id } of commands) {
		if (commandIds.has(id)) report(`command ${id} > id`, `command id "${id}" is used twice`);
		commandIds.add(id);
	}

	const codes = new Set<string>();
	entries.forEach(({ code }, index) => {
		if (codes.has(code)) report(`entries[${index}] > code`, `entry code "${code}" is used twice`);
		codes.add(code);
	});

	const causeOwners = new Map<string, string>();
	const unlisted = new Set<string>();
	// Alias codes resolve to an entry in lookups, so each may belong to one entry only.
	const aliasOwners = new Map<string, string>();
	// A printed text names one error: the same wording under two entries would tie them.
	const wordingOwners = new Map<string, string>();

	for (const entry of entries) {
		const where = `entry ${entry.code}`;
		for (const cause of entry.causes) {
			const at = `${where} > cause ${cause.id}`;
			const first = causeOwners.get(cause.id);
			if (first === undefined) causeOwners.set(cause.id, where);
			else report(at, `cause id "${cause.id}" is already used by ${first}`);
			if (cause.unlisted === true) unlisted.add(cause.id);
			cause.fix.forEach((step, index) => {
				for (const id of step.commands ?? []) {
					if (!commandIds.has(id))
						report(`${at} > fix[${index}] > commands`, `unknown command "${id}"`);
				}
			});
			for (const id of cause.verify) {
				if (!commandIds.has(id)) report(`${at} > verify`, `unknown command "${id}"`);
			}
		}
		checkUnlisted(entry, where, report);
		checkAliases(entry, where, codes, aliasOwners, report);
		for (const text of entry.wording ?? []) {
			const key = text.trim().toLowerCase();
			const owner = wordingOwners.get(key);
			if (owner === undefined) wordingOwners.set(key, where);
			else if (owner !== where) {
				report(`${where} > wording`, `"${text}" is already the wording of ${owner}`);
			}
		}
		for (const related of entry.related) {
			if (related === entry.code) {
				report(`${where} > related`, 'an entry cannot be related to itself');
			} else if (!codes.has(related)) report(`${where} > related`, `unknown code "${related}"`);
		}
	}

	// Shared causes may point forward: checked once every cause is known.
	for (const entry of entries) {
		const own = new Set(entry.causes.map((cause) => cause.id));
		const at = `entry ${entry.code} > sharedCauses`;
		for (const id of entry.sharedCauses ?? []) {
			if (!causeOwners.has(id)) report(at, `unknown cause "${id}"`);
			else if (own.has(id)) report(at, `"${id}" is a cause of this entry already`);
			else if (unlisted.has(id)) report(at, `"${id}" is another entry's "not listed" cause`);
		}
	}
	return problems;
}

/**
 * The wizard's entries (connector errors and "other") end with exactly one `unlisted` cause;
 * neighbouring codes have none (the wizard does not cover them).
 */
function checkUnlisted(entry: Entry, where: string, report: Report): void {
	const flags = entry.causes.map((cause) => cause.unlisted === true);
	const count = flags.filter(Boolean).length;
	if (entry.kind === 'neighbour') {
		if (count > 0) report(`${where} > causes`, 'a neighbouring code has no "unlisted" cause');
		return;
	}
	if (count !== 1 || flags.at(-1) !== true) {
		report(`${where} > causes`, 'needs exactly one "unlisted" cause, the last');
	}
}

/** Each alias code belongs to one entry, and never names another entry's own code. */
function checkAliases(
	entry: Entry,
	where: string,
	codes: ReadonlySet<string>,
	aliasOwners: Map<string, string>,
	report: Report
): void {
	for (const alias of entry.aliases) {
		// Read as the lookup reads it (`aliasCodes`): a code checked here is a code found there.
		for (const aliasCode of aliasCodes(alias).codes) {
			if (aliasCode !== entry.code && codes.has(aliasCode)) {
				report(`${where} > aliases`, `"${alias}" names ${aliasCode}, which is an entry of its own`);
				continue;
			}
			const owner = aliasOwners.get(aliasCode);
			if (owner === undefined) aliasOwners.set(aliasCode, where);
			else if (owner !== where) {
				report(`${where} > aliases`, `alias code ${aliasCode} is already claimed by ${owner}`);
			}
		}
	}
}
