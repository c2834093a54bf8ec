import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/lib/analysis';
import { readAsPaste } from '../../src/lib/parse/input';
import { loadEvalSet } from '../eval/evaluate';
import { readingTools } from '../fixtures/reading';

const tools = readingTools();
const codes = (text: string, arrival: 'typed' | 'pasted') =>
	readText(text, arrival, tools).results.map((r) => r.entry.code);
const fixture = (name: string) =>
	readFileSync(join(import.meta.dirname, '..', 'fixtures', 'sisimai', name), 'utf8');

/** An admin's description of what they see, with no status code: pasted from a ticket. */
const DESCRIPTION = [
	'Since the ISP swap on Friday our on-prem Exchange gets nothing from Exchange Online.',
	'From a VPS outside, telnet to the smart host on port 25 just sits there and never answers.',
	'The queue in the admin center keeps growing and the messages are retried every few minutes.'
].join('\n');

describe('one reading for typed and pasted text', () => {
	it('ranks a code-free pasted description by its words instead of finding nothing', () => {
		const reading = readText(DESCRIPTION, 'pasted', tools);
		expect(reading.proof?.diagnosis.codes).toEqual([]);
		expect(reading.basis).toBe('words');
		expect(reading.results[0]?.entry.code).toBe('4.4.315');
	});

	it('shows a question typed on one line as a query, and a page of text as a paste', () => {
		const question = 'since friday exchange online cannot deliver to our on-prem server, '.repeat(
			4
		);
		expect(question.length).toBeGreaterThan(200);
		expect(readAsPaste(question)).toBe(false);
		expect(readAsPaste(question.repeat(5))).toBe(true);
		expect(readAsPaste(`${question}\n${question}`)).toBe(true);
	});

	it('ranks the same entries for a text whether it was typed or pasted', () => {
		const sentence = 'telnet to our smart host on port 25 from outside hangs and never answers';
		expect(readAsPaste(sentence)).toBe(false);
		expect(codes(sentence, 'pasted')).toEqual(codes(sentence, 'typed'));
		expect(codes(sentence, 'typed')[0]).toBe('4.4.315');
	});

	it('reads Microsoft\'s wording "cannot connect to remote server" typed as a query, 4.4.317 first', () => {
		expect(readAsPaste('cannot connect to remote server')).toBe(false);
		const reading = readText('cannot connect to remote server', 'typed', tools);
		expect(reading.proof).toBeNull();
		expect(reading.results[0]?.entry.code).toBe('4.4.317');
	});

	it('ranks the code a real NDR proves first, not a code of its quoted headers', () => {
		const reading = readText(fixture('lhost-office365-08.eml'), 'pasted', tools);
		expect(reading.basis).toBe('proof');
		expect(reading.results[0]?.entry.code).toBe('4.4.316');
	});

	it('follows the code a pasted question proves with the entries its words rank, each once', () => {
		const text = [
			'Since we replaced the firewall, Exchange Online cannot deliver to our on-prem server.',
			'The queue says: 450 4.4.316 Connection refused [Message=Socket error code 10061]',
			'Port 25 is closed from outside; is the DNS name of the smart host wrong too?'
		].join('\n');
		const reading = readText(text, 'pasted', tools);
		expect(reading.basis).toBe('proof');
		const shown = reading.results.map((r) => r.entry.code);
		expect(shown[0]).toBe('4.4.316');
		expect(shown.slice(1)).toContain('4.4.312');
		expect(new Set(shown).size).toBe(shown.length);
	});

	it('opens the wizard at the entry of the likeliest cause when the text has no code of its own', () => {
		const text =
			'[Message=SubjectMismatch Expected Subject: *.contoso.com. Presented Subject: CN=mail.fabrikam.com. Thumbprint: 0123456789ABCDEF0123456789ABCDEF01234567]';
		const proof = readText(text, 'pasted', tools).proof;
		expect(proof?.wizardFrom).toBe('4.7.320');
		expect(proof?.wizard?.answers.at(-1)).toEqual({ question: 'cert-name-matches', answer: 'no' });
	});

	it('takes the host, address and port a paste names for the commands', () => {
		const text =
			'LED=450 4.4.317 Cannot connect to remote server [Message=451 4.4.0 TLS negotiation failed with error SocketError] [LastAttemptedServerName=mail.contoso.com] [LastAttemptedIP=192.0.2.44:25]';
		expect(readText(text, 'pasted', tools).proof?.values).toEqual({
			host: 'mail.contoso.com',
			ip: '192.0.2.44',
			port: '25'
		});
	});

	it('ranks the range entry of a code with no entry of its own, and says so', () => {
		const [first] = readText('4.7.651', 'typed', tools).results;
		expect(first?.entry.code).toBe('4.7.500');
		expect(first?.reason).toEqual({
			kind: 'code',
			code: '4.7.651',
			asTyped: '4.7.651',
			via: 'range'
		});
	});

	it('ranks first the documented sibling the words describe, for a code with no entry', () => {
		const text =
			'451 4.7.651 The mail server [203.0.113.15] has been temporarily rate limited due to IP reputation';
		for (const arrival of ['typed', 'pasted'] as const) {
			const [first, second] = readText(text, arrival, tools).results;
			expect(first?.entry.code).toBe('4.7.650');
			expect(first?.reason).toMatchObject({ kind: 'code', code: '4.7.651', via: 'sibling' });
			expect(second?.entry.code).toBe('4.7.500');
			expect(second?.reason).toMatchObject({ kind: 'code', code: '4.7.651', via: 'range' });
		}
	});

	it('ranks a connector error first for the help-desk sentence, never a word like "user"', () => {
		const text = 'users say emails to our local exchange server are bouncing since yesterday';
		const connector = ['4.4.312', '4.4.315', '4.4.316', '4.4.317', '4.4.318', '4.7.320', 'other'];
		for (const arrival of ['typed', 'pasted'] as const) {
			expect(connector).toContain(readText(text, arrival, tools).results[0]?.entry.code);
		}
	});

	it('reads an unknown network code as one of the other connector errors, and says so', () => {
		// 4.4.4 (unable to route) has no entry of its own: the x.4.x range of 'other' takes it.
		const [first] = readText('451 4.4.4 unable to route, no next hop', 'typed', tools).results;
		expect(first?.entry.code).toBe('other');
		expect(first?.reason).toMatchObject({ kind: 'code', code: '4.4.4', via: 'range' });
		// 4.4.8 (MTA-STS) was read that way until it got its own entry.
		const [sts] = readText('450 4.4.8 failed MTA-STS validation', 'typed', tools).results;
		expect(sts?.entry.code).toBe('4.4.8');
		// A letter typed for a digit is still read as the code it stands for, not a shorter one.
		expect(readText('4.4.3l6', 'typed', tools).results[0]?.entry.code).toBe('4.4.316');
	});

	it('ranks a 1 MB code-free paste by its words, its strongest terms only', () => {
		const filler = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor ';
		const text = `${DESCRIPTION}\n${filler.repeat(Math.ceil(1_000_000 / filler.length))}`;
		expect(text.length).toBeGreaterThan(1_000_000);
		const reading = readText(text, 'pasted', tools);
		expect(reading.basis).toBe('words');
		expect(reading.results[0]?.entry.code).toBe('4.4.315');
	});

	it('never finds nothing for a text of any evaluation set', () => {
		const sets = [loadEvalSet('tuning'), loadEvalSet('holdout'), loadEvalSet('realworld')];
		const empty = sets
			.flatMap((set) => set.queries)
			.filter((q) => readText(q.q, q.as ?? 'typed', tools).results.length === 0)
			.map((q) => q.q);
		expect(empty).toEqual([]);
	});
});
