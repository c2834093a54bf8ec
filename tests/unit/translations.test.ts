import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog';
import { commands } from '../../src/data/commands';
import { messages } from '../../src/data/messages';
import { dnsResultTexts, socketErrorTexts, tlsKindTexts } from '../../src/data/parse-text';
import {
	STATUS_CLASS_TEXTS,
	STATUS_DETAIL_TEXTS,
	STATUS_SUBJECT_TEXTS,
	UNREGISTERED_SUBJECT_TEXT
} from '../../src/data/rfc3463';
import { wizardTree } from '../../src/data/wizard';

/** Strings that are rightly the same in both languages: names, codes and pure placeholders. */
const SAME_IN_BOTH =
	/^(English|Italiano|TLS|DNS|\{\w+\} [—≈] \{\w+\}|[\d.\s/()x-]+|[A-Za-z0-9_.:-]+)$/;

/** Every { en, it } pair under a value, with its path. */
function pairs(value: unknown, path = ''): Array<{ path: string; en: unknown; it: unknown }> {
	if (value === null || typeof value !== 'object') return [];
	if ('en' in value && 'it' in value) return [{ path, en: value.en, it: value.it }];
	return Object.entries(value).flatMap(([key, child]) => pairs(child, `${path}/${key}`));
}

describe('translations', () => {
	it('gives the interface the same keys in English and Italian', () => {
		expect(Object.keys(messages.it).sort()).toEqual(Object.keys(messages.en).sort());
	});

	it('leaves no interface message empty or untranslated', () => {
		for (const [key, en] of Object.entries(messages.en)) {
			const it = messages.it[key as keyof typeof messages.en];
			expect(en.trim(), key).not.toBe('');
			expect(it.trim(), key).not.toBe('');
			if (!SAME_IN_BOTH.test(en)) expect(it, `${key} is not translated`).not.toBe(en);
		}
	});

	it('writes every catalog, wizard, command, parser and RFC 3463 text in both languages', () => {
		const all = pairs({
			catalog,
			commands,
			wizardTree,
			socketErrorTexts,
			dnsResultTexts,
			tlsKindTexts,
			rfc3463: [
				STATUS_CLASS_TEXTS,
				STATUS_SUBJECT_TEXTS,
				UNREGISTERED_SUBJECT_TEXT,
				STATUS_DETAIL_TEXTS
			]
		});
		expect(all.length).toBeGreaterThan(500);
		for (const { path, en, it } of all) {
			const isText = (v: unknown) => typeof v === 'string' || Array.isArray(v);
			expect(isText(en) && isText(it), path).toBe(true);
			const enText = Array.isArray(en) ? en.join('|') : String(en);
			const itText = Array.isArray(it) ? it.join('|') : String(it);
			expect(enText.trim(), path).not.toBe('');
			expect(itText.trim(), path).not.toBe('');
			if (!SAME_IN_BOTH.test(enText)) expect(itText, `${path} is not translated`).not.toBe(enText);
		}
	});
});
