/**
 * Checks of the wizard tree as a graph. The tree is small enough to explore every answer path, with
 * two savings that lose nothing:
 * - which question comes next never depends on scores, so the structure (cycles, dead ends, which
 *   questions are asked, which conclusions and how certain) is explored over cursors keyed without
 *   scores;
 * - whether a cause can end up first does depend on scores, so it is searched per cause with scores
 *   in the key, trying first the answers that favour that cause, which finds a path at once when one
 *   exists.
 */
import {
	advance,
	askable,
	begin,
	evaluate,
	initialCauses,
	isCodeQuestion,
	isKnownCode,
	isScopeQuestion,
	nextQuestion,
	stepAt,
	unlistedCauses
} from './engine';
import type { Certainty, ConclusionBasis, ConclusionStep, Cursor } from './engine';
import { describeAnswer } from './labels';
import { UNKNOWN_ANSWER } from './types';
import type { Answer, AnswerRef, CausesByCode, Question, WizardState, WizardTree } from './types';
import { LANGS } from '../catalog/types';
import type { Localized } from '../catalog/types';

/** A conclusion the exploration reached. */
export interface Outcome {
	readonly basis: ConclusionBasis;
	readonly certainty: Certainty;
	/** Cause ids, most likely first (as ranked on `path`). */
	readonly causes: readonly string[];
	/** The answer that confirmed the first cause, when `certainty` is "confirmed". */
	readonly confirmedBy: AnswerRef | null;
	/** One answer path (from the start) that leads to it. */
	readonly path: readonly AnswerRef[];
	/** The code in scope at the end (an answer may have turned to another code's causes). */
	readonly code: string | null;
}

/** What exploring every answer path from a start found. */
export interface Exploration {
	/** One per distinct conclusion (same answered questions, code and causes in play). */
	readonly outcomes: readonly Outcome[];
	/** Each cause in play at the start that some path concludes with first, with one such path. */
	readonly firstRanked: ReadonlyMap<string, readonly AnswerRef[]>;
	/** Ids of the questions asked on some path (the next question of some state). */
	readonly asked: ReadonlySet<string>;
	/**
	 * Ids of the questions the engine accepts an answer to on some path: the next one, or one a
	 * paste may answer first (a belief that only ranks is asked where no check is left).
	 */
	readonly offered: ReadonlySet<string>;
	/** Distinct states expanded (without scores). */
	readonly states: number;
	readonly problems: readonly string[];
}

/** One complete answer path and where it ends. */
export interface CompletePath {
	readonly answers: readonly AnswerRef[];
	readonly conclusion: ConclusionStep;
}

const QUESTION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ANSWER_ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

/**
 * What decides a cursor's future: the code, which answered questions could still apply (one about
 * causes no longer in play can never be asked again either way), whether a cause is confirmed and
 * the causes in play, with their scores when `withScores` (relative to the lowest: adding the same
 * number to every score changes no ranking).
 */
function cursorKey(tree: WizardTree, cursor: Cursor, withScores: boolean): string {
	const answered = new Set(cursor.answers.map((ref) => ref.question));
	const relevant = tree.questions
		.filter((q) => answered.has(q.id) && q.appliesTo.some((cause) => cursor.inPlay.has(cause)))
		.map((q) => q.id);
	const lowest = Math.min(...[...cursor.inPlay.values()].map((support) => support.score));
	const causes = [...cursor.inPlay].map(([id, support]) =>
		withScores ? `${id}:${support.score - lowest}` : id
	);
	// The scope question is about no cause: once answered (even "I don't know") it cannot come again.
	const scope = tree.questions
		.filter((q) => answered.has(q.id) && isScopeQuestion(q))
		.map((q) => q.id);
	const parts = [
		cursor.code ?? '',
		relevant.join(','),
		scope.join(','),
		cursor.confirmed?.cause ?? '',
		cursor.owner ?? '',
		String(cursor.idleRun)
	];
	return [...parts, causes.join(',')].join('|');
}

function cursorAt(tree: WizardTree, causesByCode: CausesByCode, start: WizardState): Cursor | null {
	let cursor: Cursor | null = begin(tree, causesByCode, start.from);
	for (const ref of start.answers) {
		if (cursor === null) return null;
		cursor = advance(tree, causesByCode, cursor, ref);
	}
	return cursor;
}

