/**
 * The schemas of the content files, in valibot: a catalog entry (content/entries/<code>.yaml)
 * the command list (content/commands.yaml), and the search's lexicon and stop words
 * (content/search/). They run at build and test time only (scripts/content-plugin.ts): the app receives the validated data as plain
 * JavaScript and never carries valibot. `npm run gen:schema` writes the JSON Schemas editors check
 * the files with (content/schema/) from them.
 *
 * The structural rules are here (fields, types, non-empty texts in every language, id and code
 * shapes, gates); the rules across entries (unique codes and causes, alias ownership, references
 * that resolve, the "not listed" cause last) are `catalogRules` in src/lib/catalog/rules.ts.
 */
import * as v from 'valibot';
import type { Command, Entry } from '../../src/lib/catalog/types';
import type { Concept } from '../../src/lib/search/lexicon';
import { isCode } from '../../src/lib/codes/grammar';
import { STAGES } from '../../src/lib/path';

/** The code of the catch-all entry ("Other error codes"). */
export const CATCH_ALL_CODE = 'other';
/** Basic SMTP reply code, RFC 5321 §4.2: three digits, the first from 2 to 5. */
const REPLY_PATTERN = /^[2-5]\d{2}$/;
/** Kebab-case ids: they end up in URLs and `data-*` attributes. */
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Placeholders a command may carry (see `Command` in types.ts). */
const PLACEHOLDERS: ReadonlySet<string> = new Set(['host', 'domain', 'ip', 'port', 'connector']);
const PLACEHOLDER_PATTERN = /\{([a-z]+)\}/gi;

/**
 * The message of an object's issue: a missing field, a field it does not have, or not an object.
 * `what` describes the object and its fields.
 */
/** A list whose items' ids are unique; `message` says what to do about a repeated one. */
function uniqueIds<T extends { readonly id: string }>(message: string) {
	return v.checkItems<T[], string>(
		(item, index, list) => list.findIndex((other) => other.id === item.id) === index,
		message
	);
}

function objectMessage(what: string): v.ErrorMessage<v.ObjectIssue | v.StrictObjectIssue> {
	return (issue) => {
		if (issue.expected === 'never') return `is not a field of ${what}: remove it or fix its name`;
		if (issue.received === 'undefined' && issue.path !== undefined)
			return `is missing: add it (${what})`;
		return `expected ${what}`;
	};
}

const text = v.pipe(
	v.string('expected a text (a string)'),
	v.check((s) => s.trim() !== '', 'is empty: write the text, or remove the field if it is optional')
);

/** A user-visible text in English and Italian. */
const localized = v.strictObject(
	{ en: text, it: text },
	objectMessage('{ en: …, it: … }: the text in English and in Italian')
);

/**
 * A list of texts, none repeated: case-insensitively, or exactly where `exact` (the lexicon's
 * variants, of which "draining" and "Draining" are both listed today).
 */
