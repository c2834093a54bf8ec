/**
 * The verdict a page leads with: what failed and where, the cause it points to with how sure that
 * is, and the one thing to do first, its command filled with what the paste named. The Detected
 * panel, every entry page and every wizard conclusion build one; the component words it. Pure.
 */
import type { Cause, Command, Entry, Localized, Step } from '../catalog/types';
import type { Stage } from '../path';
/** How sure a verdict is: the wizard's certainties (confirmed, likely, open). */
export type Certainty = 'confirmed' | 'likely' | 'open';

export { commandsDone } from './done';
export { bySeverity, severityOf, SEVERITIES, SEVERITY_GLYPH, type Severity } from './severity';

/** "Do this first": a fix step (the cause is confirmed) or the check that tells most (it is not). */
export interface FirstStep {
	readonly kind: 'fix' | 'check';
	/** The step's text; null for a check, which the page words from its command's label. */
	readonly text: Localized | null;
	/** The command to run, or null for a step done in a portal or by hand. */
	readonly command: Command | null;
}

export interface Verdict {
	/** The entry the verdict is about (the paste's code, the page's, the conclusion's). */
	readonly entry: Entry | null;
	/** Where delivery broke, when known. */
	readonly stage: Stage | null;
	/** The cause it points to, most likely first; null when nothing points anywhere. */
	readonly cause: Cause | null;
	readonly certainty: Certainty;
	readonly firstStep: FirstStep | null;
}

export interface VerdictInput {
	readonly entry: Entry | null;
	readonly stage: Stage | null;
	/** The causes in play, likeliest first. */
	readonly causes: readonly Cause[];
	readonly certainty: Certainty;
	/** Commands whose output the paste already holds (`commandsDone`): never asked for again. */
	readonly done?: ReadonlySet<string>;
	readonly command: (id: string) => Command | undefined;
}

/** The verdict for what is known. */
export function verdictOf(input: VerdictInput): Verdict {
	const cause = input.causes[0] ?? null;
	return {
		entry: input.entry,
		stage: input.stage,
		cause,
		certainty: cause === null ? 'open' : input.certainty,
		firstStep:
			cause === null
				? null
				: firstStepOf(cause, input.certainty, input.done ?? new Set(), input.command)
	};
}

/**
 * The first thing to do about a cause. Confirmed: its first fix step that is not already done by
 * the paste and does not wait for a gate (those stop mail flow). Not confirmed: its first check the
 * paste has not already run; with no check left, its first fix step.
 */
export function firstStepOf(
	cause: Cause,
	certainty: Certainty,
	done: ReadonlySet<string>,
	command: (id: string) => Command | undefined
): FirstStep | null {
	const fresh = (ids: readonly string[] = []) =>
		ids
			.filter((id) => !done.has(id))
			.map(command)
			.filter((c) => c !== undefined);
	const fixStep = (): FirstStep | null => {
		const open = cause.fix.filter((step: Step) => step.gated !== true);
		// A step whose every command the paste already ran is done: the next one comes first.
		const next = open.find(
			(step) => step.commands === undefined || fresh(step.commands).length > 0
		);
		if (next === undefined) return null;
		return { kind: 'fix', text: next.text, command: fresh(next.commands)[0] ?? null };
	};
	if (certainty === 'confirmed' || cause.unlisted === true) return fixStep();
	const check = fresh(cause.verify)[0];
	return check ? { kind: 'check', text: null, command: check } : fixStep();
}

/** The destination as a paste names it: `host (ip:port)`, `host`, `ip:port`; null when unnamed. */
export function targetOf(values: Readonly<Record<string, string>>): string | null {
	const { host, ip, port } = values;
	const address = ip ? (port ? `${ip}:${port}` : ip) : null;
	if (host && address) return `${host} (${address})`;
	return host ?? address ?? null;
}
