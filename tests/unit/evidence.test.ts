import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog';
import { searchData } from '../../src/data/search';
import { wizardCauses } from '../../src/data';
import { findingTexts } from '../../src/data/evidence-text';
import { wizardTree } from '../../src/data/wizard';
import { indexCatalog } from '../../src/lib/catalog/lookup';
import { analyzePaste } from '../../src/lib/analysis';
import {
	expectedNameOf,
	factsFromFindings,
	FINDING_IDS,
	hasPem,
	mergeFindings,
	provedAnswers,
	readEvidence,
	readPemEvidence
} from '../../src/lib/evidence';
import { readDns } from '../../src/lib/evidence/dns';
import { FINDING_CODES } from '../../src/lib/evidence/effects';
import { readTcp } from '../../src/lib/evidence/tcp';
import { readInput } from '../../src/lib/reading';
import { proofOf } from '../../src/lib/reading/proof';
import { createSearch } from '../../src/lib/search';
import { evaluate } from '../../src/lib/wizard/engine';
import { NDR_STARTTLS_REQUIRED, TRACE_SUBJECT_MISMATCH_MESSAGE } from '../fixtures/formats';

const fixture = (name: string) =>
	readFileSync(join(import.meta.dirname, '..', 'fixtures', 'evidence', name), 'utf8');
const NOW = new Date('2026-12-02T12:00:00Z');
const NO_CONTEXT = { expectedName: null };
const index = indexCatalog(catalog);
const search = createSearch(index, searchData);
const wizard = { tree: wizardTree, causes: wizardCauses };
const ids = (findings: readonly { id: string }[]) => findings.map((f) => f.id);

/**
 * The whole paste flow of the page, through the same functions: the paste reader (analyzePaste),
 * the PEM certificates read after it, what they prove (proofOf) and the one reading (readInput).
 */
async function pasted(text: string) {
	const analysis = analyzePaste(text, NOW);
	const pem = hasPem(text) ? await readPemEvidence(text, NOW, analysis.expectedName) : [];
	const findings = mergeFindings(analysis.findings, pem);
	const proof = proofOf({ diagnosis: analysis.diagnosis, findings }, index, wizard);
	const { results } = readInput(text, 'pasted', proof, { search, lang: 'en' });
	const state = proof.wizard ?? { from: proof.wizardFrom, answers: [] };
	return { findings, results, step: evaluate(wizardTree, wizardCauses, state).step };
}

