import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linesOf } from '../../src/lib/evidence';
import { readPemCertificates } from '../../src/lib/evidence/x509';
import {
	preflightFindings,
	readPreflight,
	type CheckId,
	type Preflight,
	type PreflightCheck
} from '../../src/lib/preflight';

const fixture = (dir: string, name: string) =>
	readFileSync(join(import.meta.dirname, '..', 'fixtures', dir, name), 'utf8');
const NOW = new Date('2026-12-08T12:00:00Z');
const CHAIN = fixture('evidence', 'chain-valid.pem');

function read(text: string, withPem = false): Preflight {
	const pem = withPem ? readPemCertificates(text).certificates : [];
	const preflight = readPreflight(linesOf(text), NOW, pem);
	if (preflight === null) throw new Error('no preflight');
	return preflight;
}
function check(preflight: Preflight, server: string | null, id: CheckId): PreflightCheck {
	const found = preflight.servers.find((s) => s.server === server)?.checks.find((c) => c.id === id);
	if (!found) throw new Error(`no ${id} for ${server}`);
	return found;
}

describe('certificate renewal preflight', () => {
	it('passes every check of a finished renewal, each with the line that proves it', () => {
		const preflight = read(`${fixture('preflight', 'renewed-ok.txt')}\n${CHAIN}`, true);
		expect(preflight.servers.map((s) => s.server)).toEqual(['EX01.fabrikam.example']);
		const [server] = preflight.servers;
		expect(server?.checks.map((c) => [c.id, c.state])).toEqual([
			['certificate-name', 'passed'],
			['smtp-enabled', 'passed'],
			['certificate-valid', 'passed'],
			['tls-domain', 'passed'],
			['chain-sent', 'passed'],
			['root-g2', 'passed'],
			['expiry', 'passed']
		]);
		const ex01 = 'EX01.fabrikam.example';
		expect(check(preflight, ex01, 'certificate-name')).toMatchObject({
			line: 'TlsCertificateName : <I>CN=Test Issuing CA, O=Test PKI, C=IT<S>CN=mail.fabrikam.example, O=Example, C=IT',
			detail: '7D2E4C1A9B3F5061E8A7C2D4B6F8E0A1C3E5F702'
		});
		expect(check(preflight, ex01, 'smtp-enabled').line).toBe('Services           : IIS, SMTP');
		expect(check(preflight, ex01, 'tls-domain')).toMatchObject({
			reason: 'covered',
			line: 'CertificateDomains : {mail.fabrikam.example, autodiscover.fabrikam.example}'
		});
		// The issuer's certificate follows the server's in the pasted chain (its BEGIN line, by number).
		expect(check(preflight, ex01, 'chain-sent')).toMatchObject({
			reason: 'chain-pem',
			line: '-----BEGIN CERTIFICATE-----'
		});
		expect(check(preflight, ex01, 'chain-sent').lineNumber).toBeGreaterThan(40);
		expect(check(preflight, ex01, 'root-g2').line).toBe(
			'DF3C24F9BFD666761B268073FE06D1CC8D4F82A4  CN=DigiCert Global Root G2, OU=www.digicert.com, O=DigiCert Inc, C=US'
		);
		expect(check(preflight, ex01, 'expiry')).toMatchObject({
			// 12/2/2027: December 2 or February 12, both more than 30 days ahead: the date as shown.
			reason: 'far-ahead',
			line: 'NotAfter           : 12/2/2027 8:40:03 AM',
			detail: '12/2/2027 8:40:03 AM'
		});
		expect(preflightFindings(preflight)).toEqual([]);
	});

	it('fails a half-done renewal per server, failures first, each with its fix', () => {
		const preflight = read(fixture('preflight', 'renewal-broken.txt'));
		expect(preflight.servers.map((s) => s.server)).toEqual([
			'EX01.fabrikam.example',
			'EX02.fabrikam.example'
		]);
		const ex01 = preflight.servers[0];
		expect(ex01?.checks.map((c) => [c.id, c.state, c.reason])).toEqual([
			['certificate-name', 'failed', 'stale'],
			['smtp-enabled', 'failed', 'no-smtp'],
			['tls-domain', 'failed', 'not-covered'],
			['root-g2', 'failed', 'root-missing'],
			['send-certificate-name', 'failed', 'stale'],
			['expiry', 'warning', 'expiring'],
			['chain-sent', 'not-shown', 'no-chain'],
			['certificate-valid', 'passed', 'valid']
		]);
		// The stale name: the fix names the listed certificate the connector should name.
		expect(check(preflight, 'EX01.fabrikam.example', 'certificate-name').fix).toEqual({
			id: 'set-receive-name',
			command:
				"Set-ReceiveConnector 'EX01\\Default Frontend EX01' -TlsCertificateName '<I>CN=Fabrikam Issuing CA 03, O=Fabrikam Ltd, C=GB<S>CN=mail.fabrikam.example, O=Fabrikam Ltd, C=GB'"
		});
		expect(check(preflight, 'EX01.fabrikam.example', 'smtp-enabled')).toMatchObject({
			line: 'Services           : IIS',
			fix: {
				id: 'enable-smtp',
				command:
					"Enable-ExchangeCertificate -Server 'EX01.fabrikam.example' -Thumbprint 2B8D0F4A6C1E3957B2D4F6A8C0E1F3A5B7C9D1E4 -Services SMTP"
			}
		});
		// 12/28/2026 11:59:59 PM, judged on 2026-12-08 noon: 20 days ahead.
		expect(check(preflight, 'EX01.fabrikam.example', 'expiry')).toMatchObject({
			line: 'NotAfter           : 12/28/2026 11:59:59 PM',
			detail: '20'
		});
		expect(check(preflight, 'EX01.fabrikam.example', 'tls-domain')).toMatchObject({
			line: 'TlsDomain     : smtp.fabrikam.example',
			detail: 'smtp.fabrikam.example'
		});
		expect(check(preflight, 'EX01.fabrikam.example', 'root-g2').line).toBe(
			"Get-ChildItem : Cannot find path 'Cert:\\LocalMachine\\Root\\DF3C24F9BFD666761B268073FE06D1CC8D4F82A4' because it does not exist."
		);
		// EX02 names its own self-signed certificate: named, but not valid for Exchange Online.
		expect(check(preflight, 'EX02.fabrikam.example', 'certificate-name').state).toBe('passed');
		expect(check(preflight, 'EX02.fabrikam.example', 'certificate-valid')).toMatchObject({
			state: 'failed',
			reason: 'self-signed',
			line: 'IsSelfSigned       : True'
		});
		// The send connector runs on EX01 only.
		expect(preflight.servers[1]?.checks.some((c) => c.id === 'send-certificate-name')).toBe(false);
	});

	it('turns the failures into findings that reach the verdict and the ticket', () => {
		const findings = preflightFindings(read(fixture('preflight', 'renewal-broken.txt')));
		expect(findings.map((f) => [f.id, f.subject])).toEqual([
			['receive-connector-stale-certificate', 'EX01.fabrikam.example'],
			['cert-no-smtp', 'EX01.fabrikam.example'],
			['connector-tls-domain-not-covered', 'EX01.fabrikam.example'],
			['root-g2-missing', 'EX01.fabrikam.example'],
			['send-connector-stale-certificate', 'EX01.fabrikam.example'],
			['cert-expiring-soon', 'EX01.fabrikam.example'],
			['cert-self-signed', 'EX02.fabrikam.example']
		]);
	});

	it('says "not shown" for what the paste lacks, never a pass', () => {
		const preflight = read(fixture('preflight', 'connector-only.txt'));
		expect(preflight.servers.map((s) => s.server)).toEqual(['EX01']);
		expect(preflight.servers[0]?.checks.map((c) => [c.id, c.state, c.reason])).toEqual([
			['certificate-name', 'not-shown', 'no-certificates'],
			['smtp-enabled', 'not-shown', 'no-certificate'],
			['certificate-valid', 'not-shown', 'no-certificate'],
			['tls-domain', 'not-shown', 'no-outbound'],
			['chain-sent', 'not-shown', 'no-chain'],
			['root-g2', 'not-shown', 'no-root'],
			['expiry', 'not-shown', 'no-date']
		]);
		expect(preflightFindings(preflight)).toEqual([]);
	});

	it('does not call a lone leaf certificate a chain sent, nor a chain of another certificate', () => {
		const leaf = fixture('evidence', 'cert-valid.pem');
		const alone = read(`${fixture('preflight', 'connector-only.txt')}\n${leaf}`, true);
		expect(check(alone, 'EX01', 'chain-sent')).toMatchObject({
			state: 'not-shown',
			reason: 'single-pem'
		});
		// The PEM is of another issuer than the broken paste's certificates: it proves nothing there.
		const other = read(`${fixture('preflight', 'renewal-broken.txt')}\n${CHAIN}`, true);
		expect(check(other, 'EX01.fabrikam.example', 'chain-sent').state).toBe('not-shown');
	});

	it('reads an s_client chain and a failed verification as the chain sent or not', () => {
		const base = fixture('preflight', 'connector-only.txt');
		const sent = read(
			`${base}\nCertificate chain\n 0 s:CN = mail.fabrikam.example\n   i:CN = Test Issuing CA\n 1 s:CN = Test Issuing CA\n   i:CN = Test Root`
		);
		expect(check(sent, 'EX01', 'chain-sent')).toMatchObject({
			state: 'passed',
			line: '1 s:CN = Test Issuing CA'
		});
		const cut = read(`${base}\nverify error:num=21:unable to verify the first certificate`);
		expect(check(cut, 'EX01', 'chain-sent')).toMatchObject({
			state: 'failed',
			reason: 'chain-unverified'
		});
	});

	it('passes the name check when the connector does not validate names, and warns on an empty TlsDomain', () => {
		const base = fixture('preflight', 'renewed-ok.txt');
		const certificateValidation = read(
			base.replace('TlsSettings   : DomainValidation', 'TlsSettings   : CertificateValidation')
		);
		expect(check(certificateValidation, 'EX01.fabrikam.example', 'tls-domain')).toMatchObject({
			state: 'passed',
			reason: 'not-required'
		});
		const empty = read(base.replace('TlsDomain     : mail.fabrikam.example', 'TlsDomain     :'));
		expect(check(empty, 'EX01.fabrikam.example', 'tls-domain').state).toBe('warning');
	});

	it('fails an expired certificate and leaves a date whose order is open undecided', () => {
		const base = fixture('preflight', 'renewed-ok.txt');
		const expired = read(base.replace('12/2/2027 8:40:03 AM', '11/20/2026 8:40:03 AM'));
		expect(check(expired, 'EX01.fabrikam.example', 'expiry')).toMatchObject({
			state: 'failed',
			reason: 'expired'
		});
		// 01/12/2027 is January 12 or December 1: both more than 30 days ahead.
		const far = read(base.replace('12/2/2027 8:40:03 AM', '01/12/2027 8:40:03 AM'));
		expect(check(far, 'EX01.fabrikam.example', 'expiry').state).toBe('passed');
		// 1/5/2027 is January 5 (28 days ahead) or May 1 (144 days): not decided.
		const open = read(base.replace('12/2/2027 8:40:03 AM', '1/5/2027 8:40:03 AM'));
		expect(check(open, 'EX01.fabrikam.example', 'expiry')).toMatchObject({
			state: 'warning',
			reason: 'date-unclear'
		});
	});

	it('reads nothing from text that lists no certificate and no connector', () => {
		expect(readPreflight(linesOf('550 5.4.316 Message expired, connection refused'), NOW)).toBe(
			null
		);
	});
});
