import { causesInOrder } from '../lib/catalog/lookup';
import { isWizardStart } from '../lib/catalog/wizard-start';
import { catalog, catalogIndex } from './catalog';
import { commands } from './commands';
import type { Command } from '../lib/catalog/types';
import type { Stage } from '../lib/path';
import type { CausesByCode } from '../lib/wizard/types';

export { catalogIndex } from './catalog';

const commandsById = new Map(commands.map((c) => [c.id, c]));

/** A verification command by id (ids are checked by `catalogRules` when the content loads). */
export function command(id: string): Command | undefined {
	return commandsById.get(id);
}

/**
 * The causes of each entry the wizard covers (the connector errors, "other" and the neighbours
 * marked `wizard: true`), in reading order
 * (`causesInOrder`), which breaks ties in the wizard's ranking.
 */
export const wizardCauses: CausesByCode = Object.fromEntries(
	catalog.filter(isWizardStart).map((e) => {
		const { own, shared, unlisted } = causesInOrder(e, catalogIndex);
		return [e.code, [...own, ...shared.map((s) => s.cause), ...unlisted].map((c) => c.id)];
	})
);

/**
 * Where on the way each cause makes delivery break, from the causes' `stage` (content/entries):
 * null for causes about routing or ownership. Causes with no `stage` are not in it.
 */
export const causeStages: Readonly<Record<string, Stage | null>> = Object.fromEntries(
	catalog.flatMap((entry) =>
		entry.causes.flatMap((cause) => (cause.stage === undefined ? [] : [[cause.id, cause.stage]]))
	)
);

/** The stage of a cause, or null (unknown ids and the "not listed" causes included). */
export function stageOfCause(cause: string): Stage | null {
	return Object.hasOwn(causeStages, cause) ? (causeStages[cause] ?? null) : null;
}
