import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExchange, readExchangeAt } from '../../src/lib/evidence/exchange';
import { MAX_LINE } from '../../src/lib/evidence/types';
import { NDR_STARTTLS_REQUIRED, TRACE_SUBJECT_MISMATCH } from '../fixtures/formats';

const fixture = (name: string) =>
	readFileSync(join(import.meta.dirname, '..', 'fixtures', 'evidence', name), 'utf8');
const lines = (name: string) => fixture(name).split(/\r?\n/);
/** The day the fixtures' dates are judged on, at noon UTC. */
const NOW = new Date('2026-12-02T12:00:00Z');

const FABRIKAM_SUBJECT = 'CN=mail.fabrikam.example, O=Fabrikam Ltd, L=London, C=GB';
const HCW_CONNECTOR = 'Outbound to 6f0c2b4e-8d1a-4c3b-9e7f-2a5d8c1b0e94';

describe('Get-ExchangeCertificate', () => {
	it('reads DateInvalid beside a shown NotAfter as expired and a certificate without SMTP, with no clock', () => {
		expect(readExchange(lines('exchange-certificates.txt'))).toEqual([
			{
				id: 'cert-expired',
				line: 'Status             : DateInvalid',
				subject: FABRIKAM_SUBJECT,
				detail: '11/27/2026 8:40:03 AM'
			}
		]);
	});

	it('proves the expiry from the NotAfter line when it is judged on a date', () => {
		expect(readExchangeAt(lines('exchange-certificates.txt'), NOW)).toEqual([
			{
				id: 'cert-expired',
				line: 'NotAfter           : 11/27/2026 8:40:03 AM',
				subject: FABRIKAM_SUBJECT,
				detail: '11/27/2026 8:40:03 AM'
			}
		]);
	});

	it('reads RevocationCheckFailure from a CRLF paste, with the wrapped subject joined', () => {
		const expected = [
			{
				id: 'cert-revocation-failed',
				line: 'Status     : RevocationCheckFailure',
				subject:
					'CN=smtp.fabrikam.example, OU=Messaging and Collaboration Services, O=Fabrikam Ltd, L=London, C=GB',
				detail: 'RevocationCheckFailure'
			}
		];
		expect(readExchange(lines('exchange-revocation-crlf.txt'))).toEqual(expected);
		// 14/03/2027 (day first) and 05/06/2029 (either order) are both after NOW: nothing expired.
		expect(readExchangeAt(lines('exchange-revocation-crlf.txt'), NOW)).toEqual(expected);
	});

	it('reads the SMTP services in braces as a list, so {IMAP, POP, IIS, SMTP} is not flagged', () => {
		const paste = ['Subject  : CN=EX01', 'Services : {IMAP, POP, IIS, SMTP}', 'Status   : Valid'];
		expect(readExchange(paste)).toEqual([]);
	});

	it('reports each listed certificate as lacking SMTP when none of them serves SMTP', () => {
		const paste = [
			'Subject  : CN=WMSvc-SHA2-EX01',
			'Services : None',
			'Status   : Valid',
			'',
			'Subject  : CN=mail.fabrikam.example',
			'Services : IMAP, POP, IIS',
			'Status   : Valid'
		];
		expect(readExchange(paste)).toEqual([
			{
				id: 'cert-no-smtp',
				line: 'Services : None',
				subject: 'CN=WMSvc-SHA2-EX01',
				detail: 'None'
			},
			{
				id: 'cert-no-smtp',
				line: 'Services : IMAP, POP, IIS',
				subject: 'CN=mail.fabrikam.example',
				detail: 'IMAP, POP, IIS'
			}
		]);
		// One more certificate serving SMTP, and the list no longer lacks one.
		expect(readExchange([...paste, '', 'Subject  : CN=EX01', 'Services : IIS, SMTP'])).toEqual([]);
	});

	it('reports no missing SMTP when the paste does not show Services', () => {
		const paste = ['Subject : CN=EX01', 'Issuer  : CN=EX01', 'Status  : Valid'];
		expect(readExchange(paste)).toEqual([]);
	});

	it('reports DateInvalid as nothing without a shown NotAfter', () => {
		expect(readExchange(['Subject : CN=EX01', 'Status  : DateInvalid'])).toEqual([]);
	});

	it('reads a lone `fl Status` of RevocationCheckFailure, with no subject to name', () => {
		expect(readExchange(['Status : RevocationCheckFailure'])).toEqual([
			{
				id: 'cert-revocation-failed',
				line: 'Status : RevocationCheckFailure',
				detail: 'RevocationCheckFailure'
			}
		]);
	});
});

