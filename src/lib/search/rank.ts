import type { QueryUnit } from './query';
import { FIELD_WEIGHTS, type TermIndex } from './terms';

/**
 * How much explaining more of the query counts: an entry that accounts for every idea of a
 * sentence is worth up to (1 + COVERAGE_BONUS) times its raw score, so a long sentence ranks the
 * entry that explains it as a whole above one that repeats a single word of it.
 */
const COVERAGE_BONUS = 0.3;
/**
 * What quoting an entry's short text whole adds, times the text's field weight and length. Admins
 * paste error wording verbatim; a text found whole is stronger evidence than its words found apart.
 */
const PHRASE_BONUS = 3;
/** Words past the first that add to a quote's bonus, at most. */
const MAX_PHRASE_WORDS = 3;

/** Ranks the entries of an index for a query read into units. */
export interface Ranker {
	/**
	 * Scores every entry holding a key of the query (BM25 per unit, times the coverage bonus, plus
	 * the quote bonus) and returns the `k` best, best first (ties in catalog order).
	 */
	rank(
		units: readonly QueryUnit[],
		queryTerms: readonly string[],
		partial: string | null,
		k: number
	): number[];
	/** The score of an entry in the last ranking. */
	score(doc: number): number;
	/** The share of the query's words (stop words aside) that an entry holds, in any reading. */
	wordsHeld(doc: number, units: readonly QueryUnit[]): number;
}

/**
 * Prepares the ranking over an index. Its per-entry arrays are allocated once and reused from one
 * keystroke to the next (left at zero after each ranking): a keystroke allocates almost nothing.
 */
export function createRanker(terms: TermIndex): Ranker {
	const n = terms.size;
	const scores = new Float64Array(n);
	const covered = new Float64Array(n);
	const best = new Float64Array(n);
	const bonus = new Float64Array(n);
	const final = new Float64Array(n);
	// The entries a unit reached, and the entries any unit reached: filled, not allocated.
	const hitList = new Int32Array(n);
	const touchedList = new Int32Array(n);

	return { rank, score: (doc) => final[doc] ?? 0, wordsHeld };

	function rank(
		units: readonly QueryUnit[],
		queryTerms: readonly string[],
		partial: string | null,
		k: number
	): number[] {
		let touched = 0;
		let total = 0;
		for (const unit of units) {
			let unitIdf = 0;
			let hits = 0;
			for (const alt of unit.alternatives) {
				const idf = terms.idf(alt.key);
				const list = terms.postings.get(alt.key);
				if (idf === 0 || !list) continue;
				unitIdf = Math.max(unitIdf, idf * alt.weight);
				const { docs, tfs } = list;
				const factor = alt.weight * idf;
				for (let k = 0; k < docs.length; k++) {
					const doc = docs[k] ?? 0;
					const s = factor * (tfs[k] ?? 0);
					if (best[doc] === 0) hitList[hits++] = doc;
					if (s > (best[doc] ?? 0)) best[doc] = s;
				}
			}
			total += unitIdf;
			for (let k = 0; k < hits; k++) {
				const doc = hitList[k] ?? 0;
				if (scores[doc] === 0) touchedList[touched++] = doc;
				scores[doc] = (scores[doc] ?? 0) + (best[doc] ?? 0);
				covered[doc] = (covered[doc] ?? 0) + unitIdf;
				best[doc] = 0;
			}
		}
		if (total === 0) return [];
		// A quoted phrase can name an entry none of the words' readings reached (a completion
		// left out): it joins the ranking with its bonus alone.
		for (const doc of quotedEntries(queryTerms, partial)) {
			if (scores[doc] === 0) touchedList[touched++] = doc;
		}
		for (let k = 0; k < touched; k++) {
			const doc = touchedList[k] ?? 0;
			const coverage = (covered[doc] ?? 0) / total;
			final[doc] = (scores[doc] ?? 0) * (1 + COVERAGE_BONUS * coverage) + (bonus[doc] ?? 0);
			scores[doc] = 0;
			covered[doc] = 0;
			bonus[doc] = 0;
		}
		return topOf(touchedList, touched, k);
	}

	/**
	 * The `k` best of the first `count` entries of a list, best first (ties in catalog order): one
	 * pass that keeps a small sorted list, not a sort of thousands of entries per keystroke.
	 */
	function topOf(docs: Int32Array, count: number, k: number): number[] {
		const better = (a: number, b: number) =>
			(final[a] ?? 0) > (final[b] ?? 0) || ((final[a] ?? 0) === (final[b] ?? 0) && a < b);
		const top: number[] = [];
		for (let d = 0; d < count; d++) {
			const doc = docs[d] ?? 0;
			const last = top[top.length - 1];
			if (top.length === k && last !== undefined && !better(doc, last)) continue;
			let at = top.length;
			while (at > 0 && better(doc, top[at - 1] ?? 0)) at--;
			top.splice(at, 0, doc);
			if (top.length > k) top.pop();
		}
		return top;
	}

	function wordsHeld(doc: number, units: readonly QueryUnit[]): number {
		let all = 0;
		let held = 0;
		for (const unit of units) {
			all += unit.size;
			if (unit.alternatives.some((alt) => terms.holds(doc, alt.key))) held += unit.size;
		}
		return all === 0 ? 0 : held / all;
	}

	/**
	 * The entries whose title, alias, symptom or cause the query quotes whole ("Message expired,
	 * connection refused"), returned, with the bonus each gets set in `bonus`: the best quoted text's
	 * field weight, times its length (a longer quote is stronger evidence: "message expired" is in
	 * every expiry alias).
	 */
	function quotedEntries(queryTerms: readonly string[], partial: string | null): number[] {
		const quoted: number[] = [];
		const end = queryTerms.length - 1;
		// The word being typed quotes a phrase's word it starts: "connection ref" quotes
		// "Connection refused".
		const same = (t: string, at: number) => {
			const q = queryTerms[at];
			return (
				q === t ||
				(at === end && partial !== null && (t.startsWith(partial) || t.startsWith(q ?? '\0')))
			);
		};
		queryTerms.forEach((term, at) => {
			const next = queryTerms[at + 1];
			if (next === undefined) return;
			// A phrase has two words at least; looked up by both, unless the second is being typed.
			const typedNext = at + 1 === end && partial !== null;
			for (const phrase of terms.phrasesFrom(term, typedNext ? undefined : next)) {
				if (!phrase.terms.every((t, i) => same(t, at + i))) continue;
				const words = Math.min(phrase.terms.length - 1, MAX_PHRASE_WORDS);
				const value = PHRASE_BONUS * FIELD_WEIGHTS[phrase.field] * words;
				if ((bonus[phrase.doc] ?? 0) === 0) quoted.push(phrase.doc);
				if (value > (bonus[phrase.doc] ?? 0)) bonus[phrase.doc] = value;
			}
		});
		return quoted;
	}
}
