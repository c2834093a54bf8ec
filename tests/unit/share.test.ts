import { describe, expect, it } from 'vitest';
import { shareableQuery } from '../../src/lib/route/share';

describe('what of a typed query goes into the address', () => {
	it.each([
		['connection refused', 'connection refused'],
		['4.4.316', '4.4.316'],
		[
			'SMTPSEND.DNS.NonExistentDomain after the migration',
			'SMTPSEND.DNS.NonExistentDomain after the migration'
		],
		['TLS 1.2 only on v2.1', 'TLS 1.2 only on v2.1']
	])('shares %j whole: it names no host, address or mailbox', (typed, shared) => {
		expect(shareableQuery(typed)).toBe(shared);
	});

	it.each([
		['451 4.4.0 DNS query failed for mail.contoso.com 192.0.2.7', '451 4.4.0'],
		['421 4.4.316 Connection to mail.contoso.com (192.0.2.7:25) refused', '421 4.4.316'],
		['4.4.316 refused by 2001:db8::25', '4.4.316'],
		['bounce to someone@contoso.com', ''],
		['mail.contoso.com refuses us', ''],
		['[192.0.2.7] times out, 4.4.315', '4.4.315']
	])('shares only the codes of %j: %j', (typed, shared) => {
		expect(shareableQuery(typed)).toBe(shared);
	});
});
