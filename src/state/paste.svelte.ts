import type { Finding, ProvedAnswer } from '../lib/evidence';
import type { Diagnosis } from '../lib/parse/types';
import type { IncidentFacts } from '../lib/ticket/facts';
import type { Certainty } from '../lib/verdict';

/**
 * What a paste told about one incident, kept for the pages opened from it (the entry page of its
 * code, the wizard): their verdict, commands and ticket use it. In memory only.
 */
export interface Incident {
	/** The entry code the paste is about (its own code, or the one its findings point to). */
	readonly code: string | null;
	/** The status code as found ("550 5.4.316"). */
	readonly asFound: string | null;
	/** Host, ip and port for the commands. */
	readonly values: Readonly<Record<string, string>>;
	readonly diagnosis: Diagnosis;
	readonly findings: readonly Finding[];
	readonly facts: IncidentFacts;
	/** The causes the paste points to, likeliest first, and how sure that is. */
	readonly causes: readonly string[];
	readonly certainty: Certainty;
}

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
	/** The incident the last paste described (the Detected panel's), for the pages opened from it. */
	incident = $state.raw<Incident | null>(null);
	/** The smart host typed on an entry page: fills its commands; kept while the app is open. */
	host = $state('');
}

export const pasteMemory = new PasteMemory();