/** How much an answer helps `target` end first: higher is tried first; null never helps. */
function appeal(answer: Answer, target: string, cursor: Cursor): number | null {
	const { keep = [], ruleOut = [], confirm = [] } = answer.effect;
	if (ruleOut.includes(target)) return null;
	const confirmed = confirm.find((cause) => cursor.inPlay.has(cause));
	if (confirmed !== undefined) return confirmed === target ? Number.MAX_SAFE_INTEGER : null;
	const others = (ids: readonly string[]): number =>
		ids.filter((id) => id !== target && cursor.inPlay.has(id)).length;
	return (keep.includes(target) ? 2 * cursor.inPlay.size : 0) + others(ruleOut) - others(keep);
}

/** One answer path from `start` that concludes with `target` first, or null if none does. */
function findFirstRanked(
	tree: WizardTree,
	causesByCode: CausesByCode,
	start: Cursor,
	target: string
): readonly AnswerRef[] | null {
	const seen = new Set<string>();
	const stack: Cursor[] = [start];
	for (let cursor = stack.pop(); cursor !== undefined; cursor = stack.pop()) {
		// From scratch, a code's "not listed" cause enters play only once the code is picked.
		if (!cursor.inPlay.has(target) && cursor.code !== null) continue;
		const key = cursorKey(tree, cursor, true);
		if (seen.has(key)) continue;
		seen.add(key);
		const question = nextQuestion(tree, cursor);
		if (question === null) {
			const step = stepAt(tree, cursor);
			const head = step.kind === 'conclusion' ? step.causes[0] : undefined;
			if (head?.id === target) return cursor.answers;
			continue;
		}
		const candidates = question.answers
			.map((answer) => ({ answer, appeal: appeal(answer, target, cursor) }))
			.filter((candidate) => candidate.appeal !== null)
			// The stack pops the last pushed: push the most appealing last.
			.sort((a, b) => (a.appeal ?? 0) - (b.appeal ?? 0));
		for (const { answer } of candidates) {
			const ref = { question: question.id, answer: answer.id };
			const next = advance(tree, causesByCode, cursor, ref);
			if (next !== null) stack.push(next);
		}
	}
	return null;
}

/**
 * Explores every answer path from `start` (a state whose answers are all valid): the conclusions
 * reached, the questions asked, and for each cause in play at the start one path that concludes with
 * it first. Reports a problem when the start is not valid, when a question is asked twice on one path
 * (a cycle), when a path grows longer than the number of questions or ends in neither a question nor a
 * conclusion.
 */
export function exploreTree(
	tree: WizardTree,
	causesByCode: CausesByCode,
	start: WizardState
): Exploration {
	const outcomes: Outcome[] = [];
	const firstRanked = new Map<string, readonly AnswerRef[]>();
	const asked = new Set<string>();
	const offered = new Set<string>();
	const problems: string[] = [];
	const seen = new Set<string>();
	const first = cursorAt(tree, causesByCode, start);
	if (first === null) {
		problems.push(`the start ${formatPath(start.answers)} is not a valid path`);
		return { outcomes, firstRanked, asked, offered, states: 0, problems };
	}
	const stack: Cursor[] = [first];
	for (let cursor = stack.pop(); cursor !== undefined; cursor = stack.pop()) {
		const key = cursorKey(tree, cursor, false);
		if (seen.has(key)) continue;
		seen.add(key);
		const path = cursor.answers;
		for (const open of askable(tree, cursor)) offered.add(open.id);
		const question = nextQuestion(tree, cursor);
		if (question === null) {
			const step = stepAt(tree, cursor);
			if (step.kind !== 'conclusion') {
				problems.push(`${formatPath(path)} ends neither in a question nor a conclusion`);
				continue;
			}
			const causes = step.causes.map((cause) => cause.id);
			// The conclusion offers the scope question: its answers add texts, never change it.
			if (step.scope !== null) {
				offered.add(step.scope.id);
				for (const answer of step.scope.answers) {
					const ref = { question: step.scope.id, answer: answer.id };
					const next = advance(tree, causesByCode, cursor, ref);
					const after = next === null ? null : stepAt(tree, next);
					if (
						after?.kind !== 'conclusion' ||
						after.certainty !== step.certainty ||
						after.causes.map((cause) => cause.id).join() !== causes.join()
					) {
						problems.push(
							`${formatPath(path)}: the scope answer "${answer.id}" changes the conclusion`
						);
					}
				}
			}
			outcomes.push({
				basis: step.basis,
				certainty: step.certainty,
				causes,
				confirmedBy: step.confirmedBy,
				path,
				code: step.code
			});
			continue;
		}
		if (path.some((ref) => ref.question === question.id)) {
			problems.push(`question "${question.id}" is asked twice on ${formatPath(path)}`);
			continue;
		}
		if (path.length >= tree.questions.length) {
			problems.push(`path ${formatPath(path)} is longer than the number of questions`);
			continue;
		}
		asked.add(question.id);
		for (const answer of question.answers) {
			const next = advance(tree, causesByCode, cursor, {
				question: question.id,
				answer: answer.id
			});
			if (next === null) problems.push(`the engine rejects ${question.id}=${answer.id}`);
			else stack.push(next);
		}
	}
	for (const cause of first.inPlay.keys()) {
		const path = findFirstRanked(tree, causesByCode, first, cause);
		if (path !== null) firstRanked.set(cause, path);
	}
	return { outcomes, firstRanked, asked, offered, states: seen.size, problems };
}

