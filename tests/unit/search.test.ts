import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog';
import { indexCatalog } from '../../src/lib/catalog/lookup';
import { createSearch, type SearchResult } from '../../src/lib/search';
import { CONNECTOR_CODES } from '../fixtures/expected';

const index = indexCatalog(catalog);
const search = createSearch(index);
const first = (query: string) => search(query)[0]?.entry.code;
const textOf = (result: SearchResult | undefined) =>
	result?.reason?.kind === 'text' ? result.reason.segments.map((s) => s.text).join('') : null;

describe('search by code, in any notation', () => {
	it.each([
		'4.4.316',
		'44316',
		'450 4.4.316',
		'4 4 316',
		'4-4-316',
		'5.4.316',
		'550 5.4.316',
		'550 5.4.316 Message expired, connection refused'
	])('ranks 4.4.316 first for %j', (query) => {
		expect(first(query)).toBe('4.4.316');
	});

	it.each([
		['4.4.312', '4.4.312'],
		['5.4.312', '4.4.312'],
		['44315', '4.4.315'],
		['4.4.317', '4.4.317'],
		['4 4 318', '4.4.318'],
		['4.7.320', '4.7.320'],
		['5.7.320', '4.7.320'],
		['47320', '4.7.320']
	])('ranks %s first for %j', (query, code) => {
		expect(first(query)).toBe(code);
	});

	it('says how a code matched: the NDR form 5.4.316 of 4.4.316', () => {
		expect(search('5.4.316')[0]?.reason).toEqual({
			kind: 'code',
			code: '5.4.316',
			asTyped: '5.4.316',
			via: expect.stringMatching(/^(alias|class)$/)
		});
	});
});

describe('search by symptom', () => {
	it.each([
		['connection refused', '4.4.316'],
		['conection refussed', '4.4.316'],
		['Connection timed out', '4.4.315'],
		['DNS query failed', '4.4.312'],
		['certificate validation failed', '4.7.320'],
		['connection was closed abruptly', '4.4.318'],
		['Cannot establish session with remote server', '4.4.317'],
		['SMTPSEND.DNS.NonExistentDomain', '4.4.312'],
		['connessione rifiutata', '4.4.316'],
		['certificato scaduto', '4.7.320'],
		['timeout della connessione', '4.4.315']
	])('ranks the right entry first for %j', (query, code) => {
		expect(first(query)).toBe(code);
	});

	it('finds words of the fix steps, and typos in them when nothing else matches', () => {
		const authoritative = search('Authoritative');
		expect(authoritative[0]?.entry.code).toBe('4.4.316');
		expect(authoritative[0]?.reason).toMatchObject({ kind: 'text', field: 'fix' });
		const typo = search('frontedn transport')[0];
		expect(typo?.entry.code).toBe('4.4.315');
		expect(typo?.reason).toMatchObject({ kind: 'text', field: 'fix' });
	});

	it("explains a match in the reader's language when that language matched too", () => {
		expect(search('timed out', 'en')[0]?.entry.code).toBe('4.4.315');
		expect(textOf(search('timed out', 'en')[0])).toBe('Connection timed out');
		expect(search('connessione', 'it')[0]?.reason).toMatchObject({ kind: 'text' });
		expect(textOf(search('connessione rifiutata', 'it')[0])).toBe('Connessione rifiutata');
	});

	it('marks the matched words of the field that matched', () => {
		const top = search('connection refused')[0];
		expect(top?.reason?.kind).toBe('text');
		const marked =
			top?.reason?.kind === 'text'
				? top.reason.segments
						.filter((s) => s.hit)
						.map((s) => s.text)
						.join(' ')
				: '';
		expect(marked.toLowerCase()).toContain('refused');
		expect(textOf(top)?.toLowerCase()).toContain('connection refused');
	});

	it('reads typographic and plain apostrophes alike ("dell’organizzazione")', () => {
		const codes = (q: string) => search(q).map((r) => r.entry.code);
		expect(codes('firewall dell’organizzazione')).toEqual(codes("firewall dell'organizzazione"));
		expect(codes("firewall dell'organizzazione").length).toBeGreaterThan(0);
	});

	it('matches Italian text without its accents or apostrophes', () => {
		expect(first('connessione e stata chiusa')).toBe(first('connessione è stata chiusa'));
	});
});

describe('search edge cases', () => {
	it('lists every entry for an empty query, connector errors first', () => {
		const all = search('   ');
		expect(all).toHaveLength(catalog.length);
		expect(all.slice(0, 7).map((r) => r.entry.code)).toEqual(CONNECTOR_CODES);
	});

	it('finds nothing for gibberish or an unrelated short word', () => {
		expect(search('qqqzzxxwv')).toEqual([]);
		expect(search('ciao')).toEqual([]);
	});

	it('still finds short exact terms and the Winsock 995 of 4.4.317', () => {
		expect(first('995')).toBe('4.4.317');
		expect(search('TLS').length).toBeGreaterThan(0);
		expect(search('DNS').map((r) => r.entry.code)).toContain('4.4.312');
	});

	it('answers a 1 MB query without throwing', () => {
		expect(() => search('x'.repeat(1_000_000))).not.toThrow();
	});
});

describe('codes documented as ranges', () => {
	it.each([
		['4.7.612', '4.7.500'],
		['4.7.850', '4.7.500'],
		['4.7.899', '4.7.500'],
		['5.7.640', '5.7.606']
	])('resolves %s to the entry of its range, %s', (code, entry) => {
		expect(index.resolve(code)?.entry.code).toBe(entry);
		expect(first(code)).toBe(entry);
	});

	it('does not stretch a range past its end', () => {
		expect(index.resolve('4.7.700')).toBeNull();
	});
});
