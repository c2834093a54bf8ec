/**
 * The wizard engine: pure functions from (tree, causes by code, state) to the next step. No answer is
 * trusted: the answers are replayed in order and the replay stops at the first one that is not an
 * answer to the question the engine would ask at that point, so any state gives a valid step.
 */
import type { AnswerRef, CausesByCode, Effect, Question, WizardState, WizardTree } from './types';

/** A cause still in play, with the answers that pointed to it (`score` is their number). */
export interface RankedCause {
	readonly id: string;
	readonly score: number;
	readonly supportedBy: readonly AnswerRef[];
}

/** A cause an answer excluded. */
export interface RuledOut {
	readonly cause: string;
	readonly by: AnswerRef;
}

/** How far the user is: answers given, and at most how many questions may still come. */
export interface Progress {
	readonly answered: number;
	/** An upper bound: an answer may end the wizard earlier. */
	readonly remainingMax: number;
}

/** The next question to ask. */
export interface QuestionStep {
	readonly kind: 'question';
	readonly question: Question;
	/** The code in scope: the entry started from, or the one picked in the "which error?" question. */
	readonly code: string | null;
	/** The causes still in play, most likely first. */
	readonly inPlay: readonly RankedCause[];
	readonly ruledOut: readonly RuledOut[];
	readonly progress: Progress;
}

/**
 * Why the wizard stopped:
 * - `confirmed`: an answer declared to confirm the first cause was given;
 * - `eliminated`: every other listed cause was ruled out;
 * - `ranked`: several listed causes remain and no question left can tell them apart;
 * - `exhausted`: the answers ruled out every listed cause (only the "not listed" cause is left).
 */
export type ConclusionBasis = 'confirmed' | 'eliminated' | 'ranked' | 'exhausted';

/**
 * How sure the conclusion is, and the only three things it may claim:
 * - `confirmed`: an answer (or pasted evidence, which answers as the user would) that shows the
 *   cause itself;
 * - `likely`: the others were ruled out, or the answers point to this cause more than to any other;
 *   never proof, because the catalog's list of causes is not complete;
 * - `open`: several causes fit the answers equally, or none of the listed ones does.
 */
export type Certainty = 'confirmed' | 'likely' | 'open';

/** The end of the wizard. */
export interface ConclusionStep {
	readonly kind: 'conclusion';
	readonly basis: ConclusionBasis;
	readonly certainty: Certainty;
	readonly code: string | null;
	/**
	 * Most likely first, the "not listed" cause last. With `confirmed`, the first is the confirmed
	 * cause and the others are those still in play, ranked (for a partner's server: what the partner
	 * should check). With `exhausted`, only the "not listed" cause.
	 */
	readonly causes: readonly RankedCause[];
	readonly confirmedBy: AnswerRef | null;
	readonly ruledOut: readonly RuledOut[];
	readonly progress: Progress;
}

/** What the wizard shows for a state. */
export type WizardStep = QuestionStep | ConclusionStep;

/** The result of replaying a state. */
export interface Evaluation {
	readonly step: WizardStep;
	/** The longest valid prefix of the state (equal to it when every answer was valid). */
	readonly state: WizardState;
	/** How many of the state's answers were valid. */
	readonly consumed: number;
}

/** The support a cause in play has gathered. */
export interface Support {
	readonly score: number;
	readonly supportedBy: readonly AnswerRef[];
}

/**
 * The engine's running state after some answers; immutable (each answer makes a new one). Exposed so
 * that the graph checks can walk the tree incrementally; the UI only needs `evaluate`.
 */
export interface Cursor {
	readonly code: string | null;
	/** Base order of the causes in scope: ties in score keep this order. */
	readonly order: readonly string[];
	readonly inPlay: ReadonlyMap<string, Support>;
	readonly ruledOut: readonly RuledOut[];
	readonly answers: readonly AnswerRef[];
	readonly confirmed: { readonly cause: string; readonly by: AnswerRef } | null;
}

function unique(ids: Iterable<string>): string[] {
	return [...new Set(ids)];
}

/** Each tree's "not listed" causes, worked out once: every step of the engine asks for them. */
const UNLISTED = new WeakMap<WizardTree, ReadonlySet<string>>();

/** Every "not listed" cause of the tree. */
export function unlistedCauses(tree: WizardTree): ReadonlySet<string> {
	let found = UNLISTED.get(tree);
	if (found === undefined) {
		const unlisted = tree.unlisted;
		found = new Set(unlisted ? [...Object.values(unlisted.byCode), unlisted.withoutCode] : []);
		UNLISTED.set(tree, found);
	}
	return found;
}

/** True when `code` is a key of `causesByCode` (own property: "constructor" is not a code). */
export function isKnownCode(causesByCode: CausesByCode, code: string): boolean {
	return Object.hasOwn(causesByCode, code);
}

/**
 * The causes in scope for a code, in ranking order: the code's causes, the tree's `alwaysInPlay`,
 * then the code's "not listed" cause; with no code (or an unknown one), every code's listed causes
 * in the map's order and the tree's "not listed" cause for no code.
 */
