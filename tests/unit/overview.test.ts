import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog';
import { filterRows, oneLine, overviewRows, sortRows } from '../../src/lib/overview';

const rows = overviewRows(catalog, 'en');

describe('the table of all errors', () => {
	it('has one row per entry, each with its class and a one-line meaning', () => {
		expect(rows).toHaveLength(catalog.length);
		const refused = rows.find((r) => r.code === '4.4.316');
		expect(refused).toMatchObject({
			reply: '450',
			title: 'Connection refused',
			codeClass: 'transient'
		});
		expect(refused?.meaning).toMatch(/^Microsoft 365 reached the destination address on port 25/);
		expect(rows.find((r) => r.code === '5.7.1')?.codeClass).toBe('permanent');
		expect(rows.find((r) => r.code === 'other')?.codeClass).toBe('other');
		for (const row of rows) expect(row.meaning.length, row.code).toBeLessThanOrEqual(141);
	});

	it('sorts codes as numbers, titles by the language, either way', () => {
		const codes = sortRows(rows, 'code', 'ascending', 'en').map((r) => r.code);
		expect(codes.indexOf('4.4.316')).toBeLessThan(codes.indexOf('4.4.317'));
		expect(codes.indexOf('4.7.320')).toBeLessThan(codes.indexOf('5.1.1'));
		expect(sortRows(rows, 'code', 'descending', 'en').map((r) => r.code)).toEqual(
			[...codes].reverse()
		);
		const titles = sortRows(rows, 'title', 'ascending', 'en').map((r) => r.title);
		expect(titles).toEqual(
			[...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))
		);
		const classes = sortRows(rows, 'class', 'ascending', 'en').map((r) => r.codeClass);
		expect(classes.indexOf('permanent')).toBeGreaterThan(classes.lastIndexOf('transient'));
	});

	it('filters by every word, in any notation of a code, accents folded', () => {
		expect(filterRows(rows, '44316').map((r) => r.code)).toEqual(['4.4.316']);
		expect(filterRows(rows, '450 4.4.316').map((r) => r.code)).toEqual(['4.4.316']);
		expect(filterRows(rows, 'certificate validation').map((r) => r.code)).toContain('4.7.320');
		expect(
			filterRows(overviewRows(catalog, 'it'), 'connessione rifiutata').map((r) => r.code)
		).toEqual(['4.4.316']);
		expect(filterRows(rows, '   ')).toHaveLength(rows.length);
		expect(filterRows(rows, 'qqqzzxxwv')).toEqual([]);
	});

	it('keeps the first sentence of a meaning, cut at a word', () => {
		expect(oneLine('One. Two.')).toBe('One.');
		expect(oneLine('a '.repeat(100), 20)).toBe('a a a a a a a a a a…');
	});
});
