import { catalog } from '../../src/data/catalog';
import { searchData } from '../../src/data/search';
import { indexCatalog } from '../../src/lib/catalog/lookup';
import { parsePaste } from '../../src/lib/parse';
import { readEvidence } from '../../src/lib/evidence';
import { createSearch } from '../../src/lib/search';
import { prng, randomFrom } from '../fixtures/random';

/**
 * Hostile pastes of about 1 MB each (issue: big pastes stay instant): the parser and the evidence
 * readers must stay linear on them. Reported by `npm run bench`, not asserted.
 */
const MEGABYTE = 1_000_000;

export function hostileInputs(): Record<string, string> {
	const next = prng(7);
	const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
	let nested = '';
	for (let i = 0; i < 2000; i++) {
		nested += `Content-Type: multipart/mixed; boundary="b${i}"\n\n--b${i}\n`;
	}
	const prose =
		'Since the firewall change our on-prem Exchange server gets no mail from Exchange Online; ' +
		'telnet to the smart host on port 25 from outside hangs, and the queue keeps growing. ';
	return {
		'code-free prose': prose.repeat(Math.ceil(MEGABYTE / prose.length)).slice(0, MEGABYTE),
		'random text': randomFrom(next, MEGABYTE, `${printable}\n`),
		'quoted-printable soft breaks': 'abc=\n'.repeat(MEGABYTE / 5),
		base64: `Content-Transfer-Encoding: base64\n\n${'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\n'.repeat(MEGABYTE / 77)}`,
		'nested MIME': nested + 'x\n'.repeat((MEGABYTE - nested.length) / 2),
		'100k header lines': Array.from({ length: 100_000 }, (_, i) => `X-H${i % 1000}: v`).join('\n'),
		// Server logs (src/lib/logs): many sessions, half of them Microsoft 365's; a CSV 1,000 wide.
		'Exchange receive log': fill(
			(i) =>
				`2026-12-08T03:${String(i % 60).padStart(2, '0')}:07.201Z,EX01\\Default Frontend EX01,08DE${String(i >> 2).padStart(12, '0')},${i % 4},203.0.113.25:25,${i % 8 < 4 ? '40.107.22.51' : '198.51.100.7'}:46112,${['+', '<', '*', '-'][i % 4]},${['', 'EHLO x.outbound.protection.outlook.com', '', ''][i % 4]},${['', '', 'TLS negotiation failed with error SocketError', 'Remote(SocketError)'][i % 4]}`
		),
		'Postfix log': fill(
			(i) =>
				`Dec  8 04:05:08 mail postfix/smtpd[${1000 + (i >> 2)}]: ${['connect from unknown[40.107.22.52]', 'SSL_accept error from unknown[40.107.22.52]: -1', 'lost connection after STARTTLS from unknown[40.107.22.52]', 'disconnect from unknown[40.107.22.52] ehlo=1 starttls=0/1 commands=1/2'][i % 4]}`
		),
		'CSV, 1,000 columns': fill((i) =>
			i === 0
				? `#Fields: ${Array.from({ length: 1000 }, (_, k) => `c${k}`).join(',')}`
				: `2026-12-08T03:41:07.201Z,${'=cmd|x,'.repeat(140)}`
		)
	};
}

/** About 1 MB of lines made by `line`. */
function fill(line: (i: number) => string): string {
	const lines: string[] = [];
	for (let i = 0, size = 0; size < MEGABYTE; i++) {
		const text = line(i);
		lines.push(text);
		size += text.length + 1;
	}
	return lines.join('\n');
}

/** Milliseconds per run of `work`, the median of `runs`. */
function time(work: () => void, runs = 7): number {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		work();
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(runs / 2)] ?? 0;
}

export function run(): string {
	const lines = ['Hostile pastes, about 1 MB each (median of 7 runs, ms; target <= 50 each)'];
	lines.push('input                          parse  evidence  words');
	// The words are ranked as the paste path ranks them: the full search, codes left to the parser.
	const search = createSearch(indexCatalog(catalog), searchData);
	for (const [name, text] of Object.entries(hostileInputs())) {
		const parse = time(() => parsePaste(text));
		const evidence = time(() => readEvidence(text, new Date(), { expectedName: null }));
		const words = time(() => search(text, 'en', { named: false }));
		lines.push(
			`${name.padEnd(30)} ${parse.toFixed(1).padStart(5)}  ${evidence.toFixed(1).padStart(8)}  ${words.toFixed(1).padStart(5)}`
		);
	}
	return lines.join('\n');
}
