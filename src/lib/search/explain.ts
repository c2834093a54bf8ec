import type { Lang } from '../catalog/types';
import { tokenize } from './analyze';
import { segments } from './highlight';
import type { Alternative, QueryUnit } from './query';
import type { Equivalence, MatchReason } from './index';
import { FIELD_WEIGHTS, type AnalysedText, type EntryTexts, type TermIndex } from './terms';

/**
 * Most texts of an entry read to explain a match in a catalog too large to keep every entry read:
 * enough for its titles, aliases and symptoms; past them the best text so far is good enough.
 */
const MAX_TEXTS_READ = 24;
/** Share of the rarest query word's worth below which a word is not marked in an explanation. */
const MARK_FLOOR = 0.3;
/** Most query units weighed when choosing the text that explains a match. */
const MAX_TELLING_UNITS = 8;
/** How much more a text in the reader's language counts when choosing which one explains a match. */
const OWN_LANGUAGE_BONUS = 4;

/** A unit of the query that weighs in the choice of an explanation, with what it is worth. */
export interface Telling {
	readonly unit: QueryUnit;
	readonly worth: number;
}

/** Explains matches: which text of an entry shows why it matched, marked. */
export interface Explainer {
	/** The units that decide the explanations of a query's results. */
	strongest(units: readonly QueryUnit[]): readonly Telling[];
	/**
	 * Why an entry matched: the text of it that holds the most of the query (weighted by field, the
	 * reader's language first), its matched words marked, and the lexicon or typo readings used.
	 */
	explain(
		doc: number,
		telling: readonly Telling[],
		units: readonly QueryUnit[],
		lang: Lang | undefined
	): MatchReason | null;
}

