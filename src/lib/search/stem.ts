/**
 * Suffix folding for English and Italian search terms: a light stemmer, not a linguistic one.
 *
 * The catalog is bilingual and a query's language is not known (admins mix them: "il connettore
 * dà connection refused"), so one rule set serves both. It strips inflections only, the way
 * Harman's S-stemmer and Porter's step 1 do for English and Savoy's light stemmer does for Italian
 * (gender and number vowels, participles, infinitives, gerunds), plus the few derivational endings
 * that tie a noun to its verb ("-ation"/"-azione": migration, migrated, migrazione, migrato).
 * Applied identically to the catalog and the query, an over-eager cut only merges words, which
 * costs a little precision; a missing cut costs the match. The rules stay small enough to check
 * by hand (tests/unit/analyze.test.ts lists the conflations they must make and must not make);
 * the Snowball stemmers for both languages would cost more bytes for little gain on this vocabulary.
 */

/** A stem shorter than this is not cut further: "dns", "tls" and "mx" stay whole. */
const MIN_STEM = 3;
/** Words up to this length are left alone: short words carry their meaning in every letter. */
const MIN_WORD = 4;

/**
 * Endings removed, longest first (the first that leaves a long enough stem wins). English and
 * Italian share the list; an ending is written once even when both languages use it.
 */
const SUFFIXES: readonly (readonly [suffix: string, replacement: string, minStem?: number])[] = [
	// Italian nouns of action and their English counterparts.
	['azioni', ''],
	['azione', ''],
	['zioni', ''],
	['zione', ''],
	['sioni', 's'],
	['sione', 's'],
	['ations', ''],
	['ation', ''],
	['ions', ''],
	['ion', ''],
	// Italian adverbs and nouns in -mento ("aggiornamento", "instradamento").
	['mente', ''],
	['amenti', ''],
	['amento', ''],
	['imenti', ''],
	['imento', ''],
	// English -ate verbs, all forms (migrate, migrated, migrating, certificates, updates).
	['ating', ''],
	['ated', ''],
	['ates', ''],
	// Italian gerunds, infinitives and participles (rifiutando, rifiutare, rifiutata, ricevuto).
	// An infinitive ending needs a longer stem: English has "expire", "require", "where".
	['ando', ''],
	['endo', ''],
	['are', '', 5],
	['ere', '', 5],
	['ire', '', 5],
	['ato', ''],
	['ata', ''],
	['ati', ''],
	['ate', ''],
	['uto', ''],
	['uta', ''],
	['uti', ''],
	['ute', ''],
	['ito', ''],
	['ita', ''],
	['iti', ''],
	['ite', ''],
	['ano', ''],
	['ono', ''],
	// English verbs and plurals (refusing, refused, entries, certificates, abruptly).
	['ing', ''],
	['ies', 'y'],
	['ied', 'y'],
	['ed', ''],
	['ly', ''],
	['es', ''],
	// Italian gender and number: the final vowel (rifiutat-a/-o/-i/-e, connession-e/-i).
	['a', ''],
	['e', ''],
	['i', ''],
	['o', ''],
	['s', '']
];

/** The endings by their last letter, in the list's order: a word is checked against a few only. */
const BY_LAST_LETTER = new Map<string, (readonly [string, string, number?])[]>();
for (const rule of SUFFIXES) {
	const last = rule[0].charAt(rule[0].length - 1);
	const list = BY_LAST_LETTER.get(last) ?? [];
	list.push(rule);
	BY_LAST_LETTER.set(last, list);
}

const DIGIT = /\d/;

/** English plurals that are not plurals: "address", "status", "dns", "analysis". */
const KEEPS_S = /(?:ss|us|is)$/;

/**
 * The stem of a folded word (lower case, no accents). Digits and codes are returned unchanged.
 * Doubled final consonants left by a cut are undoubled ("dropped" -> "drop", "blocked" -> "block").
 */
export function stem(word: string): string {
	if (word.length <= MIN_WORD || DIGIT.test(word)) return word;
	for (const [suffix, replacement, minStem = MIN_STEM] of BY_LAST_LETTER.get(
		word.charAt(word.length - 1)
	) ?? []) {
		if (!word.endsWith(suffix)) continue;
		if (suffix === 's' && KEEPS_S.test(word)) return word;
		const base = word.slice(0, word.length - suffix.length) + replacement;
		if (base.length < minStem) continue;
		return undouble(base);
	}
	return word;
}

/** "dropp" -> "drop", "stopp" -> "stop"; "ll" and "ss" stay ("install", "access"). */
function undouble(base: string): string {
	const last = base.charAt(base.length - 1);
	const before = base.charAt(base.length - 2);
	if (last === before && /[bdgmnprt]/.test(last) && base.length > MIN_STEM) {
		return base.slice(0, -1);
	}
	return base;
}
