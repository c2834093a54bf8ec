/**
 * Length-preserving text folding for search: lower case, accents removed, typographic apostrophes
 * and quotes made plain. Each input UTF-16 unit maps to exactly one output unit, so match indices
 * found in folded text point at the same characters of the original (highlighting stays exact).
 */
export function fold(text: string): string {
	// Printable ASCII (most of what is typed and of the catalog) needs only lower case: the per-letter
	// Unicode work below is for the rest.
	if (!NOT_ASCII.test(text)) return text.toLowerCase();
	let out = '';
	for (const ch of text) {
		out += ch.charCodeAt(0) < 0x80 && ch !== '`' ? ch.toLowerCase() : foldChar(ch);
	}
	return out;
}

const NOT_ASCII = /[^ -~\t\n\r]|`/;

const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02bc', '`', '\u00b4']);

function foldChar(ch: string): string {
	if (APOSTROPHES.has(ch)) return "'";
	// Compatibility forms first, when they stay one unit (full-width "４" -> "4", as some Asian
	// keyboards type digits); then decompose (NFD) and keep the base letter: "à" -> "a", "È" -> "e".
	const compat = ch.normalize('NFKC');
	const single = compat.length === 1 ? compat : ch;
	const base = single.normalize('NFD').charAt(0).toLowerCase();
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
