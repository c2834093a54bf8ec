import { LANGS } from './types';
import type { Cause, Command, Entry, EntryKind, Gate, Step } from './types';
import { aliasCodes, isCode } from '../codes/grammar';

/** The code of the catch-all entry ("Other error codes"). */
const CATCH_ALL_CODE = 'other';
/** Basic SMTP reply code, RFC 5321 §4.2: three digits, the first from 2 to 5. */
const REPLY_PATTERN = /^[2-5]\d{2}$/;
/** Kebab-case ids: they end up in URLs and `data-*` attributes. */
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Placeholders a command may carry (see `Command` in types.ts). */
const PLACEHOLDERS: ReadonlySet<string> = new Set(['host', 'domain', 'ip', 'port', 'connector']);
const PLACEHOLDER_PATTERN = /\{([a-z]+)\}/gi;

/*
 * The field lists are typed as exhaustive records over the interfaces, so adding a field to the
 * schema without teaching the validator about it is a compile error.
 */
const ENTRY_FIELDS: Record<keyof Entry, true> = {
	code: true,
	reply: true,
	kind: true,
	title: true,
	meaning: true,
	causes: true,
	sharedCauses: true,
	partner: true,
	queued: true,
	aliases: true,
	symptoms: true,
	wording: true,
	related: true
};
const CAUSE_FIELDS: Record<keyof Cause, true> = {
	id: true,
	title: true,
	detail: true,
	fix: true,
	verify: true,
	situations: true,
	codeNote: true,
	gate: true,
	unlisted: true
};
const STEP_FIELDS: Record<keyof Step, true> = {
	text: true,
	path: true,
	commands: true,
	gated: true
};
const GATE_FIELDS: Record<keyof Gate, true> = { prompt: true, warning: true };
const COMMAND_FIELDS: Record<keyof Command, true> = {
	id: true,
	label: true,
	text: true,
	shell: true,
	expect: true
};
const SHELLS: Record<Command['shell'], true> = {
	powershell: true,
	posix: true,
	'exchange-online': true,
	'exchange-onprem': true,
	any: true
};
const KINDS: Record<EntryKind, true> = { connector: true, other: true, neighbour: true };

/** Records one problem found at a location such as `entry 4.4.316 > cause x > fix[0] > text > it`. */
type Report = (where: string, message: string) => void;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	const type = typeof value;
	return type === 'object' || type === 'undefined' ? `an ${type}` : `a ${type}`;
}

function checkKeys(
	value: Record<string, unknown>,
	allowed: Record<string, true>,
	where: string,
	report: Report
): void {
	for (const key of Object.keys(value)) {
		if (!Object.hasOwn(allowed, key)) report(where, `unknown field "${key}"`);
	}
}

/** A required field: reports "missing" when absent, otherwise returns it for the type check. */
function field(
	record: Record<string, unknown>,
	key: string,
	where: string,
	report: Report
): unknown {
	const value = record[key];
	if (value === undefined) report(`${where} > ${key}`, 'missing');
	return value;
}

/**
 * An optional field. With `exactOptionalPropertyTypes` an optional key is either absent or holds a
 * value; a key present with `undefined` is reported rather than treated as absent.
 */
function optionalField(
	record: Record<string, unknown>,
	key: string,
	where: string,
	report: Report
): { present: boolean; value: unknown } {
	if (!Object.hasOwn(record, key)) return { present: false, value: undefined };
	const value = record[key];
	if (value === undefined) report(`${where} > ${key}`, 'is undefined; omit the key instead');
	return { present: value !== undefined, value };
}

function checkString(value: unknown, where: string, report: Report): value is string {
	if (value === undefined) return false;
	if (typeof value !== 'string') {
		report(where, `expected a string, got ${describe(value)}`);
		return false;
	}
	if (value.trim() === '') {
		report(where, 'empty string');
		return false;
	}
	return true;
}

function checkLocalized(value: unknown, where: string, report: Report): void {
	if (value === undefined) return;
	if (!isRecord(value)) {
		report(where, `expected { en, it }, got ${describe(value)}`);
		return;
	}
	for (const lang of LANGS) {
		const text = value[lang];
		if (text === undefined) report(`${where} > ${lang}`, 'missing');
		else checkString(text, `${where} > ${lang}`, report);
	}
	for (const key of Object.keys(value)) {
		if (!LANGS.some((lang) => lang === key)) report(where, `unknown language "${key}"`);
	}
}

