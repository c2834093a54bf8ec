import type { Entry, EntryBrief, Localized } from '../catalog/types';
import type { Resolution } from '../catalog/lookup';
import type { Segment } from './highlight';
import type { SearchField } from './terms';

/**
 * Longest text read as a query, word by word: a typed question is far shorter. A longer text (a
 * description, a forum post, a paste) is read as a long text (`analyzeText` in query.ts).
 */
export const MAX_QUERY_CHARS = 600;

/** A word of the query matched through the lexicon or corrected: "cert ≈ certificate". */
export interface Equivalence {
	readonly typed: string;
	readonly matched: string;
	readonly how: 'synonym' | 'typo';
}

/** Why a result matched: a code or a socket error in the query, or words of one of its texts. */
export type MatchReason =
	| {
			readonly kind: 'code';
			readonly code: string;
			readonly asTyped: string;
			/**
			 * How the code was resolved; `identifier` for an on-premises status such as QUEUE.Expired;
			 * `sibling` for the entry of a documented code beside one with no entry of its own, which the
			 * text's words describe (4.7.651 "rate limited due to IP reputation": 4.7.650).
			 */
			readonly via: Resolution | 'identifier' | 'sibling';
	  }
	| {
			readonly kind: 'socket';
			readonly number: number;
			readonly name: string;
			readonly label: Localized;
			readonly asTyped: string;
	  }
	| {
			readonly kind: 'text';
			readonly field: SearchField;
			readonly segments: readonly Segment[];
			readonly equivalences: readonly Equivalence[];
	  };

/** A result: a whole entry, or its brief while the catalog is loading (the first screen). */
export interface SearchResult<E extends EntryBrief = Entry> {
	readonly entry: E;
	/** Null when the query is empty and every entry is listed. */
	readonly reason: MatchReason | null;
	/** True when nothing explained the query well and this is only one of the closest entries. */
	readonly closest: boolean;
}

/** How a text is searched. */
export interface SearchOptions {
	/**
	 * False to rank by the words alone: the entries of the codes, identifiers and socket errors the
	 * text names are left to the caller (the paste reader, which knows which code is the error and
	 * which one is a quoted header's). True by default.
	 */
	readonly named?: boolean;
}
