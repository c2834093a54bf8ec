/**
 * The result the reader opened last, so that going back to the results puts the focus on it
 * rather than on the top of the page. A code, in memory only.
 */
let opened: string | null = null;

/** Remembers the code of the result just opened. */
export function rememberOpened(code: string): void {
	opened = code;
}

/** The code of the result opened last, once: returning a second time starts at the top. */
export function takeOpened(): string | null {
	const code = opened;
	opened = null;
	return code;
}
