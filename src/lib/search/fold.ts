/**
 * Length-preserving text folding for search: lower case, accents removed, typographic apostrophes
 * and quotes made plain. Each input UTF-16 unit maps to exactly one output unit, so match indices
 * found in folded text point at the same characters of the original (highlighting stays exact).
 */
export function fold(text: string): string {
	let out = '';
	for (const ch of text) {
		out += foldChar(ch);
	}
	return out;
}

const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02bc', '`', '\u00b4']);

function foldChar(ch: string): string {
	if (APOSTROPHES.has(ch)) return "'";
	// Decompose (NFD) and keep the base letter: "à" -> "a", "È" -> "e" (Italian accents).
	const base = ch.normalize('NFD').charAt(0).toLowerCase();
	// Keep the unit count: astral characters (emoji) are two UTF-16 units in and must be two out.
	if (ch.length === 2) return base.length === 1 ? base + ' ' : ch;
	return base.length === 1 ? base : ch;
}

/**
 * Folds a query for matching: like `fold`, and also turns apostrophes and punctuation into spaces
 * ("dell'organizzazione" -> "dell organizzazione") and squeezes runs of white space.
 */
export function foldQuery(text: string): string {
	return fold(text)
		.replace(/['".,;:!?()[\]{}<>]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}
