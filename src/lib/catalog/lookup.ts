import type { Cause, Entry, EntryBrief } from './types';
import { aliasCodes, inRange, otherClass, type DetailRange } from '../codes/grammar';
import { codesInQuery } from '../search/codes';

/**
 * How a code was resolved to an entry: the entry's own code, one of its aliases, its other class,
 * or a range of codes the entry documents ("4.7.500-699") when the code has no entry of its own.
 */
export type Resolution = 'code' | 'alias' | 'class' | 'range';

export interface Resolved<E extends EntryBrief = Entry> {
	readonly entry: E;
	readonly via: Resolution;
}

/**
 * Indexes of entries by code and alias code: the whole catalog, or its brief on the first screen.
 * Build once; lookups are O(1).
 */
export interface CodeIndex<E extends EntryBrief> {
	readonly entries: readonly E[];
	/** Every code that resolves, in either class: used to read packed digits such as "44316". */
	readonly knownCodes: ReadonlySet<string>;
	resolve(code: string): Resolved<E> | null;
	/** Resolves a code typed in any notation ("44316", "450 4.4.316", "4 4 316"). */
	resolveTyped(text: string): Resolved<E> | null;
	/**
	 * The entries of the on-premises status identifiers a text names, as the catalog's aliases
	 * list them ("SMTPSEND.DNS.NonExistentDomain", "QUEUE.Expired"), in order of appearance.
	 */
	identifiersIn(text: string): { entry: E; asTyped: string }[];
}

/** Indexes of the catalog by code, alias code and cause id. */
export interface CatalogIndex extends CodeIndex<Entry> {
	cause(id: string): { entry: Entry; cause: Cause } | null;
}

/** An on-premises status identifier: dotted words, the first in capitals ("RESOLVER.ADR.RecipNotFound"). */
const IDENTIFIER = /(?<![\w.])[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)+(?![\w])/g;
const IDENTIFIER_ALIAS = /^[A-Z][A-Z0-9]+(?:\.[A-Za-z][A-Za-z0-9]*)+$/;

/** A range of details an alias names ("4.7.500-699"), with the entry that names it. */
interface EntryRange<E> {
	readonly range: DetailRange;
	readonly entry: E;
}

/** Builds the lookup tables of a catalog: by code and alias, and by cause id. */
export function indexCatalog(entries: readonly Entry[]): CatalogIndex {
	const byCause = new Map<string, { entry: Entry; cause: Cause }>();
	for (const entry of entries) {
		for (const cause of entry.causes) byCause.set(cause.id, { entry, cause });
	}
	return { ...indexCodes(entries), cause: (id) => byCause.get(id) ?? null };
}

/** Builds the lookup tables by code and alias of a list of entries, brief or whole. */
export function indexCodes<E extends EntryBrief>(entries: readonly E[]): CodeIndex<E> {
	const byCode = new Map<string, E>();
	const byAlias = new Map<string, E>();
	const ranges: EntryRange<E>[] = [];
	const byIdentifier = new Map<string, E>();
	for (const entry of entries) {
		byCode.set(entry.code, entry);
		for (const alias of entry.aliases) {
			const id = alias.toLowerCase();
			if (IDENTIFIER_ALIAS.test(alias) && !byIdentifier.has(id)) byIdentifier.set(id, entry);
			// The validator reads aliases with the same function, so every code it checks is found here.
			const named = aliasCodes(alias);
			for (const code of named.codes) {
				if (!byAlias.has(code)) byAlias.set(code, entry);
			}
			for (const range of named.ranges) ranges.push({ range, entry });
		}
	}
	const knownCodes = new Set<string>();
	for (const code of [...byCode.keys(), ...byAlias.keys()]) {
		knownCodes.add(code);
		const swapped = otherClass(code);
		if (swapped) knownCodes.add(swapped);
	}

	const rangeOf = (code: string): E | undefined =>
		ranges.find((r) => inRange(r.range, code))?.entry;

	const resolve = (code: string): Resolved<E> | null => {
		const direct = byCode.get(code);
		if (direct) return { entry: direct, via: 'code' };
		const alias = byAlias.get(code);
		if (alias) return { entry: alias, via: 'alias' };
		const inRange = rangeOf(code);
		if (inRange) return { entry: inRange, via: 'range' };
		// A 5.x.x NDR code answers to its 4.x.x queued form, and back (the retry ended, same cause).
		const swapped = otherClass(code);
		const other = swapped ? (byCode.get(swapped) ?? byAlias.get(swapped)) : undefined;
		if (other) return { entry: other, via: 'class' };
		const otherRange = swapped ? rangeOf(swapped) : undefined;
		return otherRange ? { entry: otherRange, via: 'range' } : null;
	};

	return {
		entries,
		knownCodes,
		resolve,
		resolveTyped(text) {
			const trimmed = text.trim();
			if (byCode.has(trimmed)) return resolve(trimmed);
			for (const found of codesInQuery(trimmed, knownCodes)) {
				const hit = resolve(found.code);
				if (hit) return hit;
			}
			return null;
		},
		identifiersIn(text) {
			const found: { entry: E; asTyped: string }[] = [];
			for (const m of text.matchAll(IDENTIFIER)) {
				const entry = byIdentifier.get(m[0].toLowerCase());
				if (entry && !found.some((f) => f.entry === entry)) found.push({ entry, asTyped: m[0] });
			}
			return found;
		}
	};
}

/** An entry's causes in reading order (see `causesInOrder`). */
export interface OrderedCauses {
	/** The entry's own causes, "not listed" aside. */
	readonly own: readonly Cause[];
	/** Causes described under another entry that also produce this code (`sharedCauses`). */
	readonly shared: readonly { entry: Entry; cause: Cause }[];
	/** The entry's "something not listed here" cause, if it has one. */
	readonly unlisted: readonly Cause[];
}

/**
 * An entry's causes in the order they are read, on its page and in the wizard (where the order
 * breaks ties): its own, then those described under another code that also produce it, then its
 * "not listed" cause.
 */
export function causesInOrder(entry: Entry, index: CatalogIndex): OrderedCauses {
	return {
		own: entry.causes.filter((cause) => cause.unlisted !== true),
		shared: (entry.sharedCauses ?? []).map((id) => index.cause(id)).filter((c) => c !== null),
		unlisted: entry.causes.filter((cause) => cause.unlisted === true)
	};
}
