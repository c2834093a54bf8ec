import type { ProvedAnswer } from '../lib/evidence';

export { PREVIEW_CHARS } from '../lib/parse/input';

/**
 * The last pasted text, kept in memory only (never in the address or in storage: NDRs carry
 * addresses), so that its diagnosis is still there after opening a result or the wizard and
 * coming back.
 */
export class PasteMemory {
	/** The field's text when it must not go into the address whole (a paste, or names a host). */
	text = $state<string | null>(null);
	/**
	 * True when `text` must stay out of the address whatever it becomes while edited: it arrived by
	 * a paste or a drop, or was typed looking like one (long, several lines, an NDR's markers).
	 */
	pasted = $state(false);
	/**
	 * True when `text` arrived by a paste or a drop (or is an edit of one): it is shown as a paste,
	 * with the Detected panel, whatever its size.
	 */
	byPaste = $state(false);
	/** What the address shows for `text`: '' for a paste, the status codes of a typed query. */
	shared = $state('');
	/**
	 * A paste too large to lay out in the field (`text` is then its preview): the whole text, read
	 * in full, with where it came from. Null once the preview is edited: the field is read then.
	 */
	large = $state<{ readonly full: string; readonly file: string | null } | null>(null);
	/** The size of a large paste whose preview was edited: the page says what is read instead. */
	editedFrom = $state<number | null>(null);
	/**
	 * What the paste named (host, IP, port) for the wizard opened from it, with the entry code it
	 * was opened for (the wizard's commands use them only for that code), and the answers its
	 * command output proved (the conclusion says which evidence confirmed it).
	 */
	forWizard = $state<{
		code: string | null;
		values: Readonly<Record<string, string>>;
		evidence: readonly ProvedAnswer[];
	} | null>(null);
}

export const pasteMemory = new PasteMemory();
