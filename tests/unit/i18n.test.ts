import { describe, expect, it } from 'vitest';
import { asLang, chooseLang, format } from '../../src/lib/i18n';

describe('language choice', () => {
	it('prefers a link lang, then the stored choice, then the browser order', () => {
		expect(chooseLang('it', 'en', ['en-US'])).toBe('it');
		expect(chooseLang(null, 'it', ['en-US'])).toBe('it');
		expect(chooseLang(null, null, ['de-DE', 'it-IT', 'en'])).toBe('it');
		expect(chooseLang(null, null, [])).toBe('en');
	});

	it('ignores corrupted or foreign values', () => {
		expect(chooseLang('xx', '{"broken"', [42, null, 'fr'])).toBe('en');
		expect(asLang('IT_it')).toBe('it');
		expect(asLang(undefined)).toBeNull();
	});

	it('fills placeholders and leaves unknown ones', () => {
		expect(format('{n} of {total} {x}', { n: 1, total: 3 })).toBe('1 of 3 {x}');
	});
});
