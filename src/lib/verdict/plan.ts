/**
 * Each command once per page: the cause a command is shown in (its first use, in reading order:
 * a cause's fix steps, then its checks); every later use refers to it. Pure.
 */
import type { Cause } from '../catalog/types';

/** For each command id, the id of the cause that shows it. */
export function commandOwners(causes: readonly Cause[]): ReadonlyMap<string, string> {
	const owners = new Map<string, string>();
	for (const cause of causes) {
		const ids = [...cause.fix.flatMap((step) => step.commands ?? []), ...cause.verify];
		for (const id of ids) if (!owners.has(id)) owners.set(id, cause.id);
	}
	return owners;
}
