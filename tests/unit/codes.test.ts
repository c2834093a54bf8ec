import { describe, expect, it } from 'vitest';
import { otherClass } from '../../src/lib/codes/grammar';
import { codesInQuery } from '../../src/lib/search/codes';

const KNOWN = new Set(['4.4.316', '5.4.316', '4.7.320', '5.7.1', '4.4.7']);

describe('codes in a typed query', () => {
	it.each([
		['4.4.316', '4.4.316', '4.4.316'],
		['44316', '4.4.316', '44316'],
		['450 4.4.316', '4.4.316', '4.4.316'],
		['4 4 316', '4.4.316', '4 4 316'],
		['4-4-316', '4.4.316', '4-4-316'],
		['5.4.316', '5.4.316', '5.4.316'],
		['550 5.4.316 Message expired, connection refused', '5.4.316', '5.4.316'],
		['error 4.07.320 seen', '4.7.320', '4.07.320']
	])('reads %j as %s', (query, code, asTyped) => {
		expect(codesInQuery(query, KNOWN)[0]).toEqual({ code, asTyped });
	});

	it('reads packed digits only as codes the catalog knows', () => {
		expect(codesInQuery('44316', new Set())).toEqual([]);
		expect(codesInQuery('5710', new Set(['5.7.10']))).toEqual([
			{ code: '5.7.10', asTyped: '5710' }
		]);
	});

	it('finds no code in version numbers, IPv4 addresses or times', () => {
		for (const text of ['15.20.0863.000', '5.5.2657.72', '192.0.2.23', '12:12:45', '2026-11-28']) {
			expect(codesInQuery(text, KNOWN)).toEqual([]);
		}
	});

	it('does not read a reply code (450, 550) as a packed code such as 4.5.0 or 5.5.0', () => {
		const known = new Set([...KNOWN, '4.5.0', '5.5.0']);
		expect(codesInQuery('450', known)).toEqual([]);
		expect(codesInQuery('550 5.7.708', known)).toEqual([{ code: '5.7.708', asTyped: '5.7.708' }]);
	});

	it('swaps a code between its transient and permanent class', () => {
		expect(otherClass('5.4.316')).toBe('4.4.316');
		expect(otherClass('4.7.320')).toBe('5.7.320');
		expect(otherClass('2.0.0')).toBeNull();
	});
});
