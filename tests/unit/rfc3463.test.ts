import { describe, expect, it } from 'vitest';
import { decodeStatus } from '../../src/lib/codes/rfc3463';
import {
	STATUS_CLASS_TEXTS,
	STATUS_DETAIL_TEXTS,
	STATUS_SUBJECT_TEXTS,
	UNREGISTERED_SUBJECT_TEXT
} from '../../src/data/rfc3463';

describe('decodeStatus', () => {
	it('decodes 4.4.7 as a transient network failure with delivery time expired', () => {
		expect(decodeStatus('4.4.7')).toEqual({
			code: '4.4.7',
			class: 4,
			subject: 4,
			detail: 7,
			classText: STATUS_CLASS_TEXTS[4],
			subjectText: STATUS_SUBJECT_TEXTS[4],
			detailText: STATUS_DETAIL_TEXTS[4]?.[7]
		});
		expect(decodeStatus('4.4.7')?.detailText?.en).toMatch(/expired/i);
	});

	it('decodes 5.7.1 as a permanent security failure with delivery not authorised', () => {
		const decoded = decodeStatus('5.7.1');
		expect(decoded).toMatchObject({ code: '5.7.1', class: 5, subject: 7, detail: 1 });
		expect(decoded?.classText).toBe(STATUS_CLASS_TEXTS[5]);
		expect(decoded?.subjectText).toBe(STATUS_SUBJECT_TEXTS[7]);
		expect(decoded?.detailText?.en).toMatch(/not authori[sz]ed/i);
	});

	it('decodes class and subject of 4.4.316 but gives no detail text (Microsoft-only detail)', () => {
		const decoded = decodeStatus('4.4.316');
		expect(decoded).toMatchObject({ code: '4.4.316', class: 4, subject: 4, detail: 316 });
		expect(decoded?.subjectText).toBe(STATUS_SUBJECT_TEXTS[4]);
		expect(decoded?.detailText).toBeNull();
	});

	it('decodes a success code (2.0.0) and X.7.x details added after RFC 3463 (5.7.23)', () => {
		expect(decodeStatus('2.0.0')?.detailText).toBe(STATUS_DETAIL_TEXTS[0]?.[0]);
		expect(decodeStatus('5.7.23')?.detailText?.en).toMatch(/SPF/);
	});

	it('keeps an unregistered subject well formed, with the generic subject text', () => {
		const decoded = decodeStatus('5.9.1');
		expect(decoded?.subjectText).toBe(UNREGISTERED_SUBJECT_TEXT);
		expect(decoded?.detailText).toBeNull();
	});

	it('normalises leading zeros and surrounding whitespace', () => {
		expect(decodeStatus(' 4.04.07 ')?.code).toBe('4.4.7');
	});

	it.each([
		'6.1.1',
		'3.1.1',
		'4.4',
		'4.1234.1',
		'4.1.1234',
		'abc',
		'',
		'450 4.4.7',
		'4.4.7.',
		'x4.4.7'
	])('rejects malformed input %j', (input) => {
		expect(decodeStatus(input)).toBeNull();
	});
});

describe('RFC 3463 texts', () => {
	it('has both languages for every class, subject and detail text', () => {
		const texts = [
			...Object.values(STATUS_CLASS_TEXTS),
			...Object.values(STATUS_SUBJECT_TEXTS),
			UNREGISTERED_SUBJECT_TEXT,
			...Object.values(STATUS_DETAIL_TEXTS).flatMap((details) => Object.values(details))
		];
		for (const text of texts) {
			expect(text.en.trim()).not.toBe('');
			expect(text.it.trim()).not.toBe('');
		}
	});

	it('has a detail text for every X.4.0-7 and X.7.0-28 code', () => {
		for (let detail = 0; detail <= 7; detail++)
			expect(STATUS_DETAIL_TEXTS[4]?.[detail]).toBeDefined();
		for (let detail = 0; detail <= 28; detail++)
			expect(STATUS_DETAIL_TEXTS[7]?.[detail]).toBeDefined();
	});
});
