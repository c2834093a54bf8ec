import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linesOf } from '../../src/lib/evidence';
import { readDns } from '../../src/lib/evidence/dns';
import { hostName, isIPv4, isIPv6 } from '../../src/lib/net/address';
import { FINDING_IDS, type Finding, type FindingId } from '../../src/lib/evidence/types';
import { randomText } from '../fixtures/random';

const EVIDENCE = join(import.meta.dirname, '..', 'fixtures', 'evidence');
const SISIMAI = join(import.meta.dirname, '..', 'fixtures', 'sisimai');

/** Fixtures of the other readers, none of which holds a DNS lookup. */
const UNRELATED = /^(?:tcp-|telnet-|s_client-|x509-text-|exchange-|cert-|chain-)/;

const SMTP = 'smtp.fabrikam.example';
const DOMAIN = 'fabrikam.example';
const V4 = '198.51.100.20';
const V6 = '2001:db8::25';

function fixture(name: string): string {
	return readFileSync(join(EVIDENCE, name), 'utf8');
}

function read(name: string): Finding[] {
	return readDns(fixture(name).split(/\r?\n/));
}

function finding(id: FindingId, line: string, subject: string, detail?: string): Finding {
	return detail === undefined ? { id, line, subject } : { id, line, subject, detail };
}

interface Case {
	readonly fixture: string;
	readonly proves: string;
	readonly findings: readonly Finding[];
}

const RESOLVE_DNSNAME: readonly Case[] = [
	{
		fixture: 'dns-resolve-a.txt',
		proves: 'one dns-resolved per name (its first answer) and dns-aaaa from the table',
		findings: [
			finding(
				'dns-resolved',
				`${SMTP}                          AAAA   3600  Answer     ${V6}`,
				SMTP,
				V6
			),
			finding(
				'dns-aaaa',
				`${SMTP}                          AAAA   3600  Answer     ${V6}`,
				SMTP,
				V6
			)
		]
	},
	{
		fixture: 'dns-resolve-mx.txt',
		proves: 'the MX exchange as the detail, not the Additional section address',
		findings: [
			finding(
				'dns-resolved',
				`${DOMAIN}                         MX     3600  Answer     ${SMTP}                     10`,
				DOMAIN,
				SMTP
			)
		]
	},
	{
		fixture: 'dns-resolve-cname.txt',
		proves: 'the list form answers through a CNAME as the alias asked',
		findings: [
			finding('dns-resolved', `IP6Address : ${V6}`, SMTP, V6),
			finding('dns-aaaa', `IP6Address : ${V6}`, SMTP, V6)
		]
	},
	{
		fixture: 'dns-resolve-nxdomain-crlf.txt',
		proves: 'dns-nxdomain once from the error record of a CRLF file',
		findings: [finding('dns-nxdomain', `Resolve-DnsName : ${SMTP} : DNS name does not exist`, SMTP)]
	},
	{
		fixture: 'dns-resolve-wrapped.txt',
		proves: 'dns-nxdomain from the error id when the console wrapped the message',
		findings: [
			finding(
				'dns-nxdomain',
				'+ FullyQualifiedErrorId : DNS_ERROR_RCODE_NAME_ERROR,Microsoft.DnsClient.Commands.ResolveDnsName',
				SMTP
			)
		]
	},
	{
		fixture: 'dns-resolve-servfail.txt',
		proves: 'dns-servfail from "DNS server failure"',
		findings: [finding('dns-servfail', `Resolve-DnsName : ${SMTP} : DNS server failure`, SMTP)]
	},
	{
		fixture: 'dns-resolve-norecords.txt',
		proves: 'dns-no-records with the type of the command line',
		findings: [
			finding('dns-no-records', `Resolve-DnsName : ${SMTP} : No records found`, SMTP, 'AAAA')
		]
	},
	{
		fixture: 'dns-resolve-soa.txt',
		proves: 'dns-no-records from a lone SOA in the Authority section, about the name asked',
		findings: [
			finding(
				'dns-no-records',
				`${DOMAIN}            SOA  3600  Authority  ns1.fabrikam.example        hostmaster.fabrikam.example 2024061501`,
				SMTP,
				'MX'
			)
		]
	},
	{
		fixture: 'dns-resolve-timeout.txt',
		proves: 'dns-timeout from "the timeout period expired"',
		findings: [
			finding(
				'dns-timeout',
				`Resolve-DnsName : ${SMTP} : This operation returned because the timeout period expired`,
				SMTP
			)
		]
	}
];

