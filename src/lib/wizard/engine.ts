/**
 * The wizard engine: pure functions from (tree, causes by code, state) to the next step. No answer is
 * trusted: the answers are replayed in order and the replay stops at the first one that does not
 * answer a question the engine could ask at that point, so any state gives a valid step.
 *
 * Which question comes next: the code question while no code is known, then, of the questions about
 * a cause still in play, those the error itself answers (`fromError`: they cost nothing), then the
 * one whose answers best separate the causes in play (`separation`), ties going to the earlier in
 * the file. An answer that states a belief (`evidence: belief`) only ranks.
 *
 * The scope question (who owns the destination) is not in that sequence: its answer touches no
 * cause and so never changes the next question, only who acts and which texts the conclusion
 * shows. The conclusion offers it (`ConclusionStep.scope`), and it may be answered at any point
 * while unanswered (old links and pastes answer it first), without changing the step.
 */
import {
	UNKNOWN_ANSWER,
	type AnswerRef,
	type Case,
	type CausesByCode,
	type Effect,
	type Owner,
	type Question,
	type WizardState,
	type WizardTree
} from './types';

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

/**
 * How far the user is: answers given, and how many of the listed causes in scope at the start are
 * still in play (no promise of how many questions are left: that depends on the answers).
 */
export interface Progress {
	readonly answered: number;
	/** Listed causes (the "not listed" one aside) still in play. */
	readonly causesLeft: number;
	/** Listed causes in scope when the code became known (or at the start). */
	readonly causesAtStart: number;
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
	/** Who owns the destination, once the scope question is answered. */
	readonly owner: Owner | null;
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
	/** Who owns the destination: a partner's server changes who acts, not the cause. */
	readonly owner: Owner | null;
	/**
	 * The scope question while unanswered: the conclusion offers it, and its answer adds the
	 * partner's texts without changing the conclusion.
	 */
	readonly scope: Question | null;
	/**
	 * The specific cases the answers identified within the first cause (`Answer.case`), in the
	 * order they were given: the conclusion names each with its own fix.
	 */
	readonly cases: readonly { readonly by: AnswerRef; readonly case: Case }[];
	/**
	 * True when the wizard stopped because several answers in a row decided nothing (the admin could
	 * not check, or knew only the setup): the causes are ranked and their checks come next.
	 */
	readonly stoppedIdle: boolean;
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
	/** Who owns the destination, once said. */
	readonly owner: Owner | null;
	/**
	 * Answers in a row to questions about causes that decided nothing: "I don't know", or an answer
	 * that only ranked (a belief, a hint).
	 */
	readonly idleRun: number;
	/** Listed causes in scope when the code became known (or at the start). */
	readonly causesAtStart: number;
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
	const unlisted = unlistedCauses(tree);
	return {
		code,
		order,
		inPlay: new Map(order.map((id) => [id, { score: 0, supportedBy: [] }])),
		ruledOut: [],
		answers: [],
		confirmed: null,
		owner: null,
		idleRun: 0,
		causesAtStart: order.filter((id) => !unlisted.has(id)).length
	};
}

/** The "which error?" questions: every answer but "I don't know" picks a code. */
export function isCodeQuestion(question: Question): boolean {
	const known = question.answers.filter((answer) => answer.id !== UNKNOWN_ANSWER);
	return known.length > 0 && known.every((answer) => answer.effect.code !== undefined);
}

/** The scope question: its answers say who owns the destination, and touch no cause. */
export function isScopeQuestion(question: Question): boolean {
	return question.answers.some((answer) => answer.effect.owner !== undefined);
}

/** The causes in play that the answers can still rule out or confirm (not the "not listed" one). */
function listedInPlay(tree: WizardTree, cursor: Cursor): string[] {
	const unlisted = unlistedCauses(tree);
	return [...cursor.inPlay.keys()].filter((id) => !unlisted.has(id));
}

/** True when one of the question's answers is declared to confirm or to rule out `cause`. */
function canDecide(question: Question, cause: string): boolean {
	return question.answers.some(
		(answer) =>
			(answer.effect.confirm?.includes(cause) ?? false) ||
			(answer.effect.ruleOut?.includes(cause) ?? false)
	);
}

/** How many idle answers in a row end the wizard (see `WizardTree.stopAfterIdle`). */
function stopAfter(tree: WizardTree): number {
	return tree.stopAfterIdle ?? Number.POSITIVE_INFINITY;
}

/**
 * The scope question while it is unanswered (it may be answered at any point, once), worded for
 * the code in scope when the tree gives it a wording of its own (`Question.byCode`).
 */
export function scopeQuestion(tree: WizardTree, cursor: Cursor): Question | null {
	if (cursor.owner !== null) return null;
	const answered = new Set(cursor.answers.map((ref) => ref.question));
	const found = tree.questions.find((q) => isScopeQuestion(q) && !answered.has(q.id));
	return found === undefined ? null : wordedFor(found, cursor.code);
}

