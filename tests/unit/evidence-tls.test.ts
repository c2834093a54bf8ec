import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeChain, nameCovers } from '../../src/lib/evidence/certcheck';
import { readSmtp } from '../../src/lib/evidence/smtp';
import { readCertificateText, readTls } from '../../src/lib/evidence/tls';
import { MAX_NAMES, readPemCertificates } from '../../src/lib/evidence/x509';
import { badTimePem, manyNamesPem } from '../fixtures/hostile';

const fixture = (name: string) =>
	readFileSync(join(import.meta.dirname, '..', 'fixtures', 'evidence', name), 'utf8');
const lines = (name: string) => fixture(name).split(/\r\n?|\n/);
/** The day the transcripts were made, at noon: the fixtures' dates are relative to it. */
const NOW = new Date('2026-12-02T12:00:00Z');
const ids = (findings: readonly { id: string }[]) => findings.map((f) => f.id);

describe('openssl s_client transcripts (made by make-transcripts.sh)', () => {
	it('reads a valid certificate over TLS 1.3 as connected, encrypted and verified', () => {
		expect(readTls(lines('s_client-valid-tls.txt'))).toEqual([
			{ id: 'tcp-open', line: 'CONNECTED(00000003)' },
			{
				id: 'tls-ok',
				line: 'New, TLSv1.3, Cipher is TLS_AES_256_GCM_SHA384',
				detail: 'TLSv1.3'
			},
			{
				id: 'cert-ok',
				line: 'Verify return code: 0 (ok)',
				subject: 'mail.fabrikam.example',
				detail: 'openssl'
			}
		]);
	});

	it.each([
		['s_client-expired-tls.txt', 'cert-expired', 'certificate has expired'],
		['s_client-future-tls.txt', 'cert-not-yet-valid', 'certificate is not yet valid'],
		['s_client-selfsigned-tls.txt', 'cert-self-signed', 'self-signed certificate'],
		['s_client-wrongname-tls.txt', 'cert-name-mismatch', 'hostname mismatch']
	])('reads %s as %s, from its verify error line', (name, id, detail) => {
		const findings = readTls(lines(name));
		expect(findings[0]).toEqual({
			id,
			line: expect.stringMatching(/^verify error:num=\d+:/),
			subject: expect.any(String),
			detail
		});
		expect(ids(findings)).toEqual([id, 'tcp-open', 'tls-ok']);
	});

	it.each([
		's_client-valid-notls.txt',
		's_client-valid-masked.txt',
		's_client-valid-banner421.txt'
	])(
		'reads %s as "no STARTTLS found", which s_client cannot tell from masking or refusal',
		(name) => {
			expect(readTls(lines(name))).toEqual([
				{
					id: 'starttls-missing',
					line: "Didn't find STARTTLS in server response, trying anyway..."
				},
				{ id: 'tcp-open', line: 'CONNECTED(00000003)' }
			]);
		}
	);

	it('reads a server limited to TLS 1.0 as a failed handshake on an old version', () => {
		expect(readTls(lines('s_client-valid-tls10.txt'))).toEqual([
			{
				id: 'tls-handshake-failed',
				line: expect.stringContaining('legacy sigalg disallowed or unsupported')
			},
			{ id: 'tcp-open', line: 'CONNECTED(00000003)' },
			{ id: 'tls-old-version', line: 'Protocol  : TLSv1', detail: 'TLSv1' }
		]);
	});

	it('reads a refused connection from connect:errno=111', () => {
		expect(ids(readTls(lines('s_client-refused.txt')))).toEqual(['tcp-refused']);
	});

	it('names the host after -connect when the command line is pasted too', () => {
		const text = [
			'$ openssl s_client -starttls smtp -connect smtp.fabrikam.example:25',
			...lines('s_client-refused.txt')
		];
		expect(readTls(text)[0]?.subject).toBe('smtp.fabrikam.example');
	});

	it('reads nothing from text that is not a transcript', () => {
		expect(readTls(['250 OK', 'Verify the connector', 'New, shiny'])).toEqual([]);
	});
});

