import type { Localized } from '../catalog/types';
import { LANGS } from '../catalog/types';
import { tokenize, type Token } from './analyze';

/**
 * One idea of the domain and the ways admins write it: "certificate", "cert", "SSL cert",
 * "certificato". Search reads every variant as the concept, in the catalog and in the query alike,
 * so a query in one wording finds an entry written in another, in either language.
 */
export interface Concept {
	/** kebab-case, unique. */
	readonly id: string;
	/** The word shown when a match went through the lexicon: "cert ≈ certificate". */
	readonly label: Localized;
	/** Variants by language; `any` holds abbreviations, product names and tool words. */
	readonly en?: readonly string[];
	readonly it?: readonly string[];
	readonly any?: readonly string[];
}

/** A concept's search key: it cannot collide with a word (the tokenizer never makes an "@"). */
export const conceptKey = (id: string): string => `@${id}`;

/** A phrase of the lexicon found in a text. */
export interface PhraseMatch {
	readonly concept: Concept;
	/** Indexes into the token list: [from, to). */
	readonly from: number;
	readonly to: number;
}

/** The lexicon, compiled for matching token streams. */
export interface CompiledLexicon {
	readonly concepts: readonly Concept[];
	/**
	 * Finds the variants in a token list. A query reads each word once, by the longest phrase that
	 * starts at it (`all` false); a catalog text records every phrase, nested ones too, so that
	 * "connettore" finds a text saying "outbound connector" (`all` true).
	 */
	match(tokens: readonly Pick<Token, 'term'>[], all?: boolean): PhraseMatch[];
	/** Every word used by a variant (folded): known words, never "typos". */
	readonly words: ReadonlySet<string>;
}

const variantsOf = (c: Concept): string[] => [...(c.en ?? []), ...(c.it ?? []), ...(c.any ?? [])];
const phraseKey = (tokens: readonly Token[]): string => tokens.map((t) => t.term).join(' ');

/** A node of the phrase trie: the concept a phrase ending here means, and the words that may follow. */
interface Node {
	concept: Concept | null;
	readonly next: Map<string, Node>;
}

/** Compiles a (validated) lexicon into a trie of stemmed words: each variant leads to its concept. */
export function compileLexicon(concepts: readonly Concept[]): CompiledLexicon {
	const root: Node = { concept: null, next: new Map() };
	const words = new Set<string>();
	for (const concept of concepts) {
		for (const variant of variantsOf(concept)) {
			let node = root;
			for (const t of tokenize(variant)) {
				words.add(t.word);
				let child = node.next.get(t.term);
				if (!child) {
					child = { concept: null, next: new Map() };
					node.next.set(t.term, child);
				}
				node = child;
			}
			// The first concept to claim a phrase keeps it (the validator reports the clash).
			if (node !== root) node.concept ??= concept;
		}
	}
	return {
		concepts,
		words,
		match(tokens, all = false) {
			const found: PhraseMatch[] = [];
			for (let from = 0; from < tokens.length;) {
				let hit: PhraseMatch | null = null;
				let node: Node | undefined = root;
				for (let i = from; i < tokens.length; i++) {
					node = node.next.get(tokens[i]?.term ?? '');
					if (!node) break;
					if (node.concept) {
						hit = { concept: node.concept, from, to: i + 1 };
						if (all) found.push(hit);
					}
				}
				if (hit && !all) {
					found.push(hit);
					from = hit.to;
				} else {
					from++;
				}
			}
			return found;
		}
	};
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Checks a lexicon's data: unique kebab-case ids, a label in every language, at least one
 * variant, and no variant claimed by two concepts (after folding and stemming, so "Certs" and
 * "cert" count as the same variant). Returns the problems found; empty means valid.
 */
export function validateLexicon(concepts: readonly Concept[]): string[] {
	const problems: string[] = [];
	const ids = new Set<string>();
	const owner = new Map<string, string>();
	for (const c of concepts) {
		if (!KEBAB.test(c.id)) problems.push(`${c.id}: id is not kebab-case`);
		if (ids.has(c.id)) problems.push(`${c.id}: duplicate id`);
		ids.add(c.id);
		for (const lang of LANGS) {
			if (!c.label[lang]?.trim()) problems.push(`${c.id}: no ${lang} label`);
		}
		const variants = variantsOf(c);
		if (variants.length < 2) problems.push(`${c.id}: fewer than two variants`);
		for (const variant of variants) {
			const key = phraseKey(tokenize(variant));
			if (!key) {
				problems.push(`${c.id}: variant ${JSON.stringify(variant)} has no word`);
				continue;
			}
			const other = owner.get(key);
			if (other !== undefined && other !== c.id) {
				problems.push(`${c.id}: variant ${JSON.stringify(variant)} also belongs to ${other}`);
			}
			owner.set(key, c.id);
		}
	}
	return problems;
}