/** An array of non-empty strings; returns the valid ones. Duplicates are reported. */
function checkStringList(value: unknown, where: string, report: Report): string[] {
	if (value === undefined) return [];
	if (!Array.isArray(value)) {
		report(where, `expected an array, got ${describe(value)}`);
		return [];
	}
	const valid: string[] = [];
	const seen = new Set<string>();
	value.forEach((item: unknown, index) => {
		if (!checkString(item, `${where}[${index}]`, report)) return;
		const key = item.toLowerCase();
		if (seen.has(key)) report(where, `"${item}" is listed twice`);
		seen.add(key);
		valid.push(item);
	});
	return valid;
}

function checkLocalizedList(value: unknown, where: string, report: Report): void {
	if (value === undefined) return;
	if (!isRecord(value)) {
		report(where, `expected { en: [...], it: [...] }, got ${describe(value)}`);
		return;
	}
	const counts = LANGS.map((lang) => {
		const list = value[lang];
		if (list === undefined) report(`${where} > ${lang}`, 'missing');
		return checkStringList(list, `${where} > ${lang}`, report).length;
	});
	// An empty list is allowed, but not in one language only: that is a missing translation.
	if (counts.some((n) => n === 0) && counts.some((n) => n > 0)) {
		report(where, 'has phrases in one language and none in the other');
	}
	for (const key of Object.keys(value)) {
		if (!LANGS.some((lang) => lang === key)) report(where, `unknown language "${key}"`);
	}
}

function checkCommandRefs(
	value: unknown,
	where: string,
	commandIds: ReadonlySet<string>,
	report: Report
): void {
	for (const id of checkStringList(value, where, report)) {
		if (!commandIds.has(id)) report(where, `unknown command "${id}"`);
	}
}

function checkCommands(commands: unknown, report: Report): Set<string> {
	const ids = new Set<string>();
	if (!Array.isArray(commands)) {
		report('commands', `expected an array, got ${describe(commands)}`);
		return ids;
	}
	commands.forEach((command: unknown, index) => {
		let where = `commands[${index}]`;
		if (!isRecord(command)) {
			report(where, `expected an object, got ${describe(command)}`);
			return;
		}
		const id = field(command, 'id', where, report);
		if (checkString(id, `${where} > id`, report)) {
			if (!ID_PATTERN.test(id)) report(`${where} > id`, `"${id}" is not kebab-case`);
			if (ids.has(id)) report(`${where} > id`, `command id "${id}" is used twice`);
			ids.add(id);
			where = `command ${id}`;
		}
		checkKeys(command, COMMAND_FIELDS, where, report);
		checkLocalized(field(command, 'label', where, report), `${where} > label`, report);
		checkLocalized(field(command, 'expect', where, report), `${where} > expect`, report);
		const text = field(command, 'text', where, report);
		if (checkString(text, `${where} > text`, report)) {
			for (const [, name] of text.matchAll(PLACEHOLDER_PATTERN)) {
				if (name !== undefined && !PLACEHOLDERS.has(name)) {
					report(`${where} > text`, `unknown placeholder {${name}}`);
				}
			}
		}
		const shell = field(command, 'shell', where, report);
		if (checkString(shell, `${where} > shell`, report) && !Object.hasOwn(SHELLS, shell)) {
			report(`${where} > shell`, `unknown shell "${shell}"`);
		}
	});
	return ids;
}

function checkStep(
	step: unknown,
	where: string,
	commandIds: ReadonlySet<string>,
	report: Report
): void {
	if (!isRecord(step)) {
		report(where, `expected an object, got ${describe(step)}`);
		return;
	}
	checkKeys(step, STEP_FIELDS, where, report);
	checkLocalized(field(step, 'text', where, report), `${where} > text`, report);
	const path = optionalField(step, 'path', where, report);
	if (path.present) checkLocalized(path.value, `${where} > path`, report);
	const refs = optionalField(step, 'commands', where, report);
	if (refs.present) checkCommandRefs(refs.value, `${where} > commands`, commandIds, report);
	checkFlag(step, 'gated', where, report);
}

