import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePaste, readText } from '../../src/lib/analysis';
import { readEvidence } from '../../src/lib/evidence';
import { readPemCertificates } from '../../src/lib/evidence/x509';
import { parsePaste } from '../../src/lib/parse';
import {
	goesToPreview,
	looksLikePaste,
	PREVIEW_CHARS,
	PREVIEW_LINES,
	previewOf,
	readAsPaste
} from '../../src/lib/parse/input';
import { formatHash, parseHash, quoteFragment } from '../../src/lib/route';
import { shareableQuery } from '../../src/lib/route/share';
import { formatWizardState, parseWizardState } from '../../src/lib/wizard/state';
import { wizardCauses } from '../../src/data';
import { wizardTree } from '../../src/data/wizard';
import { readingTools } from '../fixtures/reading';

/*
 * A bounded fuzz over the pure entry points (issue 26: the outside run fuzzed each with 10,000
 * inputs and found readPemCertificates throwing): every one takes any text without throwing, and
 * keeps the promises its callers rely on. Each property stops after its time budget, so the whole
 * file takes a few seconds; the seeds are fixed, so a failure is the same on every run.
 */

/** Per property: enough runs to matter, never more than this long. */
const BUDGET = { interruptAfterTimeLimit: 600, markInterruptAsFailure: false } as const;
const NOW = new Date('2026-12-07T12:00:00Z');
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Text shaped like what is pasted: markers of NDRs, tools and certificates among random bytes. */
const pieces = fc.constantFrom(
	'450 4.4.316 Connection refused',
	'550 5.4.316 Message expired',
	'[LastAttemptedServerName=mail.contoso.com]',
	'[LastAttemptedIP=192.0.2.7:25]',
	'Socket error code 10061',
	'Reason: [{LED=',
	'Diagnostic-Code: smtp; ',
	'Content-Type: multipart/report; boundary="b"',
	'--b',
	'Content-Transfer-Encoding: base64',
	'=\n',
	'-----BEGIN CERTIFICATE-----',
	'-----END CERTIFICATE-----',
	'MIIB',
	';; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN',
	'mail.contoso.com.\t300\tIN\tA\t192.0.2.7',
	'TcpTestSucceeded : False',
	'Connecting To mail.contoso.com...Could not open connection to the host',
	'Verify return code: 10 (certificate has expired)',
	'Subject: CN=mail.contoso.com',
	'Not After : Jan  1 00:00:00 2020 GMT',
	'\u202e',
	'\u0000',
	'\r\n',
	'\n'
);
const pasteLike = fc
	.array(
		fc.oneof(pieces, fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 })),
		{
			maxLength: 60
		}
	)
	.map((parts) => parts.join(''));
const anyText = fc.oneof(
	fc.string({ maxLength: 300 }),
	fc.string({ unit: 'binary', maxLength: 300 }),
	pasteLike
);