describe('an SMTP conversation (telnet)', () => {
	it('reads a normal greeting and STARTTLS in the EHLO reply', () => {
		expect(ids(readSmtp(lines('telnet-starttls.txt')))).toEqual([
			'smtp-banner-ok',
			'starttls-offered'
		]);
	});

	it('reads a banner of asterisks as SMTP inspection', () => {
		expect(readSmtp(lines('telnet-masked.txt'))).toEqual([
			{
				id: 'smtp-inspection',
				line: '220 ******************************************************************',
				detail: 'banner'
			}
		]);
	});

	it('reads 250-XXXXXXXA under a normal banner as SMTP inspection', () => {
		const masked = lines('telnet-starttls.txt').map((line) =>
			line === '250-STARTTLS' ? '250-XXXXXXXA' : line
		);
		expect(ids(readSmtp(masked))).toEqual(['smtp-banner-ok', 'smtp-inspection']);
	});

	it('reads a complete EHLO reply without STARTTLS, then 451 5.7.3 after MAIL FROM', () => {
		expect(readSmtp(lines('telnet-no-starttls.txt'))).toEqual([
			{ id: 'smtp-banner-ok', line: expect.stringMatching(/^220 /), detail: expect.any(String) },
			{ id: 'starttls-missing', line: '250 CHUNKING', detail: 'EHLO' },
			{ id: 'starttls-required', line: '451 5.7.3 STARTTLS is required to send mail' }
		]);
	});

	it('reads 421 in place of the greeting as a refusal', () => {
		expect(readSmtp(lines('telnet-421.txt'))).toEqual([
			{
				id: 'smtp-banner-error',
				line: '421 4.3.2 Service not available, closing transmission channel',
				detail: '421 4.3.2 Service not available, closing transmission channel'
			}
		]);
	});

	it('reads a 554 quoted in a question as the error itself, not as a refused greeting', () => {
		const question = [
			'Some messages generated by an old script bounce with:',
			'554 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds',
			'Is the fix on the script or on the smart host?'
		];
		expect(readSmtp(question)).toEqual([]);
		// The same reply right after telnet connects is the server's greeting.
		const session = ['Trying 192.0.2.25...', 'Connected to mx.example.net.', question[1] ?? ''];
		expect(ids(readSmtp(session))).toEqual(['smtp-banner-error']);
	});

	it('reads 421 4.3.2 after MAIL FROM as a busy or draining server, which a banner check misses', () => {
		expect(ids(readSmtp(lines('telnet-draining.txt')))).toEqual([
			'smtp-banner-ok',
			'starttls-offered',
			'smtp-busy'
		]);
	});

	it('ignores the replies inside an s_client transcript (they come after the handshake)', () => {
		expect(readSmtp(lines('s_client-expired-tls.txt'))).toEqual([]);
	});
});

