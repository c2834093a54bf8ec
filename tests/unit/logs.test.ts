import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog';
import { searchData } from '../../src/data/search';
import { wizardCauses } from '../../src/data';
import { wizardTree } from '../../src/data/wizard';
import { indexCatalog } from '../../src/lib/catalog/lookup';
import { analyzePaste } from '../../src/lib/analysis';
import { codesFromFindings, provedAnswers, type Finding } from '../../src/lib/evidence';
import { linesOf } from '../../src/lib/evidence';
import { isMicrosoft365, readServerLogs } from '../../src/lib/logs';
import { csvFields } from '../../src/lib/logs/exchange';
import { readInput } from '../../src/lib/reading';
import { proofOf } from '../../src/lib/reading/proof';
import { createSearch } from '../../src/lib/search';
import { bySeverity } from '../../src/lib/verdict';

/**
 * Server logs (src/lib/logs): real Postfix and Exim lines (tests/fixtures/logs/real, made by its
 * make.sh on loopback, the clients' addresses rewritten into Exchange Online's by rewrite.sh) and
 * Exchange logs, message tracking, queues and Sendmail lines written from their documented formats
 * (tests/fixtures/logs/written), alone and with an NDR, through the page's whole paste flow.
 */
const NOW = new Date('2026-12-08T12:00:00Z');
const index = indexCatalog(catalog);
const search = createSearch(index, searchData);
const wizard = { tree: wizardTree, causes: wizardCauses };
const root = join(import.meta.dirname, '..', 'fixtures', 'logs');
const read = (name: string) => readFileSync(join(root, name), 'utf8');

function pasted(text: string) {
	const analysis = analyzePaste(text, NOW);
	const proof = proofOf(
		{ diagnosis: analysis.diagnosis, findings: analysis.findings },
		index,
		wizard
	);
	const { results } = readInput(text, 'pasted', proof, { search, lang: 'en' });
	return { findings: analysis.findings, diagnosis: analysis.diagnosis, results };
}

interface Expected {
	readonly findings: readonly string[];
	readonly first: string | null;
	readonly sessions: Readonly<Record<string, string>>;
	readonly details: Readonly<Record<string, readonly string[]>>;
	readonly matches?: readonly string[];
}
const expected = JSON.parse(read('expected.json')) as Record<string, Expected>;

describe('the server logs of tests/fixtures/logs', () => {
	it('has an expectation for every log file', () => {
		const files = ['real', 'written'].flatMap((dir) =>
			readdirSync(join(root, dir))
				.filter((name) => /\.(?:log|txt)$/.test(name))
				.map((name) => `${dir}/${name}`)
		);
		expect(files.length).toBeGreaterThan(10);
		expect(Object.keys(expected).sort()).toEqual(files.sort());
	});

	it.each(Object.entries(expected))('%s', (name, want) => {
		const { findings, results } = pasted(read(name));
		const logs = findings.filter((f) => f.id.startsWith('log-'));
		expect([...new Set(logs.map((f) => f.id))].sort()).toEqual(want.findings);
		if (want.first !== null) expect(results[0]?.entry.code).toBe(want.first);
		// Each session from Microsoft 365, by its address, with how it ended.
		const sessions = Object.fromEntries(
			logs.filter((f) => f.id === 'log-m365-session').map((f) => [f.subject, f.log?.outcome])
		);
		expect(sessions).toEqual(want.sessions);
		for (const [id, details] of Object.entries(want.details))
			expect(logs.filter((f) => f.id === id).map((f) => f.detail)).toEqual(details);
		if (want.matches)
			for (const f of logs) expect([...(f.log?.matches ?? [])].sort()).toEqual(want.matches);
		// Every finding shows the line that proves it, as it is in the paste.
		const text = read(name);
		for (const f of logs) expect(text).toContain(f.line.replace(/…$/, ''));
	});
});