/**
 * Every complete answer path from `start`, without merging equivalent states: meant for the small
 * trees of a single entry. Stops after `limit` paths (`truncated` tells).
 */
export function enumeratePaths(
	tree: WizardTree,
	causesByCode: CausesByCode,
	start: WizardState,
	limit = 10_000
): { readonly paths: readonly CompletePath[]; readonly truncated: boolean } {
	const paths: CompletePath[] = [];
	const stack: WizardState[] = [start];
	for (let state = stack.pop(); state !== undefined; state = stack.pop()) {
		if (paths.length >= limit) return { paths, truncated: true };
		const { step, consumed } = evaluate(tree, causesByCode, state);
		if (consumed !== state.answers.length) continue;
		if (step.kind === 'conclusion') {
			paths.push({ answers: state.answers, conclusion: step });
			continue;
		}
		for (const answer of [...step.question.answers].reverse()) {
			stack.push({
				from: state.from,
				answers: [...state.answers, { question: step.question.id, answer: answer.id }]
			});
		}
	}
	return { paths, truncated: false };
}

function formatPath(path: readonly AnswerRef[]): string {
	return path.length === 0
		? '(start)'
		: path.map((ref) => `${ref.question}=${ref.answer}`).join(' > ');
}

function checkLocalized(where: string, text: Localized, problems: string[]): void {
	for (const lang of LANGS) {
		if (text[lang].trim() === '') problems.push(`${where}: empty ${lang} text`);
	}
}

/** The code whose "not listed" cause stands for every code (the catch-all entry), if any. */
function withoutCodeEntry(tree: WizardTree): string | null {
	const unlisted = tree.unlisted;
	if (unlisted === undefined) return null;
	const found = Object.entries(unlisted.byCode).find(([, id]) => id === unlisted.withoutCode);
	return found?.[0] ?? null;
}

/** True when `code` is the entry whose "not listed" cause stands for every code. */
function catchAllCode(unlistedCode: string | null, code: string): boolean {
	return unlistedCode !== null && code === unlistedCode;
}