function textList(what: string, exact = false) {
	const same = exact
		? (a: string, b: string) => a === b
		: (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
	return v.pipe(
		v.array(text, `expected a list of ${what}`),
		v.checkItems(
			(item, index, list) => list.findIndex((other) => same(other, item)) === index,
			'is listed twice: remove the repeat'
		)
	);
}

/** Phrases in both languages: an empty list is allowed, but not in one language only. */
const localizedList = v.pipe(
	v.strictObject(
		{ en: textList('phrases'), it: textList('phrases') },
		objectMessage('{ en: [ … ], it: [ … ] }: the phrases in English and in Italian')
	),
	v.check(
		(list) => (list.en.length === 0) === (list.it.length === 0),
		'has phrases in one language and none in the other: translate them'
	)
);

const id = v.pipe(
	v.string('expected an id'),
	v.regex(ID_PATTERN, 'is not kebab-case: use lower-case words joined by "-"')
);

const step = v.strictObject(
	{
		text: localized,
		path: v.exactOptional(localized),
		commands: v.exactOptional(textList('command ids (content/commands.yaml)')),
		gated: v.exactOptional(v.literal(true, 'is true or absent'))
	},
	objectMessage('a step: { text, path?, commands?, gated? }')
);

/** A calendar date, YYYY-MM-DD. */
const date = (what: string) =>
	v.pipe(
		v.string(`expected ${what} as YYYY-MM-DD`),
		v.isoDate(`is not a date: write ${what} as YYYY-MM-DD, e.g. 2026-12-08`)
	);

/**
 * A public page a cause or an entry rests on: its title, its https address, the day someone read
 * it for this fact, what it does not cover (`note`), and for a deadline, retirement or rollout the
 * day the fact holds from (`holdsFrom`). The hosts and dates are checked by `catalogRules`.
 */
const source = v.strictObject(
	{
		title: text,
		url: v.pipe(
			v.string('expected the address of the page'),
			v.url('is not an address: write the full https:// address of the page'),
			v.startsWith('https://', 'is not https: link the https:// address of the page')
		),
		checked: date('the day the page was read'),
		holdsFrom: v.exactOptional(date('the day the fact holds from')),
		note: v.exactOptional(localized)
	},
	objectMessage('a source: { title, url, checked, holdsFrom?, note? }')
);
const sources = v.exactOptional(
	v.array(source, 'expected a list of sources: [{ title, url, checked }]')
);

const gate = v.strictObject(
	{ prompt: localized, warning: localized },
	objectMessage('a gate: { prompt, warning }')
);

const cause = v.pipe(
	v.strictObject(
		{
			id,
			title: localized,
			detail: localized,
			stage: v.exactOptional(
				v.nullable(v.picklist(STAGES, `is one of ${STAGES.join(', ')}, or null for no stage`))
			),
			fix: v.pipe(v.array(step), v.minLength(1, 'needs at least one step')),
			verify: textList('command ids (content/commands.yaml)'),
			situations: v.exactOptional(localizedList),
			codeNote: v.exactOptional(localized),
			gate: v.exactOptional(gate),
			unlisted: v.exactOptional(v.literal(true, 'is true or absent')),
			sources
		},
		objectMessage(
			'a cause: { id, title, detail, stage?, fix, verify, situations?, codeNote?, gate?, unlisted?, sources }'
		)
	),
	// A gate and gated steps go together, and the gated steps come after every ungated one: the
	// checks that prove the statement come first.
	v.check(
		(c) => c.fix.some((s) => s.gated === true) === (c.gate !== undefined),
		'has a gate but no gated step, or gated steps but no gate: give both or neither'
	),
	v.check((c) => {
		const first = c.fix.findIndex((s) => s.gated === true);
		return first === -1 || c.fix.slice(first).every((s) => s.gated === true);
	}, 'a gated step comes before an ungated one: put the checks first'),
	v.check(
		(c) => c.fix.length === 0 || !c.fix.every((s) => s.gated === true),
		'has only gated steps: put first the checks that prove the gate'
	)
);

/** One entry file: an `Entry` plus `order`, the place of a connector entry in the catalog. */
export const entryFile = v.pipe(
	v.strictObject(
		{
			code: v.pipe(
				v.string('expected the code'),
				v.check(
					(code) => code === CATCH_ALL_CODE || isCode(code),
					`is neither a status code (class.subject.detail, e.g. 4.4.316) nor "${CATCH_ALL_CODE}"`
				)
			),
			order: v.exactOptional(
				v.pipe(
					v.number('expected a number'),
					v.integer('expected a whole number'),
					v.minValue(1, 'starts at 1')
				)
			),
			reply: v.pipe(
				v.string('expected the SMTP reply code as a quoted string, e.g. "450"'),
				v.regex(REPLY_PATTERN, 'is not a three-digit SMTP reply code')
			),
			kind: v.picklist(['connector', 'other', 'neighbour'], 'is connector, other or neighbour'),
			wizard: v.exactOptional(v.literal(true, 'is true or absent')),
			title: localized,
			meaning: localized,
			causes: v.array(cause, 'expected a list of causes'),
			sharedCauses: v.exactOptional(textList('cause ids of other entries')),
			partner: localized,
			queued: v.boolean('expected true or false'),
			aliases: v.pipe(textList('aliases'), v.minLength(1, 'needs at least one alias')),
			symptoms: localizedList,
			wording: v.exactOptional(
				v.pipe(textList('printed texts'), v.minLength(1, 'is empty: omit the key instead'))
			),
			related: textList('entry codes'),
			sources
		},
		objectMessage('an entry (content/schema/entry.schema.json lists its fields)')
	),
	v.forward(
		v.partialCheck(
			[['kind'], ['code']],
			(e) => (e.kind === 'other') === (e.code === CATCH_ALL_CODE),
			`"other" goes with code "${CATCH_ALL_CODE}" and only with it`
		),
		['kind']
	),
	v.forward(
		v.partialCheck(
			[['kind'], ['order']],
			(e) => (e.kind === 'neighbour') === (e.order === undefined),
			'an entry of kind connector or other has an order (its place at the top); a neighbour has none'
		),
		['order']
	),
	v.forward(
		v.partialCheck(
			[['kind'], ['wizard']],
			(e) => e.wizard === undefined || e.kind === 'neighbour',
			'only a neighbouring code says `wizard: true` (connector errors and "other" are wizard starts already)'
		),
		['wizard']
	)
);

/** What a valid file holds. The compiler checks that it is an `Entry` (plus `order`). */
export type EntryFile = v.InferOutput<typeof entryFile>;
type IsEntry<T extends Entry> = T;
export type FileEntry = IsEntry<Omit<EntryFile, 'order'>>;

/** One command an admin runs to verify a cause (content/commands.yaml). */
const command = v.strictObject(
	{
		id,
		label: localized,
		text: v.pipe(
			text,
			v.check(
				(t) =>
					[...t.matchAll(PLACEHOLDER_PATTERN)].every(([, name]) => PLACEHOLDERS.has(name ?? '')),
				'has an unknown placeholder: use {host}, {domain}, {ip}, {port} or {connector}'
			)
		),
		shell: v.picklist(
			['powershell', 'posix', 'exchange-online', 'exchange-onprem', 'any'],
			'is powershell, posix, exchange-online, exchange-onprem or any'
		),
		expect: localized
	},
	objectMessage('a command: { id, label, text, shell, expect }')
);

/** The command list file. */
export const commandsFile = v.strictObject(
	{ commands: v.array(command, 'expected a list of commands') },
	objectMessage('{ commands: [ … ] }')
);

type IsCommand<T extends Command> = T;
/** What a valid command list holds. The compiler checks that each is a `Command`. */
export type FileCommand = IsCommand<v.InferOutput<typeof command>>;

/** One concept of the lexicon: the ways admins write one idea (content/search/lexicon.yaml). */
const concept = v.strictObject(
	{
		id,
		label: localized,
		en: v.exactOptional(textList('English variants', true)),
		it: v.exactOptional(textList('Italian variants', true)),
		any: v.exactOptional(textList('variants of any language (abbreviations, product names)', true))
	},
	objectMessage('a concept: { id, label, en?, it?, any? }')
);

/** The lexicon file. */
export const lexiconFile = v.strictObject(
	{
		concepts: v.pipe(
			v.array(concept, 'expected a list of concepts'),
			uniqueIds('has the id of an earlier concept: ids are unique')
		)
	},
	objectMessage('{ concepts: [ … ] }')
);

/** The stop words file: folded words (lower case, no accents). */
export const stopWordsFile = v.strictObject(
	{
		words: v.pipe(
			textList('words'),
			v.checkItems(
				(word) =>
					word === word.toLowerCase() && word === word.normalize('NFD').replace(/\p{M}/gu, ''),
				'is not folded: write it in lower case, without accents'
			)
		)
	},
	objectMessage('{ words: [ … ] }')
);

type IsConcept<T extends Concept> = T;
/** What a valid lexicon holds. The compiler checks that each is a `Concept`. */
export type FileConcept = IsConcept<v.InferOutput<typeof concept>>;

/** A wizard answer's id: lower-case letters, digits, "-" and "." (codes such as 4.4.316). */
const ANSWER_ID_PATTERN = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

/** A cause id, or `group: <name>` for every cause of a group of content/wizard.yaml. */
const causeItem = v.union(
	[id, v.strictObject({ group: id }, objectMessage('a group reference: { group: <name> }'))],
	'expected a cause id (kebab-case) or { group: <name> }'
);
const causeList = v.array(causeItem, 'expected a list of cause ids and { group: <name> } items');

const effect = v.strictObject(
	{
		keep: v.exactOptional(causeList),
		ruleOut: v.exactOptional(causeList),
		confirm: v.exactOptional(causeList),
		code: v.exactOptional(v.string('expected a catalog code, e.g. 4.4.316')),
		owner: v.exactOptional(
			v.picklist(['own', 'partner'], 'expected who owns the destination: own or partner')
		)
	},
	objectMessage('an effect: { keep?, ruleOut?, confirm?, code?, owner? } ({} for none)')
);

/** The id of the "I don't know" answer every question has (src/lib/wizard/types.ts). */
const UNKNOWN_ID = 'unknown';

const answer = v.pipe(
	v.strictObject(
		{
			id: v.pipe(
				v.string('expected an answer id'),
				v.regex(ANSWER_ID_PATTERN, 'is not an answer id: lower-case words joined by "-" or "."')
			),
			label: localized,
			evidence: v.exactOptional(
				v.picklist(
					['observed', 'belief'],
					'expected observed (read from the failing path or a check run now) or belief (what the admin knows, remembers or reads in the configuration)'
				)
			),
			effect,
			case: v.exactOptional(
				v.strictObject(
					{
						causes: v.array(id, 'expected a list of cause ids'),
						title: localized,
						fix: localized,
						command: v.exactOptional(id)
					},
					objectMessage('a case: { causes, title, fix, command? }')
				)
			)
		},
		objectMessage('an answer: { id, label, evidence, effect, case? }')
	),
	v.check(
		(a) => a.id === UNKNOWN_ID || a.evidence !== undefined,
		'has no evidence: say whether the answer is observed (the failing path, a check run now) or a belief'
	),
	v.check(
		(a) =>
			a.evidence !== 'belief' || (a.effect.confirm === undefined && a.effect.ruleOut === undefined),
		'states a belief, yet confirms or rules out: a belief may only keep (rank) causes'
	)
);

const question = v.pipe(
	v.strictObject(
		{
			id,
			text: localized,
			help: v.exactOptional(localized),
			commands: v.exactOptional(textList('command ids (content/commands.yaml)')),
			stage: v.exactOptional(
				v.picklist(STAGES, `expected the stage the question probes: ${STAGES.join(', ')}`)
			),
			fromError: v.exactOptional(v.literal(true, 'is true or absent')),
			appliesTo: causeList,
			byCode: v.exactOptional(
				v.record(
					v.string(),
					v.strictObject(
						{
							text: localized,
							help: v.exactOptional(localized),
							labels: v.exactOptional(v.record(v.string(), localized))
						},
						objectMessage('a wording for one code: { text, help?, labels? }')
					)
				)
			),
			answers: v.pipe(
				v.array(answer, 'expected a list of answers'),
				v.minLength(2, 'needs at least two answers'),
				uniqueIds('repeats an answer id of this question: give each answer its own id')
			)
		},
		objectMessage(
			'a question: { id, text, help?, commands?, stage?, fromError?, appliesTo, answers, byCode? }'
		)
	),
	v.check(
		(q) => q.appliesTo.length > 0 || q.answers.some((a) => a.effect.owner !== undefined),
		'applies to no cause: name the causes the question is about (only the scope question, whose answers set owner, has none)'
	)
);

/** The wizard's tree (content/wizard.yaml): groups of causes, then the questions in order. */
export const wizardFile = v.strictObject(
	{
		groups: v.record(id, causeList, 'expected the groups: { <name>: [ cause ids ] }'),
		alwaysInPlay: v.array(id, 'expected a list of cause ids'),
		stopAfterIdle: v.exactOptional(
			v.pipe(
				v.number('expected a number of answers'),
				v.integer('expected a whole number'),
				v.minValue(1, 'expected at least 1')
			)
		),
		gates: v.exactOptional(
			v.array(
				v.strictObject(
					{ cause: id, question: id, answer: v.string('expected an answer id') },
					objectMessage('a gate: { cause, question, answer }')
				)
			)
		),
		questions: v.pipe(
			v.array(question, 'expected a list of questions'),
			uniqueIds('repeats a question id: give each question its own id')
		)
	},
	objectMessage('the wizard file: { groups, alwaysInPlay, stopAfterIdle?, gates?, questions }')
);
export type WizardFile = v.InferOutput<typeof wizardFile>;