describe('certificates', () => {
	it('reads a PEM certificate: names, dates, key and signature', () => {
		expect(readPemCertificates(fixture('cert-valid.pem'))).toEqual({
			certificates: [
				{
					subject: 'CN=mail.fabrikam.example, O=Example, C=IT',
					issuer: 'CN=Test Issuing CA, O=Test PKI, C=IT',
					commonName: 'mail.fabrikam.example',
					dnsNames: ['mail.fabrikam.example', 'autodiscover.fabrikam.example'],
					notBefore: new Date('2026-11-02T08:40:03Z'),
					notAfter: new Date('2027-12-02T08:40:03Z'),
					keyType: 'RSA',
					keyBits: 2048,
					signatureAlgorithm: 'sha256WithRSAEncryption',
					isCA: false,
					line: '-----BEGIN CERTIFICATE-----',
					lineNumber: 1
				}
			],
			unreadable: [],
			truncated: false
		});
	});

	it.each([
		['cert-valid.pem', 'mail.fabrikam.example', ['cert-ok']],
		['cert-expired.pem', 'mail.fabrikam.example', ['cert-expired']],
		['cert-future.pem', 'mail.fabrikam.example', ['cert-not-yet-valid']],
		['cert-wrongname.pem', 'mail.fabrikam.example', ['cert-name-mismatch']],
		['cert-wildcard.pem', 'mail.fabrikam.example', ['cert-ok']],
		['cert-wildcard.pem', 'a.mail.fabrikam.example', ['cert-name-mismatch']],
		['cert-selfsigned.pem', null, ['cert-self-signed']],
		['cert-weak.pem', null, ['cert-weak', 'cert-self-signed']],
		['chain-valid.pem', 'mail.fabrikam.example', ['cert-ok']],
		['chain-reversed.pem', null, ['cert-chain-incomplete']]
	])('judges %s against %s on the test day: %j', (name, expected, found) => {
		const chain = readPemCertificates(fixture(name)).certificates;
		expect(ids(judgeChain(chain, NOW, expected))).toEqual(found);
	});

	it('calls RSA 1024 weak, with the reason', () => {
		const chain = readPemCertificates(fixture('cert-weak.pem')).certificates;
		expect(judgeChain(chain, NOW, null)[0]).toMatchObject({
			id: 'cert-weak',
			detail: 'RSA 1024 bit'
		});
	});

	it('reads an EC key and a wildcard name', () => {
		const [cert] = readPemCertificates(fixture('cert-ec.pem')).certificates;
		expect(cert).toMatchObject({
			keyType: 'EC',
			keyBits: 256,
			dnsNames: ['ec.fabrikam.example', '*.mail.fabrikam.example']
		});
	});

	it('reads the text of openssl x509 -text like the PEM it came from', () => {
		const [fromText] = readCertificateText(lines('x509-text-valid.txt'));
		const [fromPem] = readPemCertificates(fixture('cert-valid.pem')).certificates;
		// Only where each was read from differs: the Subject line of the text, the PEM's BEGIN line.
		expect({ ...fromText, line: '' }).toEqual({ ...fromPem, line: '', lineNumber: undefined });
		expect(fromPem?.lineNumber).toBe(1);
		expect(ids(judgeChain(readCertificateText(lines('x509-text-expired.txt')), NOW, null))).toEqual(
			['cert-expired']
		);
	});

	it('matches names by RFC 6125: one label per wildcard, no partial wildcards', () => {
		expect(nameCovers('*.contoso.com', 'mail.contoso.com')).toBe(true);
		expect(nameCovers('*.contoso.com', 'MAIL.Contoso.com.')).toBe(true);
		expect(nameCovers('*.contoso.com', 'contoso.com')).toBe(false);
		expect(nameCovers('*.contoso.com', 'a.b.contoso.com')).toBe(false);
		expect(nameCovers('m*.contoso.com', 'mail.contoso.com')).toBe(false);
		expect(nameCovers('*.com', 'contoso.com')).toBe(false);
	});

	it('reports broken base64 and a non-certificate blob as unreadable, without throwing', () => {
		const broken = '-----BEGIN CERTIFICATE-----\nnot base64 at all!\n-----END CERTIFICATE-----';
		const notCert = `-----BEGIN CERTIFICATE-----\n${btoa('hello world, not DER')}\n-----END CERTIFICATE-----`;
		expect(readPemCertificates(`${broken}\n${notCert}`)).toEqual({
			certificates: [],
			unreadable: [
				{ lineNumber: 1, reason: 'not-base64' },
				{ lineNumber: 4, reason: 'not-der' }
			],
			truncated: false
		});
	});

	it('reads at most 20 certificates and says it stopped', () => {
		const many = Array.from({ length: 25 }, () => fixture('cert-valid.pem')).join('\n');
		const reading = readPemCertificates(many);
		expect(reading.certificates).toHaveLength(20);
		expect(reading.truncated).toBe(true);
	});

	it('reads a 1 MB PEM-like blob as unreadable', () => {
		const blob = `-----BEGIN CERTIFICATE-----\n${'QUFB'.repeat(262_144)}\n-----END CERTIFICATE-----`;
		expect(readPemCertificates(blob)).toEqual({
			certificates: [],
			unreadable: [{ lineNumber: 1, reason: 'too-large' }],
			truncated: false
		});
	});

	it('says a certificate whose date asn1js cannot convert is unreadable for its date, without throwing', () => {
		// asn1js throws "Wrong input string for conversion" on this GeneralizedTime.
		const text = `openssl s_client output\n${badTimePem()}`;
		expect(() => readPemCertificates(text)).not.toThrow();
		expect(readPemCertificates(text)).toEqual({
			certificates: [],
			unreadable: [{ lineNumber: 2, reason: 'bad-time' }],
			truncated: false
		});
	});

	it('says a DER structure that is not a certificate is one', () => {
		// SEQUENCE { INTEGER 1 }: valid DER, no certificate fields.
		const pem = `-----BEGIN CERTIFICATE-----\n${btoa('\x30\x03\x02\x01\x01')}\n-----END CERTIFICATE-----`;
		expect(readPemCertificates(pem).unreadable).toEqual([
			{ lineNumber: 1, reason: 'not-certificate' }
		]);
	});

	it('counts the names past the first ones, and finds the expected name among all of them', () => {
		const [cert] = readPemCertificates(manyNamesPem(), 'host9999.fabrikam.example').certificates;
		expect(cert?.nameCount).toBe(10_000);
		expect(cert?.dnsNames).toHaveLength(MAX_NAMES + 1);
		expect(cert?.dnsNames.at(-1)).toBe('host9999.fabrikam.example');
		const found = judgeChain(
			cert ? [cert] : [],
			new Date('2026-12-02T12:00:00Z'),
			'host9999.fabrikam.example'
		);
		expect(found.map((f) => [f.id, f.detail])).toContainEqual(['cert-many-names', '10000']);
		expect(found.map((f) => f.id)).not.toContain('cert-name-mismatch');
	});

	it(`keeps the first ${MAX_NAMES} names of a certificate with 10,000 alternative names`, () => {
		const [cert] = readPemCertificates(fixture('cert-many-sans.pem')).certificates;
		expect(cert?.dnsNames).toHaveLength(MAX_NAMES);
		expect(cert?.dnsNames[0]).toBe('host0.fabrikam.example');
	});
});