function checkQuestion(
	unlistedCode: string | null,
	unlisted: ReadonlySet<string>,
	question: Question,
	causesByCode: CausesByCode,
	knownCauses: ReadonlySet<string>,
	knownCommands: ReadonlySet<string>,
	problems: string[]
): void {
	const where = `question "${question.id}"`;
	if (!QUESTION_ID.test(question.id)) problems.push(`${where}: id is not kebab-case`);
	checkLocalized(where, question.text, problems);
	if (question.help !== undefined) checkLocalized(`${where} help`, question.help, problems);
	for (const command of question.commands ?? []) {
		if (!knownCommands.has(command)) problems.push(`${where}: unknown command "${command}"`);
	}
	const scope = isScopeQuestion(question);
	if (question.appliesTo.length === 0 && !scope) problems.push(`${where}: applies to no cause`);
	if (scope && question.appliesTo.length > 0) {
		problems.push(`${where}: sets who owns the destination, so it may be about no cause`);
	}
	if (question.answers.length < 2) problems.push(`${where}: fewer than two answers`);
	if (!question.answers.some((answer) => answer.id === UNKNOWN_ANSWER)) {
		problems.push(`${where}: no "${UNKNOWN_ANSWER}" answer`);
	}
	const answerIds = new Set<string>();
	const touched = new Set<string>();
	for (const answer of question.answers) {
		const at = `${where} answer "${answer.id}"`;
		if (answerIds.has(answer.id)) problems.push(`${at}: duplicate id`);
		answerIds.add(answer.id);
		if (!ANSWER_ID.test(answer.id)) problems.push(`${at}: id has characters unsafe in a URL`);
		checkLocalized(at, answer.label, problems);
		const { keep = [], ruleOut = [], confirm = [], code, owner } = answer.effect;
		// A case names a cause the answer points to, with its texts in every language.
		if (answer.case !== undefined) {
			for (const cause of answer.case.causes) {
				if (!keep.includes(cause) && !confirm.includes(cause)) {
					problems.push(
						`${at}: its case names "${cause}", which the answer neither keeps nor confirms`
					);
				}
			}
			if (answer.case.causes.length === 0) problems.push(`${at}: its case names no cause`);
			const caseCommand = answer.case.command;
			if (caseCommand !== undefined && !knownCommands.has(caseCommand)) {
				problems.push(`${at}: its case names an unknown command "${caseCommand}"`);
			}
			if (answer.evidence === 'belief') problems.push(`${at}: a belief names a case`);
			checkLocalized(`${at} case title`, answer.case.title, problems);
			checkLocalized(`${at} case fix`, answer.case.fix, problems);
		}
		// Who owns the destination is scope: it changes who acts, never which cause it is.
		if (owner !== undefined && keep.length + ruleOut.length + confirm.length > 0) {
			problems.push(`${at}: sets the owner and also touches causes`);
		}
		if (scope && owner === undefined && answer.id !== UNKNOWN_ANSWER) {
			problems.push(`${at}: an answer of the scope question that sets no owner`);
		}
		// A belief (what the admin knows or reads in the configuration) only ranks.
		if (answer.evidence === 'belief' && ruleOut.length + confirm.length > 0) {
			problems.push(`${at}: states a belief, yet rules out or confirms`);
		}
		for (const cause of [...keep, ...ruleOut, ...confirm]) {
			if (!knownCauses.has(cause)) problems.push(`${at}: unknown cause "${cause}"`);
			// What is not listed can be neither checked nor excluded by a question.
			if (unlisted.has(cause)) problems.push(`${at}: affects the "not listed" cause "${cause}"`);
			touched.add(cause);
		}
		for (const cause of ruleOut) {
			if (keep.includes(cause) || confirm.includes(cause)) {
				problems.push(`${at}: rules out "${cause}" and also keeps or confirms it`);
			}
		}
		if (code !== undefined) {
			if (isKnownCode(causesByCode, code)) {
				for (const cause of causesByCode[code] ?? []) touched.add(cause);
			} else {
				problems.push(`${at}: unknown code "${code}"`);
			}
		}
		// "I don't know" may reorder, never decide (the wizard must not feign certainty). One
		// exception: not knowing the stage either, the admin is sent to the catch-all entry, whose
		// checks walk every stage.
		const toCatchAll = code !== undefined && catchAllCode(unlistedCode, code);
		if (
			answer.id === UNKNOWN_ANSWER &&
			(ruleOut.length > 0 ||
				confirm.length > 0 ||
				owner !== undefined ||
				(code !== undefined && !toCatchAll))
		) {
			problems.push(`${at}: an unknown answer rules out, confirms or picks a code`);
		}
	}
	for (const cause of question.appliesTo) {
		if (unlisted.has(cause)) problems.push(`${where}: applies to the "not listed" "${cause}"`);
		if (!knownCauses.has(cause)) problems.push(`${where}: applies to unknown cause "${cause}"`);
		else if (!touched.has(cause)) {
			problems.push(`${where}: applies to "${cause}" but no answer affects it`);
		}
	}
}

/**
 * What is wrong with an outcome's claim, or null: it must name a cause (when the tree has "not
 * listed" causes); "confirmed" needs an answer on its path declared to confirm the first cause, and
 * at least one answer that is not "I don't know"; "likely" needs the others ruled out or a lead.
 */
function overclaim(tree: WizardTree, outcome: Outcome): string | null {
	if (tree.unlisted !== undefined && outcome.causes.length === 0) return 'ends without a cause';
	const [first] = outcome.causes;
	if (outcome.certainty === 'confirmed') {
		const by = outcome.confirmedBy;
		const answer = by ? describeAnswer(tree, by)?.answer : undefined;
		const onPath = outcome.path.some(
			(ref) => ref.question === by?.question && ref.answer === by.answer
		);
		if (!onPath || first === undefined || !(answer?.effect.confirm ?? []).includes(first)) {
			return `claims "${first}" confirmed without an answer declared to confirm it`;
		}
		if (outcome.path.every((ref) => ref.answer === UNKNOWN_ANSWER)) {
			return 'claims a confirmation from "I don\'t know" answers only';
		}
		if (answer?.evidence === 'belief') return `claims "${first}" confirmed by a belief`;
	}
	if (outcome.certainty === 'likely' && outcome.basis === 'exhausted') {
		return 'calls a cause likely after ruling out every listed cause';
	}
	return null;
}