/** True when `value` is `true`; reports anything else present under that name. */
function checkFlag(record: Record<string, unknown>, name: string, where: string, report: Report) {
	const flag = optionalField(record, name, where, report);
	if (flag.present && flag.value !== true) report(`${where} > ${name}`, 'is true or absent');
	return flag.present && flag.value === true;
}

/**
 * One cause of the entry labelled `entry`. `causeOwners` maps the ids seen so far to their entry:
 * cause ids are global (they appear in URLs and in the wizard tree), not per entry.
 */
function checkCause(
	cause: unknown,
	entry: string,
	index: number,
	causeOwners: Map<string, string>,
	commandIds: ReadonlySet<string>,
	report: Report
): void {
	let where = `${entry} > causes[${index}]`;
	if (!isRecord(cause)) {
		report(where, `expected an object, got ${describe(cause)}`);
		return;
	}
	const id = field(cause, 'id', where, report);
	if (checkString(id, `${where} > id`, report)) {
		if (!ID_PATTERN.test(id)) report(`${where} > id`, `"${id}" is not kebab-case`);
		where = `${entry} > cause ${id}`;
		const first = causeOwners.get(id);
		if (first === undefined) causeOwners.set(id, entry);
		else report(where, `cause id "${id}" is already used by ${first}`);
	}
	checkKeys(cause, CAUSE_FIELDS, where, report);
	checkLocalized(field(cause, 'title', where, report), `${where} > title`, report);
	checkLocalized(field(cause, 'detail', where, report), `${where} > detail`, report);
	const fix = field(cause, 'fix', where, report);
	if (fix !== undefined) {
		if (!Array.isArray(fix)) report(`${where} > fix`, `expected an array, got ${describe(fix)}`);
		else if (fix.length === 0) report(`${where} > fix`, 'needs at least one step');
		else {
			fix.forEach((step: unknown, index) =>
				checkStep(step, `${where} > fix[${index}]`, commandIds, report)
			);
		}
	}
	checkCommandRefs(field(cause, 'verify', where, report), `${where} > verify`, commandIds, report);
	const situations = optionalField(cause, 'situations', where, report);
	if (situations.present) checkLocalizedList(situations.value, `${where} > situations`, report);
	const note = optionalField(cause, 'codeNote', where, report);
	if (note.present) checkLocalized(note.value, `${where} > codeNote`, report);
	checkGate(cause, where, report);
	checkFlag(cause, 'unlisted', where, report);
}

/**
 * A gate and gated steps go together, and the gated steps come after every ungated one: the checks
 * that prove the statement come first.
 */
function checkGate(cause: Record<string, unknown>, where: string, report: Report): void {
	const gate = optionalField(cause, 'gate', where, report);
	if (gate.present) {
		if (!isRecord(gate.value)) report(`${where} > gate`, `expected an object`);
		else {
			checkKeys(gate.value, GATE_FIELDS, `${where} > gate`, report);
			for (const key of ['prompt', 'warning']) {
				checkLocalized(
					field(gate.value, key, `${where} > gate`, report),
					`${where} > gate > ${key}`,
					report
				);
			}
		}
	}
	const fix = cause['fix'];
	if (!Array.isArray(fix)) return;
	const gated = fix.map((step: unknown) => isRecord(step) && step['gated'] === true);
	if (gated.includes(true) !== gate.present) {
		report(where, gate.present ? 'has a gate but no gated step' : 'has gated steps but no gate');
	}
	if (gated.indexOf(true) !== -1 && gated.slice(gated.indexOf(true)).includes(false)) {
		report(`${where} > fix`, 'a gated step comes before an ungated one');
	}
	if (gated.every(Boolean) && gated.length > 0) report(`${where} > fix`, 'only gated steps');
}

/**
 * First pass over the entries: the label of each (used in messages) and the set of codes, so that
 * `related` and alias codes can point forward as well as back.
 */
function collectCodes(
	entries: readonly unknown[],
	report: Report
): { labels: Map<number, string>; codes: Set<string> } {
	const labels = new Map<number, string>();
	const codes = new Set<string>();
	entries.forEach((entry, index) => {
		const code = isRecord(entry) ? entry['code'] : undefined;
		if (typeof code !== 'string' || code.trim() === '') return;
		if (codes.has(code)) report(`entries[${index}] > code`, `entry code "${code}" is used twice`);
		codes.add(code);
		labels.set(index, `entry ${code}`);
	});
	return { labels, codes };
}