describe('NotAfter judged on a date whose culture the paste does not name', () => {
	const certificate = (notAfter: string, status = 'Valid') => [
		'Subject  : CN=mail.fabrikam.example',
		`NotAfter : ${notAfter}`,
		`Status   : ${status}`
	];
	const expired = (notAfter: string) => [
		{
			id: 'cert-expired',
			line: `NotAfter : ${notAfter}`,
			subject: 'CN=mail.fabrikam.example',
			detail: notAfter
		}
	];

	it.each([
		['11/27/2026 8:40:03 AM', 'US, month first (27 cannot be a month)'],
		['27/11/2026 08:40:03', 'day first (27 cannot be a month)'],
		['2026-11-27 08:40:03', 'ISO order'],
		['27.11.2026 08:40:03', 'dotted, day first'],
		['05/06/2026 10:00:00', 'either order: 6 May and 5 June are both before 2 December']
	])('reads %s (%s) as expired on 2026-12-02', (notAfter) => {
		expect(readExchangeAt(certificate(notAfter), NOW)).toEqual(expired(notAfter));
	});

	it.each([
		['05/06/2027 10:00:00', 'either order falls after 2 December 2026'],
		['06/12/2026 10:00:00', '12 June is past but 6 December is not: undecided'],
		['2026-12-02 08:00:00', 'four hours before now: within the widest time-zone offset'],
		['12/2/2026 11:00:00 PM', '2 December at 23:00 is within the margin, 12 February is past'],
		['31/02/2026 10:00:00', 'no such date'],
		['Friday, 27 November 2026', 'a long date format that is not read']
	])('does not report %s as expired (%s)', (notAfter) => {
		expect(readExchangeAt(certificate(notAfter), NOW)).toEqual([]);
	});

	it('lets an undecided date fall back to DateInvalid, proved by the Status line', () => {
		expect(readExchangeAt(certificate('06/12/2026 10:00:00', 'DateInvalid'), NOW)).toEqual([
			{
				id: 'cert-expired',
				line: 'Status   : DateInvalid',
				subject: 'CN=mail.fabrikam.example',
				detail: '06/12/2026 10:00:00'
			}
		]);
	});

	it('reads DateInvalid with a NotAfter after now as not yet valid, so not as expired', () => {
		const notYetValid = certificate('2027-03-14 23:59:59', 'DateInvalid');
		expect(readExchangeAt(notYetValid, NOW)).toEqual([]);
		// Without a clock the reader cannot tell the two meanings of DateInvalid apart.
		expect(readExchange(notYetValid)).toEqual([
			{
				id: 'cert-expired',
				line: 'Status   : DateInvalid',
				subject: 'CN=mail.fabrikam.example',
				detail: '2027-03-14 23:59:59'
			}
		]);
	});
});

