/**
 * localStorage, guarded: storage can be blocked (privacy modes, file:// policies, sandboxed frames)
 * or hold anything. Reads give `unknown` for the caller to validate; a blocked store reads as
 * empty and forgets writes, so the app behaves as on a first visit instead of failing.
 */
export function readStored(key: string): unknown {
	try {
		return window.localStorage.getItem(key);
	} catch {
		return null;
	}
}

/** Remembers a value when storage allows; otherwise the choice holds for this visit only. */
export function store(key: string, value: string): void {
	try {
		window.localStorage.setItem(key, value);
	} catch {
		// Blocked: nothing to do, see above.
	}
}