/**
 * Checks the catalog and the command list, both taken as unknown data (so JSON or hand-written
 * objects are checked alike), against the schema of `types.ts` and the rules the app relies on:
 * every user-visible string present and non-empty in every language; entry codes well formed
 * (class.subject.detail, or "other") and unique; cause ids kebab-case and unique across the whole
 * catalog; every cause with at least one fix step; every command id, `related` code and alias code
 * resolving to exactly one thing.
 *
 * @param entries - the catalog entries (expected: `Entry[]`)
 * @param commands - the command catalog (expected: `Command[]`)
 * @returns human-readable problems, each prefixed with where it is; empty when the data is valid
 */
export function validateCatalog(entries: unknown, commands: unknown): string[] {
	const problems: string[] = [];
	const report: Report = (where, message) => problems.push(`${where}: ${message}`);

	const commandIds = checkCommands(commands, report);
	if (!Array.isArray(entries)) {
		report('entries', `expected an array, got ${describe(entries)}`);
		return problems;
	}

	const { labels, codes } = collectCodes(entries, report);
	const causeOwners = new Map<string, string>();
	// Alias codes resolve to an entry in lookups, so each may belong to one entry only.
	const aliasOwners = new Map<string, string>();
	// A printed text names one error: the same wording under two entries would tie them.
	const wordingOwners = new Map<string, string>();
	// Shared causes may point forward: checked once every cause is known.
	const sharedRefs: { where: string; ids: string[]; own: unknown[] }[] = [];

	entries.forEach((entry: unknown, index) => {
		const where = labels.get(index) ?? `entries[${index}]`;
		if (!isRecord(entry)) {
			report(where, `expected an object, got ${describe(entry)}`);
			return;
		}
		checkKeys(entry, ENTRY_FIELDS, where, report);

		const code = field(entry, 'code', where, report);
		const validCode = checkString(code, `${where} > code`, report) ? code : undefined;
		if (validCode !== undefined && validCode !== CATCH_ALL_CODE && !isCode(validCode)) {
			report(
				`${where} > code`,
				`"${validCode}" is neither a status code (class.subject.detail, e.g. 4.4.316) nor "${CATCH_ALL_CODE}"`
			);
		}

		const reply = field(entry, 'reply', where, report);
		if (checkString(reply, `${where} > reply`, report) && !REPLY_PATTERN.test(reply)) {
			report(`${where} > reply`, `"${reply}" is not a three-digit SMTP reply code`);
		}

		const kind = field(entry, 'kind', where, report);
		if (checkString(kind, `${where} > kind`, report)) {
			if (!Object.hasOwn(KINDS, kind)) report(`${where} > kind`, `unknown kind "${kind}"`);
			else if ((kind === 'other') !== (validCode === CATCH_ALL_CODE) && validCode !== undefined) {
				report(
					`${where} > kind`,
					`kind "other" goes with code "${CATCH_ALL_CODE}" and only with it`
				);
			}
		}

		for (const key of ['title', 'meaning', 'partner']) {
			checkLocalized(field(entry, key, where, report), `${where} > ${key}`, report);
		}

		const queued = field(entry, 'queued', where, report);
		if (queued !== undefined && typeof queued !== 'boolean') {
			report(`${where} > queued`, `expected a boolean, got ${describe(queued)}`);
		}

		const causes = field(entry, 'causes', where, report);
		if (causes !== undefined && !Array.isArray(causes)) {
			report(`${where} > causes`, `expected an array, got ${describe(causes)}`);
		} else if (Array.isArray(causes)) {
			causes.forEach((cause: unknown, i) =>
				checkCause(cause, where, i, causeOwners, commandIds, report)
			);
		}

		if (Array.isArray(causes)) checkUnlisted(causes, kind, where, report);
		const shared = optionalField(entry, 'sharedCauses', where, report);
		if (shared.present) {
			sharedRefs.push({
				where,
				ids: checkStringList(shared.value, `${where} > sharedCauses`, report),
				own: Array.isArray(causes) ? causes : []
			});
		}

		const aliases = field(entry, 'aliases', where, report);
		const aliasList = checkStringList(aliases, `${where} > aliases`, report);
		if (Array.isArray(aliases) && aliases.length === 0) {
			report(`${where} > aliases`, 'needs at least one alias');
		}
		for (const alias of aliasList) {
			// Read as the lookup reads it (`aliasCodes`): a code checked here is a code found there.
			for (const aliasCode of aliasCodes(alias).codes) {
				if (aliasCode !== validCode && codes.has(aliasCode)) {
					report(
						`${where} > aliases`,
						`"${alias}" names ${aliasCode}, which is an entry of its own`
					);
					continue;
				}
				const owner = aliasOwners.get(aliasCode);
				if (owner === undefined) aliasOwners.set(aliasCode, where);
				else if (owner !== where) {
					report(`${where} > aliases`, `alias code ${aliasCode} is already claimed by ${owner}`);
				}
			}
		}

		checkLocalizedList(field(entry, 'symptoms', where, report), `${where} > symptoms`, report);

		const wording = optionalField(entry, 'wording', where, report);
		if (wording.present) {
			const texts = checkStringList(wording.value, `${where} > wording`, report);
			if (Array.isArray(wording.value) && wording.value.length === 0) {
				report(`${where} > wording`, 'is empty; omit the key instead');
			}
			for (const text of texts) {
				const key = text.trim().toLowerCase();
				const owner = wordingOwners.get(key);
				if (owner === undefined) wordingOwners.set(key, where);
				else if (owner !== where) {
					report(`${where} > wording`, `"${text}" is already the wording of ${owner}`);
				}
			}
		}

		for (const related of checkStringList(
			field(entry, 'related', where, report),
			`${where} > related`,
			report
		)) {
			if (related === validCode)
				report(`${where} > related`, 'an entry cannot be related to itself');
			else if (!codes.has(related)) report(`${where} > related`, `unknown code "${related}"`);
		}
	});

	const unlisted = unlistedIds(entries);
	for (const { where, ids, own } of sharedRefs)
		checkShared(where, ids, own, causeOwners, unlisted, report);
	return problems;
}