describe('evidence: what pasted command output proves, end to end', () => {
	it('words every finding in both languages and points each at existing entries', () => {
		for (const id of FINDING_IDS) {
			expect(findingTexts[id].en.length, id).toBeGreaterThan(10);
			expect(findingTexts[id].it).not.toBe(findingTexts[id].en);
			for (const code of FINDING_CODES[id]) expect(index.resolve(code)?.entry.code).toBe(code);
		}
	});

	it.each([
		['s_client-expired-tls.txt', 'cert-expired', '4.7.320'],
		['dns-nslookup-windows-nxdomain.txt', 'dns-nxdomain', '4.4.312'],
		['tcp-nc-refused.txt', 'tcp-refused', '4.4.316'],
		['tcp-nc-timeout.txt', 'tcp-timeout', '4.4.315'],
		['telnet-no-starttls.txt', 'starttls-missing', '4.4.317'],
		['telnet-masked.txt', 'smtp-inspection', '4.4.317'],
		['s_client-valid-tls10.txt', 'tls-old-version', '4.4.317'],
		['exchange-revocation-crlf.txt', 'cert-revocation-failed', '4.7.320'],
		['exchange-outbound.txt', 'connector-uses-mx', '4.4.312']
	])('%s shows %s and ranks %s first', async (name, finding, code) => {
		const { findings, results } = await pasted(fixture(name));
		expect(ids(findings)).toContain(finding);
		expect(results[0]?.entry.code).toBe(code);
	});

	it('reads Test-NetConnection as "failed", refused or timed out not told apart', async () => {
		const { findings, results } = await pasted(fixture('tcp-tnc-failed.txt'));
		expect(ids(findings)).toEqual(['tcp-failed']);
		expect(results.slice(0, 2).map((r) => r.entry.code)).toEqual(['4.4.315', '4.4.316']);
	});

	it('reads a pasted PEM certificate on the test day: expired, 4.7.320 first', async () => {
		const { findings, results } = await pasted(fixture('cert-expired.pem'));
		expect(findings).toEqual([
			{
				id: 'cert-expired',
				line: '-----BEGIN CERTIFICATE-----',
				lineNumber: 1,
				subject: 'mail.fabrikam.example',
				detail: '2026-11-27 08:40 UTC'
			}
		]);
		expect(results[0]?.entry.code).toBe('4.7.320');
	});

	it('checks a pasted certificate against the Expected Subject of a SubjectMismatch in the same paste', async () => {
		const text = `${TRACE_SUBJECT_MISMATCH_MESSAGE}\n${fixture('cert-valid.pem')}`;
		const { findings } = await pasted(text);
		expect(findings).toContainEqual(
			expect.objectContaining({ id: 'cert-name-mismatch', detail: '*.contoso.com' })
		);
	});

	it('reads an NDR and a telnet session as one story: the NDR code first, the finding confirms', async () => {
		const text = `${NDR_STARTTLS_REQUIRED}\n\n${fixture('telnet-masked.txt')}`;
		const { findings, results, step } = await pasted(text);
		expect(ids(findings)).toContain('smtp-inspection');
		expect(results[0]?.entry.code).toBe('4.4.317');
		expect(step).toMatchObject({
			kind: 'conclusion',
			certainty: 'confirmed',
			confirmedBy: { question: 'ehlo-reply', answer: 'masked' }
		});
		expect(step.kind === 'conclusion' && step.causes[0]?.id).toBe(
			'smtp-inspection-strips-starttls'
		);
	});

	it('confirms an expired certificate in the wizard from a pasted s_client transcript', async () => {
		const { step } = await pasted(fixture('s_client-expired-tls.txt'));
		expect(step).toMatchObject({
			kind: 'conclusion',
			certainty: 'confirmed',
			confirmedBy: { question: 'cert-expired', answer: 'yes' }
		});
		expect(step.kind === 'conclusion' && step.causes[0]?.id).toBe('cert-expired');
	});

	it('confirms a stale TlsCertificateName from Get-ReceiveConnector and Get-ExchangeCertificate pasted together', async () => {
		const { findings, step } = await pasted(fixture('exchange-hybrid-receive.txt'));
		expect(ids(findings)).toContain('receive-connector-stale-certificate');
		expect(step.kind === 'conclusion' && step.causes[0]?.id).toBe('stale-tls-certificate-name');
	});

	it('claims no answer from s_client\'s "no STARTTLS": a masking firewall looks the same to it', async () => {
		const { findings } = await pasted(fixture('s_client-valid-masked.txt'));
		expect(ids(findings)).toContain('starttls-missing');
		expect(provedAnswers(findings)).toEqual([]);
	});

	it('proves the masked EHLO reply from a telnet session whose banner is all asterisks', () => {
		const findings = readEvidence(fixture('telnet-masked.txt'), NOW, NO_CONTEXT);
		expect(provedAnswers(findings)).toEqual([
			{
				question: 'ehlo-reply',
				answer: 'masked',
				finding: {
					id: 'smtp-inspection',
					line: '220 ******************************************************************',
					detail: 'banner'
				}
			}
		]);
	});

	it('leaves a question open when two pasted tests disagree', () => {
		const offered = readEvidence(fixture('telnet-starttls.txt'), NOW, NO_CONTEXT);
		const masked = readEvidence(fixture('telnet-masked.txt'), NOW, NO_CONTEXT);
		// Each alone answers the question, differently.
		expect(factsFromFindings(offered)['ehlo-reply']).toBe('starttls');
		expect(factsFromFindings(masked)['ehlo-reply']).toBe('masked');
		expect(factsFromFindings([...offered, ...masked])['ehlo-reply']).toBeUndefined();
	});

	it('reads nothing from an NDR alone, and never throws on hostile text', () => {
		expect(readEvidence(TRACE_SUBJECT_MISMATCH_MESSAGE, NOW, NO_CONTEXT)).toEqual([]);
		for (const text of ['', '\u0000'.repeat(1000), '<script>alert(1)</script>']) {
			expect(readEvidence(text, NOW, NO_CONTEXT)).toEqual([]);
		}
		// 50,000 s_client openings are one connection, reported once.
		expect(readEvidence('CONNECTED(\n'.repeat(50_000), NOW, NO_CONTEXT)).toEqual([
			{ id: 'tcp-open', line: 'CONNECTED(' }
		]);
	});
});

