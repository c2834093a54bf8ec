import type { Entry } from './types';

/**
 * Whether the wizard starts from this entry: every connector error and "other", and the
 * neighbouring codes that say `wizard: true` (content/entries/5.7.64.yaml). Each of them ends
 * with one "not listed" cause (`catalogRules`), and its causes are the wizard's for that code.
 */
export function isWizardStart(entry: Pick<Entry, 'kind' | 'wizard'>): boolean {
	return entry.kind !== 'neighbour' || entry.wizard === true;
}
