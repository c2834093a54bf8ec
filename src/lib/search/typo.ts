/**
 * Candidates for a typo: the words of the vocabulary that share the most letter pairs with it
 * (Dice's coefficient over letter pairs, through an inverted index of pairs). Fuse then scores
 * these few instead of the whole vocabulary.
 */

/** Fewest letter pairs in common (Dice's coefficient) for a word to be a typo candidate. */
const MIN_DICE = 0.35;

/** Finds the words of a list that share the most letter pairs with a word. */
export interface PairIndex {
	closest(word: string, limit: number): string[];
}

/** The letter pairs of a word, with its first letter marked: "^c", "co", "on"... */
function pairsOf(word: string): string[] {
	const out = [`^${word.charAt(0)}`];
	for (let i = 0; i + 1 < word.length; i++) out.push(word.slice(i, i + 2));
	return out;
}

/** An inverted index of letter pairs: candidates for a typo in time proportional to the pairs' use. */
export function pairIndex(words: readonly string[]): PairIndex {
	const byPair = new Map<string, number[]>();
	const sizes = words.map((w, i) => {
		const own = new Set(pairsOf(w));
		for (const p of own) {
			const list = byPair.get(p) ?? [];
			list.push(i);
			byPair.set(p, list);
		}
		return own.size;
	});
	const shared = new Uint16Array(words.length);
	return {
		closest(word, limit) {
			const own = new Set(pairsOf(word));
			const touched: number[] = [];
			for (const p of own) {
				for (const i of byPair.get(p) ?? []) {
					if (shared[i] === 0) touched.push(i);
					shared[i] = (shared[i] ?? 0) + 1;
				}
			}
			// Dice's coefficient over letter pairs: 2 * shared / (pairs of one + pairs of the other).
			// Words sharing too few pairs to be a typo of this one are dropped before sorting.
			const scored: { i: number; dice: number }[] = [];
			for (const i of touched) {
				const dice = (2 * (shared[i] ?? 0)) / (own.size + (sizes[i] ?? 0));
				shared[i] = 0;
				if (dice >= MIN_DICE) scored.push({ i, dice });
			}
			scored.sort((a, b) => b.dice - a.dice);
			return scored.slice(0, limit).map(({ i }) => words[i] ?? '');
		}
	};
}