const NSLOOKUP_WINDOWS: readonly Case[] = [
	{
		fixture: 'dns-nslookup-windows.txt',
		proves: 'the answer after the Server/Address header, not the resolver address',
		findings: [
			finding('dns-resolved', `Addresses:  ${V6}`, SMTP, V6),
			finding('dns-aaaa', `Addresses:  ${V6}`, SMTP, V6)
		]
	},
	{
		fixture: 'dns-nslookup-windows-v4-first.txt',
		proves: 'dns-aaaa from an indented continuation line of Addresses',
		findings: [
			finding('dns-resolved', `Addresses:  ${V4}`, SMTP, V4),
			finding('dns-aaaa', V6, SMTP, V6)
		]
	},
	{
		fixture: 'dns-nslookup-windows-mx.txt',
		proves: 'the MX sentence and the additional address sentences',
		findings: [
			finding(
				'dns-resolved',
				`${DOMAIN}        MX preference = 10, mail exchanger = ${SMTP}`,
				DOMAIN,
				SMTP
			),
			finding('dns-resolved', `${SMTP}   internet address = ${V4}`, SMTP, V4),
			finding('dns-aaaa', `${SMTP}   AAAA IPv6 address = ${V6}`, SMTP, V6)
		]
	},
	{
		fixture: 'dns-nslookup-windows-nxdomain.txt',
		proves: 'dns-nxdomain from "Non-existent domain"',
		findings: [
			finding(
				'dns-nxdomain',
				`*** dns.contoso.example can't find ${SMTP}: Non-existent domain`,
				SMTP
			)
		]
	},
	{
		fixture: 'dns-nslookup-windows-servfail.txt',
		proves: 'dns-servfail from "Server failed"',
		findings: [
			finding('dns-servfail', `*** dns.contoso.example can't find ${SMTP}: Server failed`, SMTP)
		]
	},
	{
		fixture: 'dns-nslookup-windows-noresponse.txt',
		proves: 'dns-timeout from "No response from server"',
		findings: [
			finding(
				'dns-timeout',
				`*** dns.contoso.example can't find ${SMTP}: No response from server`,
				SMTP
			)
		]
	},
	{
		fixture: 'dns-nslookup-windows-timeout.txt',
		proves: 'one dns-timeout for many timed-out requests, about the name of the command',
		findings: [finding('dns-timeout', 'DNS request timed out.', SMTP)]
	},
	{
		fixture: 'dns-nslookup-windows-slow-server.txt',
		proves: "no timeout from the lookup of the resolver's own name before the header",
		findings: [finding('dns-resolved', `Address:  ${V4}`, SMTP, V4)]
	},
	{
		fixture: 'dns-nslookup-windows-noaddress.txt',
		proves: 'dns-no-records from "No internal type for both IPv4 and IPv6"',
		findings: [
			finding(
				'dns-no-records',
				`*** No internal type for both IPv4 and IPv6 Addresses (A+AAAA) records available for ${SMTP}`,
				SMTP
			)
		]
	},
	{
		fixture: 'dns-nslookup-windows-reverse.txt',
		proves: 'nothing from a reverse lookup (a PTR is not the address of the name)',
		findings: []
	}
];

const NSLOOKUP_LINUX: readonly Case[] = [
	{
		fixture: 'dns-nslookup-linux.txt',
		proves: 'Name/Address pairs through the canonical name, not the address#port header',
		findings: [
			finding('dns-resolved', `Address: ${V4}`, SMTP, V4),
			finding('dns-aaaa', `Address: ${V6}`, SMTP, V6)
		]
	},
	{
		fixture: 'dns-nslookup-linux-mx.txt',
		proves: 'the "mail exchanger =" line',
		findings: [finding('dns-resolved', `${DOMAIN}\tmail exchanger = 10 ${SMTP}.`, DOMAIN, SMTP)]
	},
	{
		fixture: 'dns-nslookup-linux-nxdomain.txt',
		proves: 'dns-nxdomain from NXDOMAIN',
		findings: [finding('dns-nxdomain', `** server can't find ${SMTP}: NXDOMAIN`, SMTP)]
	},
	{
		fixture: 'dns-nslookup-linux-servfail.txt',
		proves: 'dns-servfail from SERVFAIL',
		findings: [finding('dns-servfail', `** server can't find ${SMTP}: SERVFAIL`, SMTP)]
	},
	{
		fixture: 'dns-nslookup-linux-noanswer.txt',
		proves: 'dns-no-records from "No answer", the SOA lines after it ignored',
		findings: [finding('dns-no-records', `*** Can't find ${SMTP}: No answer`, SMTP, 'AAAA')]
	},
	{
		fixture: 'dns-nslookup-linux-timeout.txt',
		proves: 'dns-timeout from "no servers could be reached"',
		findings: [finding('dns-timeout', ';; connection timed out; no servers could be reached', SMTP)]
	}
];

