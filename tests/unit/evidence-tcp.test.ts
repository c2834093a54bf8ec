import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTcp } from '../../src/lib/evidence/tcp';
import { FINDING_IDS, type Finding, type FindingId } from '../../src/lib/evidence/types';
import { randomText } from '../fixtures/random';

const EVIDENCE = join(import.meta.dirname, '..', 'fixtures', 'evidence');
const SISIMAI = join(import.meta.dirname, '..', 'fixtures', 'sisimai');

/** Fixtures of the other readers that hold no port test. */
const UNRELATED = /^(?:dns-|s_client-|x509-text-|exchange-|cert-|chain-)/;

const SMTP = 'smtp.fabrikam.example';
const V4 = '198.51.100.20';
const V6 = '2001:db8::25';

function fixture(name: string): string {
	return readFileSync(join(EVIDENCE, name), 'utf8');
}

function read(name: string): Finding[] {
	return readTcp(fixture(name).split(/\r?\n/));
}

function finding(id: FindingId, line: string, subject: string, detail: string): Finding {
	return { id, line, subject, detail };
}

interface Case {
	readonly fixture: string;
	readonly proves: string;
	readonly findings: readonly Finding[];
}

const TEST_NETCONNECTION: readonly Case[] = [
	{
		fixture: 'tcp-tnc-open.txt',
		proves: 'tcp-open from TcpTestSucceeded True, with RemoteAddress:RemotePort',
		findings: [finding('tcp-open', 'TcpTestSucceeded : True', SMTP, `${V4}:25`)]
	},
	{
		fixture: 'tcp-tnc-failed.txt',
		proves: 'tcp-failed (not refused, not timed out) from TcpTestSucceeded False',
		findings: [finding('tcp-failed', 'TcpTestSucceeded       : False', SMTP, `${V4}:25`)]
	},
	{
		fixture: 'tcp-tnc-v6-failed.txt',
		proves: 'the failed IPv6 attempt beside the IPv4 success',
		findings: [
			finding('tcp-failed', `WARNING: TCP connect to (${V6} : 25) failed`, SMTP, `[${V6}]:25`),
			finding('tcp-open', 'TcpTestSucceeded : True', SMTP, `${V4}:25`)
		]
	},
	{
		fixture: 'tcp-tnc-unresolved.txt',
		proves: 'tcp-name-unresolved and no tcp-failed when the name did not resolve',
		findings: [
			finding('tcp-name-unresolved', `WARNING: Name resolution of ${SMTP} failed`, SMTP, '25')
		]
	}
];

const NC: readonly Case[] = [
	{
		fixture: 'tcp-nc-open.txt',
		proves: 'tcp-open from "succeeded!"',
		findings: [
			finding(
				'tcp-open',
				`Connection to ${SMTP} (${V4}) 25 port [tcp/smtp] succeeded!`,
				SMTP,
				`${V4}:25`
			)
		]
	},
	{
		fixture: 'tcp-nc-refused.txt',
		proves: 'tcp-refused for each address tried',
		findings: [
			finding(
				'tcp-refused',
				`nc: connect to ${SMTP} (${V6}) port 25 (tcp) failed: Connection refused`,
				SMTP,
				`[${V6}]:25`
			),
			finding(
				'tcp-refused',
				`nc: connect to ${SMTP} (${V4}) port 25 (tcp) failed: Connection refused`,
				SMTP,
				`${V4}:25`
			)
		]
	},
	{
		fixture: 'tcp-nc-timeout.txt',
		proves: 'tcp-timeout from "timed out: Operation now in progress"',
		findings: [
			finding(
				'tcp-timeout',
				`nc: connect to ${SMTP} (${V4}) port 25 (tcp) timed out: Operation now in progress`,
				SMTP,
				`${V4}:25`
			)
		]
	},
	{
		fixture: 'tcp-nc-unresolved.txt',
		proves: 'tcp-name-unresolved from getaddrinfo',
		findings: [
			finding(
				'tcp-name-unresolved',
				`nc: getaddrinfo for host "${SMTP}" port 25: Name or service not known`,
				SMTP,
				'25'
			)
		]
	},
	{
		fixture: 'tcp-ncat-open.txt',
		proves: 'ncat tcp-open about the host of the command line',
		findings: [finding('tcp-open', `Ncat: Connected to ${V4}:25.`, SMTP, `${V4}:25`)]
	},
	{
		fixture: 'tcp-ncat-refused.txt',
		proves: 'ncat tcp-refused with the port of the command line',
		findings: [finding('tcp-refused', 'Ncat: Connection refused.', SMTP, '25')]
	},
	{
		fixture: 'tcp-ncat-timeout.txt',
		proves: 'ncat tcp-timeout from TIMEOUT',
		findings: [finding('tcp-timeout', 'Ncat: TIMEOUT.', SMTP, '25')]
	},
	{
		fixture: 'tcp-netcat-traditional.txt',
		proves: 'traditional netcat "open" and ": Connection refused" for an (UNKNOWN) name',
		findings: [
			finding('tcp-open', `${SMTP} [${V4}] 25 (smtp) open`, SMTP, `${V4}:25`),
			finding(
				'tcp-refused',
				'(UNKNOWN) [198.51.100.21] 25 (smtp) : Connection refused',
				'198.51.100.21',
				'198.51.100.21:25'
			)
		]
	}
];

