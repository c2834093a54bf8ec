import { indexCatalog } from '../lib/catalog/lookup';
import { catalog } from './catalog';
import { commands } from './commands';
import type { Command } from '../lib/catalog/types';
import type { CausesByCode } from '../lib/wizard/types';

/** The catalog's lookup tables, built once at start (cheap: maps over a few dozen entries). */
export const catalogIndex = indexCatalog(catalog);

const commandsById = new Map(commands.map((c) => [c.id, c]));

/** A verification command by id (ids are checked by the catalog validation). */
export function command(id: string): Command | undefined {
	return commandsById.get(id);
}

/**
 * The causes of each entry the wizard covers (the connector errors and "other"), in catalog order:
 * its own causes, those described under another code that also produce it, then its "not listed"
 * cause. The order breaks ties in the wizard's ranking.
 */
export const wizardCauses: CausesByCode = Object.fromEntries(
	catalog
		.filter((e) => e.kind !== 'neighbour')
		.map((e) => {
			const own = e.causes.filter((c) => c.unlisted !== true).map((c) => c.id);
			const unlisted = e.causes.filter((c) => c.unlisted === true).map((c) => c.id);
			return [e.code, [...own, ...(e.sharedCauses ?? []), ...unlisted]];
		})
);