const DIG_HEADER = ';; ->>HEADER<<- opcode: QUERY, status:';

const DIG: readonly Case[] = [
	{
		fixture: 'dns-dig-a.txt',
		proves: 'the ANSWER section through a CNAME, not the AUTHORITY or ADDITIONAL records',
		findings: [finding('dns-resolved', `mail.fabrikam.example.\t3600\tIN\tA\t${V4}`, SMTP, V4)]
	},
	{
		fixture: 'dns-dig-aaaa.txt',
		proves: 'dns-aaaa from an AAAA answer',
		findings: [
			finding('dns-resolved', `${SMTP}.\t3600\tIN\tAAAA\t${V6}`, SMTP, V6),
			finding('dns-aaaa', `${SMTP}.\t3600\tIN\tAAAA\t${V6}`, SMTP, V6)
		]
	},
	{
		fixture: 'dns-dig-mx.txt',
		proves: 'the MX exchange without its trailing dot',
		findings: [finding('dns-resolved', `${DOMAIN}.\t3600\tIN\tMX\t10 ${SMTP}.`, DOMAIN, SMTP)]
	},
	{
		fixture: 'dns-dig-noall-answer.txt',
		proves: 'answer lines of +noall +answer, without section headers',
		findings: [
			finding('dns-resolved', `${SMTP}.\t3600\tIN\tAAAA\t${V6}`, SMTP, V6),
			finding('dns-aaaa', `${SMTP}.\t3600\tIN\tAAAA\t${V6}`, SMTP, V6)
		]
	},
	{
		fixture: 'dns-dig-nxdomain.txt',
		proves: 'dns-nxdomain from the header, about the name of the QUESTION section',
		findings: [finding('dns-nxdomain', `${DIG_HEADER} NXDOMAIN, id: 41872`, SMTP)]
	},
	{
		fixture: 'dns-dig-servfail.txt',
		proves: 'dns-servfail from the header',
		findings: [finding('dns-servfail', `${DIG_HEADER} SERVFAIL, id: 41872`, SMTP)]
	},
	{
		fixture: 'dns-dig-noanswer.txt',
		proves: 'dns-no-records from NOERROR with ANSWER: 0, with the type asked',
		findings: [finding('dns-no-records', `${DIG_HEADER} NOERROR, id: 41872`, SMTP, 'AAAA')]
	},
	{
		fixture: 'dns-dig-refused.txt',
		proves: "nothing from REFUSED (the resolver's policy, not a fact about the name)",
		findings: []
	},
	{
		fixture: 'dns-dig-timeout.txt',
		proves: 'dns-timeout about the name of the banner',
		findings: [finding('dns-timeout', ';; connection timed out; no servers could be reached', SMTP)]
	},
	{
		fixture: 'dns-dig-resolver-unreachable.txt',
		proves:
			'dns-resolver-unreachable from a refused try and "no servers could be reached" (BIND 9.18, real output)',
		findings: [
			{
				id: 'dns-resolver-unreachable',
				line: ';; communications error to 127.0.0.2#53: connection refused',
				subject: 'mail.fabrikam.example',
				detail: '127.0.0.2'
			}
		]
	},
	{
		fixture: 'dns-dig-short.txt',
		proves: 'bare answers after a dig +short command line, about the name it asked',
		findings: [
			finding('dns-resolved', V4, SMTP, V4),
			finding('dns-aaaa', V6, SMTP, V6),
			finding('dns-resolved', `10 ${SMTP}.`, DOMAIN, SMTP)
		]
	},
	{
		fixture: 'dns-bare-addresses.txt',
		proves: 'nothing from bare addresses with no dig +short command above them',
		findings: []
	}
];

