import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { format } from '../../src/lib/i18n';
import { enPages } from '../../src/data/messages/en-pages';
import { itPages } from '../../src/data/messages/it-pages';
import { incidentFacts, MAX_LINES, ticketLines, type TicketData } from '../../src/lib/ticket';
import { NDR_CONNECTION_REFUSED, TRACE_SUBJECT_MISMATCH } from '../fixtures/formats';

const en = (key: keyof typeof enPages, params?: Record<string, string | number>) =>
	format(enPages[key], params);
const it_ = (key: keyof typeof itPages, params?: Record<string, string | number>) =>
	format(itPages[key], params);
const eml = (name: string) =>
	readFileSync(join(import.meta.dirname, '..', 'fixtures', 'sisimai', name), 'utf8');

const base: TicketData = {
	code: '450 4.4.316',
	title: 'Connection refused',
	recipientDomains: [],
	destination: null,
	detail: null,
	socket: null,
	attempts: [],
	firstAttempt: null,
	expired: null,
	findings: [],
	cause: null,
	firstStep: null
};

describe('the facts of an incident read from a real NDR', () => {
	it('finds the recipient domain and both attempts of an Exchange Online 5.4.316 NDR, oldest first', () => {
		const facts = incidentFacts(eml('lhost-office365-08.eml'));
		expect(facts.recipientDomains).toEqual(['neko.example.jp']);
		expect(facts.attempts).toEqual(['6/19/2018 7:26:11 AM', '6/19/2018 7:32:05 AM']);
		expect(facts.firstAttempt?.toISOString()).toBe('2018-06-19T07:26:11.000Z');
	});

	it('reads the last retry of a message trace line, and no recipient where none is named', () => {
		const facts = incidentFacts(TRACE_SUBJECT_MISMATCH);
		expect(facts.recipientDomains).toEqual([]);
		expect(facts.attempts).toEqual(['11/1/2017 12:12:45 PM']);
		expect(incidentFacts(NDR_CONNECTION_REFUSED)).toEqual({
			recipientDomains: [],
			attempts: [],
			firstAttempt: null
		});
	});

	it('never takes the NDR sender or the original headers for a recipient', () => {
		for (const name of ['lhost-office365-06.eml', 'lhost-office365-08.eml']) {
			const text = eml(name);
			const to = /^To: <?[^@\s]+@([^>\s]+)>?/m.exec(text)?.[1]?.toLowerCase();
			expect(incidentFacts(text).recipientDomains).not.toContain(to);
		}
	});
});

describe('the ticket', () => {
	it('says when a queued message expires: 24 hours after the first attempt, 12 at the shortest', () => {
		const lines = ticketLines(
			{ ...base, expired: false, firstAttempt: new Date('2026-12-07T08:00:00Z') },
			en
		);
		expect(lines).toEqual([
			'Mail delivery incident: 450 4.4.316 Connection refused',
			'State: queued and retried until about 2026-12-08 08:00 UTC (24 h; 2026-12-07 20:00 UTC if MessageExpiration is 12 h)'
		]);
	});

	it('holds at most 15 lines, the cause and the first step always among them', () => {
		const findings = Array.from({ length: 30 }, (_, i) => ({
			mark: '✕ Failed',
			text: `finding ${i}`,
			line: `line ${i}`
		}));
		const lines = ticketLines(
			{
				...base,
				recipientDomains: ['contoso.com'],
				destination: 'mail.contoso.com (203.0.113.10:25)',
				detail: 'Socket error code 10061',
				attempts: ['a', 'b'],
				expired: true,
				findings,
				cause: 'A firewall rejects Microsoft 365 (most likely, not proved)',
				firstStep: {
					text: 'Check: TCP 25',
					command: 'Test-NetConnection mail.contoso.com -Port 25'
				}
			},
			en
		);
		expect(lines).toHaveLength(MAX_LINES);
		expect(lines.at(-3)).toBe('… and 24 more findings');
		expect(lines.at(-2)).toBe(
			'Likely cause: A firewall rejects Microsoft 365 (most likely, not proved)'
		);
		expect(lines.at(-1)).toBe(
			'First step: Check: TCP 25 Run: Test-NetConnection mail.contoso.com -Port 25'
		);
	});

	it('keeps a pasted value with a line break on its line, and speaks Italian', () => {
		const lines = ticketLines({ ...base, detail: 'one\r\ntwo', expired: true }, it_);
		expect(lines).toEqual([
			'Incidente di recapito posta: 450 4.4.316 Connection refused',
			'Dettaglio: one two',
			'Stato: scaduto, i tentativi sono finiti e il mittente ha ricevuto un NDR; da reinviare dopo la correzione'
		]);
	});
});