/** `question` with its wording for `code` (text, help, answer labels), if it has one. */
export function wordedFor(question: Question, code: string | null): Question {
	const wording =
		code !== null && question.byCode !== undefined && Object.hasOwn(question.byCode, code)
			? question.byCode[code]
			: undefined;
	if (wording === undefined) return question;
	const labels = wording.labels ?? {};
	return {
		...question,
		text: wording.text,
		...(wording.help === undefined ? {} : { help: wording.help }),
		answers: question.answers.map((answer) =>
			Object.hasOwn(labels, answer.id)
				? { ...answer, label: labels[answer.id] ?? answer.label }
				: answer
		)
	};
}

/**
 * The questions the engine may still ask, the next one first. While no code is known, the code
 * questions; then those about a listed cause in play, by how well they separate the causes
 * (`separation`). While several listed causes remain, any of those; once one is left, only those
 * that can confirm or rule it out, so that "the others were ruled out" turns into proof, or into
 * "none of the listed causes", when a check exists. Never the scope question (`scopeQuestion`).
 * None after a confirmation, or after `stopAfterIdle` answers in a row that decided nothing.
 */
export function askable(tree: WizardTree, cursor: Cursor, resume = false): Question[] {
	if (cursor.confirmed !== null) return [];
	const listed = listedInPlay(tree, cursor);
	const [only] = listed;
	if (only === undefined) return [];
	const answered = new Set(cursor.answers.map((ref) => ref.question));
	const open = tree.questions.filter((question) => !answered.has(question.id));
	if (cursor.code === null) {
		const codes = open.filter(isCodeQuestion);
		if (codes.length > 0) return codes;
	}
	if (cursor.idleRun >= stopAfter(tree) && !resume) return [];
	const about = open.filter(
		(question) =>
			!isCodeQuestion(question) &&
			!isScopeQuestion(question) &&
			question.appliesTo.some((cause) => listed.includes(cause)) &&
			(listed.length > 1 || canDecide(question, only))
	);
	const scored = about.map((question, index) => ({
		question,
		index,
		score: separation(question, cursor, listed)
	}));
	const cost = (question: Question): number => (question.fromError === true ? 0 : 1);
	scored.sort(
		(a, b) => cost(a.question) - cost(b.question) || a.score - b.score || a.index - b.index
	);
	return scored.map((entry) => entry.question);
}

/**
 * How well a question's answers separate the listed causes in play: the expected number of them
 * left undecided after it, lower is better. Each cause in play is weighed by the answers that
 * pointed to it (1 + score) and assumed to be the true one in turn; the admin who can check then
 * gives an answer that confirms it if there is one (nothing is left undecided), else one that
 * keeps it, else one that neither rules it out nor confirms another cause, each alike. Such an
 * answer leaves the causes it does not rule out; one that rules out nothing ends the wizard with
 * all of them undecided. "I don't know" is left aside.
 */
function separation(question: Question, cursor: Cursor, listed: readonly string[]): number {
	const answers = question.answers.filter((answer) => answer.id !== UNKNOWN_ANSWER);
	const inPlay = new Set(listed);
	const left = answers.map((answer) => {
		const out = new Set(answer.effect.ruleOut ?? []);
		return listed.filter((cause) => !out.has(cause)).length;
	});
	const confirmsOther = (answer: (typeof answers)[number], cause: string): boolean =>
		(answer.effect.confirm ?? []).some((other) => other !== cause && inPlay.has(other));
	let expected = 0;
	let weights = 0;
	for (const cause of listed) {
		const weight = 1 + (cursor.inPlay.get(cause)?.score ?? 0);
		weights += weight;
		if (answers.some((answer) => answer.effect.confirm?.includes(cause) ?? false)) continue;
		const indexed = answers.map((answer, index) => ({ answer, index }));
		const keeps = indexed.filter(({ answer }) => answer.effect.keep?.includes(cause) ?? false);
		const fits =
			keeps.length > 0
				? keeps
				: indexed.filter(
						({ answer }) =>
							!(answer.effect.ruleOut?.includes(cause) ?? false) && !confirmsOther(answer, cause)
					);
		if (fits.length === 0) continue;
		const mean = fits.reduce((sum, { index }) => sum + (left[index] ?? 0), 0) / fits.length;
		expected += weight * mean;
	}
	return weights === 0 ? 0 : expected / weights;
}

/** The question asked at this cursor, or null when it is at a conclusion. */
export function nextQuestion(tree: WizardTree, cursor: Cursor): Question | null {
	return askable(tree, cursor)[0] ?? null;
}