const HOST: readonly Case[] = [
	{
		fixture: 'dns-host.txt',
		proves: 'address, IPv6 address and MX sentences, an alias reported as the name asked',
		findings: [
			finding('dns-resolved', `mail.fabrikam.example has address ${V4}`, SMTP, V4),
			finding('dns-aaaa', `mail.fabrikam.example has IPv6 address ${V6}`, SMTP, V6),
			finding('dns-resolved', `${DOMAIN} has address 198.51.100.80`, DOMAIN, '198.51.100.80')
		]
	},
	{
		fixture: 'dns-host-server.txt',
		proves: 'the answer, not the "Using domain server" block',
		findings: [finding('dns-resolved', `${DOMAIN} mail is handled by 10 ${SMTP}.`, DOMAIN, SMTP)]
	},
	{
		fixture: 'dns-host-nxdomain.txt',
		proves: 'dns-nxdomain from 3(NXDOMAIN)',
		findings: [finding('dns-nxdomain', `Host ${SMTP} not found: 3(NXDOMAIN)`, SMTP)]
	},
	{
		fixture: 'dns-host-servfail.txt',
		proves: 'dns-servfail from 2(SERVFAIL)',
		findings: [finding('dns-servfail', `Host ${SMTP} not found: 2(SERVFAIL)`, SMTP)]
	},
	{
		fixture: 'dns-host-refused.txt',
		proves: 'nothing from 5(REFUSED)',
		findings: []
	},
	{
		fixture: 'dns-host-norecords.txt',
		proves: 'dns-no-records with the type from "has no AAAA record"',
		findings: [finding('dns-no-records', `${SMTP} has no AAAA record`, SMTP, 'AAAA')]
	},
	{
		fixture: 'dns-host-timeout.txt',
		proves: 'dns-timeout about the name of the command line',
		findings: [finding('dns-timeout', ';; connection timed out; no servers could be reached', SMTP)]
	},
	{
		fixture: 'dns-host-timeout-bind918.txt',
		proves: "dns-timeout from BIND 9.18's timed-out tries, not a TCP timeout (real output)",
		findings: [
			finding(
				'dns-timeout',
				';; communications error to 127.0.0.1#53: timed out',
				'mail.silent.example'
			)
		]
	}
];

const ALL_CASES = [...RESOLVE_DNSNAME, ...NSLOOKUP_WINDOWS, ...NSLOOKUP_LINUX, ...DIG, ...HOST];

describe('readDns', () => {
	describe.each([
		['Resolve-DnsName', RESOLVE_DNSNAME],
		['nslookup on Windows', NSLOOKUP_WINDOWS],
		['nslookup on Linux', NSLOOKUP_LINUX],
		['dig', DIG],
		['host', HOST]
	])('%s', (_tool, cases) => {
		it.each(cases)('reads $proves ($fixture)', ({ fixture: name, findings }) => {
			expect(read(name)).toEqual(findings);
		});
	});

	it('has a case for every DNS finding id and every dns fixture', () => {
		const ids = new Set(ALL_CASES.flatMap((c) => c.findings.map((f) => f.id)));
		const files = readdirSync(EVIDENCE).filter((name) => name.startsWith('dns-'));
		expect({ ids: [...ids].sort(), files: files.sort() }).toEqual({
			// The resolver is read apart (resolver.ts, tested in evidence.test.ts).
			ids: FINDING_IDS.filter((id) => id.startsWith('dns-') && id !== 'dns-resolver').sort(),
			files: ALL_CASES.map((c) => c.fixture).sort()
		});
	});

	it('reads a CRLF file as saved from a Windows console', () => {
		const text = fixture('dns-resolve-nxdomain-crlf.txt');
		expect(text.includes('\r\n')).toBe(true);
		const nxdomain = [
			finding('dns-nxdomain', `Resolve-DnsName : ${SMTP} : DNS name does not exist`, SMTP)
		];
		// Split as the app splits a paste (linesOf), and at LF alone, each line keeping its CR.
		expect(readDns(linesOf(text))).toEqual(nxdomain);
		expect(readDns(text.split('\n'))).toEqual(nxdomain);
		expect(readDns(linesOf(text.replaceAll('\r\n', '\n')))).toEqual(nxdomain);
	});

	it.each(ALL_CASES)('reads $fixture the same with CRLF line ends', ({ fixture: name }) => {
		const crlf = fixture(name).replaceAll('\r\n', '\n').replaceAll('\n', '\r\n');
		expect(readDns(crlf.split(/\r?\n/))).toEqual(read(name));
	});

	it('reads one lookup per command when several are pasted together', () => {
		const text = [fixture('dns-host-nxdomain.txt'), fixture('dns-dig-mx.txt')].join('\n');
		expect(readDns(text.split(/\r?\n/))).toEqual([
			finding('dns-nxdomain', `Host ${SMTP} not found: 3(NXDOMAIN)`, SMTP),
			finding('dns-resolved', `${DOMAIN}.\t3600\tIN\tMX\t10 ${SMTP}.`, DOMAIN, SMTP)
		]);
	});
});

