import { describe, expect, it } from 'vitest';
import { lexicon, stopWords } from 'virtual:content/search';
import { tokenize, withoutStopWords } from '../../src/lib/search/analyze';
import { fold } from '../../src/lib/search/fold';
import { compileLexicon, validateLexicon, type Concept } from '../../src/lib/search/lexicon';
import { stem } from '../../src/lib/search/stem';

describe('tokenize', () => {
	it('folds, stems and keeps where each word stands in the original text', () => {
		expect(tokenize('Connessione RIFIUTATA')).toEqual([
			{ term: 'conness', word: 'connessione', start: 0, end: 11 },
			{ term: 'rifiut', word: 'rifiutata', start: 12, end: 21 }
		]);
	});

	it('keeps a dotted number whole and splits identifiers at dots and capitals', () => {
		expect(tokenize('4.4.316 SMTPSEND.DNS.NonExistentDomain').map((t) => t.word)).toEqual([
			'4.4.316',
			'smtpsend',
			'dns',
			'non',
			'existent',
			'domain'
		]);
	});

	it('reads hexadecimal error numbers as the decimal admins search for', () => {
		expect(tokenize('0x274D')).toEqual([{ term: '10061', word: '0x274d', start: 0, end: 6 }]);
	});

	it('splits elided Italian words at the apostrophe, typographic or plain', () => {
		expect(tokenize('dell’organizzazione').map((t) => t.word)).toEqual(['dell', 'organizzazione']);
		expect(tokenize("l'MX").map((t) => t.word)).toEqual(['l', 'mx']);
	});

	it('drops stop words of both languages, keeping negations and symptom words', () => {
		const kept = withoutStopWords(
			tokenize('the server is not down e la posta non arriva'),
			new Set(stopWords)
		);
		expect(kept.map((t) => t.word)).toEqual(['server', 'not', 'down', 'posta', 'non', 'arriva']);
	});
});

describe('fold', () => {
	it('keeps the length of the text, so marks land on the right letters', () => {
		for (const text of ['Connessione è stata chiusa', '４.４.３１６', 'emoji 🙂 ok', 'dell’MX']) {
			expect(fold(text)).toHaveLength(text.length);
		}
		expect(fold('４.４.３１６ È')).toBe('4.4.316 e');
	});
});

describe('stem', () => {
	it.each([
		[['refused', 'refusing', 'refuse', 'refuses'], 'refus'],
		[['rifiutata', 'rifiutato', 'rifiutati', 'rifiutare'], 'rifiut'],
		[['connection', 'connections', 'connected', 'connecting'], 'connect'],
		[['connessione', 'connessioni'], 'conness'],
		[['certificate', 'certificates', 'certificato', 'certificati'], 'certific'],
		[['expired', 'expire', 'expires', 'expiring'], 'expir'],
		[['scaduto', 'scaduta', 'scadute'], 'scad'],
		[['migrated', 'migration', 'migrating', 'migrazione', 'migrato'], 'migr'],
		[['configured', 'configuration', 'configurazione', 'configurato'], 'configur'],
		[['blocked', 'blocking'], 'block'],
		[['validated', 'validation', 'validate'], 'valid']
	])('conflates %j to %s', (words, expected) => {
		for (const word of words) expect(stem(word), word).toBe(expected);
	});

	it.each(['dns', 'tls', 'mx', 'address', 'status', 'ssl', '10061', '4.4.316'])(
		'leaves %s alone',
		(word) => {
			expect(stem(word)).toBe(word);
		}
	);

	it('keeps English -ire and -are words from losing their stem to the Italian infinitive rule', () => {
		expect(stem('expire')).toBe(stem('expired'));
		expect(stem('require')).toBe(stem('required'));
	});
});

describe('the lexicon', () => {
	it('is valid: unique ids, labels in both languages, no variant in two concepts', () => {
		expect(validateLexicon(lexicon)).toEqual([]);
	});

	it('reports malformed concepts', () => {
		const bad: Concept[] = [
			{ id: 'Cert', label: { en: 'certificate', it: '' }, en: ['cert'] },
			{ id: 'tls', label: { en: 'TLS', it: 'TLS' }, en: ['tls', 'certs'] },
			{ id: 'tls', label: { en: 'TLS', it: 'TLS' }, en: ['ssl', '...'] }
		];
		expect(validateLexicon(bad)).toEqual([
			'Cert: id is not kebab-case',
			'Cert: no it label',
			'Cert: fewer than two variants',
			'tls: variant "certs" also belongs to Cert',
			'tls: duplicate id',
			'tls: variant "..." has no word'
		]);
	});

	const compiled = compileLexicon(lexicon);
	const concepts = (text: string, all = false) =>
		compiled.match(tokenize(text), all).map((m) => m.concept.id);

	it('reads the longest phrase of a query once', () => {
		expect(concepts('the outbound connector')).toEqual(['outbound-connector']);
		expect(concepts('timed out after the SSL cert expired')).toEqual([
			'timeout',
			'certificate',
			'expired'
		]);
	});

	it('reads every phrase of a catalog text, nested ones too', () => {
		expect(concepts('outbound connector', true)).toEqual([
			'send',
			'outbound-connector',
			'connector'
		]);
	});

	it.each([
		['cert', 'certificate'],
		['certificato', 'certificate'],
		['O365', 'microsoft-365'],
		['Exchange Online', 'microsoft-365'],
		['on-prem', 'on-premises'],
		['server locale', 'on-premises'],
		['smarthost', 'smart-host'],
		['FW', 'firewall'],
		['FortiGate', 'firewall'],
		['bounce', 'ndr'],
		['rimbalzano', 'ndr'],
		['connessione scaduta', 'timeout'],
		['connessione rifiutata', 'refused'],
		['messaggio rifiutato', 'rejected']
	])('reads %j as the concept %s', (text, id) => {
		expect(concepts(text)).toContain(id);
	});
});
