import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog';
import { dnsResultTexts, socketErrorTexts, tlsKindTexts } from '../../src/data/parse-text';
import { LANGS } from '../../src/lib/catalog/types';
import {
	CAUSE_RULES,
	looksLikePaste,
	parsePaste,
	type CodeRole,
	type Diagnosis,
	type FoundCode
} from '../../src/lib/parse';
import * as formats from '../fixtures/formats';
import { randomText } from '../fixtures/random';

const CORPUS_DIR = fileURLToPath(new URL('../fixtures/sisimai/', import.meta.url));

function corpusFile(name: string): string {
	return readFileSync(`${CORPUS_DIR}${name}`, 'utf8');
}

/** The expected codes of one corpus file (labels.json, validated rather than cast). */
interface Label {
	readonly primary: string | null;
	readonly also: readonly string[];
}

function isStringArray(value: unknown): value is string[] {
	return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function readLabels(): Map<string, Label> {
	const parsed: unknown = JSON.parse(corpusFile('labels.json'));
	if (typeof parsed !== 'object' || parsed === null || !('files' in parsed)) {
		throw new Error('labels.json: no "files"');
	}
	const files: unknown = parsed.files;
	if (typeof files !== 'object' || files === null) throw new Error('labels.json: bad "files"');
	const labels = new Map<string, Label>();
	for (const [name, entry] of Object.entries(files)) {
		if (typeof entry !== 'object' || entry === null || !('primary' in entry)) {
			throw new Error(`labels.json: bad entry ${name}`);
		}
		const primary: unknown = entry.primary;
		const also: unknown = 'also' in entry ? entry.also : [];
		if ((primary !== null && typeof primary !== 'string') || !isStringArray(also)) {
			throw new Error(`labels.json: bad entry ${name}`);
		}
		labels.set(name, { primary, also });
	}
	return labels;
}

const LABELS = readLabels();

const NOTHING: Diagnosis = {
	codes: [],
	primary: null,
	host: null,
	ip: null,
	port: null,
	detail: null,
	socketError: null,
	dns: null,
	tls: null,
	lastRetry: null,
	expired: false,
	causes: []
};

/** A found code from the text it was read from: found('550 5.4.316', 'primary'). */
function found(asFound: string, role: CodeRole): FoundCode {
	const parts = asFound.split(/[ -]/);
	const code = parts[parts.length - 1] ?? '';
	return { code, reply: parts.length > 1 ? (parts[0] ?? null) : null, asFound, role };
}

/** A whole expected result: what is not given is absent. */
function diagnosis(facts: Partial<Diagnosis>): Diagnosis {
	const codes = facts.codes ?? [];
	return { ...NOTHING, primary: codes[0] ?? null, ...facts };
}

/** RFC 3463 §2 grammar of a canonical code. */
const CANONICAL_CODE = /^[245]\.(?:0|[1-9]\d{0,2})\.(?:0|[1-9]\d{0,2})$/;

describe('the sisimai corpus (real bounces from Microsoft servers)', () => {
	const emlFiles = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.eml'));

	it('has a label for every .eml file, so none goes untested', () => {
		expect(emlFiles.filter((f) => !LABELS.has(f))).toEqual([]);
		expect(emlFiles.length).toBe(LABELS.size);
	});

	it.each([...LABELS].map(([file, label]) => [file, label.primary ?? 'none', label] as const))(
		'%s gives primary code %s and contains its other labelled codes',
		(file, _primary, label) => {
			const result = parsePaste(corpusFile(file));
			expect(result.primary?.code ?? null).toBe(label.primary);
			expect(result.primary?.role ?? 'primary').toBe('primary');
			const codes = result.codes.map((c) => c.code);
			for (const also of label.also) expect(codes).toContain(also);
			if (label.primary === null) expect(result.codes).toEqual([]);
		}
	);

	it('reads an EOP "connection refused" NDR completely (5.4.316 after 4.4.316 retries)', () => {
		expect(parsePaste(corpusFile('lhost-office365-08.eml'))).toEqual(
			diagnosis({
				codes: [found('550 5.4.316', 'primary'), found('450 4.4.316', 'retry')],
				host: 'neko.example.jp',
				ip: '153.126.192.107',
				port: 25,
				detail: 'Socket error code 10061',
				socketError: 10061,
				expired: true,
				causes: ['firewall-blocks-m365', 'migrated-on-prem-shut-down']
			})
		);
	});

	it('reads an EOP "DNS query failed" NDR completely, IP from the attempt history', () => {
		expect(parsePaste(corpusFile('lhost-office365-06.eml'))).toEqual(
			diagnosis({
				codes: [found('550 5.4.312', 'primary'), found('450 4.4.312', 'retry')],
				host: 'libsisimai.org',
				ip: '25.152.252.27',
				detail: 'InfoNoRecords',
				dns: 'InfoNoRecords',
				expired: true,
				causes: ['dns-hosting-problem', 'mx-recently-changed', 'domain-expired']
			})
		);
	});

	it('reads an on-premises QUEUE.Expired NDR: 4.4.7 primary, 4.4.1 retry, Winsock 10060', () => {
		expect(parsePaste(corpusFile('lhost-exchange2007-05.eml'))).toEqual(
			diagnosis({
				codes: [found('550 4.4.7', 'primary'), found('441 4.4.1', 'retry')],
				host: 'student.mlcsyd.nsw.edu.au',
				ip: '10.1.1.3',
				port: 25,
				socketError: 10060,
				expired: true,
				causes: ['server-down', 'wrong-smart-host']
			})
		);
	});

	it('finds nothing at all in an Exchange 2003 NDR (version numbers and IPs only)', () => {
		expect(parsePaste(corpusFile('lhost-exchange2003-02.eml'))).toEqual(NOTHING);
	});

	it('ignores codes and PTR:InfoNoRecords inside the returned original message', () => {
		const result = parsePaste(corpusFile('lhost-office365-08.eml'));
		expect(result.dns).toBeNull();
		expect(result.codes.map((c) => c.code)).toEqual(['5.4.316', '4.4.316']);
	});
});

describe('the same NDR in every wrapping an admin may paste', () => {
	const source = corpusFile('lhost-office365-08.eml');
	const whole = parsePaste(source);
	const boundary = '\n--e227aba6-3ba8-4338-af1b-ca67412ab125';
	const plainStart = source.indexOf('Delivery has failed');
	const plainQp = source.slice(plainStart, source.indexOf(boundary, plainStart));
	const htmlStart = source.indexOf('<html>');
	const htmlQp = source.slice(htmlStart, source.indexOf(boundary, htmlStart));
	// The body alone has no Status: field; its attempt history gives the same codes and facts.
	const fromBody = whole;

	it('gives the same result with CRLF line endings', () => {
		expect(parsePaste(source.replace(/\n/g, '\r\n'))).toEqual(whole);
	});

	it('gives the same result with CR-only line endings', () => {
		expect(parsePaste(source.replace(/\n/g, '\r'))).toEqual(whole);
	});

	it('reads the text/plain body pasted still quoted-printable (soft breaks, =3D)', () => {
		expect(plainQp).toContain('=3D');
		expect(parsePaste(plainQp)).toEqual(fromBody);
	});

	it('reads the text/plain body as a mail client shows it (decoded)', () => {
		const decoded = plainQp.replace(/=\n/g, '').replace(/=3D/g, '=');
		expect(parsePaste(decoded)).toEqual(fromBody);
	});

	it('reads the HTML body pasted as source (quoted-printable, tags, &#43; entities)', () => {
		expect(htmlQp).toContain('<br>');
		expect(parsePaste(htmlQp)).toEqual(fromBody);
	});

	it('reads an NDR forwarded as an attachment (message/rfc822 inside multipart/mixed)', () => {
		const forward = [
			'From: user@example.net',
			'To: admin@example.net',
			'Subject: FW: Undeliverable',
			'MIME-Version: 1.0',
			'Content-Type: multipart/mixed; boundary="fwd"',
			'',
			'--fwd',
			'Content-Type: text/plain',
			'',
			'This keeps bouncing, can you look?',
			'--fwd',
			'Content-Type: message/rfc822',
			'',
			source,
			'--fwd--'
		].join('\n');
		expect(parsePaste(forward)).toEqual(whole);
	});

	it('reads the MIME body pasted without the message header', () => {
		const headless = source.slice(source.indexOf('--ba016ad5-e34f-4e12-b45d-abfd610b3b50'));
		expect(parsePaste(headless)).toEqual(whole);
	});

	it('joins soft line breaks without reading "LED=450" as an escape', () => {
		const text =
			'LED=450 4.4.316 Connection refused [LastAttemptedServerName=mx.exa=\nmple.jp] [LastAt=\ntemptedIP=192.0.2.107:25]';
		expect(parsePaste(text)).toEqual(
			diagnosis({
				codes: [found('450 4.4.316', 'primary')],
				host: 'mx.example.jp',
				ip: '192.0.2.107',
				port: 25,
				causes: ['firewall-blocks-m365', 'migrated-on-prem-shut-down']
			})
		);
	});

	it('decodes a base64 text part and quoted-printable UTF-8 in the detail', () => {
		const report = Buffer.from("Remote Server returned '550 5.1.1 User unknown'").toString(
			'base64'
		);
		const message = [
			'From: postmaster@example.org',
			'Subject: Undeliverable',
			'MIME-Version: 1.0',
			'Content-Type: multipart/mixed; boundary=XX',
			'',
			'--XX',
			'Content-Type: text/plain; charset=utf-8',
			'Content-Transfer-Encoding: base64',
			'',
			report,
			'--XX',
			'Content-Type: text/plain; charset=utf-8',
			'Content-Transfer-Encoding: quoted-printable',
			'',
			'[Message=3DServeur indisponible, r=C3=A9essayez plus tard]',
			'--XX--'
		].join('\r\n');
		expect(parsePaste(message)).toEqual(
			diagnosis({
				codes: [found('550 5.1.1', 'primary')],
				detail: 'Serveur indisponible, réessayez plus tard'
			})
		);
	});

	it('stops at the Italian "Intestazioni del messaggio originale"', () => {
		const body = [
			'Informazioni di diagnostica per gli amministratori:',
			"Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'",
			'Intestazioni del messaggio originale:',
			'Subject: 5.7.1'
		].join('\n');
		expect(parsePaste(body).codes).toEqual([found('550 5.1.10', 'primary')]);
	});

	it("does not take Exchange Online's own datacenter server for the destination", () => {
		const line =
			"6/19/2018 7:32:05 AM - Server at SG2APC01HT007.eop-APC01.prod.protection.outlook.com returned '550 5.4.316 Message expired, connection refused(Socket error code 10061)'";
		expect(parsePaste(line).host).toBeNull();
	});

	it('decodes HTML character references in a copied text', () => {
		const text =
			'Remote Server returned &#39;550 5.1.1 &lt;kijitora@example.org&gt;... User unknown&#39;';
		expect(parsePaste(text).codes).toEqual([found('550 5.1.1', 'primary')]);
	});

	it('joins a Postfix report wrapped between the reply and the code', () => {
		const text = [
			'<kijitora@example.org>: host',
			'    example.org.mail.protection.outlook.com[198.51.100.2] said: 550',
			'    5.4.1 [kijitora@example.org]: Recipient address rejected: Access denied'
		].join('\n');
		expect(parsePaste(text)).toEqual(
			diagnosis({
				codes: [found('550 5.4.1', 'primary')],
				host: 'example.org.mail.protection.outlook.com',
				ip: '198.51.100.2'
			})
		);
	});
});

describe('the one-line formats of Exchange Online and Exchange on-premises', () => {
	const cases: readonly (readonly [string, string, Diagnosis])[] = [
		[
			'NDR 4.4.312 DNS query failed: host, detail, InfoNoRecords',
			formats.NDR_DNS_INFO_NO_RECORDS,
			diagnosis({
				codes: [found('450 4.4.312', 'primary')],
				host: 'mail.example.org',
				detail: 'InfoNoRecords',
				dns: 'InfoNoRecords',
				causes: ['dns-hosting-problem', 'mx-recently-changed', 'domain-expired']
			})
		],
		[
			'NDR 4.4.316 Connection refused: host, IP and port, socket error 10061',
			formats.NDR_CONNECTION_REFUSED,
			diagnosis({
				codes: [found('450 4.4.316', 'primary')],
				host: 'mx.example.jp',
				ip: '192.0.2.107',
				port: 25,
				detail: 'Socket error code 10061',
				socketError: 10061,
				causes: ['firewall-blocks-m365', 'migrated-on-prem-shut-down']
			})
		],
		[
			'NDR 4.4.317 Cannot establish session: Winsock 995',
			formats.NDR_CANNOT_ESTABLISH_SESSION,
			diagnosis({
				codes: [found('450 4.4.317', 'primary')],
				host: 'smtp.example.net',
				ip: '203.0.113.25',
				port: 25,
				detail: 'Failed to connect. Winsock error code: 995, Win32 error code: 995',
				socketError: 995,
				causes: ['server-immediate-error', 'tls-required-not-supported']
			})
		],
		[
			'NDR 4.4.317 with the server demanding STARTTLS: the inner 5.7.3 is "other"',
			formats.NDR_STARTTLS_REQUIRED,
			diagnosis({
				codes: [found('450 4.4.317', 'primary'), found('451 5.7.3', 'other')],
				host: 'smtp.example.net',
				ip: '203.0.113.25',
				port: 25,
				detail: '451 5.7.3 STARTTLS is required to send mail',
				tls: { kind: 'starttls-required', expected: null, presented: null },
				causes: ['tls-required-not-supported']
			})
		],
		[
			'trace 4.7.320 SubjectMismatch: FQDN, empty IP=, LRT',
			formats.TRACE_SUBJECT_MISMATCH,
			diagnosis({
				codes: [found('450 4.7.320', 'primary')],
				host: 'mail.contoso.com',
				detail: 'SubjectMismatch',
				tls: { kind: 'subject-mismatch', expected: null, presented: null },
				lastRetry: '11/1/2017 12:12:45 PM',
				causes: ['cert-subject-mismatch']
			})
		],
		[
			'trace SubjectMismatch message: expected and presented subjects',
			formats.TRACE_SUBJECT_MISMATCH_MESSAGE,
			diagnosis({
				detail:
					'SubjectMismatch Expected Subject: *.contoso.com. Presented Subject: CN=ExchangeServer01. Thumbprint: 0123456789ABCDEF0123456789ABCDEF01234567',
				tls: {
					kind: 'subject-mismatch',
					expected: '*.contoso.com',
					presented: 'CN=ExchangeServer01'
				},
				causes: ['cert-subject-mismatch']
			})
		],
		[
			'trace 4.4.317 TLS negotiation failed: the inner 4.4.0 is "other"',
			formats.TRACE_TLS_NEGOTIATION_FAILED,
			diagnosis({
				codes: [found('450 4.4.317', 'primary'), found('451 4.4.0', 'other')],
				host: 'mail.contoso.com',
				ip: '192.0.2.44',
				port: 25,
				detail: '451 4.4.0 TLS negotiation failed with error SocketError',
				tls: { kind: 'negotiation-failed', expected: null, presented: null },
				causes: ['tls-required-not-supported', 'cert-expired', 'cert-no-longer-valid']
			})
		],
		[
			'on-premises 4.4.0 primary target timed out (421 4.4.1 inside)',
			formats.ONPREM_PRIMARY_TARGET_TIMED_OUT,
			diagnosis({
				codes: [found('451 4.4.0', 'primary'), found('421 4.4.1', 'other')],
				causes: ['server-down', 'wrong-smart-host']
			})
		],
		[
			'on-premises LED=451 4.4.395 -> 421 4.4.1: FQDN, empty MSG=, LRT',
			formats.ONPREM_TARGET_HOST_RESPONDED,
			diagnosis({
				codes: [found('451 4.4.395', 'primary'), found('421 4.4.1', 'other')],
				host: 'smtp.example.net',
				lastRetry: '3/14/2024 9:41:07 AM',
				causes: ['server-down', 'wrong-smart-host']
			})
		],
		[
			'on-premises 441 4.4.1 Winsock 10060: last endpoint with port',
			formats.ONPREM_WINSOCK_10060,
			diagnosis({
				codes: [found('441 4.4.1', 'primary')],
				ip: '10.1.1.3',
				port: 25,
				socketError: 10060,
				causes: ['server-down', 'wrong-smart-host']
			})
		],
		[
			'on-premises 550 4.4.7 QUEUE.Expired: expired, no cause of its own',
			formats.ONPREM_QUEUE_EXPIRED,
			diagnosis({ codes: [found('550 4.4.7', 'primary')], expired: true })
		],
		[
			'on-premises DNS NonExistentDomain',
			formats.ONPREM_NON_EXISTENT_DOMAIN,
			diagnosis({
				codes: [found('451 4.4.0', 'primary')],
				dns: 'NonExistentDomain',
				causes: ['domain-expired', 'dns-hosting-problem', 'mx-recently-changed']
			})
		],
		[
			'on-premises SuspiciousRemoteServerError',
			formats.ONPREM_SUSPICIOUS_REMOTE_SERVER,
			diagnosis({
				codes: [found('451 4.4.0', 'primary')],
				causes: ['server-unhealthy', 'firewall-smtp-inspection', 'network-problems']
			})
		],
		[
			'protocol log UnknownCredentials',
			formats.PROTOCOL_LOG_UNKNOWN_CREDENTIALS,
			diagnosis({
				tls: { kind: 'no-credentials', expected: null, presented: null },
				causes: ['cert-no-longer-valid', 'cert-expired', 'tls-required-not-supported']
			})
		],
		[
			'protocol log NoCredentials',
			formats.PROTOCOL_LOG_NO_CREDENTIALS,
			diagnosis({
				tls: { kind: 'no-credentials', expected: null, presented: null },
				causes: ['cert-no-longer-valid', 'cert-expired', 'tls-required-not-supported']
			})
		],
		[
			'NDR 550 5.4.316 Message expired, connection refused',
			formats.NDR_EXPIRED_REFUSED,
			diagnosis({
				codes: [found('550 5.4.316', 'primary')],
				socketError: 10061,
				expired: true,
				causes: ['firewall-blocks-m365', 'migrated-on-prem-shut-down']
			})
		],
		[
			'NDR 550 5.4.312 Message expired, DNS query failed',
			formats.NDR_EXPIRED_DNS,
			diagnosis({
				codes: [found('550 5.4.312', 'primary')],
				dns: 'InfoNoRecords',
				expired: true,
				causes: ['dns-hosting-problem', 'mx-recently-changed', 'domain-expired']
			})
		],
		[
			'the "Messages queued" flyout',
			formats.FLYOUT_QUEUED,
			diagnosis({
				codes: [found('450 4.4.316', 'primary')],
				host: 'mail.contoso.com',
				ip: '203.0.113.10',
				port: 25,
				detail: 'Socket error code 10061',
				socketError: 10061,
				causes: ['firewall-blocks-m365', 'migrated-on-prem-shut-down']
			})
		],
		[
			'Get-Queue | Format-List with a wrapped LastError',
			formats.GET_QUEUE_FORMAT_LIST,
			diagnosis({
				codes: [found('441 4.4.1', 'primary')],
				host: 'smtp.example.net',
				ip: '192.0.2.44',
				port: 25,
				socketError: 10061,
				causes: ['firewall-blocks-m365', 'migrated-on-prem-shut-down']
			})
		]
	];

	it.each(cases)('reads %s', (_name, text, expected) => {
		expect(parsePaste(text)).toEqual(expected);
	});

	it('covers every format of the fixtures file', () => {
		const tested = new Set(cases.map(([, text]) => text));
		expect(Object.values(formats).filter((text) => !tested.has(text))).toEqual([]);
	});
});

describe('likely causes (the rules table)', () => {
	const causesOf = (text: string) => parsePaste(text).causes;

	it('names only cause ids that exist in the catalog', () => {
		const known = new Set(catalog.flatMap((entry) => entry.causes.map((c) => c.id)));
		const named = CAUSE_RULES.flatMap((rule) => rule.causes);
		expect(named.filter((id) => !known.has(id))).toEqual([]);
	});

	it('gives the refused causes for 4.4.316 alone', () => {
		expect(causesOf('4.4.316')).toEqual(['firewall-blocks-m365', 'migrated-on-prem-shut-down']);
	});

	it('gives the time-out causes for 4.4.315', () => {
		expect(causesOf('450 4.4.315 Connection timed out')).toEqual([
			'server-down',
			'wrong-smart-host'
		]);
	});

	it('gives the closed-abruptly causes for 4.4.318 and for socket error 10054', () => {
		const abrupt = ['server-unhealthy', 'firewall-smtp-inspection', 'network-problems'];
		expect(causesOf('450 4.4.318 Connection was closed abruptly')).toEqual(abrupt);
		expect(causesOf('Socket error code 10054')).toEqual(abrupt);
	});

	it('puts the DNS host first for 4.4.312 with ServerFailure', () => {
		expect(causesOf('450 4.4.312 DNS query failed [Message=ServerFailure]')[0]).toBe(
			'dns-hosting-problem'
		);
	});

	it('puts the lapsed domain first for 4.4.312 with NonExistentDomain', () => {
		expect(causesOf('450 4.4.312 DNS query failed [Message=NonExistentDomain]')).toEqual([
			'domain-expired',
			'dns-hosting-problem',
			'mx-recently-changed'
		]);
	});

	it('gives the immediate-error cause for 4.4.317 with "Service not available"', () => {
		expect(
			causesOf(
				'450 4.4.317 Cannot connect to remote server [Message=421 4.3.2 Service not available]'
			)
		).toEqual(['server-immediate-error']);
	});

	it('gives all three certificate causes for 4.7.320 without a detail', () => {
		expect(causesOf('450 4.7.320 Certificate validation failed')).toEqual([
			'cert-expired',
			'cert-subject-mismatch',
			'cert-no-longer-valid'
		]);
	});

	it('gives the expired certificate for 4.7.320 with CertificateExpired', () => {
		expect(
			causesOf('450 4.7.320 Certificate validation failed [Message=CertificateExpired]')
		).toEqual(['cert-expired']);
	});

	it('gives no connector cause to a mailbox error that mentions a time-out', () => {
		expect(causesOf("Remote Server returned '550 5.1.1 User unknown (lookup timed out)'")).toEqual(
			[]
		);
	});

	it('gives no cause when nothing points anywhere', () => {
		expect(causesOf('550 5.7.1 Unable to relay')).toEqual([]);
	});
});

describe('codes that are not there', () => {
	it.each([
		['an Exchange build number', 'Microsoft SMTP Server id 15.20.0863.000'],
		['an Internet Mail Service version', 'Internet Mail Service (5.5.2657.72)'],
		['an IPv4 address containing 2.0.2', 'sender IP is 192.0.2.23'],
		['an address with port', 'The last endpoint attempted was 10.1.1.3:25'],
		['a dotted date', 'Sent on 4.04.2024 at 5.30.00'],
		['a subject with a leading zero', 'code 5.01.1'],
		['a dotted number longer than a code', 'build 5.4.316.1'],
		['a code glued to a word', 'v2.1.3 and TLS1.2.3'],
		['an ISO timestamp', '2024-04-29T23:34:45.000Z'],
		['an RFC number before a field name', 'the 5322.From address'],
		['an IPv6 zone', '([fe80::fc54:69d1:3236:fd2a%7])'],
		['a detail of four digits', '5.4.3160']
	])('finds no code in %s', (_what, text) => {
		expect(parsePaste(text).codes).toEqual([]);
	});

	it('accepts a code at the end of a sentence and in parentheses', () => {
		expect(parsePaste('The NDR said 5.4.316. (see 4.4.7)').codes.map((c) => c.code)).toEqual([
			'5.4.316',
			'4.4.7'
		]);
	});

	it('keeps the reply of a multiline SMTP reply ("550-5.7.1")', () => {
		expect(parsePaste('550-5.7.1 Unable to relay').primary).toEqual(found('550-5.7.1', 'primary'));
	});

	it('takes the reply from the Diagnostic-Code when the Status field has none', () => {
		const dsn = 'Status: 5.4.316\nDiagnostic-Code: smtp;550 5.4.316 Message expired';
		expect(parsePaste(dsn).codes).toEqual([found('550 5.4.316', 'primary')]);
	});

	it('skips a returned original message (message/rfc822) and its codes', () => {
		const message = [
			'From: postmaster@example.org',
			'To: admin@example.net',
			'Subject: Undeliverable',
			'MIME-Version: 1.0',
			'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
			'',
			'--b1',
			'Content-Type: message/delivery-status',
			'',
			'Final-Recipient: rfc822;user@example.jp',
			'Action: failed',
			'Status: 4.4.7',
			'',
			'--b1',
			'Content-Type: message/rfc822',
			'',
			'Subject: Re: earlier bounce',
			'',
			"Remote Server returned '550 5.7.1 Unable to relay' [LastAttemptedServerName=relay.example.com]",
			'--b1--'
		].join('\n');
		expect(parsePaste(message)).toEqual(
			diagnosis({ codes: [found('4.4.7', 'primary')], expired: true })
		);
	});

	it('stops at "Original message headers:" in a pasted body', () => {
		const body = [
			'Diagnostic information for administrators:',
			"Remote Server returned '550 5.4.316 Message expired, connection refused'",
			'',
			'Original message headers:',
			'Subject: about the 5.7.1 error',
			'X-Forefront-Antispam-Report: SFV:NSPM;PTR:InfoNoRecords;',
			'[LastAttemptedServerName=quoted.example.com]'
		].join('\n');
		expect(parsePaste(body)).toEqual(
			diagnosis({
				codes: [found('550 5.4.316', 'primary')],
				expired: true,
				causes: ['firewall-blocks-m365', 'migrated-on-prem-shut-down']
			})
		);
	});
});

describe('hostile input', () => {
	const noisy = 'abcdefxyzABCXYZ0123456789.....    \n\t=<>&;:[]{}()\'"#-_/';
	const megabyte = randomText(1_000_000, noisy, 20240314);

	it('parses 1 MB of seeded random text without throwing, every code genuine', () => {
		const result = parsePaste(megabyte);
		for (const c of result.codes) {
			expect(c.code).toMatch(CANONICAL_CODE);
			expect(megabyte).toContain(c.asFound);
		}
		expect(result.codes.length).toBeLessThanOrEqual(50);
	});

	it('finds no code in 100k repetitions of "4.4."', () => {
		expect(parsePaste('4.4.'.repeat(100_000))).toEqual(NOTHING);
	});

	it('finds no code in 50k random digits and dots', () => {
		expect(parsePaste(randomText(50_000, '0123456789.', 7)).codes).toEqual([]);
		expect(parsePaste(randomText(50_000, '245..', 11)).codes).toEqual([]);
	});

	it('reads a code between NUL bytes', () => {
		const text = `${'\0'.repeat(1000)}450 4.4.316 Connection refused\0\0`;
		expect(parsePaste(text).primary).toEqual(found('450 4.4.316', 'primary'));
	});

	it('reads a code among emoji, right-to-left text and lone surrogates', () => {
		const text = '🚫 \u200fخطأ في التسليم\u200f 550 5.4.316 انتهت الصلاحية 🙂 \ud800 \udfff \u202e';
		expect(parsePaste(text).primary).toEqual(found('550 5.4.316', 'primary'));
	});

	it('drops <script> content and returns nothing from it', () => {
		const result = parsePaste('<script>alert(1)</script>');
		expect(result).toEqual(NOTHING);
		expect(JSON.stringify(parsePaste('<script>alert("4.4.316")</script> 4.4.318'))).not.toContain(
			'<script'
		);
	});

	// Speed is measured in tests/bench/parse.bench.ts; a quadratic path here would trip the test timeout.
	it('survives repeated unclosed tags, markers and boundaries', () => {
		const inputs = [
			'<script>'.repeat(100_000),
			`<div${'a'.repeat(200_000)}`,
			'[Message='.repeat(100_000),
			'LastAttemptedServerName='.repeat(50_000),
			'Server at '.repeat(100_000),
			'=\n'.repeat(200_000),
			'&#'.repeat(200_000),
			`Content-Type: multipart/mixed; boundary=x\nMIME-Version: 1.0\n\n${'--x\n'.repeat(100_000)}`,
			' '.repeat(500_000) + '4.4.316',
			`450 4.4.316${'\n x'.repeat(300_000)}`,
			`Received: from a\nFrom: b\n${'X-Filler: 5.4.316\n'.repeat(100_000)}\n450 4.4.316`
		];
		for (const input of inputs) expect(() => parsePaste(input)).not.toThrow();
	});

	it('survives MIME nested deeper than any bounce', () => {
		const levels = 200;
		const open = Array.from(
			{ length: levels },
			(_, i) => `Content-Type: multipart/mixed; boundary="b${i}"\n\n--b${i}`
		);
		const text = `MIME-Version: 1.0\n${open.join('\n')}\nContent-Type: text/plain\n\n450 4.4.316`;
		expect(() => parsePaste(text)).not.toThrow();
	});
});

describe('looksLikePaste', () => {
	it.each([
		['a multi-line text', 'Delivery has failed\nRemote Server returned something'],
		['a trace detail', 'Reason: [{LED=450 4.7.320 Certificate validation failed}]'],
		['a [Message= field', '4.4.316 [Message=Socket error code 10061]'],
		['a Diagnostic-Code field', 'Diagnostic-Code: smtp;550 5.4.316'],
		['a long single line', `450 4.4.316 Connection refused ${'x'.repeat(120)}`],
		['"Remote Server returned"', "Remote Server returned '550 5.1.1'"]
	])('is true for %s', (_what, text) => {
		expect(looksLikePaste(text)).toBe(true);
	});

	it.each([
		['"connection refused"', 'connection refused'],
		['a bare code', '4.4.316'],
		['an NDR wording', '550 5.4.316 Message expired, connection refused'],
		['a code with a trailing newline', '4.4.316\n'],
		['an empty string', ''],
		['a word ending in "led="', 'connector enabled=true 4.4.316']
	])('is false for %s', (_what, text) => {
		expect(looksLikePaste(text)).toBe(false);
	});
});

describe('the meanings shown next to a parsed fact', () => {
	it('explains the six socket errors Exchange reports, in every language', () => {
		for (const n of [10060, 10061, 10054, 10065, 11001, 995]) {
			const text = socketErrorTexts[n];
			expect(text?.name).toMatch(/^(WSA|ERROR_)/);
			for (const lang of LANGS) expect(text?.meaning[lang].length).toBeGreaterThan(10);
		}
	});

	it('explains every DNS result and TLS kind in every language', () => {
		for (const meaning of [...Object.values(dnsResultTexts), ...Object.values(tlsKindTexts)]) {
			for (const lang of LANGS) expect(meaning[lang].trim().length).toBeGreaterThan(10);
		}
		expect(Object.keys(dnsResultTexts)).toHaveLength(4);
		expect(Object.keys(tlsKindTexts)).toHaveLength(6);
	});
});

describe('success codes', () => {
	it('never makes a success code the primary failure: a telnet goodbye is only "also in the text"', () => {
		const d = parsePaste('250 2.1.0 Sender OK\n221 2.0.0 Service closing transmission channel');
		expect(d.primary).toBeNull();
		expect(d.codes.map((c) => [c.code, c.role])).toEqual([
			['2.1.0', 'other'],
			['2.0.0', 'other']
		]);
	});

	it('keeps the failure primary when a success code stands before it', () => {
		const d = parsePaste('221 2.0.0 Bye\n550 5.4.316 Message expired, connection refused');
		expect(d.primary?.code).toBe('5.4.316');
	});
});