describe('readDns on text that is no DNS lookup', () => {
	it('finds nothing in the bounce messages of the sisimai corpus', () => {
		const emls = readdirSync(SISIMAI).filter((name) => name.endsWith('.eml'));
		const found = emls.flatMap((name) =>
			readDns(readFileSync(join(SISIMAI, name), 'utf8').split(/\r?\n/))
		);
		expect(emls.length).toBeGreaterThan(0);
		expect(found).toEqual([]);
	});

	it('finds nothing in port tests, SMTP sessions, openssl transcripts, certificates and Exchange output', () => {
		const others = readdirSync(EVIDENCE).filter((name) => UNRELATED.test(name));
		expect(others.length).toBeGreaterThan(0);
		expect(others.flatMap((name) => read(name))).toEqual([]);
	});

	it('finds nothing in prose about DNS', () => {
		const prose = [
			'Name: the connector',
			'Address: see the admin center',
			'The host smtp.fabrikam.example did not answer; dig into the logs.',
			'Server: we asked the DNS server failure team',
			'DNS name does not exist for this recipient domain.',
			'host is down',
			'Connection timed out while talking to smtp.fabrikam.example.'
		];
		expect(readDns(prose)).toEqual([]);
	});

	it('finds nothing in seeded random text', () => {
		const text = randomText(200_000, 'abcdefx0123456789.:;*#>$ \n\t-', 7);
		expect(readDns(text.split('\n'))).toEqual([]);
	});

	it('returns [] for no lines', () => {
		expect(readDns([])).toEqual([]);
	});
});

describe('readDns on hostile input', () => {
	const MANY = 200_000;

	it('returns [] for 200,000 lines of "Address: "', () => {
		expect(readDns(Array.from({ length: MANY }, () => 'Address: '))).toEqual([]);
	});

	it('reports one finding for 200,000 answers of one name', () => {
		const lines = [
			'Name:    smtp.fabrikam.example',
			...Array.from({ length: MANY }, () => `Address: ${V4}`)
		];
		expect(readDns(lines)).toEqual([finding('dns-resolved', `Address: ${V4}`, SMTP, V4)]);
	});

	it('reports each of 200,000 distinct NXDOMAIN names once, in order', () => {
		const lines = Array.from(
			{ length: MANY },
			(_, i) => `Host n${i}.fabrikam.example not found: 3(NXDOMAIN)`
		);
		const found = readDns(lines);
		expect(found.length).toBe(MANY);
		expect(found[MANY - 1]).toEqual(
			finding(
				'dns-nxdomain',
				`Host n${MANY - 1}.fabrikam.example not found: 3(NXDOMAIN)`,
				`n${MANY - 1}.fabrikam.example`
			)
		);
	});

	it('skips a 1 MB line and still reads the lines around it', () => {
		const huge = `${SMTP} has address ${'1'.repeat(1_000_000)}`;
		const lines = [huge, `${SMTP} has address ${V4}`, `Address: ${'a:'.repeat(500_000)}`];
		expect(readDns(lines)).toEqual([
			finding('dns-resolved', `${SMTP} has address ${V4}`, SMTP, V4)
		]);
	});

	it('returns for lines just under the length limit built to make patterns backtrack', () => {
		const lines = [
			`PS ${'C'.repeat(990)}`,
			`Resolve-DnsName : ${'a : '.repeat(240)}`,
			`*** ${"can't find ".repeat(80)}`,
			`;${' '.repeat(990)}x`,
			`${'x '.repeat(495)}has address`,
			`${'a.'.repeat(480)}b has address ${V4}`
		];
		expect(readDns(lines)).toEqual([]);
	});
});

describe('names and addresses as the readers accept them', () => {
	it('strips the trailing dot of an absolute name and keeps its case', () => {
		expect(
			['smtp.fabrikam.example.', 'SMTP.Fabrikam.Example', '_25._tcp.fabrikam.example'].map(hostName)
		).toEqual(['smtp.fabrikam.example', 'SMTP.Fabrikam.Example', '_25._tcp.fabrikam.example']);
	});

	it('rejects single words, empty labels, long labels and words of prose', () => {
		const notNames = ['localhost', 'a..b', `${'a'.repeat(64)}.example`, 'the server', '.', ''];
		expect(notNames.map(hostName)).toEqual(notNames.map(() => null));
	});

	it('accepts dotted quads up to 255 and the IPv6 forms with and without "::"', () => {
		expect({
			v4: ['198.51.100.20', '0.0.0.0', '255.255.255.255', '256.1.1.1', '1.2.3', '01.2.3.4.5'].map(
				isIPv4
			),
			v6: [
				'2001:db8::25',
				'::1',
				'2001:db8:0:0:0:0:0:25',
				'2001:db8::25::1',
				'10:30',
				'2001:db8:0:0:0:0:0:0:25',
				'fe80::1%eth0'
			].map(isIPv6)
		}).toEqual({
			v4: [true, true, true, false, false, false],
			v6: [true, true, true, false, false, false, false]
		});
	});
});
