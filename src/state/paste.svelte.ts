import type { ProvedAnswer } from '../lib/evidence';

/**
 * The last pasted text, kept in memory only (never in the address or in storage: NDRs carry
 * addresses), so that its diagnosis is still there after opening a result or the wizard and
 * coming back.
 */
export class PasteMemory {
	text = $state<string | null>(null);
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