describe('fuzzing the pure entry points (bounded, fixed seeds)', () => {
	it('parses any paste, and reads its evidence, without throwing', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const diagnosis = parsePaste(text);
				expect(Array.isArray(diagnosis.codes)).toBe(true);
				const findings = readEvidence(text, NOW, { expectedName: null });
				for (const finding of findings) expect(finding.line.length).toBeLessThanOrEqual(200);
				expect(analyzePaste(text, NOW).diagnosis.codes).toEqual(diagnosis.codes);
			}),
			{ ...BUDGET, numRuns: 5_000, seed: 1 }
		);
	});

	it('reads any text whole (the paste reader, then the search) without throwing', () => {
		const tools = readingTools();
		fc.assert(
			fc.property(anyText, fc.constantFrom('typed', 'pasted'), (text, arrival) => {
				const reading = readText(text, arrival, tools);
				expect(Array.isArray(reading.results)).toBe(true);
			}),
			{ ...BUDGET, numRuns: 2_000, seed: 2 }
		);
	});

	it('reads any PEM block, of random bytes or random text, without throwing', () => {
		const block = fc.oneof(
			fc.uint8Array({ maxLength: 600 }).map((bytes) => btoa(String.fromCharCode(...bytes))),
			fc.string({ maxLength: 200 })
		);
		fc.assert(
			fc.property(fc.array(block, { minLength: 1, maxLength: 4 }), (blocks) => {
				const text = blocks
					.map((b) => `-----BEGIN CERTIFICATE-----\n${b}\n-----END CERTIFICATE-----`)
					.join('\n');
				const reading = readPemCertificates(text, 'mail.contoso.com');
				expect(reading.certificates.length + reading.unreadable.length).toBe(blocks.length);
			}),
			{ ...BUDGET, numRuns: 5_000, seed: 3 }
		);
	});

	it('reads DER shaped like a certificate, with random contents, without throwing', () => {
		// SEQUENCE { SEQUENCE { random TLVs } , random } : the walk's own checks, not the decoder's.
		const tlv = fc
			.tuple(
				fc.constantFrom(0x02, 0x06, 0x17, 0x18, 0x30, 0x31, 0x0c, 0xa0, 0xa3, 0x04, 0x03),
				fc.uint8Array({ maxLength: 30 })
			)
			.map(([tag, body]) => [tag, body.length, ...body]);
		const seq = (content: number[]) =>
			[0x30, 0x81, content.length & 0xff, ...content].slice(0, 3 + 255);
		fc.assert(
			fc.property(
				fc.array(tlv, { maxLength: 8 }),
				fc.array(tlv, { maxLength: 2 }),
				(inner, outer) => {
					const tbs = seq(inner.flat().slice(0, 252));
					const der = seq([...tbs, ...outer.flat()].slice(0, 252));
					const pem = `-----BEGIN CERTIFICATE-----\n${btoa(String.fromCharCode(...der))}\n-----END CERTIFICATE-----`;
					const reading = readPemCertificates(pem);
					expect(reading.certificates.length + reading.unreadable.length).toBe(1);
				}
			),
			{ ...BUDGET, numRuns: 5_000, seed: 4 }
		);
	});

	it('tells a paste from a query, and cuts a preview, for any text', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				expect(typeof looksLikePaste(text)).toBe('boolean');
				expect(typeof readAsPaste(text)).toBe('boolean');
				const preview = previewOf(text);
				expect(text.startsWith(preview)).toBe(true);
				expect(preview.length).toBeLessThanOrEqual(PREVIEW_CHARS);
				expect(preview.split('\n').length).toBeLessThanOrEqual(PREVIEW_LINES);
				expect(goesToPreview(text)).toBe(preview !== text);
			}),
			{ ...BUDGET, numRuns: 5_000, seed: 5 }
		);
	});

	it('reads any address into a route and back, and quotes link text plainly', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				// Written once, an address reads back as it was written (a path gets its leading "/").
				const once = parseHash(formatHash(parseHash(`#${text}`).route)).route;
				expect(parseHash(formatHash(once)).route).toEqual(once);
				const search = { name: 'search', q: text } as const;
				expect(parseHash(formatHash(search)).route).toEqual(search);
				const quoted = quoteFragment(text);
				expect(quoted).not.toMatch(HIDDEN);
				expect(quoted.length).toBeLessThanOrEqual(41);
			}),
			{ ...BUDGET, numRuns: 5_000, seed: 6 }
		);
	});

	it('reads any wizard link into a state it writes back the same', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const { state } = parseWizardState(text, wizardTree, wizardCauses);
				const again = parseWizardState(formatWizardState(state), wizardTree, wizardCauses);
				expect(again.state).toEqual(state);
				expect(again.notice).toBeNull();
			}),
			{ ...BUDGET, numRuns: 5_000, seed: 7 }
		);
	});

	it('shares any text without throwing, as words of it', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const shared = shareableQuery(text);
				expect(shareableQuery(shared)).toBe(shared);
			}),
			{ ...BUDGET, numRuns: 5_000, seed: 8 }
		);
	});
});
