import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSensitiveWord, shareableQuery } from '../../src/lib/route/share';
import {
	leakyQueryArb,
	leaks,
	plainQueryArb,
	secretArb,
	SENSITIVE_FORMS
} from '../fixtures/sensitive';

describe('what of a typed query goes into the address', () => {
	it.each([
		['connection refused', 'connection refused'],
		['4.4.316', '4.4.316'],
		[
			'SMTPSEND.DNS.NonExistentDomain after the migration',
			'SMTPSEND.DNS.NonExistentDomain after the migration'
		],
		['TLS 1.2 only on v2.1', 'TLS 1.2 only on v2.1'],
		['queue stuck since 10:30:15 today', 'queue stuck since 10:30:15 today'],
		[
			'550 5.4.316 Message expired, connection refused',
			'550 5.4.316 Message expired, connection refused'
		]
	])('shares %j whole: it names no host, address or mailbox', (typed, shared) => {
		expect(shareableQuery(typed)).toBe(shared);
	});

	it.each([
		['451 4.4.0 DNS query failed for mail.contoso.com 192.0.2.7', '451 4.4.0 DNS query failed for'],
		[
			'421 4.4.316 Connection to mail.contoso.com (192.0.2.7:25) refused',
			'421 4.4.316 Connection to refused'
		],
		['4.4.316 refused by 2001:db8::25', '4.4.316 refused by'],
		['bounce to someone@contoso.com', 'bounce to'],
		['mail.contoso.com refuses us', 'refuses us'],
		['[192.0.2.7] times out, 4.4.315', 'times out, 4.4.315'],
		["mx1.example.net's certificate expired", 'certificate expired'],
		['host=mx1.example.net 4.4.316', '4.4.316'],
		['alice [at] example [dot] net bounce', 'bounce'],
		['mx1.example.net', '']
	])('shares the other words of %j: %j', (typed, shared) => {
		expect(shareableQuery(typed)).toBe(shared);
	});

	it.each(SENSITIVE_FORMS.map((form) => [form.query, form.secret]))(
		'keeps %j out of the address (%s)',
		(query, secret) => {
			const shared = shareableQuery(query);
			expect(leaks(shared, secret), shared).toBe(false);
			expect(shared).not.toBe(query);
		}
	);
});

describe('the sharing rule under generated input (fast-check)', () => {
	it('never shares a generated host, IP address or mailbox, however it is glued into a word', () => {
		fc.assert(
			fc.property(leakyQueryArb, ({ query, secrets }) => {
				const shared = shareableQuery(query);
				for (const secret of secrets)
					expect(leaks(shared, secret), `${query} -> ${shared}`).toBe(false);
			}),
			{ numRuns: 3000, seed: 2026 }
		);
	});

	it('takes every generated host, IP address and mailbox for one, alone', () => {
		fc.assert(
			fc.property(secretArb, ({ query }) => {
				expect(isSensitiveWord(query), query).toBe(true);
			}),
			{ numRuns: 2000, seed: 7 }
		);
	});

	it('shares a query of words and codes whole', () => {
		fc.assert(
			fc.property(plainQueryArb, (query) => {
				expect(shareableQuery(query)).toBe(query);
			}),
			{ numRuns: 2000, seed: 11 }
		);
	});

	it('shares only words of the query, in order, and sharing again changes nothing', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					leakyQueryArb.map((q) => q.query),
					fc.string(),
					plainQueryArb
				),
				(query) => {
					const shared = shareableQuery(query);
					expect(shareableQuery(shared)).toBe(shared);
					const words = query.split(/\s+/);
					let at = 0;
					for (const word of shared.split(/\s+/).filter((w) => w !== '')) {
						at = words.indexOf(word, at);
						expect(at, `${word} of ${shared} from ${query}`).toBeGreaterThanOrEqual(0);
						at++;
					}
				}
			),
			{ numRuns: 2000, seed: 5 }
		);
	});
});
