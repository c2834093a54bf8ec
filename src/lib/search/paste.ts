import type { CatalogIndex } from '../catalog/lookup';
import type { Entry } from '../catalog/types';
import type { Diagnosis } from '../parse/types';
import type { SearchResult } from './index';

/**
 * The results for a pasted text: the entries of the codes the parser found, primary first (so an
 * NDR's 5.4.316 ranks 4.4.316 first); with no known code, the entries of the causes its details
 * point at. Quoted original headers never reach here: the parser has skipped them.
 */
export function pasteResults(diagnosis: Diagnosis, index: CatalogIndex): SearchResult[] {
	const results: SearchResult[] = [];
	const taken = new Set<Entry>();
	for (const found of diagnosis.codes) {
		const hit = index.resolve(found.code);
		if (!hit || taken.has(hit.entry)) continue;
		taken.add(hit.entry);
		results.push({
			entry: hit.entry,
			reason: { kind: 'code', code: found.code, asTyped: found.asFound, via: hit.via },
			closest: false
		});
	}
	for (const id of diagnosis.causes) {
		const entry = index.cause(id)?.entry;
		if (!entry || taken.has(entry)) continue;
		taken.add(entry);
		results.push({ entry, reason: null, closest: false });
	}
	return results;
}