describe('Get-ReceiveConnector', () => {
	const stale = {
		id: 'receive-connector-stale-certificate',
		line: 'TlsCertificateName : <I>CN=Fabrikam Issuing CA 01, O=Fabrikam Ltd, C=GB<S>CN=mail.fabrikam.example, O=Fabrikam',
		subject: 'EX01\\Default Frontend EX01',
		detail:
			'<I>CN=Fabrikam Issuing CA 01, O=Fabrikam Ltd, C=GB<S>CN=mail.fabrikam.example, O=Fabrikam Ltd, L=London, C=GB'
	};
	const noTls = {
		id: 'receive-connector-no-tls',
		line: 'AuthMechanism      : Integrated, BasicAuthRequireTLS',
		subject: 'EX02\\Default Frontend EX02',
		detail: 'Integrated, BasicAuthRequireTLS'
	};

	it('flags the connector naming the replaced certificate and not the one naming the new certificate', () => {
		// EX02 names the new certificate with other spacing and a wrap inside "Fabrikam": it matches.
		expect(readExchange(lines('exchange-hybrid-receive.txt'))).toEqual([stale, noTls]);
	});

	it('calls no name stale when the paste lists no certificates', () => {
		const all = lines('exchange-hybrid-receive.txt');
		const connectorsOnly = all.slice(
			all.findIndex((line) => line.includes('Get-ReceiveConnector'))
		);
		expect(readExchange(connectorsOnly)).toEqual([noTls]);
	});

	it('flags a name that matches only a certificate not serving SMTP', () => {
		const iisOnly = lines('exchange-hybrid-receive.txt').map((line) =>
			line === 'Services   : IIS, SMTP' ? 'Services   : IIS' : line
		);
		const findings = readExchange(iisOnly);
		// A certificate whose services are not shown may serve SMTP: no "lacks SMTP" is claimed.
		expect(findings.map((finding) => [finding.id, finding.subject])).toEqual([
			['receive-connector-stale-certificate', 'EX01\\Default Frontend EX01'],
			['receive-connector-stale-certificate', 'EX02\\Default Frontend EX02'],
			['receive-connector-no-tls', 'EX02\\Default Frontend EX02']
		]);
	});

	it.each([
		['Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer', []],
		['{Tls, ExternalAuthoritative}', []],
		['Integrated, BasicAuthRequireTLS', ['receive-connector-no-tls']],
		['None', ['receive-connector-no-tls']]
	])('reads AuthMechanism %s item by item', (auth, expected) => {
		const paste = ['Identity      : EX01\\Client Frontend EX01', `AuthMechanism : ${auth}`];
		expect(readExchange(paste).map((finding) => finding.id)).toEqual(expected);
	});
});

describe('Get-OutboundConnector', () => {
	it('reads the route and the name checked of each connector', () => {
		expect(readExchange(lines('exchange-outbound.txt'))).toEqual([
			{
				id: 'connector-smart-host',
				line: 'SmartHosts       : {mail.fabrikam.example}',
				subject: HCW_CONNECTOR,
				detail: 'mail.fabrikam.example'
			},
			{
				id: 'connector-tls-domain',
				line: 'TlsDomain        : mail.fabrikam.example',
				subject: HCW_CONNECTOR,
				detail: 'mail.fabrikam.example'
			},
			{
				id: 'connector-uses-mx',
				line: 'UseMXRecord      : True',
				subject: 'Partner TLS to Contoso'
			},
			{
				id: 'connector-smart-host',
				line: 'SmartHosts       : {192.0.2.25, 198.51.100.25}',
				subject: 'Relay via DMZ',
				detail: '192.0.2.25'
			}
		]);
	});
});

describe('a paste of several cmdlets', () => {
	it('reads every cmdlet of one paste, in the order of the text', () => {
		const paste = [
			...lines('exchange-outbound.txt'),
			...lines('exchange-hybrid-receive.txt'),
			...lines('exchange-revocation-crlf.txt')
		];
		expect(readExchange(paste).map((finding) => finding.id)).toEqual([
			'connector-smart-host',
			'connector-tls-domain',
			'connector-uses-mx',
			'connector-smart-host',
			'receive-connector-stale-certificate',
			'receive-connector-no-tls',
			'cert-revocation-failed'
		]);
	});
});

