/**
 * Figures over every complete answer path of the wizard tree from one start: how many paths, how
 * long (answers to a conclusion), how sure their conclusions are, and how many are confirmed by an
 * answer that states a belief rather than an observation. Every path counts once, "I don't know"
 * answers included, as an admin could click them.
 *
 * The paths are far too many to list from scratch, so they are counted: the future of a cursor
 * depends only on its code, the answered questions that can still matter, the causes in play with
 * their relative scores, the scope and the confirmation (the same key `graph.ts` uses, with the
 * confirming answer added), so each distinct cursor's histogram is worked out once and shifted by
 * one for each answer that leads to it.
 */
import { advance, begin, isScopeQuestion, nextQuestion, stepAt } from './engine';
import type { Certainty, Cursor } from './engine';
import type { AnswerRef, CausesByCode, WizardState, WizardTree } from './types';

/** Counts per conclusion kind, over complete paths. */
export interface PathFigures {
	/** Complete paths (each distinct sequence of answers from the start to a conclusion). */
	readonly paths: number;
	/** Paths by length (number of answers). */
	readonly byLength: ReadonlyMap<number, number>;
	readonly byCertainty: Readonly<Record<Certainty, number>>;
	/** Paths whose conclusion is confirmed by an answer `isBelief` says states a belief. */
	readonly confirmedByBelief: number;
	readonly median: number;
	readonly max: number;
}

type Histogram = Map<string, number>;

function keyOf(tree: WizardTree, cursor: Cursor): string {
	const answered = new Set(cursor.answers.map((ref) => ref.question));
	const relevant = tree.questions
		.filter((q) => answered.has(q.id) && q.appliesTo.some((cause) => cursor.inPlay.has(cause)))
		.map((q) => q.id);
	const scores = [...cursor.inPlay.values()].map((support) => support.score);
	const lowest = scores.length === 0 ? 0 : Math.min(...scores);
	const causes = [...cursor.inPlay].map(([id, support]) => `${id}:${support.score - lowest}`);
	const by = cursor.confirmed
		? `${cursor.confirmed.by.question}.${cursor.confirmed.by.answer}`
		: '';
	// The scope question is about no cause: once answered (even "I don't know") it cannot come again.
	const asked = tree.questions
		.filter((q) => answered.has(q.id) && isScopeQuestion(q))
		.map((q) => q.id);
	return [
		cursor.code ?? '',
		relevant.join(','),
		asked.join(','),
		cursor.owner ?? '',
		String(cursor.idleRun),
		by,
		causes.join(',')
	].join('|');
}

function add(into: Histogram, key: string, count: number): void {
	into.set(key, (into.get(key) ?? 0) + count);
}

/** Works out the figures over every complete path from `start` (a valid state). */
export function pathFigures(
	tree: WizardTree,
	causesByCode: CausesByCode,
	start: WizardState,
	isBelief: (ref: AnswerRef) => boolean
): PathFigures {
	let cursor: Cursor | null = begin(tree, causesByCode, start.from);
	for (const ref of start.answers) {
		if (cursor === null) break;
		cursor = advance(tree, causesByCode, cursor, ref);
	}
	if (cursor === null) throw new Error('the start is not a valid path');
	const memo = new Map<string, Histogram>();

	// Histogram keys: `${remaining length}|${certainty}|${belief ? 1 : 0}`.
	function visit(at: Cursor, depth: number): Histogram {
		const key = keyOf(tree, at);
		const known = memo.get(key);
		if (known !== undefined) return known;
		if (depth > tree.questions.length) throw new Error('a path is longer than the tree');
		const result: Histogram = new Map();
		const question = nextQuestion(tree, at);
		if (question === null) {
			const step = stepAt(tree, at);
			if (step.kind !== 'conclusion') throw new Error('neither a question nor a conclusion');
			const belief = step.confirmedBy !== null && isBelief(step.confirmedBy) ? 1 : 0;
			result.set(`0|${step.certainty}|${belief}`, 1);
		} else {
			for (const answer of question.answers) {
				const next = advance(tree, causesByCode, at, {
					question: question.id,
					answer: answer.id
				});
				if (next === null) throw new Error(`the engine rejects ${question.id}=${answer.id}`);
				for (const [sub, count] of visit(next, depth + 1)) {
					const [length = '0', ...rest] = sub.split('|');
					add(result, [Number(length) + 1, ...rest].join('|'), count);
				}
			}
		}
		memo.set(key, result);
		return result;
	}

	const histogram = visit(cursor, start.answers.length);
	const byLength = new Map<number, number>();
	const byCertainty: Record<Certainty, number> = { confirmed: 0, likely: 0, open: 0 };
	let paths = 0;
	let confirmedByBelief = 0;
	for (const [key, count] of histogram) {
		const [length = '0', certainty = 'open', belief = '0'] = key.split('|');
		const total = Number(length) + start.answers.length;
		byLength.set(total, (byLength.get(total) ?? 0) + count);
		byCertainty[certainty as Certainty] += count;
		if (belief === '1') confirmedByBelief += count;
		paths += count;
	}
	const lengths = [...byLength.keys()].sort((a, b) => a - b);
	let seen = 0;
	let median = 0;
	for (const length of lengths) {
		seen += byLength.get(length) ?? 0;
		if (seen * 2 >= paths) {
			median = length;
			break;
		}
	}
	return {
		paths,
		byLength,
		byCertainty,
		confirmedByBelief,
		median,
		max: lengths.at(-1) ?? 0
	};
}