function applyEffect(
	tree: WizardTree,
	causesByCode: CausesByCode,
	cursor: Cursor,
	question: Question,
	effect: Effect,
	ref: AnswerRef
): Cursor {
	let { code, order, causesAtStart } = cursor;
	const inPlay = new Map(cursor.inPlay);
	const ruledOut = [...cursor.ruledOut];
	for (const cause of effect.ruleOut ?? []) {
		if (inPlay.delete(cause)) ruledOut.push({ cause, by: ref });
	}
	if (effect.code !== undefined && isKnownCode(causesByCode, effect.code) && effect.code !== code) {
		// A code changes the scope, not the evidence: causes of other codes leave quietly, as they
		// would have had the user started from that code's entry, and the new code's causes come
		// in (a Winsock 995 under 4.4.317 is a connection that never got a session: 4.4.315's
		// causes), except those an answer already ruled out. Scores carry over.
		const unlisted = unlistedCauses(tree);
		code = effect.code;
		order = initialCauses(tree, causesByCode, code);
		const scope = new Set(order);
		for (const id of [...inPlay.keys()]) if (!scope.has(id)) inPlay.delete(id);
		const excluded = new Set(ruledOut.map((entry) => entry.cause));
		for (const id of order) {
			if (!inPlay.has(id) && !excluded.has(id)) inPlay.set(id, { score: 0, supportedBy: [] });
		}
		causesAtStart = order.filter((id) => !unlisted.has(id)).length;
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
	const aboutCauses = !isCodeQuestion(question) && !isScopeQuestion(question);
	// An answer is idle when it decided nothing: no cause left play, none was confirmed and the
	// code stayed the same.
	const decided =
		ruledOut.length > cursor.ruledOut.length ||
		confirmedCause !== undefined ||
		code !== cursor.code;
	return {
		code,
		order,
		inPlay,
		ruledOut,
		answers: [...cursor.answers, ref],
		// Only the scope question can be answered after a confirmation: it keeps it.
		confirmed: confirmedCause === undefined ? cursor.confirmed : { cause: confirmedCause, by: ref },
		owner: effect.owner ?? cursor.owner,
		idleRun: !aboutCauses ? cursor.idleRun : decided ? 0 : cursor.idleRun + 1,
		causesAtStart
	};
}

/**
 * Applies one answer, or returns null when it does not answer a question the engine could ask at
 * this cursor: the next one, or another still askable (a paste may answer a later question first,
 * and may go on where an idle answer stopped the questions; a confirmation ends them for good), or
 * the scope question while unanswered, even at a conclusion.
 */
export function advance(
	tree: WizardTree,
	causesByCode: CausesByCode,
	cursor: Cursor,
	ref: AnswerRef
): Cursor | null {
	const scope = scopeQuestion(tree, cursor);
	const question =
		scope?.id === ref.question
			? scope
			: askable(tree, cursor, true).find((candidate) => candidate.id === ref.question);
	if (question === undefined) return null;
	const answer = question.answers.find((candidate) => candidate.id === ref.answer);
	if (answer === undefined) return null;
	return applyEffect(tree, causesByCode, cursor, question, answer.effect, ref);
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

/** The cases the answers identified within `cause` (see `Answer.case`). */
function casesOf(
	tree: WizardTree,
	answers: readonly AnswerRef[],
	cause: string | undefined
): { by: AnswerRef; case: Case }[] {
	if (cause === undefined) return [];
	return answers.flatMap((by) => {
		const found = tree.questions
			.find((q) => q.id === by.question)
			?.answers.find((a) => a.id === by.answer)?.case;
		return found !== undefined && found.causes.includes(cause) ? [{ by, case: found }] : [];
	});
}

/** What the wizard shows at a cursor. */
export function stepAt(tree: WizardTree, cursor: Cursor): WizardStep {
	const causes = ranked(tree, cursor);
	const question = nextQuestion(tree, cursor);
	const progress = {
		answered: cursor.answers.length,
		causesLeft: listedInPlay(tree, cursor).length,
		causesAtStart: cursor.causesAtStart
	};
	if (question !== null) {
		return {
			kind: 'question',
			question,
			code: cursor.code,
			inPlay: causes,
			ruledOut: cursor.ruledOut,
			progress,
			owner: cursor.owner
		};
	}
	const conclusion = {
		kind: 'conclusion',
		code: cursor.code,
		ruledOut: cursor.ruledOut,
		progress,
		owner: cursor.owner,
		scope: scopeQuestion(tree, cursor),
		cases: casesOf(tree, cursor.answers, cursor.confirmed?.cause ?? causes[0]?.id),
		stoppedIdle: cursor.confirmed === null && cursor.idleRun >= stopAfter(tree)
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
 * The state after answering the current question (or, at a conclusion, the scope question it
 * offers); null when `questionId` is not that question or `answerId` is not one of its answers.
 */
export function answer(
	tree: WizardTree,
	causesByCode: CausesByCode,
	state: WizardState,
	questionId: string,
	answerId: string
): WizardState | null {
	const { step: current, state: valid } = evaluate(tree, causesByCode, state);
	const asked =
		current.kind === 'question'
			? current.question
			: current.scope?.id === questionId
				? current.scope
				: null;
	if (asked === null || asked.id !== questionId) return null;
	if (!asked.answers.some((candidate) => candidate.id === answerId)) return null;
	return {
		from: valid.from,
		answers: [...valid.answers, { question: questionId, answer: answerId }]
	};
}

/** The state before the last answer (unchanged at the first question). */
export function back(state: WizardState): WizardState {
	return { from: state.from, answers: state.answers.slice(0, -1) };
}