const TELNET: readonly Case[] = [
	{
		fixture: 'tcp-telnet-windows.txt',
		proves: 'Windows "Connect failed" as tcp-failed, never tcp-refused',
		findings: [
			finding(
				'tcp-failed',
				`Connecting To ${SMTP}...Could not open connection to the host, on port 25: Connect failed`,
				SMTP,
				'25'
			)
		]
	},
	{
		fixture: 'tcp-telnet-linux-open.txt',
		proves: 'tcp-open from "Connected to", at the address it was trying',
		findings: [finding('tcp-open', `Connected to ${SMTP}.`, SMTP, `${V4}:25`)]
	},
	{
		fixture: 'tcp-telnet-linux-refused.txt',
		proves: 'tcp-refused from "Unable to connect", at the address it was trying',
		findings: [
			finding(
				'tcp-refused',
				'telnet: Unable to connect to remote host: Connection refused',
				SMTP,
				`${V4}:25`
			)
		]
	},
	{
		fixture: 'tcp-telnet-linux-timeout.txt',
		proves: 'each address its own failure, the final verdict not repeated',
		findings: [
			finding(
				'tcp-refused',
				`telnet: connect to address ${V6}: Connection refused`,
				SMTP,
				`[${V6}]:25`
			),
			finding(
				'tcp-timeout',
				`telnet: connect to address ${V4}: Connection timed out`,
				SMTP,
				`${V4}:25`
			)
		]
	},
	{
		fixture: 'tcp-telnet-linux-unresolved.txt',
		proves: 'tcp-name-unresolved from "could not resolve"',
		findings: [
			finding(
				'tcp-name-unresolved',
				`telnet: could not resolve ${SMTP}/25: Name or service not known`,
				SMTP,
				'25'
			)
		]
	}
];

const ALL_CASES = [...TEST_NETCONNECTION, ...NC, ...TELNET];

describe('readTcp', () => {
	describe.each([
		['Test-NetConnection', TEST_NETCONNECTION],
		['nc, ncat and netcat', NC],
		['telnet', TELNET]
	])('%s', (_tool, cases) => {
		it.each(cases)('reads $proves ($fixture)', ({ fixture: name, findings }) => {
			expect(read(name)).toEqual(findings);
		});
	});

	it('has a case for every TCP finding id and every tcp fixture', () => {
		const ids = new Set(ALL_CASES.flatMap((c) => c.findings.map((f) => f.id)));
		const files = readdirSync(EVIDENCE).filter((name) => name.startsWith('tcp-'));
		expect({ ids: [...ids].sort(), files: files.sort() }).toEqual({
			ids: FINDING_IDS.filter((id) => id.startsWith('tcp-')).sort(),
			files: ALL_CASES.map((c) => c.fixture).sort()
		});
	});

	it.each(ALL_CASES)('reads $fixture the same with CRLF line ends', ({ fixture: name }) => {
		const crlf = fixture(name).replaceAll('\n', '\r\n');
		expect(crlf.includes('\r\n')).toBe(true);
		expect(readTcp(crlf.split(/\r?\n/))).toEqual(read(name));
	});

	it('reads each Test-NetConnection result of a paste with two', () => {
		const text = [fixture('tcp-tnc-failed.txt'), fixture('tcp-tnc-open.txt')].join('\n');
		expect(readTcp(text.split(/\r?\n/))).toEqual([
			finding('tcp-failed', 'TcpTestSucceeded       : False', SMTP, `${V4}:25`),
			finding('tcp-open', 'TcpTestSucceeded : True', SMTP, `${V4}:25`)
		]);
	});

	it('reads Test-NetConnection fields pasted without the command line', () => {
		const lines = [
			'ComputerName     : 198.51.100.20',
			'RemoteAddress    : 198.51.100.20',
			'RemotePort       : 25',
			'TcpTestSucceeded : False'
		];
		expect(readTcp(lines)).toEqual([
			finding('tcp-failed', 'TcpTestSucceeded : False', V4, `${V4}:25`)
		]);
	});

	it('reads the host and port of a command line after switches and option values', () => {
		const lines = [
			'$ nc -v -n -w 3 198.51.100.21 25',
			'nc: connect to 198.51.100.21 port 25 (tcp) failed: No route to host'
		];
		expect(readTcp(lines)).toEqual([
			finding(
				'tcp-failed',
				'nc: connect to 198.51.100.21 port 25 (tcp) failed: No route to host',
				'198.51.100.21',
				'198.51.100.21:25'
			)
		]);
	});

	it("reads ncat's refusal about the host and port of its command line", () => {
		const lines = [
			'PS C:\\> ncat.exe -v -w 3 smtp.fabrikam.example 587',
			'Ncat: Connection refused.'
		];
		expect(readTcp(lines)).toEqual([
			finding('tcp-refused', 'Ncat: Connection refused.', SMTP, '587')
		]);
	});

	it('reads the Windows telnet failure printed on the line after "Connecting To"', () => {
		const lines = [
			`Connecting To ${SMTP}...`,
			'Could not open connection to the host, on port 25: Connect failed'
		];
		expect(readTcp(lines)).toEqual([
			finding(
				'tcp-failed',
				'Could not open connection to the host, on port 25: Connect failed',
				SMTP,
				'25'
			)
		]);
	});
});

