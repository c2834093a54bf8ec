import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog';
import { searchData } from '../../src/data/search';
import { wizardCauses } from '../../src/data';
import { wizardTree } from '../../src/data/wizard';
import { indexCatalog } from '../../src/lib/catalog/lookup';
import { analyzePaste } from '../../src/lib/analysis';
import { hasPem, mergeFindings, provedAnswers, readPemEvidence } from '../../src/lib/evidence';
import { readInput } from '../../src/lib/reading';
import { proofOf } from '../../src/lib/reading/proof';
import { createSearch } from '../../src/lib/search';

/**
 * Real tool output (tests/fixtures/evidence/real, made by its make.sh against Postfix, unbound and
 * misbehaving servers on loopback) and Windows samples written from documented formats
 * (tests/fixtures/evidence/written), each read through the page's whole paste flow: the exact set
 * of findings, and the entry ranked first (null: the text proves nothing wrong, the rank is not
 * judged). A finding is never stronger than the text: weak is not untrusted, a DNS timeout is no
 * TCP timeout.
 */
/** The day after the real fixtures were made: their certificates are valid from 2026-11-08. */
const NOW = new Date('2026-12-08T12:00:00Z');
const index = indexCatalog(catalog);
const search = createSearch(index, searchData);
const wizard = { tree: wizardTree, causes: wizardCauses };
const root = join(import.meta.dirname, '..', 'fixtures', 'evidence');

interface Expected {
	readonly findings: readonly string[];
	readonly first: string | null;
}

async function pasted(text: string) {
	const analysis = analyzePaste(text, NOW);
	const pem = hasPem(text) ? await readPemEvidence(text, NOW, analysis.expectedName) : [];
	const findings = mergeFindings(analysis.findings, pem);
	const proof = proofOf({ diagnosis: analysis.diagnosis, findings }, index, wizard);
	const { results } = readInput(text, 'pasted', proof, { search, lang: 'en' });
	return { findings, results };
}

describe.each(['real', 'written'])('the %s tool output of tests/fixtures/evidence', (dir) => {
	const expected = JSON.parse(readFileSync(join(root, dir, 'expected.json'), 'utf8')) as Record<
		string,
		Expected
	>;

	it('has an expectation for every output file', () => {
		const files = readdirSync(join(root, dir)).filter((name) => /\.(?:txt|pem)$/.test(name));
		expect(files.length).toBeGreaterThan(2);
		expect(Object.keys(expected).sort()).toEqual(files.sort());
	});

	it.each(Object.entries(expected))('%s', async (name, want) => {
		const { findings, results } = await pasted(readFileSync(join(root, dir, name), 'utf8'));
		expect([...new Set(findings.map((finding) => finding.id))].sort()).toEqual(want.findings);
		if (want.first !== null) expect(results[0]?.entry.code).toBe(want.first);
	});
});

describe('where an outside test ran (test-vantage)', () => {
	const vantage = async (dir: string, name: string) =>
		(await pasted(readFileSync(join(root, dir, name), 'utf8'))).findings
			.filter((finding) => finding.id === 'test-vantage')
			.map((finding) => [finding.subject, finding.detail]);

	it.each([
		['real', 'swaks-refused.txt', 'swaks', 'your-network'],
		['real', 'curl-notls.txt', 'curl', 'your-network'],
		['real', 'posttls-finger-untrusted.txt', 'posttls-finger', 'your-network'],
		['real', 'testssl-smtp.txt', 'testssl.sh', 'your-network'],
		['written', 'outside-rca-inbound.txt', 'Remote Connectivity Analyzer', 'microsoft-to-mx'],
		['written', 'outside-connector-validation.txt', 'connector validation', 'microsoft-365'],
		['written', 'outside-mxtoolbox-smtp.txt', 'MXToolbox', 'third-party'],
		['written', 'outside-checktls.txt', 'CheckTLS', 'third-party']
	])('%s/%s ran from %s: %s', async (dir, name, tool, where) => {
		expect(await vantage(dir, name)).toEqual([[tool, where]]);
	});

	it('claims no wizard answer from a third party saying "Does not support TLS"', async () => {
		const text = readFileSync(join(root, 'written', 'outside-mxtoolbox-smtp.txt'), 'utf8');
		const { findings } = await pasted(text);
		expect(provedAnswers(findings)).toEqual([]);
	});

	it('proves "no STARTTLS" from the complete EHLO reply swaks shows', async () => {
		const text = readFileSync(join(root, 'real', 'swaks-tls-notls.txt'), 'utf8');
		const proved = provedAnswers((await pasted(text)).findings).map((p) => [p.question, p.answer]);
		expect(proved).toContainEqual(['ehlo-reply', 'no-starttls']);
	});

	it('reads no close as a cut when it follows QUIT (221)', async () => {
		const text = readFileSync(join(root, 'real', 'telnet-starttls-required.txt'), 'utf8');
		const ids = (await pasted(text)).findings.map((finding) => finding.id);
		expect(ids).not.toContain('smtp-closed');
		expect(ids).toContain('starttls-required');
	});
});
