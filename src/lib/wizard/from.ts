/**
 * Resolves the `from=` of a wizard link written in any notation ("5.4.316", "44316") to the entry
 * code the wizard knows ("4.4.316"), leaving the rest of the query exactly as written. A link made
 * from an NDR's 5.x.x code then starts with that entry's causes instead of falling back to scratch.
 */
export function resolveFrom(query: string, resolve: (code: string) => string | null): string {
	return query
		.split('&')
		.map((pair) => {
			if (!pair.startsWith('from=')) return pair;
			let value: string;
			try {
				value = decodeURIComponent(pair.slice('from='.length));
			} catch {
				return pair;
			}
			const code = resolve(value);
			return code === null ? pair : `from=${encodeURIComponent(code)}`;
		})
		.join('&');
}

/** The `from=` code of a wizard query as written (decoded), or null when there is none. */
export function fromOf(query: string): string | null {
	const pair = query.split('&').find((p) => p.startsWith('from='));
	if (pair === undefined) return null;
	try {
		return decodeURIComponent(pair.slice('from='.length));
	} catch {
		return pair.slice('from='.length);
	}
}