export function initialCauses(
	tree: WizardTree,
	causesByCode: CausesByCode,
	code: string | null
): string[] {
	const unlisted = unlistedCauses(tree);
	const known = code !== null && isKnownCode(causesByCode, code);
	const own = known ? (causesByCode[code] ?? []) : Object.values(causesByCode).flat();
	const closing = known
		? own.filter((id) => unlisted.has(id))
		: tree.unlisted
			? [tree.unlisted.withoutCode]
			: [];
	return unique([...own.filter((id) => !unlisted.has(id)), ...tree.alwaysInPlay, ...closing]);
}

/** The cursor before any answer (an unknown `from` counts as from scratch). */
export function begin(tree: WizardTree, causesByCode: CausesByCode, from: string | null): Cursor {
	const code = from !== null && isKnownCode(causesByCode, from) ? from : null;
	const order = initialCauses(tree, causesByCode, code);
	return {
		code,
		order,
		inPlay: new Map(order.map((id) => [id, { score: 0, supportedBy: [] }])),
		ruledOut: [],
		answers: [],
		confirmed: null
	};
}

function isCodeQuestion(question: Question): boolean {
	return question.answers.some((answer) => answer.effect.code !== undefined);
}

/** The causes in play that the answers can still rule out or confirm (not the "not listed" one). */
function listedInPlay(tree: WizardTree, cursor: Cursor): string[] {
	const unlisted = unlistedCauses(tree);
	return [...cursor.inPlay.keys()].filter((id) => !unlisted.has(id));
}

/** True when one of the question's answers is declared to confirm `cause`. */
function canConfirm(question: Question, cause: string): boolean {
	return question.answers.some((answer) => answer.effect.confirm?.includes(cause) ?? false);
}

/**
 * The questions the engine may still ask, in priority order (the first is the next one): those about
 * a listed cause in play. While several remain, any of them; once one is left, only those that can
 * confirm it, so that "the others were ruled out" turns into proof when a check exists.
 */
function askable(tree: WizardTree, cursor: Cursor): Question[] {
	if (cursor.confirmed !== null) return [];
	const listed = listedInPlay(tree, cursor);
	const [only] = listed;
	if (only === undefined) return [];
	const answered = new Set(cursor.answers.map((ref) => ref.question));
	return tree.questions.filter(
		(question) =>
			!answered.has(question.id) &&
			// The "which error?" question makes sense only while no code is known.
			!(isCodeQuestion(question) && cursor.code !== null) &&
			question.appliesTo.some((cause) => listed.includes(cause)) &&
			(listed.length > 1 || canConfirm(question, only))
	);
}

/** The question asked at this cursor, or null when it is at a conclusion. */
export function nextQuestion(tree: WizardTree, cursor: Cursor): Question | null {
	return askable(tree, cursor)[0] ?? null;
}

function applyEffect(
	tree: WizardTree,
	causesByCode: CausesByCode,
	cursor: Cursor,
	effect: Effect,
	ref: AnswerRef
): Cursor {
	let { code, order } = cursor;
	const inPlay = new Map(cursor.inPlay);
	const ruledOut = [...cursor.ruledOut];
	if (effect.code !== undefined && isKnownCode(causesByCode, effect.code)) {
		// Narrowing to a code changes the scope, not the evidence: causes of other codes leave
		// quietly, as they would have had the user started from that code's entry.
		code = effect.code;
		order = initialCauses(tree, causesByCode, code);
		const scope = new Set(order);
		for (const id of [...inPlay.keys()]) if (!scope.has(id)) inPlay.delete(id);
		// The code's own "not listed" cause replaces the one that stood for every code.
		const unlisted = unlistedCauses(tree);
		for (const id of order) {
			if (unlisted.has(id) && !inPlay.has(id)) inPlay.set(id, { score: 0, supportedBy: [] });
		}
	}
	for (const cause of effect.ruleOut ?? []) {
		if (inPlay.delete(cause)) ruledOut.push({ cause, by: ref });
	}
	for (const cause of effect.keep ?? []) {
		const support = inPlay.get(cause);
		if (support !== undefined) {
			inPlay.set(cause, {
				score: support.score + 1,
				supportedBy: [...support.supportedBy, ref]
			});
		}
	}
	const confirmedCause = (effect.confirm ?? []).find((cause) => inPlay.has(cause));
	return {
		code,
		order,
		inPlay,
		ruledOut,
		answers: [...cursor.answers, ref],
		confirmed: confirmedCause === undefined ? null : { cause: confirmedCause, by: ref }
	};
}

/** Applies one answer, or returns null when it does not answer the question asked at this cursor. */
export function advance(
	tree: WizardTree,
	causesByCode: CausesByCode,
	cursor: Cursor,
	ref: AnswerRef
): Cursor | null {
	const question = nextQuestion(tree, cursor);
	if (question === null || question.id !== ref.question) return null;
	const answer = question.answers.find((candidate) => candidate.id === ref.answer);
	if (answer === undefined) return null;
	return applyEffect(tree, causesByCode, cursor, answer.effect, ref);
}

