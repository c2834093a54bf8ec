/**
 * The last pasted text, kept in memory only (never in the address or in storage: NDRs carry
 * addresses), so that its diagnosis is still there after opening a result or the wizard and
 * coming back.
 */
export class PasteMemory {
	text = $state<string | null>(null);
}

export const pasteMemory = new PasteMemory();
