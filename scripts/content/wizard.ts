/**
 * The wizard's tree from its file (content/wizard.yaml), validated by `wizardFile`
 * (scripts/content/schema.ts): each `group: <name>` item of a list of causes is replaced by the
 * group's causes, in order, and what the catalog decides is filled in: the built-in group
 * `listed-causes` and each code's "not listed here" cause. Build and test time only (Node).
 */
import type { Entry } from '../../src/lib/catalog/types';
import { isWizardStart } from '../../src/lib/catalog/wizard-start';
import type { Effect, Question, WizardTree } from '../../src/lib/wizard/types';
import type { WizardFile } from './schema';

/** The wizard file, relative to the project. */
export const WIZARD_FILE = 'content/wizard.yaml';
/** The group the loader builds: every listed cause of the entries the wizard covers. */
export const LISTED_CAUSES = 'listed-causes';
/** The "not listed" cause standing for them all while no code is known, if "other" had none. */
const UNLISTED_FALLBACK = 'unlisted-other';

type CauseList = WizardFile['alwaysInPlay'] | WizardFile['questions'][number]['appliesTo'];

/**
 * The tree `file` describes, over the catalog's `entries` (in catalog order). Reports each
 * group that is unknown, built in or part of a cycle under WIZARD_FILE.
 */
export function wizardTreeOf(
	file: WizardFile,
	entries: readonly Entry[],
	problems: string[]
): WizardTree {
	// Every connector entry, "other" and the neighbours marked `wizard: true`: the codes it covers.
	const wizardEntries = entries.filter(isWizardStart);
	const listed = wizardEntries.flatMap((entry) =>
		entry.causes.filter((cause) => cause.unlisted !== true).map((cause) => cause.id)
	);
	const resolved = new Map<string, readonly string[]>([[LISTED_CAUSES, listed]]);
	if (Object.hasOwn(file.groups, LISTED_CAUSES)) {
		problems.push(
			`${WIZARD_FILE} > groups.${LISTED_CAUSES}: is built in (every listed cause of the wizard's entries): remove it or rename it`
		);
	}

	function expand(list: CauseList, path: string, visiting: readonly string[]): string[] {
		return list.flatMap((item, index) => {
			if (typeof item === 'string') return [item];
			const name = item.group;
			const known = resolved.get(name);
			if (known !== undefined) return [...known];
			const group = Object.hasOwn(file.groups, name) ? file.groups[name] : undefined;
			if (group === undefined) {
				problems.push(
					`${WIZARD_FILE} > ${path}.${index}: unknown group "${name}": define it under groups, or fix its name`
				);
				return [];
			}
			if (visiting.includes(name)) {
				problems.push(
					`${WIZARD_FILE} > groups.${name}: includes itself (${[...visiting, name].join(' > ')}): remove the loop`
				);
				return [];
			}
			const causes = expand(group, `groups.${name}`, [...visiting, name]);
			resolved.set(name, causes);
			return [...causes];
		});
	}
	for (const name of Object.keys(file.groups)) expand([{ group: name }], 'groups', []);

	const wizardCodes = new Set(wizardEntries.map((entry) => entry.code));
	const questions: Question[] = file.questions.map((question, q) => {
		const at = `questions.${q}`;
		const answerIds = new Set(question.answers.map((answer) => answer.id));
		for (const [code, wording] of Object.entries(question.byCode ?? {})) {
			if (!wizardCodes.has(code)) {
				problems.push(
					`${WIZARD_FILE} > ${at}.byCode.${code}: the wizard does not start from "${code}": use a code it covers`
				);
			}
			for (const id of Object.keys(wording.labels ?? {})) {
				if (!answerIds.has(id)) {
					problems.push(
						`${WIZARD_FILE} > ${at}.byCode.${code}.labels.${id}: "${question.id}" has no answer "${id}"`
					);
				}
			}
		}
		return {
			...question,
			appliesTo: expand(question.appliesTo, `${at}.appliesTo`, []),
			answers: question.answers.map((answer, a) => {
				const { keep, ruleOut, confirm, code, owner } = answer.effect;
				const list = (key: string, causes: CauseList | undefined) =>
					causes === undefined
						? {}
						: { [key]: expand(causes, `${at}.answers.${a}.effect.${key}`, []) };
				const effect: Effect = {
					...list('keep', keep),
					...list('ruleOut', ruleOut),
					...list('confirm', confirm),
					...(code === undefined ? {} : { code }),
					...(owner === undefined ? {} : { owner })
				};
				return { ...answer, effect };
			})
		};
	});

	// Each code's "not listed" cause, read from the catalog (the cause marked `unlisted`).
	const byCode: Record<string, string> = {};
	for (const entry of wizardEntries) {
		const cause = entry.causes.find((candidate) => candidate.unlisted === true);
		if (cause) byCode[entry.code] = cause.id;
	}
	return {
		questions,
		alwaysInPlay: file.alwaysInPlay,
		...(file.stopAfterIdle === undefined ? {} : { stopAfterIdle: file.stopAfterIdle }),
		unlisted: { byCode, withoutCode: byCode['other'] ?? UNLISTED_FALLBACK },
		...(file.gates === undefined ? {} : { gates: file.gates })
	};
}
