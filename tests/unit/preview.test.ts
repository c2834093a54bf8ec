import { describe, expect, it } from 'vitest';
import {
	goesToPreview,
	PREVIEW_CHARS,
	PREVIEW_LINES,
	PREVIEW_WIDE,
	previewOf
} from '../../src/lib/parse/input';
import { randomUnicode, shortLinePastes } from '../fixtures/hostile';

describe('which pastes the field takes, and which it shows a preview of', () => {
	it('takes a real NDR, a Japanese or Italian text, and anything up to its limits as it is', () => {
		const ndr =
			'Diagnostic information for administrators:\n450 4.4.316 Connection refused\n'.repeat(100);
		const japanese = '配信できませんでした。接続が拒否されました。'.repeat(40);
		for (const text of [
			ndr,
			japanese,
			'x'.repeat(PREVIEW_CHARS),
			'a\n'.repeat(PREVIEW_LINES - 1)
		]) {
			expect(goesToPreview(text)).toBe(false);
			expect(previewOf(text)).toBe(text);
		}
	});

	it('previews a paste over 20,000 characters by its first 20,000', () => {
		const text = 'x'.repeat(PREVIEW_CHARS + 1);
		expect(goesToPreview(text)).toBe(true);
		expect(previewOf(text)).toHaveLength(PREVIEW_CHARS);
	});

	it.each(Object.entries(shortLinePastes()))(
		'previews %s under 20,000 characters by lines when it has more than 1,000',
		(_, text) => {
			expect(text.length).toBeLessThan(PREVIEW_CHARS);
			const lines = text.split('\n').length;
			expect(goesToPreview(text)).toBe(lines > PREVIEW_LINES);
			expect(previewOf(text).split('\n').length).toBeLessThanOrEqual(PREVIEW_LINES);
		}
	);

	it('counts \\r\\n as one line break and a lone \\r as one', () => {
		expect(previewOf('a\r\n'.repeat(PREVIEW_LINES + 5)).split('\r\n')).toHaveLength(PREVIEW_LINES);
		expect(previewOf('a\r'.repeat(PREVIEW_LINES + 5)).split('\r')).toHaveLength(PREVIEW_LINES);
	});

	it('previews random Unicode by its first wide characters, never cutting a surrogate pair', () => {
		const text = randomUnicode(5_000);
		expect(text.length).toBeLessThan(PREVIEW_CHARS);
		expect(goesToPreview(text)).toBe(true);
		const preview = previewOf(text);
		const wide = [...preview].filter((c) => (c.codePointAt(0) ?? 0) >= 0x250).length;
		expect(wide).toBeLessThanOrEqual(PREVIEW_WIDE);
		expect(wide).toBeGreaterThan(PREVIEW_WIDE - 10);
		expect(preview).toBe(preview.toWellFormed());
		expect(previewOf('😀'.repeat(PREVIEW_CHARS))).toBe(
			previewOf('😀'.repeat(PREVIEW_CHARS)).toWellFormed()
		);
	});
});
