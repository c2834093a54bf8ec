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
 * the order breaks ties in the wizard's ranking.
 */
export const wizardCauses: CausesByCode = Object.fromEntries(
	catalog.filter((e) => e.kind !== 'neighbour').map((e) => [e.code, e.causes.map((c) => c.id)])
);
