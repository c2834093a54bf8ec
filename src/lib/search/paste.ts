import type { CatalogIndex } from '../catalog/lookup';
import type { Entry } from '../catalog/types';
import type { Diagnosis } from '../parse/types';
import type { SearchResult } from './result';

/**
 * The results for a pasted text, in the order the paste tells its story:
 * 1. the connector errors the parser found (an NDR's 5.4.316 ranks 4.4.316 first), or all its
 *    codes in its order when there is no command output;
 * 2. the entries the findings of pasted command output point to (`findingCodes`: an expired
 *    certificate gives 4.7.320, NXDOMAIN 4.4.312, a refused port 4.4.316);
 * 3. the other codes of the text (a reply quoted inside a telnet session, 421 4.3.2, is a detail
 *    of the session, not the error the admin is chasing);
 * 4. with no code at all, the entries of the causes the details point at.
 * Quoted original headers never reach here: the parser has skipped them.
 */
export function pasteResults(
	diagnosis: Diagnosis,
	index: Pick<CatalogIndex, 'resolve' | 'cause'>,
	findingCodes: readonly string[] = []
): SearchResult[] {
	const results: SearchResult[] = [];
	const taken = new Set<Entry>();
	const resolved = diagnosis.codes.flatMap((found) => {
		const hit = index.resolve(found.code);
		return hit ? [{ found, hit }] : [];
	});
	const push = (entry: Entry, reason: SearchResult['reason']) => {
		if (taken.has(entry)) return;
		taken.add(entry);
		results.push({ entry, reason, closest: false });
	};
	const byCode = ({ found, hit }: (typeof resolved)[number]) =>
		push(hit.entry, { kind: 'code', code: found.code, asTyped: found.asFound, via: hit.via });
	// Without command output, the codes keep the parser's order (primary first) untouched.
	const first =
		findingCodes.length > 0 ? resolved.filter((i) => i.hit.entry.kind !== 'neighbour') : resolved;
	for (const item of first) byCode(item);
	for (const code of findingCodes) {
		const entry = index.resolve(code)?.entry;
		if (entry) push(entry, null);
	}
	for (const item of resolved) byCode(item);
	for (const id of diagnosis.causes) {
		const entry = index.cause(id)?.entry;
		if (entry) push(entry, null);
	}
	return results;
}
