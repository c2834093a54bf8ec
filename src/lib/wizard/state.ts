/**
 * The wizard's state in the URL hash query: `from=4.4.316&a=partner-destination.no~fully-migrated.yes`.
 * `from` is the entry started from (absent: from scratch); `a` lists the answers in order, each
 * `question.answer` (the question id has no dot, so the first dot separates them; answer ids may
 * contain dots, e.g. the code answers `symptom.4.4.316`), joined by `~`. Every character used is
 * unreserved in RFC 3986, so the text needs no escaping in a hash.
 *
 * The hash is input from outside: it is validated here, never trusted. Broken text gives the longest
 * valid prefix with the notice `malformed`; well-formed answers the tree no longer asks (renamed or
 * removed questions, a changed order) give the longest valid prefix with the notice `outdated`.
 */
import { evaluate, isKnownCode } from './engine';
import type { AnswerRef, CausesByCode, WizardState, WizardTree } from './types';

/** Why the state in the URL could not be restored as it was. */
export type WizardNotice = 'malformed' | 'outdated';

/** The parsed state (always valid for the tree) and why it differs from the URL, if it does. */
export interface ParsedWizardState {
	readonly state: WizardState;
	readonly notice: WizardNotice | null;
}

const FROM_KEY = 'from';
const ANSWERS_KEY = 'a';
const PAIR_SEPARATOR = '~';
const ANSWER_SEPARATOR = '.';
const ANSWER_TOKEN = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([a-z0-9]+(?:[.-][a-z0-9]+)*)$/;
/** The shape of a status code ("4.4.316"): an unknown one is an entry removed since, not garbage. */
const CODE_SHAPE = /^\d\.\d{1,3}\.\d{1,3}$/;

function decode(text: string): string | null {
	try {
		return decodeURIComponent(text.replace(/\+/g, ' '));
	} catch {
		return null;
	}
}

/** Splits `k=v&k=v` into decoded pairs; null when the percent-encoding is broken. */
function splitQuery(query: string): Array<[string, string]> | null {
	const body = query.startsWith('?') ? query.slice(1) : query;
	const pairs: Array<[string, string]> = [];
	for (const part of body.split('&')) {
		if (part === '') continue;
		const at = part.indexOf('=');
		const key = decode(at === -1 ? part : part.slice(0, at));
		const value = decode(at === -1 ? '' : part.slice(at + 1));
		if (key === null || value === null) return null;
		pairs.push([key, value]);
	}
	return pairs;
}

/** Parses the `a` value up to its first broken token. */
function parseAnswers(value: string): { answers: AnswerRef[]; broken: boolean } {
	const answers: AnswerRef[] = [];
	if (value === '') return { answers, broken: false };
	for (const token of value.split(PAIR_SEPARATOR)) {
		const match = ANSWER_TOKEN.exec(token);
		const question = match?.[1];
		const answer = match?.[2];
		if (question === undefined || answer === undefined) return { answers, broken: true };
		answers.push({ question, answer });
	}
	return { answers, broken: false };
}

/**
 * Reads the wizard state from the hash query (`from=…&a=…`, with or without the leading `?`; other
 * keys are ignored). Never throws: broken text or an unknown `from` gives the nearest valid state
 * with a notice. An unknown `from` that looks like a code (an entry removed since the link was made)
 * is `outdated`; anything else unreadable is `malformed`; in both cases the wizard starts from
 * scratch and the answers are replayed against that start.
 */
export function parseWizardState(
	query: string,
	tree: WizardTree,
	causesByCode: CausesByCode
): ParsedWizardState {
	const pairs = splitQuery(query);
	if (pairs === null) return { state: { from: null, answers: [] }, notice: 'malformed' };
	let notice: WizardNotice | null = null;
	const raise = (level: WizardNotice): void => {
		if (notice !== 'malformed') notice = level;
	};
	const froms = pairs.filter(([key]) => key === FROM_KEY).map(([, value]) => value);
	const answerValues = pairs.filter(([key]) => key === ANSWERS_KEY).map(([, value]) => value);
	if (froms.length > 1 || answerValues.length > 1) raise('malformed');

	let from: string | null = null;
	const fromValue = froms[0] ?? '';
	if (fromValue !== '') {
		if (isKnownCode(causesByCode, fromValue)) from = fromValue;
		else raise(CODE_SHAPE.test(fromValue) ? 'outdated' : 'malformed');
	}

	const { answers, broken } = parseAnswers(answerValues[0] ?? '');
	if (broken) raise('malformed');
	const evaluation = evaluate(tree, causesByCode, { from, answers });
	if (evaluation.consumed < answers.length) raise('outdated');
	return { state: evaluation.state, notice };
}

/**
 * Writes the state as a hash query without the leading `?` (empty for a fresh start from scratch).
 * `parseWizardState` reads it back to the same state.
 */
export function formatWizardState(state: WizardState): string {
	const parts: string[] = [];
	if (state.from !== null) parts.push(`${FROM_KEY}=${encodeURIComponent(state.from)}`);
	if (state.answers.length > 0) {
		const tokens = state.answers.map(
			(ref) =>
				`${encodeURIComponent(ref.question)}${ANSWER_SEPARATOR}${encodeURIComponent(ref.answer)}`
		);
		parts.push(`${ANSWERS_KEY}=${tokens.join(PAIR_SEPARATOR)}`);
	}
	return parts.join('&');
}
