import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog';
import { commands } from '../../src/data/commands';
import { indexCatalog } from '../../src/lib/catalog/lookup';
import { readTls } from '../../src/lib/evidence/tls';
import type { Finding, FindingId } from '../../src/lib/evidence/types';
import {
	bySeverity,
	commandsDone,
	firstStepOf,
	severityOf,
	targetOf,
	verdictOf
} from '../../src/lib/verdict';
import { commandOwners } from '../../src/lib/verdict/plan';
import { dateOfDetail, daysFrom } from '../../src/lib/verdict/when';
import { certificateSummary } from '../../src/lib/verdict/certificate';
import { FINDING_IDS } from '../../src/lib/evidence/types';

const index = indexCatalog(catalog);
const byId = new Map(commands.map((c) => [c.id, c]));
const command = (id: string) => byId.get(id);
const cause = (id: string) => {
	const found = index.cause(id);
	if (!found) throw new Error(`no cause ${id}`);
	return found.cause;
};
const finding = (id: FindingId): Finding => ({ id, line: id });

describe('the first step', () => {
	it('is the first check of a cause not yet confirmed: the port test for a refused connection', () => {
		const step = firstStepOf(cause('firewall-blocks-m365'), 'likely', new Set(), command);
		expect(step?.kind).toBe('check');
		expect(step?.command?.id).toBe('test-port-25');
	});

	it('is the first fix step of a confirmed cause', () => {
		const step = firstStepOf(cause('cert-expired'), 'confirmed', new Set(), command);
		expect(step?.kind).toBe('fix');
		expect(step?.text?.en).toMatch(/^See which certificate the server actually presents/);
		expect(step?.command?.id).toBe('openssl-starttls');
	});

	it('never asks to rerun what was pasted: an s_client transcript skips "see which certificate"', () => {
		const transcript = readFileSync(
			join(import.meta.dirname, '..', 'fixtures', 'evidence', 's_client-expired-tls.txt'),
			'utf8'
		);
		const done = commandsDone(readTls(transcript.split('\n')));
		expect(done.has('openssl-starttls')).toBe(true);
		const step = firstStepOf(cause('cert-expired'), 'confirmed', done, command);
		expect(step?.text?.en).toMatch(/^Renew it with the CA/);
		expect(step?.command?.id).toBe('get-exchange-certificate');
		// Not confirmed: the check left is the Exchange certificate list, not s_client again.
		expect(firstStepOf(cause('cert-expired'), 'likely', done, command)?.command?.id).toBe(
			'get-exchange-certificate'
		);
	});

	it('never starts with a step that waits for its gate (it stops mail flow)', () => {
		const migrated = cause('migrated-on-prem-shut-down');
		const step = firstStepOf(migrated, 'confirmed', new Set(), command);
		const gated = migrated.fix.filter((s) => s.gated === true).map((s) => s.text.en);
		expect(step).not.toBeNull();
		expect(gated).not.toContain(step?.text?.en);
	});

	it('says nothing is known when no cause points anywhere', () => {
		const verdict = verdictOf({
			entry: null,
			stage: null,
			causes: [],
			certainty: 'confirmed',
			command
		});
		expect(verdict).toMatchObject({ cause: null, certainty: 'open', firstStep: null });
	});
});

describe('findings at a glance', () => {
	it('gives every finding a severity', () => {
		for (const id of FINDING_IDS)
			expect(['failed', 'warning', 'passed', 'info']).toContain(severityOf(id));
	});

	it('lists failures first, the expired certificate before the untrusted chain, passes after', () => {
		const sorted = bySeverity([
			finding('tcp-open'),
			finding('cert-untrusted'),
			finding('tls-ok'),
			finding('cert-expired'),
			finding('cert-weak')
		]).map((f) => f.id);
		expect(sorted).toEqual(['cert-expired', 'cert-untrusted', 'cert-weak', 'tcp-open', 'tls-ok']);
	});

	it('reads a certificate date as OpenSSL, the decoder and Exchange print it, and how far it is', () => {
		expect(dateOfDetail('Nov  1 00:00:00 2025 GMT')?.toISOString()).toBe(
			'2025-11-01T00:00:00.000Z'
		);
		expect(dateOfDetail('2025-11-01T00:00:00Z')?.toISOString()).toBe('2025-11-01T00:00:00.000Z');
		expect(dateOfDetail('11/1/2025 12:00:00 AM')?.toISOString()).toBe('2025-11-01T00:00:00.000Z');
		expect(dateOfDetail('certificate has expired')).toBeNull();
		const date = dateOfDetail('Nov  1 00:00:00 2025 GMT');
		if (date === null) throw new Error('no date');
		expect(daysFrom(new Date('2026-12-07T12:00:00Z'), date)).toBe(-401);
	});
});

describe('the page around the verdict', () => {
	it('names the destination as the paste does', () => {
		expect(targetOf({ host: 'mail.contoso.com', ip: '203.0.113.10', port: '25' })).toBe(
			'mail.contoso.com (203.0.113.10:25)'
		);
		expect(targetOf({ ip: '203.0.113.10' })).toBe('203.0.113.10');
		expect(targetOf({})).toBeNull();
	});

	it('shows each command of 4.7.320 in one cause only, the likeliest first', () => {
		const entry = index.resolve('4.7.320')?.entry;
		if (!entry) throw new Error('no 4.7.320');
		const owners = commandOwners(entry.causes);
		expect(owners.get('openssl-starttls')).toBe(entry.causes[0]?.id);
		const ids = entry.causes.flatMap((c) => [
			...c.fix.flatMap((s) => s.commands ?? []),
			...c.verify
		]);
		expect(new Set(owners.keys())).toEqual(new Set(ids));
	});
});

describe('the certificate a paste shows', () => {
	const evidence = (name: string) =>
		readFileSync(join(import.meta.dirname, '..', 'fixtures', 'evidence', name), 'utf8');

	it('reads the server certificate of an s_client chain: subject, issuer, end of validity', () => {
		expect(certificateSummary(evidence('s_client-expired-tls.txt'))).toEqual({
			subject: 'C = IT, O = Example, CN = mail.fabrikam.example',
			names: [],
			issuer: 'C = IT, O = Test PKI, CN = Test Issuing CA',
			notAfter: new Date('2026-11-27T08:40:03Z')
		});
	});

	it('reads the names an `openssl x509 -text` shows', () => {
		const summary = certificateSummary(evidence('x509-text-expired.txt'));
		expect(summary?.names.length).toBeGreaterThan(0);
		expect(summary?.subject).toMatch(/CN ?= ?/);
		expect(summary?.notAfter).toBeInstanceOf(Date);
	});

	it('says nothing of a paste without a certificate', () => {
		expect(certificateSummary('450 4.4.316 Connection refused')).toBeNull();
	});
});
