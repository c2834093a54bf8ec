import type { CatalogIndex } from './lookup';
import { LANGS, type Cause, type Command, type Entry, type Lang, type Localized } from './types';

/**
 * What an entry's page needs, and nothing more: the entry (without the texts only search reads),
 * the causes it shares with other entries, and the commands its causes name. The build writes one
 * of these per entry as its own chunk (`virtual:content/entry/<code>`), so a cold `#/code/…`
 * downloads one entry, not the catalog.
 */
export interface EntryPageData {
	readonly entry: Entry;
	/** The causes described under another entry that also produce this code, in `sharedCauses` order. */
	readonly shared: readonly { readonly code: string; readonly cause: Cause }[];
	/** Every command the entry's causes (its own and the shared ones) name, in catalog order. */
	readonly commands: readonly Command[];
	/** The titles of the entries `related` names, by code (a page links them by title). */
	readonly related: Readonly<Record<string, Localized>>;
}

/** The ids of the commands a cause names: its fix steps' and its checks'. */
export function commandsOfCause(cause: Cause): string[] {
	return [...cause.fix.flatMap((step) => step.commands ?? []), ...cause.verify];
}

/** The page data of an entry, from the whole catalog (at build time, and in the tests). */
export function entryPageData(
	entry: Entry,
	index: CatalogIndex,
	commands: readonly Command[]
): EntryPageData {
	const shared = (entry.sharedCauses ?? [])
		.map((id) => index.cause(id))
		.filter((found) => found !== null)
		.map(({ entry: under, cause }) => ({ code: under.code, cause }));
	const used = new Set(
		[...entry.causes, ...shared.map((s) => s.cause)].flatMap((cause) => commandsOfCause(cause))
	);
	// The page never shows the printed wordings: search alone reads them.
	const shown: Entry = { ...entry };
	delete (shown as { wording?: unknown }).wording;
	const related = Object.fromEntries(
		entry.related.flatMap((code) => {
			const other = index.resolve(code)?.entry;
			return other ? [[code, other.title]] : [];
		})
	);
	return { entry: shown, shared, commands: commands.filter((c) => used.has(c.id)), related };
}

/** A lookup of commands by id. */
export function commandLookup(commands: readonly Command[]): (id: string) => Command | undefined {
	const byId = new Map(commands.map((c) => [c.id, c]));
	return (id) => byId.get(id);
}

/**
 * The causes of a page in reading order, as `causesInOrder` reads them from the catalog: the
 * entry's own, those described under another code (with that code), then its "not listed" one.
 */
export function pageCauses(data: EntryPageData): { cause: Cause; under: string | undefined }[] {
	const own = (unlisted: boolean) =>
		data.entry.causes
			.filter((cause) => (cause.unlisted === true) === unlisted)
			.map((cause) => ({ cause, under: undefined }));
	return [
		...own(false),
		...data.shared.map((s) => ({ cause: s.cause, under: s.code })),
		...own(true)
	];
}

/**
 * `value` with every bilingual text (an object of exactly one field per language: a `Localized`
 * or a `LocalizedList`) cut to `lang`'s: what one language's page chunk holds. Whatever else the
 * data carries (codes, ids, links, fields added later) is kept as it is.
 */
export function inLanguage<T>(value: T, lang: Lang): T {
	if (Array.isArray(value)) return value.map((item: unknown) => inLanguage(item, lang)) as T;
	if (typeof value !== 'object' || value === null) return value;
	const fields = Object.keys(value);
	if (fields.length === LANGS.length && LANGS.every((l) => fields.includes(l))) {
		return { [lang]: (value as Record<Lang, unknown>)[lang] } as T;
	}
	return Object.fromEntries(
		Object.entries(value).map(([name, item]) => [name, inLanguage(item, lang)])
	) as T;
}
