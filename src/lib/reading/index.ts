/**
 * One reading for everything an admin types or pastes: what the text proves (the paste reader's
 * diagnosis and the findings of its command output), what it says (its words, ranked by the term
 * index), and one ranked list of entries that combines them. How the text arrived (typed or pasted)
 * decides only what the page shows and what the address keeps, never whether it is searched.
 *
 * Pure, and light: it imports no reader. What the paste reader proved (`proofOf` in ./proof.ts, over
 * the analysis of lib/analysis.ts, run in the page or in a worker) and the search are handed in,
 * so the first screen reads a typed query with the quick search, and the page a paste with the
 * full one, through this same function. `readText` (lib/analysis.ts) is the whole pipeline at once.
 */
import type { EntryBrief, Lang } from '../catalog/types';
import { parseCode } from '../codes/grammar';
import type { SearchOptions, SearchResult } from '../search/result';
import type { Proof } from './proof';

export type { Analysis, Proof } from './proof';

/** How the text reached the field: typed (or linked), or pasted or dropped. */
export type Arrival = 'typed' | 'pasted';

/**
 * Where the ranking comes from: codes or findings the text proves (its words rank what follows),
 * its words alone, the entries closest to its words when none explains it well, or nothing.
 */
export type Basis = 'proof' | 'words' | 'closest' | 'none';

/** The reading of a text. */
export interface Reading {
	readonly arrival: Arrival;
	/** What the text proves, when the paste reader read it; null for a typed query. */
	readonly proof: Proof | null;
	/** The entries, most telling first: proved codes, then findings, then the words' ranking. */
	readonly results: readonly SearchResult<EntryBrief>[];
	readonly basis: Basis;
}

/** What the reading needs: a search, and the language of the page (its explanations). */
export interface ReadTools {
	/** The search over the words (the full one, or the first screen's quick one while it loads). */
	readonly search: (
		text: string,
		lang: Lang,
		options?: SearchOptions
	) => readonly SearchResult<EntryBrief>[];
	readonly lang: Lang;
}

/**
 * Entries the words add after what a text proves: a screenful. An NDR's boilerplate ("delivery
 * has failed", "diagnostic information") names much; what it proves comes first.
 */
const MAX_AFTER_PROOF = 6;

/**
 * Reads a text: its proof (when the paste reader read it), then its words, as one
 * ranked list. A status code the text proves ranks first, then the entries its findings point to,
 * then the entries its words rank (the same relevance rules for a two-word query and a forum
 * post). Without a proof, the search also finds the codes the text names in any notation.
 */
export function readInput(
	text: string,
	arrival: Arrival,
	proof: Proof | null,
	tools: ReadTools
): Reading {
	const proven = proof?.results ?? [];
	// What the paste reader proves replaces the search's own reading of codes: it knows the NDR's
	// code from a quoted header's. A typed query's codes are found by the search.
	const words = tools.search(text, tools.lang, { named: !proof });
	if (proven.length > 0) {
		const taken = new Set(proven.map((r) => r.entry.code));
		const more = words.filter((r) => !taken.has(r.entry.code) && !r.closest);
		const results = withSibling([...proven, ...more.slice(0, MAX_AFTER_PROOF)], () => words);
		return { arrival, proof, results, basis: 'proof' };
	}
	const basis: Basis = words.length === 0 ? 'none' : words[0]?.closest ? 'closest' : 'words';
	const byWords = () => tools.search(text, tools.lang, { named: false });
	return { arrival, proof, results: withSibling(words, byWords), basis };
}

/** How many of the words' best entries a range entry must be among to keep its place. */
const SIBLING_REACH = 3;

/**
 * A code with no entry of its own ranks the entry of its documented range first ("4.7.651":
 * 4.7.500-699). When the text's words describe a documented code of the same subject instead
 * ("451 4.7.651 … rate limited due to IP reputation": 4.7.650) and not the range entry (which is
 * not among their best), that sibling comes first, saying why; the range entry follows. RFC 3463
 * §3: the subject (x.7: security or policy) is what codes share; details are not ordered by
 * meaning, so only the words can say which documented neighbour a new detail is like.
 */
function withSibling<E extends EntryBrief>(
	results: readonly SearchResult<E>[],
	words: () => readonly SearchResult<E>[]
): SearchResult<E>[] {
	const first = results[0];
	const reason = first?.reason;
	// The catch-all's range (x.4.x network codes) is a family, not one documented neighbour.
	if (!first || reason?.kind !== 'code' || reason.via !== 'range' || first.entry.kind === 'other')
		return [...results];
	const subject = subjectOf(reason.code);
	const ranked = words().filter((r) => !r.closest);
	const best = ranked[0]?.entry.code;
	const rangeHeld = ranked.slice(0, SIBLING_REACH).some((r) => r.entry.code === first.entry.code);
	if (subject === null || best === undefined || rangeHeld || subjectOf(best) !== subject)
		return [...results];
	const at = results.findIndex((r) => r.entry.code === best);
	const sibling = results[at] ?? ranked[0];
	if (!sibling) return [...results];
	const why = { kind: 'code', code: reason.code, asTyped: reason.asTyped, via: 'sibling' } as const;
	return [{ ...sibling, reason: why }, ...results.filter((r) => r.entry.code !== best)];
}

/** A status code's subject, whatever its class: "4.7.651" and "5.7.650" are both 7. */
function subjectOf(code: string): number | null {
	return parseCode(code)?.subject ?? null;
}
