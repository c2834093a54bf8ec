import { describe, expect, it } from 'vitest';
import { catalogBrief, socketBrief } from 'virtual:content/brief';
import { indexCodes } from '../../src/lib/catalog/lookup';
import { quickSearch } from '../../src/lib/search/quick';
import { MAX_QUERY_CHARS } from '../../src/lib/search/result';
import type { SearchResult } from '../../src/lib/search/result';
import type { EntryBrief } from '../../src/lib/catalog/types';

// The first screen's search, over the brief alone, before the full search has loaded.
const index = indexCodes(catalogBrief);
const codes = (query: string, lang: 'en' | 'it' = 'en') =>
	quickSearch(index, query, lang, socketBrief).map((r) => r.entry.code);
const marked = (result: SearchResult<EntryBrief> | undefined) =>
	result?.reason?.kind === 'text'
		? result.reason.segments.filter((s) => s.hit).map((s) => s.text)
		: [];

describe('the quick search of the first screen', () => {
	it.each([
		['4.4.316', '4.4.316'],
		['44316', '4.4.316'],
		['550 5.4.316 Message expired, connection refused', '4.4.316'],
		['450 4.7.320', '4.7.320'],
		['QUEUE.Expired', '4.4.7'],
		['5.7.708', '5.7.708'],
		['Win32 error 0x274D', '4.4.316'],
		['WSAHOST_NOT_FOUND', '4.4.312']
	])('finds the entry a code names: %s → %s', (query, code) => {
		expect(codes(query)[0]).toBe(code);
	});

	it.each([
		['connection refused', 'en', '4.4.316'],
		['Connection Refused', 'en', '4.4.316'],
		['connection refus', 'en', '4.4.316'],
		['connessione rifiutata', 'it', '4.4.316'],
		['certificate validation failed', 'en', '4.7.320'],
		['convalida del certificato', 'it', '4.7.320'],
		['dns query failed', 'en', '4.4.312'],
		['connection timed out', 'en', '4.4.315'],
		['routing loop', 'en', '5.4.6']
	] as const)('finds "%s" (%s) by the words of a title: %s first', (query, lang, code) => {
		expect(codes(query, lang)[0]).toBe(code);
	});

	it('lists only the entries holding the most query words', () => {
		// "Connection timed out" holds one word of two: the full search ranks it, not this one.
		expect(codes('connection refused')).toEqual(['4.4.316']);
	});

	it('marks the words it matched, in the title of the page language', () => {
		const [result] = quickSearch(index, 'connessione rifiutata', 'it');
		expect(result?.reason?.kind).toBe('text');
		expect(marked(result)).toEqual(['Connessione', 'rifiutata']);
	});

	it('says how a code matched, as the full search does', () => {
		const [result] = quickSearch(index, '5.4.316', 'en');
		expect(result?.reason).toEqual({
			kind: 'code',
			code: '5.4.316',
			asTyped: '5.4.316',
			via: 'alias'
		});
	});

	it('lists every entry, in catalog order, for an empty query', () => {
		expect(codes('  ')).toEqual(catalogBrief.map((e) => e.code));
	});

	it('finds nothing for words no title or alias holds, and ignores short words', () => {
		expect(codes('xyzzy plugh')).toEqual([]);
		expect(codes('of la il')).toEqual([]);
	});

	it('reads only the first MAX_QUERY_CHARS of a huge input and still finds 4.4.316', () => {
		const huge = 'connection refused '.repeat(50_000);
		expect(codes(huge)[0]).toBe('4.4.316');
		// The same code after filler: found inside the first MAX_QUERY_CHARS, not read past them.
		const after = (filler: number) => `${'qqqq '.repeat(filler)}4.4.316`;
		expect(after(MAX_QUERY_CHARS / 5 - 2).length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
		expect(codes(after(MAX_QUERY_CHARS / 5 - 2))[0]).toBe('4.4.316');
		expect(codes(after(MAX_QUERY_CHARS / 5))).toEqual([]);
	});
});
