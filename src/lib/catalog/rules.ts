import type { Command, Entry, Source } from './types';
import { aliasCodes } from '../codes/grammar';
import { isWizardStart } from './wizard-start';

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

/**
 * The public hosts a source may link: Microsoft's documentation and blogs, the IETF's and the RFC
 * Editor's texts, the vendors' manuals the catalog cites. A page elsewhere is added here on
 * purpose, in review, rather than by a typo.
 */
export const SOURCE_HOSTS: ReadonlySet<string> = new Set([
	'learn.microsoft.com',
	'techcommunity.microsoft.com',
	'support.microsoft.com',
	'datatracker.ietf.org',
	'www.rfc-editor.org',
	'www.cisco.com',
	'docs.openssl.org',
	'www.digicert.com',
	'knowledge.digicert.com'
]);

/** What a source line looks like, for the messages that ask for one. */
const SOURCE_SHAPE = '{ title, url: https://…, checked: YYYY-MM-DD }';

/**
 * A list of sources: at least one, no address twice; each https on a known public host
 * (`SOURCE_HOSTS`), read on a real day that is not after `today` (and `holdsFrom` a real day too).
 */
function checkSources(
	sources: readonly Source[] | undefined,
	at: string,
	what: string,
	today: string,
	report: Report
): void {
	if (sources === undefined || sources.length === 0) {
		report(
			`${at} > sources`,
			`${what} has no source: add \`sources:\` with at least one public page it rests on, ${SOURCE_SHAPE} (see CONTRIBUTING.md, "Sources")`
		);
		return;
	}
	sources.forEach((source, index) => {
		const where = `${at} > sources[${index}]`;
		// The page lists sources by address: one address once per list.
		if (sources.findIndex((other) => other.url === source.url) !== index) {
			report(`${where} > url`, `${source.url} is listed twice: keep one, with both notes in it`);
		}
		const host = httpsHost(source.url);
		if (host === null) {
			report(
				`${where} > url`,
				`"${source.url}" is not an https address: link the page's https:// address`
			);
		} else if (!SOURCE_HOSTS.has(host)) {
			report(
				`${where} > url`,
				`${host} is not a known public host: link the page on ${[...SOURCE_HOSTS].join(', ')}, or add its host to SOURCE_HOSTS in src/lib/catalog/rules.ts in the same change`
			);
		}
		for (const field of ['checked', 'holdsFrom'] as const) {
			const day = source[field];
			if (day === undefined) continue;
			if (!isDay(day)) {
				report(`${where} > ${field}`, `"${day}" is not a day: write YYYY-MM-DD`);
			} else if (field === 'checked' && day > today) {
				report(
					`${where} > checked`,
					`${day} is in the future: write the day you read the page (today is ${today} or earlier)`
				);
			}
		}
	});
}

/** The host of an https address, or null for another scheme or no address at all. */
function httpsHost(address: string): string | null {
	try {
		const url = new URL(address);
		return url.protocol === 'https:' ? url.hostname : null;
	} catch {
		return null;
	}
}

/** True for a real calendar day written YYYY-MM-DD. */
function isDay(day: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
	const parsed = new Date(`${day}T00:00:00Z`);
	return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
}

/** Records one problem found at a location such as `entry 4.4.316 > cause x > verify`. */
type Report = (where: string, message: string) => void;

/**
 * Checks the rules the app relies on across entries: entry codes and command ids unique; cause ids
 * unique across the whole catalog (they appear in URLs and in the wizard tree); each wizard entry
 * (connector errors, "other", neighbours marked `wizard: true`) ending with exactly one `unlisted`
 * cause, other neighbours with none;
 * each alias code and each printed text (`wording`) belonging to one entry only, and no alias
 * naming another entry's own code; every `related` code, shared cause and command id resolving;
 * every entry and every cause with at least one public source (`checkSources`).
 *
 * @param entries - the catalog entries, each already valid against the schema
 * @param commands - the command catalog, already valid against the schema
 * @param today - today's date, YYYY-MM-DD: no source may say it was checked later
 * @returns human-readable problems, each prefixed with where it is; empty when the data is valid
 */
export function catalogRules(
	entries: readonly Entry[],
	commands: readonly Command[],
	today: string = new Date().toISOString().slice(0, 10)
): string[] {
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
			checkSources(cause.sources, at, `cause "${cause.id}"`, today, report);
		}
		checkSources(entry.sources, where, `entry ${entry.code}`, today, report);
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
 * The wizard's entries (connector errors, "other", neighbours marked `wizard: true`) end with
 * exactly one `unlisted` cause; the other neighbouring codes have none (the wizard does not
 * cover them).
 */
function checkUnlisted(entry: Entry, where: string, report: Report): void {
	const flags = entry.causes.map((cause) => cause.unlisted === true);
	const count = flags.filter(Boolean).length;
	if (!isWizardStart(entry)) {
		if (count > 0) {
			report(
				`${where} > causes`,
				'a neighbouring code has no "unlisted" cause unless the wizard covers it (`wizard: true`)'
			);
		}
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