describe('a log with the NDR it explains', () => {
	it('ranks 4.4.317 first with the TLS failure of the session from 40.107.x.x, matched by address and time', () => {
		const { findings, results } = pasted(read('written/ndr-4.4.317-receive-tls-failed.txt'));
		expect(results[0]?.entry.code).toBe('4.4.317');
		const failed = findings.find((f) => f.id === 'log-tls-failed');
		expect(failed).toMatchObject({ subject: '40.107.22.51', detail: 'SocketError' });
		expect(failed?.line).toContain('TLS negotiation failed with error SocketError');
		expect(failed?.log?.at).toBe('2026-12-08 03:41:07 UTC');
		// The session reached the server at the NDR's time: the firewall let it in.
		expect(provedAnswers(findings).map((p) => [p.question, p.answer])).toContainEqual([
			'firewall-allows',
			'yes'
		]);
		// Failed first on the page and in the ticket.
		expect(bySeverity(findings.filter((f) => f.id.startsWith('log-')))[0]?.id).toBe(
			'log-tls-failed'
		);
	});

	it('says no session came from Microsoft 365 at a 4.4.316 NDR’s time, and the firewall cause leads', () => {
		const { findings, diagnosis, results } = pasted(
			read('written/ndr-4.4.316-receive-no-m365.txt')
		);
		expect(results[0]?.entry.code).toBe('4.4.316');
		const none = findings.find((f) => f.id === 'log-no-m365-session');
		expect(none?.log?.ndrTime).toBe('2026-12-08 03:48:02 UTC');
		// Two other clients were served within the hour: the server was up and listening.
		expect(none?.log?.others).toBe(2);
		expect(provedAnswers(findings).map((p) => [p.question, p.answer])).toContainEqual([
			'server-listening',
			'yes'
		]);
		expect(diagnosis.causes[0]).toBe('firewall-blocks-m365');
	});

	it('proves "no STARTTLS" from the Receive log’s EHLO reply', () => {
		const { findings } = pasted(read('written/ndr-4.4.317-receive-no-starttls.txt'));
		expect(provedAnswers(findings).map((p) => [p.question, p.answer])).toContainEqual([
			'ehlo-reply',
			'no-starttls'
		]);
	});

	it('claims no STARTTLS answer from Postfix’s counters (the reply is not logged)', () => {
		const { findings } = pasted(read('real/postfix-smtpd.log'));
		expect(findings.some((f) => f.id === 'log-starttls-missing')).toBe(true);
		expect(provedAnswers(findings).map((p) => p.question)).not.toContain('ehlo-reply');
	});

	it('matches the certificate by the thumbprint the NDR names', () => {
		const ndr =
			"Remote Server returned '550 4.7.320 Certificate validation failed [Message=SubjectMismatch Expected Subject: mail.fabrikam.example. Presented Subject: CN=EX01.fabrikam.local. Thumbprint: 4A1B2C3D4E5F60718293A4B5C6D7E8F901234567] [LastAttemptedServerName=mail.fabrikam.example] [LastAttemptedIP=203.0.113.25:25] [DB8EUR05FT011.eop-eur05.prod.protection.outlook.com 2026-12-08T03:41:07.310Z 08DE1A2B9F8E7D6C]'\n\n";
		const { findings } = pasted(ndr + read('written/exchange-receive-tls-failed.log'));
		const cert = findings.find((f) => f.id === 'log-certificate-sent');
		expect(cert).toMatchObject({
			subject: 'CN=EX01.fabrikam.local',
			detail: '4A1B2C3D4E5F60718293A4B5C6D7E8F901234567'
		});
		expect([...(cert?.log?.matches ?? [])].sort()).toEqual(['ip', 'thumbprint', 'time']);
	});

	it('claims nothing about an NDR of another day the log does not cover', () => {
		const text = read('written/ndr-4.4.316-receive-no-m365.txt').replace(
			'2026-12-08T03:48:02.511Z',
			'2026-12-10T09:00:00.000Z'
		);
		const { findings } = pasted(text);
		expect(findings.filter((f) => f.id.startsWith('log-'))).toEqual([]);
	});

	it('does not match times across zones: a syslog time has none, the NDR’s is UTC', () => {
		const ndr =
			"Remote Server returned '550 5.4.317 Message expired, cannot establish session with remote server [LastAttemptedIP=203.0.113.25:25] [DB8EUR05FT011.eop-eur05.prod.protection.outlook.com 2026-12-08T04:12:48.000Z 08DE1A2B9F8E7D6C]'\n\n";
		const { findings, results } = pasted(ndr + read('real/postfix-smtpd.log'));
		const logs = findings.filter((f) => f.id.startsWith('log-'));
		expect(logs.length).toBeGreaterThan(0);
		expect(logs.every((f) => f.log?.zone === 'unstated' && !f.log.matches.includes('time'))).toBe(
			true
		);
		expect(results[0]?.entry.code).toBe('4.4.317');
	});

	it('matches no time without a zone (a trace’s LRT= against PowerShell’s local times), the address still', () => {
		const trace =
			'Reason: [{LED=450 4.4.317 Cannot connect to remote server [Message=451 4.4.0 TLS negotiation failed with error SocketError] [LastAttemptedServerName=mail.fabrikam.example] [LastAttemptedIP=10.0.0.5:25]};{MSG=};{FQDN=mail.fabrikam.example};{IP=10.0.0.5};{LRT=12/8/2026 4:30:40 AM}]\n\n';
		const { findings } = pasted(trace + read('written/tracking-list.txt'));
		const session = findings.find((f) => f.id === 'log-m365-session');
		// The address matches (ServerIp is the NDR's LastAttemptedIP); the time is not compared.
		expect(session?.log?.matches).toEqual(['ip']);
		expect(session?.log?.zone).toBe('unstated');
		expect(provedAnswers(findings).map((p) => p.question)).not.toContain('firewall-allows');
	});

	it('reports only the sessions around the NDR’s time when the log covers it', () => {
		const log = read('written/exchange-receive-tls-failed.log');
		const later = read('written/exchange-receive-no-starttls.log')
			.split('\n')
			.filter((line) => !line.startsWith('#'))
			.map((line) => line.replace(/^2026-12-08T03:/, '2026-12-08T07:'))
			.join('\n');
		const ndr =
			"Remote Server returned '550 5.4.317 Message expired, cannot establish session with remote server [LastAttemptedIP=203.0.113.25:25] [X 2026-12-08T03:41:08.000Z 08DE1A2B9F8E7D6C]'\n\n";
		const { findings } = pasted(`${ndr}${log}\n${later}`);
		const sessions = findings.filter((f) => f.id === 'log-m365-session').map((f) => f.subject);
		expect(sessions).toEqual(['40.107.22.51']);
	});
});