function ranked(tree: WizardTree, cursor: Cursor): RankedCause[] {
	const position = new Map(cursor.order.map((id, index) => [id, index]));
	const base = (id: string): number => position.get(id) ?? Number.MAX_SAFE_INTEGER;
	const unlisted = unlistedCauses(tree);
	const last = (id: string): number => (unlisted.has(id) ? 1 : 0);
	return [...cursor.inPlay]
		.map(([id, support]) => ({ id, ...support }))
		.sort((a, b) => last(a.id) - last(b.id) || b.score - a.score || base(a.id) - base(b.id));
}

/** What the answers allow a conclusion to claim (see `Certainty`). */
function certaintyOf(basis: ConclusionBasis, listed: readonly RankedCause[]): Certainty {
	if (basis === 'confirmed') return 'confirmed';
	if (basis === 'eliminated') return 'likely';
	const [first, second] = listed;
	// Answers that point to one cause more than to any other make it likely, not certain.
	if (basis === 'ranked' && first && second && first.score > second.score) return 'likely';
	return 'open';
}

/** What the wizard shows at a cursor. */
export function stepAt(tree: WizardTree, cursor: Cursor): WizardStep {
	const causes = ranked(tree, cursor);
	const remaining = askable(tree, cursor);
	const progress = { answered: cursor.answers.length, remainingMax: remaining.length };
	const question = remaining[0];
	if (question !== undefined) {
		return {
			kind: 'question',
			question,
			code: cursor.code,
			inPlay: causes,
			ruledOut: cursor.ruledOut,
			progress
		};
	}
	const conclusion = {
		kind: 'conclusion',
		code: cursor.code,
		ruledOut: cursor.ruledOut,
		progress
	} as const;
	const confirmed = cursor.confirmed;
	if (confirmed !== null) {
		const first = causes.filter((cause) => cause.id === confirmed.cause);
		const rest = causes.filter((cause) => cause.id !== confirmed.cause);
		return {
			...conclusion,
			basis: 'confirmed',
			certainty: 'confirmed',
			causes: [...first, ...rest],
			confirmedBy: confirmed.by
		};
	}
	const unlisted = unlistedCauses(tree);
	const listed = causes.filter((cause) => !unlisted.has(cause.id));
	const basis: ConclusionBasis =
		listed.length === 0 ? 'exhausted' : listed.length === 1 ? 'eliminated' : 'ranked';
	return {
		...conclusion,
		basis,
		certainty: certaintyOf(basis, listed),
		causes,
		confirmedBy: null
	};
}

/**
 * True when the cause's gated fix steps may be shown for these answers: the cause has no gate in
 * the tree, or the gate's answer is among them.
 */
export function gateOpen(tree: WizardTree, cause: string, answers: readonly AnswerRef[]): boolean {
	const gates = (tree.gates ?? []).filter((gate) => gate.cause === cause);
	return gates.every((gate) =>
		answers.some((ref) => ref.question === gate.question && ref.answer === gate.answer)
	);
}

/**
 * The state of a fresh wizard: from an entry's code, or from scratch (`null`, or a code the wizard
 * does not cover).
 */
export function start(causesByCode: CausesByCode, from: string | null): WizardState {
	return { from: from !== null && isKnownCode(causesByCode, from) ? from : null, answers: [] };
}

/**
 * Replays a state's answers and returns the step they lead to, with the longest valid prefix of the
 * state. An answer is valid when it answers the question the engine asks at that point with one of
 * that question's answers; the replay stops at the first invalid one (also any answer given after a
 * conclusion). An unknown `from` is replayed as from scratch.
 */
export function evaluate(
	tree: WizardTree,
	causesByCode: CausesByCode,
	state: WizardState
): Evaluation {
	const first = begin(tree, causesByCode, state.from);
	let cursor = first;
	for (const ref of state.answers) {
		const next = advance(tree, causesByCode, cursor, ref);
		if (next === null) break;
		cursor = next;
	}
	return {
		step: stepAt(tree, cursor),
		state: { from: first.code, answers: cursor.answers },
		consumed: cursor.answers.length
	};
}

/** The step a state leads to (see `evaluate`; invalid trailing answers are ignored). */
export function step(tree: WizardTree, causesByCode: CausesByCode, state: WizardState): WizardStep {
	return evaluate(tree, causesByCode, state).step;
}

/**
 * The state after answering the current question; null when `questionId` is not the question the
 * state leads to or `answerId` is not one of its answers (the state is left as it was).
 */
export function answer(
	tree: WizardTree,
	causesByCode: CausesByCode,
	state: WizardState,
	questionId: string,
	answerId: string
): WizardState | null {
	const { step: current, state: valid } = evaluate(tree, causesByCode, state);
	if (current.kind !== 'question' || current.question.id !== questionId) return null;
	if (!current.question.answers.some((candidate) => candidate.id === answerId)) return null;
	return {
		from: valid.from,
		answers: [...valid.answers, { question: questionId, answer: answerId }]
	};
}

/** The state before the last answer (unchanged at the first question). */
export function back(state: WizardState): WizardState {
	return { from: state.from, answers: state.answers.slice(0, -1) };
}