/** The "not listed" causes belong to their codes and the gates name answers that confirm. */
function checkUnlistedAndGates(
	tree: WizardTree,
	causesByCode: CausesByCode,
	problems: string[]
): void {
	if (tree.unlisted !== undefined) {
		for (const code of Object.keys(causesByCode)) {
			const cause = tree.unlisted.byCode[code];
			if (cause === undefined) problems.push(`code ${code}: no "not listed" cause`);
			else if (!(causesByCode[code] ?? []).includes(cause)) {
				problems.push(`code ${code}: its "not listed" cause "${cause}" is not one of its causes`);
			}
		}
		const all = Object.values(causesByCode).flat();
		if (!all.includes(tree.unlisted.withoutCode)) {
			problems.push(`unlisted.withoutCode: unknown cause "${tree.unlisted.withoutCode}"`);
		}
	}
	for (const gate of tree.gates ?? []) {
		const answer = describeAnswer(tree, gate)?.answer;
		if (!(answer?.effect.confirm ?? []).includes(gate.cause)) {
			problems.push(
				`gate of "${gate.cause}": ${gate.question}=${gate.answer} is not an answer that confirms it`
			);
		}
	}
}

/**
 * Every problem of the tree, as readable sentences (empty when the tree is sound):
 * - every id resolves: causes (`knownCauseIds`), commands (`knownCommandIds`), codes
 *   (`causesByCode`); question and answer ids are unique and safe in a URL;
 * - texts are non-empty in every language; every question has an "unknown" answer that neither rules
 *   out nor confirms;
 * - a question's `appliesTo` only names causes its answers affect;
 * - the "which error?" question (if any) offers every code of `causesByCode`;
 * - exploring every path from scratch and from each code: no cycle, no dead end, every question is
 *   asked somewhere (the scope question: offered at a conclusion, where its answers change neither
 *   the causes nor the certainty), certainty is claimed only for a confirmed or single remaining
 *   cause, and every cause in scope is the first-ranked conclusion of some path;
 * - a case (`Answer.case`) names only causes its observed answer keeps or confirms, and known
 *   commands.
 */
export function validateTree(
	tree: WizardTree,
	causesByCode: CausesByCode,
	knownCauseIds: readonly string[],
	knownCommandIds: readonly string[]
): string[] {
	const problems: string[] = [];
	const knownCauses = new Set(knownCauseIds);
	const knownCommands = new Set(knownCommandIds);
	const questionIds = new Set<string>();
	for (const question of tree.questions) {
		if (questionIds.has(question.id)) problems.push(`question "${question.id}": duplicate id`);
		questionIds.add(question.id);
		checkQuestion(
			withoutCodeEntry(tree),
			unlistedCauses(tree),
			question,
			causesByCode,
			knownCauses,
			knownCommands,
			problems
		);
	}
	for (const cause of tree.alwaysInPlay) {
		if (!knownCauses.has(cause)) problems.push(`alwaysInPlay: unknown cause "${cause}"`);
	}
	for (const [code, causes] of Object.entries(causesByCode)) {
		for (const cause of causes) {
			if (!knownCauses.has(cause)) problems.push(`code ${code}: unknown cause "${cause}"`);
		}
	}
	checkUnlistedAndGates(tree, causesByCode, problems);
	const codeQuestions = tree.questions.filter(isCodeQuestion);
	for (const question of codeQuestions) {
		const offered = new Set(question.answers.map((answer) => answer.effect.code));
		for (const code of Object.keys(causesByCode)) {
			if (!offered.has(code)) problems.push(`question "${question.id}": no answer for ${code}`);
		}
	}
	if (problems.length > 0) return problems;

	const offered = new Set<string>();
	for (const from of [null, ...Object.keys(causesByCode)]) {
		const label = from === null ? 'from scratch' : `from ${from}`;
		const exploration = exploreTree(tree, causesByCode, { from, answers: [] });
		for (const problem of exploration.problems) problems.push(`${label}: ${problem}`);
		for (const id of exploration.offered) offered.add(id);
		for (const outcome of exploration.outcomes) {
			const problem = overclaim(tree, outcome);
			if (problem !== null) problems.push(`${label}: ${formatPath(outcome.path)} ${problem}`);
		}
		for (const cause of initialCauses(tree, causesByCode, from)) {
			if (!exploration.firstRanked.has(cause)) {
				problems.push(`${label}: no path concludes with "${cause}" first`);
			}
		}
	}
	for (const question of tree.questions) {
		if (!offered.has(question.id)) problems.push(`question "${question.id}" is never asked`);
	}
	return problems;
}