describe('the Exchange Online address ranges', () => {
	it.each([
		['40.92.0.1', true],
		['40.93.255.255', true],
		['40.94.0.0', false],
		['40.107.22.51', true],
		['40.108.0.1', false],
		['52.100.0.0', true],
		['52.103.255.255', true],
		['52.104.0.0', false],
		['104.47.127.255', true],
		['104.47.128.0', false],
		['2a01:111:f400::1', true],
		['2A01:111:F403:C201::3', true],
		['[2a01:111:f403:c201::3]', true],
		['2a01:111:f401::1', false],
		['2603:10a6:20b:1a3::14', false],
		['198.51.100.7', false],
		['127.0.0.1', false],
		['40.107.22.256', false],
		['not an address', false],
		['::', false]
	])('%s is Exchange Online’s: %s', (address, yes) => {
		expect(isMicrosoft365(address)).toBe(yes);
	});
});

describe('bad input', () => {
	const header =
		'#Log-type: SMTP Receive Protocol Log\n#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context\n';

	it('reads a 50 MB log in bounded work: the first lines up to the readers’ limit', () => {
		const line = (i: number) =>
			`2026-12-08T03:41:07.201Z,EX01\\Default Frontend EX01,08DE${String(i).padStart(12, '0')},0,203.0.113.25:25,40.107.22.51:46112,*,,TLS negotiation failed with error SocketError`;
		const block = Array.from({ length: 1000 }, (_, i) => line(i)).join('\n');
		const text = header + `${block}\n`.repeat(Math.ceil(50_000_000 / block.length));
		expect(text.length).toBeGreaterThan(50_000_000);
		const { findings } = pasted(text);
		const failed = findings.filter((f) => f.id === 'log-tls-failed');
		// One finding per address and reason, however many sessions say it.
		expect(failed).toHaveLength(1);
		expect(findings.filter((f) => f.id === 'log-m365-session').length).toBeLessThanOrEqual(200);
	});

	it('reads a line of 1,000 columns as at most 32 fields, and a header without the documented fields as no log', () => {
		const wide = Array.from({ length: 1000 }, (_, i) => `c${i}`).join(',');
		expect(csvFields(wide)).toHaveLength(32);
		const text = `#Fields: ${wide}\n${Array.from({ length: 50 }, () => `2026-12-08T03:41:07.201Z,${wide}`).join('\n')}`;
		const { findings } = pasted(text);
		expect(findings.filter((f) => f.id.startsWith('log-'))).toEqual([]);
	});

	it('keeps formula-looking cells and markup as text', () => {
		const formula = "=cmd|' /C calc'!A0";
		const text = `${header}2026-12-08T03:41:07.201Z,EX01\\Default Frontend EX01,08DE00000000AAAA,0,203.0.113.25:25,40.107.22.51:46112,+,,\n2026-12-08T03:41:07.231Z,EX01\\Default Frontend EX01,08DE00000000AAAA,1,203.0.113.25:25,40.107.22.51:46112,<,"EHLO ${formula}",\n2026-12-08T03:41:07.261Z,EX01\\Default Frontend EX01,08DE00000000AAAA,2,203.0.113.25:25,40.107.22.51:46112,*,"<img src=x onerror=alert(1)>",Certificate subject\n2026-12-08T03:41:07.303Z,EX01\\Default Frontend EX01,08DE00000000AAAA,3,203.0.113.25:25,40.107.22.51:46112,-,,Remote(SocketError)`;
		const { findings } = pasted(text);
		expect(findings.find((f) => f.id === 'log-certificate-sent')?.subject).toBe(
			'<img src=x onerror=alert(1)>'
		);
		expect(findings.find((f) => f.id === 'log-session-reset')?.detail).toBe('Remote(SocketError)');
	});

	it('reads nothing from text that only mentions a log', () => {
		const text = 'I checked the #Fields: of the receive log and postfix/smtpd says nothing.';
		expect(readServerLogs(text, linesOf(text), { ip: null, present: false }, NOW)).toEqual([]);
	});

	it('reads a Send log’s failed connection to Exchange Online as cut or timed out', () => {
		const text = `#Log-type: SMTP Send Protocol Log\n#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context\n2026-12-08T03:20:15.004Z,Outbound to Office 365,08DE1A2B3C4D8C31,0,,104.47.11.202:25,*,,attempting to connect\n2026-12-08T03:20:36.010Z,Outbound to Office 365,08DE1A2B3C4D8C31,1,,104.47.11.202:25,*,,"Failed to connect. Winsock error code: 10060, Win32 error code: 10060."`;
		const { findings } = pasted(text);
		expect(findings.find((f) => f.id === 'log-session-reset')).toMatchObject({
			subject: '104.47.11.202',
			detail: 'Failed to connect. Winsock error code: 10060'
		});
	});

	it('points a rejected session to the code of its reply', () => {
		const finding: Finding = {
			id: 'log-rejected',
			line: 'x',
			detail: '530 5.7.1 Client was not authenticated'
		};
		expect(codesFromFindings([finding])).toEqual(['5.7.1']);
	});
});