describe('the name a pasted certificate is checked against', () => {
	it('is the host tested in the same paste when nothing names a TlsDomain', async () => {
		const text = `$ nc -vz mail.fabrikam.example 25\nConnection to mail.fabrikam.example (198.51.100.20) 25 port [tcp/smtp] succeeded!\n${fixture('cert-wrongname.pem')}`;
		const { findings } = await pasted(text);
		expect(findings).toContainEqual(
			expect.objectContaining({ id: 'cert-name-mismatch', detail: 'mail.fabrikam.example' })
		);
	});

	it('is the TlsDomain of a pasted Get-OutboundConnector before any tested host', () => {
		const findings = [
			{ id: 'tcp-open' as const, line: 'x', subject: 'smtp.fabrikam.example' },
			{ id: 'connector-tls-domain' as const, line: 'y', detail: 'mail.fabrikam.example' }
		];
		expect(expectedNameOf(findings, NO_CONTEXT)).toBe('mail.fabrikam.example');
		expect(expectedNameOf(findings.slice(0, 1), NO_CONTEXT)).toBe('smtp.fabrikam.example');
		expect(
			expectedNameOf([{ id: 'tcp-open', line: 'z', subject: '127.0.0.1' }], NO_CONTEXT)
		).toBeNull();
	});
});

describe('which readers a paste goes through', () => {
	it('still reads every DNS and TCP fixture when readers run only where their tool shows', () => {
		const dir = join(import.meta.dirname, '..', 'fixtures', 'evidence');
		const names = readdirSync(dir).filter((n) => /^(dns|tcp)-.*\.txt$/.test(n));
		expect(names.length).toBeGreaterThan(50);
		for (const name of names) {
			const text = fixture(name);
			const lines = text.split(/\r\n?|\n/);
			const direct = name.startsWith('dns-') ? readDns(lines) : readTcp(lines);
			const all = readEvidence(text, NOW, NO_CONTEXT);
			for (const found of direct) expect(all, name).toContainEqual(found);
		}
	});
});

describe('the resolver a DNS tool asked', () => {
	it.each([
		['dns-dig-a.txt', '127.0.0.53', ';; SERVER: 127.0.0.53#53(127.0.0.53) (UDP)'],
		['dns-nslookup-windows.txt', '192.0.2.53', 'Address:  192.0.2.53']
	])('reads it from %s: %s', (name, resolver, line) => {
		const found = readEvidence(fixture(name), NOW, NO_CONTEXT).filter(
			(f) => f.id === 'dns-resolver'
		);
		expect(found).toEqual([{ id: 'dns-resolver', line, detail: resolver }]);
	});

	it('reads it from -Server on a Resolve-DnsName command line', () => {
		const text =
			'PS C:\\> Resolve-DnsName smtp.fabrikam.example -Server 1.1.1.1\nResolve-DnsName : smtp.fabrikam.example : DNS name does not exist';
		expect(readEvidence(text, NOW, NO_CONTEXT)).toContainEqual(
			expect.objectContaining({ id: 'dns-resolver', detail: '1.1.1.1' })
		);
	});
});