describe('readTcp on text that is no port test', () => {
	it('finds nothing in the bounce messages of the sisimai corpus', () => {
		const emls = readdirSync(SISIMAI).filter((name) => name.endsWith('.eml'));
		const found = emls.flatMap((name) =>
			readTcp(readFileSync(join(SISIMAI, name), 'utf8').split(/\r?\n/))
		);
		expect(emls.length).toBeGreaterThan(0);
		expect(found).toEqual([]);
	});

	it('finds nothing in DNS lookups, openssl transcripts, certificates and Exchange output', () => {
		// The telnet-*.txt SMTP sessions are left out: they rightly hold a telnet connection.
		const others = readdirSync(EVIDENCE).filter((name) => UNRELATED.test(name));
		expect(others.length).toBeGreaterThan(0);
		expect(others.flatMap((name) => read(name))).toEqual([]);
	});

	it('finds nothing in prose about connections', () => {
		const prose = [
			'Connected to smtp.fabrikam.example.',
			'Connection refused by the firewall, the admin said.',
			'Trying again tomorrow...',
			'telnet is not installed',
			'Ncat: Version 7.94 ( https://nmap.org/ncat )',
			'TcpTestSucceeded is the field to look at.'
		];
		expect(readTcp(prose)).toEqual([]);
	});

	it('finds nothing in seeded random text', () => {
		const text = randomText(200_000, 'abcdnoprtx0123456789.:[]()! \n', 11);
		expect(readTcp(text.split('\n'))).toEqual([]);
	});

	it('returns [] for no lines', () => {
		expect(readTcp([])).toEqual([]);
	});
});

describe('readTcp on hostile input', () => {
	const MANY = 200_000;

	it('returns [] for 200,000 lines of "Trying "', () => {
		expect(readTcp(Array.from({ length: MANY }, () => 'Trying '))).toEqual([]);
	});

	it('reports one tcp-open after 200,000 "Trying" lines', () => {
		const lines = [
			...Array.from({ length: MANY }, () => `Trying ${V4}...`),
			`Connected to ${SMTP}.`
		];
		expect(readTcp(lines)).toEqual([finding('tcp-open', `Connected to ${SMTP}.`, SMTP, V4)]);
	});

	it('reports 200,000 repeats of one refusal once', () => {
		const line = `nc: connect to ${SMTP} (${V4}) port 25 (tcp) failed: Connection refused`;
		expect(readTcp(Array.from({ length: MANY }, () => line))).toEqual([
			finding('tcp-refused', line, SMTP, `${V4}:25`)
		]);
	});

	it('skips a 1 MB line and still reads the lines around it', () => {
		const ok = `Connection to ${SMTP} (${V4}) 25 port [tcp/smtp] succeeded!`;
		const lines = [
			`Connection to ${'x '.repeat(500_000)}`,
			ok,
			`Trying ${'1.'.repeat(500_000)}...`
		];
		expect(readTcp(lines)).toEqual([finding('tcp-open', ok, SMTP, `${V4}:25`)]);
	});

	it('returns for lines just under the length limit built to make patterns backtrack', () => {
		const lines = [
			`Connection to ${'a ('.repeat(320)}`,
			`nc: connect to ${'x '.repeat(480)}`,
			`${'a [b] '.repeat(160)}`,
			`Trying ${'.'.repeat(980)}`,
			`WARNING: TCP connect to (${' : '.repeat(320)}`,
			`Connecting To ${'.'.repeat(980)}`
		];
		expect(readTcp(lines)).toEqual([]);
	});
});