/** The ids of `entries`' causes marked `unlisted`. */
function unlistedIds(entries: readonly unknown[]): Set<string> {
	const ids = new Set<string>();
	for (const entry of entries) {
		const causes = isRecord(entry) ? entry['causes'] : undefined;
		if (!Array.isArray(causes)) continue;
		for (const cause of causes) {
			if (isRecord(cause) && cause['unlisted'] === true && typeof cause['id'] === 'string') {
				ids.add(cause['id']);
			}
		}
	}
	return ids;
}

/** Shared causes exist, belong to another entry, are not repeated and are not "unlisted" causes. */
function checkShared(
	where: string,
	ids: readonly string[],
	own: readonly unknown[],
	causeOwners: ReadonlyMap<string, string>,
	unlisted: ReadonlySet<string>,
	report: Report
): void {
	const ownIds = new Set(own.map((cause) => (isRecord(cause) ? cause['id'] : undefined)));
	// Repeats are reported by `checkStringList`.
	for (const id of ids) {
		const at = `${where} > sharedCauses`;
		if (!causeOwners.has(id)) report(at, `unknown cause "${id}"`);
		else if (ownIds.has(id)) report(at, `"${id}" is a cause of this entry already`);
		else if (unlisted.has(id)) report(at, `"${id}" is another entry's "not listed" cause`);
	}
}

/**
 * The wizard's entries (connector errors and "other") end with exactly one `unlisted` cause;
 * neighbouring codes have none (the wizard does not cover them).
 */
function checkUnlisted(
	causes: readonly unknown[],
	kind: unknown,
	where: string,
	report: Report
): void {
	const flags = causes.map((cause) => isRecord(cause) && cause['unlisted'] === true);
	const count = flags.filter(Boolean).length;
	if (kind === 'neighbour') {
		if (count > 0) report(`${where} > causes`, 'a neighbouring code has no "unlisted" cause');
		return;
	}
	if (count !== 1 || flags.at(-1) !== true) {
		report(`${where} > causes`, 'needs exactly one "unlisted" cause, the last');
	}
}