/** Prepares the explanations over an index. */
export function createExplainer(terms: TermIndex): Explainer {
	// Per text of the entry being explained: its weight, and the current unit's best weight there.
	let textWeight = new Float64Array(0);
	let unitWeight = new Float64Array(0);

	return { strongest, explain };

	/**
	 * The units that decide which text explains a match: the rarest words of the query. A long
	 * sentence's common words ("mail", "server") never change the choice, and skipping them keeps
	 * each explanation cheap.
	 */
	function strongest(units: readonly QueryUnit[]): readonly Telling[] {
		const rated = units.map((unit) => ({ unit, worth: worthOf(unit) }));
		return rated.sort((a, b) => b.worth - a.worth).slice(0, MAX_TELLING_UNITS);
	}

	/** What a unit of the query is worth: its best reading's weight times its rarity. */
	function worthOf(unit: QueryUnit): number {
		let worth = 0;
		for (const a of unit.alternatives) worth = Math.max(worth, a.weight * terms.idf(a.key));
		return worth;
	}

	function explain(
		doc: number,
		telling: readonly Telling[],
		units: readonly QueryUnit[],
		lang: Lang | undefined
	): MatchReason | null {
		const entry = terms.textsOf(doc);
		const chosen = entry.where
			? bestTextWhere(entry, entry.where, telling, lang)
			: bestTextInOrder(doc, entry, telling, lang);
		if (!chosen) return null;
		// Words of the query far more common than its rarest are not marked or explained: "mail ≈
		// Message" on every result says nothing.
		const floor = (telling[0]?.worth ?? 0) * MARK_FLOOR;
		const marked = units.filter((u) => worthOf(u) >= floor);
		return reasonIn(chosen, (key) => chosen?.keys.has(key) === true, marked);
	}

	/** The best text of an entry read whole: only the texts holding a key of the query are weighed. */
	function bestTextWhere(
		entry: EntryTexts,
		where: ReadonlyMap<string, readonly number[]>,
		telling: readonly Telling[],
		lang: Lang | undefined
	): AnalysedText | null {
		const n = entry.texts.length;
		// Scratch arrays rather than maps of doubles: nothing to collect after a keystroke.
		if (textWeight.length < n) {
			textWeight = new Float64Array(n * 2);
			unitWeight = new Float64Array(n * 2);
		}
		const held: number[] = [];
		const touched: number[] = [];
		for (const { unit } of telling) {
			touched.length = 0;
			for (const alt of unit.alternatives) {
				const v = alt.weight * terms.idf(alt.key);
				for (const i of where.get(alt.key) ?? []) {
					if (unitWeight[i] === 0) touched.push(i);
					if (v > (unitWeight[i] ?? 0)) unitWeight[i] = v;
				}
			}
			for (const i of touched) {
				if (textWeight[i] === 0) held.push(i);
				textWeight[i] = (textWeight[i] ?? 0) + (unitWeight[i] ?? 0);
				unitWeight[i] = 0;
			}
		}
		let chosen = -1;
		let chosenWeight = 0;
		for (const i of held) {
			const w = textWeight[i] ?? 0;
			textWeight[i] = 0;
			const text = entry.texts[i];
			if (!text) continue;
			const own = text.lang === null || text.lang === lang ? OWN_LANGUAGE_BONUS : 1;
			const weight = w * FIELD_WEIGHTS[text.field] * own;
			// Ties go to the text listed first (titles before prose).
			if (weight > chosenWeight || (weight === chosenWeight && i < chosen)) {
				chosen = i;
				chosenWeight = weight;
			}
		}
		return chosen < 0 ? null : entry.read(chosen);
	}

	/**
	 * The best text of an entry not read yet (a large catalog): its texts are read most telling
	 * field first, and only while one could still do better than the best so far, so the long
	 * prose of fix steps is rarely read at all.
	 */
	function bestTextInOrder(
		doc: number,
		entry: EntryTexts,
		telling: readonly Telling[],
		lang: Lang | undefined
	): AnalysedText | null {
		// No text can weigh more than all the telling units the entry holds, in the reader's
		// language: the ceiling that stops the reading.
		let ceiling = 0;
		for (const { unit } of telling) {
			let held = 0;
			for (const alt of unit.alternatives) {
				const v = alt.weight * terms.idf(alt.key);
				if (v > held && terms.holds(doc, alt.key)) held = v;
			}
			ceiling += held;
		}
		ceiling *= OWN_LANGUAGE_BONUS;
		let chosen: AnalysedText | null = null;
		let chosenWeight = 0;
		for (const [n, i] of entry.order.entries()) {
			const field = entry.texts[i]?.field ?? 'fix';
			if (ceiling * FIELD_WEIGHTS[field] <= chosenWeight) break;
			if (n >= MAX_TEXTS_READ && chosen) break;
			const text = entry.read(i);
			let w = 0;
			for (const { unit } of telling) {
				let unitBest = 0;
				for (const alt of unit.alternatives) {
					if (!text.keys.has(alt.key)) continue;
					const v = alt.weight * terms.idf(alt.key);
					if (v > unitBest) unitBest = v;
				}
				w += unitBest;
			}
			const own = text.lang === null || text.lang === lang ? OWN_LANGUAGE_BONUS : 1;
			const weight = w * FIELD_WEIGHTS[field] * own;
			if (weight > chosenWeight) {
				chosen = text;
				chosenWeight = weight;
			}
		}
		return chosen;
	}

	/** The reason shown for a text: the query's words marked, and the readings that matched them. */
	function reasonIn(
		text: AnalysedText,
		holds: (key: string) => boolean,
		units: readonly QueryUnit[]
	): MatchReason {
		const marks: [number, number][] = [];
		const equivalences: Equivalence[] = [];
		for (const unit of units) {
			const alt = bestIn(unit, holds);
			if (!alt) continue;
			// A phrase is marked whole: from its first word to its last.
			const span = alt.key.startsWith('@') ? phraseSpan(text.tokens, alt.key) : null;
			const ranges = span
				? [span]
				: text.tokens
						.filter((t) => t.keys.includes(alt.key))
						.map((t): [number, number] => [t.start, t.end - 1]);
			marks.push(...ranges);
			const first = ranges[0];
			if (!first || (alt.how !== 'synonym' && alt.how !== 'typo')) continue;
			const matched = text.text.slice(first[0], first[1] + 1);
			if (termsOf(matched) !== termsOf(unit.typed)) {
				equivalences.push({ typed: unit.typed, matched, how: alt.how });
			}
		}
		return { kind: 'text', field: text.field, segments: segments(text.text, marks), equivalences };
	}

	/** The alternative of a unit that a text holds, the one worth most. */
	function bestIn(unit: QueryUnit, holds: (key: string) => boolean): Alternative | null {
		let found: Alternative | null = null;
		for (const alt of unit.alternatives) {
			if (!holds(alt.key)) continue;
			if (!found || alt.weight * terms.idf(alt.key) > found.weight * terms.idf(found.key))
				found = alt;
		}
		return found;
	}
}

/** The [start, end] range of the first run of words belonging to a lexicon concept. */
function phraseSpan(
	tokens: readonly { start: number; end: number; concepts: readonly string[] }[],
	key: string
): [number, number] | null {
	const first = tokens.findIndex((t) => t.concepts.includes(key));
	if (first < 0) return null;
	let last = first;
	while (tokens[last + 1]?.concepts.includes(key)) last++;
	return [tokens[first]?.start ?? 0, (tokens[last]?.end ?? 1) - 1];
}

/** A text's words as search reads them: an inflection ("certificates") is not a synonym. */
const termsOf = (text: string) =>
	tokenize(text)
		.map((t) => t.term)
		.join(' ');
