import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog';
import { searchData } from '../../src/data/search';
import { indexCatalog } from '../../src/lib/catalog/lookup';
import { createSearch, type SearchResult } from '../../src/lib/search';
import { CONNECTOR_CODES } from '../fixtures/expected';
import { generatedCatalog } from '../fixtures/generated-catalog';

const index = indexCatalog(catalog);
const search = createSearch(index, searchData);
const first = (query: string) => search(query)[0]?.entry.code;
const textOf = (result: SearchResult | undefined) =>
	result?.reason?.kind === 'text' ? result.reason.segments.map((s) => s.text).join('') : null;
const marked = (result: SearchResult | undefined) =>
	result?.reason?.kind === 'text'
		? result.reason.segments.filter((s) => s.hit).map((s) => s.text.toLowerCase())
		: [];

describe('search by code, in any notation', () => {
	it.each([
		'4.4.316',
		'44316',
		'450 4.4.316',
		'4 4 316',
		'4-4-316',
		'4,4,316',
		'4_4_316',
		'(4.4.316)',
		'#4.4.316:',
		"'4.4.316'",
		'4..4.316',
		'4.4.3l6',
		'4.4.3I6',
		'４.４.３１６',
		'5.4.316',
		'550 5.4.316',
		'550-5.4.316',
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
		['4.7.32O', '4.7.320'],
		['5.7.320', '4.7.320'],
		['47320', '4.7.320'],
		['5.4.3OO', '5.4.300']
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

	it('keeps what was typed when a letter stood for a digit', () => {
		expect(search('4.4.3l6')[0]?.reason).toEqual({
			kind: 'code',
			code: '4.4.316',
			asTyped: '4.4.3l6',
			via: 'code'
		});
	});

	it('does not read a date or a list of numbers as a code', () => {
		expect(search('4/5/2023').some((r) => r.reason?.kind === 'code')).toBe(false);
		expect(search('steps 5, 10, 15').some((r) => r.reason?.kind === 'code')).toBe(false);
	});
});

describe('Winsock errors and on-premises status identifiers', () => {
	it.each([
		['10061', 10061, '4.4.316'],
		['Socket error code 10061', 10061, '4.4.316'],
		['Win32 error code: 10061', 10061, '4.4.316'],
		['0x274D', 10061, '4.4.316'],
		['0x0000274d', 10061, '4.4.316'],
		['WSAECONNREFUSED', 10061, '4.4.316'],
		['connect ECONNREFUSED 192.0.2.7:25', 10061, '4.4.316'],
		['winsock 10060', 10060, '4.4.315'],
		['0x274C', 10060, '4.4.315'],
		['WSAETIMEDOUT', 10060, '4.4.315'],
		['error 10054', 10054, '4.4.318'],
		['ECONNRESET', 10054, '4.4.318'],
		['0x2AF9', 11001, '4.4.312'],
		['WSAHOST_NOT_FOUND', 11001, '4.4.312'],
		['Winsock error code: 995', 995, '4.4.317'],
		['0x3E3', 995, '4.4.317']
	])('reads %j as Winsock %i and ranks %s first', (query, number, code) => {
		const top = search(query)[0];
		expect(top?.entry.code).toBe(code);
		expect(top?.reason).toMatchObject({ kind: 'socket', number });
	});

	it('does not take a bare 995 for a socket error: it is also the POP3S port', () => {
		expect(search('port 995 closed').some((r) => r.reason?.kind === 'socket')).toBe(false);
	});

	it.each([
		['SMTPSEND.DNS.NonExistentDomain', '4.4.312'],
		['smtpsend.suspiciousremoteservererror', '4.4.318'],
		['550 4.4.7 QUEUE.Expired; message expired', '4.4.7'],
		['RESOLVER.ADR.RecipNotFound', '5.1.1']
	])('resolves the identifier in %j to %s', (query, code) => {
		const top = search(query)[0];
		expect(top?.entry.code).toBe(code);
		expect(top?.reason).toMatchObject({ kind: 'code' });
	});
});

describe('search by symptom and by sentence', () => {
	it.each([
		['connection refused', '4.4.316'],
		['Connection timed out', '4.4.315'],
		['DNS query failed', '4.4.312'],
		['certificate validation failed', '4.7.320'],
		['connection was closed abruptly', '4.4.318'],
		['Cannot establish session with remote server', '4.4.317'],
		['connessione rifiutata', '4.4.316'],
		['certificato scaduto', '4.7.320'],
		['timeout della connessione', '4.4.315'],
		['Message expired, connection refused', '4.4.316']
	])('ranks the right entry first for %j', (query, code) => {
		expect(first(query)).toBe(code);
	});

	it.each([
		[
			'since we switched to a new internet provider on monday exchange online cannot reach our server anymore',
			'4.4.315'
		],
		[
			'we finished moving every mailbox to the cloud and turned the old exchange box off, now 365 keeps queueing for it',
			'4.4.316'
		],
		[
			'the certificate on the smart host ran out last night and the hybrid connector stalls',
			'4.7.320'
		],
		[
			'il dominio non è stato rinnovato dal registrar e da stamattina la posta verso il server locale è ferma',
			'4.4.312'
		],
		[
			'dopo il rinnovo del certificato il server non propone più STARTTLS e la posta da Office 365 resta in coda',
			'4.4.317'
		]
	])('ranks the entry that explains the sentence first: %j', (query, code) => {
		expect(first(query)).toBe(code);
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

describe('how a match is explained', () => {
	it('marks the matched words of the text that explains the match', () => {
		const top = search('connection refused')[0];
		expect(top?.entry.code).toBe('4.4.316');
		expect(textOf(top)?.toLowerCase()).toContain('connection refused');
		expect(marked(top).join(' ')).toContain('refused');
	});

	it("explains a match in the reader's language when that language matched too", () => {
		expect(search('timed out', 'en')[0]?.entry.code).toBe('4.4.315');
		expect(textOf(search('timed out', 'en')[0])).toBe('Connection timed out');
		expect(textOf(search('connessione rifiutata', 'it')[0])).toBe('Connessione rifiutata');
	});

	it('says when a word matched through the lexicon: cert ≈ certificate', () => {
		const top = search('cert expired')[0];
		expect(top?.entry.code).toBe('4.7.320');
		const anyCert = search('cert expired').flatMap((r) =>
			r.reason?.kind === 'text' ? r.reason.equivalences : []
		);
		expect(anyCert).toContainEqual({ typed: 'cert', matched: 'certificate', how: 'synonym' });
	});

	it('says when a word was read as a typo of another', () => {
		const top = search('conection refussed')[0];
		expect(top?.entry.code).toBe('4.4.316');
		expect(top?.reason).toMatchObject({
			kind: 'text',
			equivalences: [{ typed: 'conection refussed', how: 'typo' }]
		});
	});

	it('does not call an inflection a synonym', () => {
		const reasons = search('certificates').flatMap((r) =>
			r.reason?.kind === 'text' ? r.reason.equivalences : []
		);
		expect(
			reasons.filter((e) => e.typed === 'certificates' && /^certificate$/i.test(e.matched))
		).toEqual([]);
	});
});

describe('typing, typos and abbreviations', () => {
	it('ranks 4.4.316 first at every keystroke from "connection ref" on', () => {
		const full = 'connection refused';
		for (let end = 'connection ref'.length; end <= full.length; end++) {
			expect(first(full.slice(0, end)), full.slice(0, end)).toBe('4.4.316');
		}
	});

	it('does not complete a word across a lexicon phrase: "timed ou" is read as typed', () => {
		expect(first('timed ou')).toBe('4.4.315');
		expect(first('timed out')).toBe('4.4.315');
	});

	it.each([
		['conection refussed', '4.4.316'],
		['certifcate expird', '4.7.320'],
		['smarhost timout', '4.4.315'],
		['O365 conn refused to onprem', '4.4.316'],
		['EXO smarthost cert expired', '4.7.320'],
		['ssl cert scaduto', '4.7.320']
	])('ranks the right entry first for %j', (query, code) => {
		expect(first(query)).toBe(code);
	});
});

describe('what the search returns', () => {
	it('lists every entry for an empty query, connector errors first', () => {
		const all = search('   ');
		expect(all).toHaveLength(catalog.length);
		expect(all.slice(0, 7).map((r) => r.entry.code)).toEqual(CONNECTOR_CODES);
	});

	it('finds nothing for gibberish, a greeting or only filler words', () => {
		expect(search('qqqzzxxwv')).toEqual([]);
		expect(search('ciao')).toEqual([]);
		expect(search('help please')).toEqual([]);
	});

	it('shows the closest entries, marked as such, when nothing explains the query well', () => {
		const results = search('the thing with the stuff is weird since the update');
		expect(results.length).toBeGreaterThan(0);
		expect(results.length).toBeLessThanOrEqual(5);
		expect(results.every((r) => r.closest)).toBe(true);
	});

	it('does not mark good matches as merely close', () => {
		expect(search('connection refused').some((r) => r.closest)).toBe(false);
	});

	it('never leaves a real question without an answer', () => {
		const question =
			'Hi all, since this morning our users say that mail from the cloud to the people still on the old server takes hours, any idea where to look?';
		expect(search(question).length).toBeGreaterThan(0);
	});

	it('lists at most a screenful of text matches', () => {
		expect(search('server').length).toBeLessThanOrEqual(12);
	});

	it('still finds short exact terms and the Winsock 995 of 4.4.317', () => {
		expect(first('995')).toBe('4.4.317');
		expect(search('TLS').length).toBeGreaterThan(0);
		expect(search('DNS').map((r) => r.entry.code)).toContain('4.4.312');
	});

	it('answers a 1 MB query without throwing', () => {
		expect(() => search('x'.repeat(1_000_000))).not.toThrow();
		expect(() => search('connection refused '.repeat(60_000))).not.toThrow();
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

describe('a large catalog', () => {
	// Entries past the first 256 are not kept read: their explanations read their texts on demand.
	const large = generatedCatalog(catalog, 400);
	const searchLarge = createSearch(indexCatalog(large), searchData);

	it('explains matches of entries it has not kept read, from their most telling texts', () => {
		const late = large[300];
		expect(late).toBeDefined();
		const title = late?.title.en ?? '';
		const hit = searchLarge(title, 'en').find((r) => r.entry === late);
		expect(hit?.reason).toMatchObject({ kind: 'text', field: 'title' });
		expect(marked(hit).length).toBeGreaterThan(0);
	});

	it('answers a code and a sentence over 400 entries', () => {
		expect(searchLarge('9.0.300')[0]?.entry.code).toBe('9.0.300');
		expect(
			searchLarge('the certificate on the smart host expired last night').length
		).toBeGreaterThan(0);
	});
});