describe('text that is not Exchange Management Shell output', () => {
	const dig = [
		'; <<>> DiG 9.18.28 <<>> mail.fabrikam.example',
		';; global options: +cmd',
		';; Got answer:',
		';; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 40211',
		';; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 1',
		'',
		';; QUESTION SECTION:',
		';mail.fabrikam.example.\t\tIN\tA'
	];
	const prose = [
		'Hi team, the certificate Status: RevocationCheckFailure showed up after the renewal.',
		'UseMXRecord is True on the partner connector : we will change it tonight.'
	];

	it.each([
		['an Exchange Online NDR with its headers', lines('exchange-online-ndr.txt')],
		['a telnet session', lines('telnet-starttls.txt')],
		['an s_client transcript', lines('s_client-valid-tls.txt')],
		['one-line NDR and trace texts', [NDR_STARTTLS_REQUIRED, TRACE_SUBJECT_MISMATCH]],
		['a dig output', dig],
		['prose', prose],
		['nothing', []]
	])('reads %s as no finding', (_name, text) => {
		expect(readExchange(text)).toEqual([]);
	});
});

describe('hostile input', () => {
	it('reads 100,000 empty Status lines as one object with nothing to report', () => {
		expect(readExchange(Array.from({ length: 100_000 }, () => 'Status : '))).toEqual([]);
	});

	it('reports 100,000 RevocationCheckFailure lines, in one object or in many, once', () => {
		const line = 'Status : RevocationCheckFailure';
		const once = [{ id: 'cert-revocation-failed', line, detail: 'RevocationCheckFailure' }];
		expect(readExchange(Array.from({ length: 100_000 }, () => line))).toEqual(once);
		const separate = Array.from({ length: 100_000 }, (_, i) => (i % 2 === 0 ? line : ''));
		expect(readExchange(separate)).toEqual(once);
	});

	it('bounds a 1 MB subject to MAX_LINE characters in the finding', () => {
		const subject = `CN=${'a'.repeat(1_000_000)}`;
		const findings = readExchange([`Subject : ${subject}`, 'Status  : RevocationCheckFailure']);
		expect(findings).toEqual([
			{
				id: 'cert-revocation-failed',
				line: 'Status  : RevocationCheckFailure',
				subject: `${subject.slice(0, MAX_LINE - 1)}…`,
				detail: 'RevocationCheckFailure'
			}
		]);
	});

	it('does not compare a 1 MB TlsCertificateName, whole or wrapped, so calls it not stale', () => {
		const certificates = lines('exchange-hybrid-receive.txt').slice(0, 22);
		const long = `<I>CN=Fabrikam Issuing CA 02<S>CN=${'b'.repeat(1_000_000)}`;
		const whole = [
			...certificates,
			'Identity           : EX03\\Big',
			`TlsCertificateName : ${long}`
		];
		const wrapped = [
			...certificates,
			'Identity           : EX03\\Big',
			'TlsCertificateName : <I>CN=Fabrikam Issuing CA 02<S>CN=',
			...Array.from({ length: 10_000 }, () => `                     ${'c'.repeat(100)}`)
		];
		const ids = (paste: string[]) => readExchange(paste).map((finding) => finding.id);
		expect(ids(whole)).toEqual([]);
		expect(ids(wrapped)).toEqual([]);
		// The same name, short enough to compare, whole or wrapped, is stale: no listed one matches.
		const short = `<I>CN=Fabrikam Issuing CA 02<S>CN=${'b'.repeat(100)}`;
		expect(
			ids([...certificates, 'Identity           : EX03\\Big', `TlsCertificateName : ${short}`])
		).toEqual(['receive-connector-stale-certificate']);
		expect(
			ids([
				...certificates,
				'Identity           : EX03\\Big',
				'TlsCertificateName : <I>CN=Fabrikam Issuing CA 02<S>CN=',
				...Array.from({ length: 3 }, () => `                     ${'c'.repeat(100)}`)
			])
		).toEqual(['receive-connector-stale-certificate']);
	});

	it('reads a 1 MB line without a colon as no finding', () => {
		expect(readExchange([' '.repeat(1_000_000), 'x'.repeat(1_000_000)])).toEqual([]);
	});
});
