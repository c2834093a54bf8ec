import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog';
import { commands } from '../../src/data/commands';
import { startMessages } from '../../src/data/messages';
import { pageMessages } from '../../src/data/messages/pages';
import { dnsResultTexts, socketErrorTexts, tlsKindTexts } from '../../src/data/parse-text';
import {
	STATUS_CLASS_TEXTS,
	STATUS_DETAIL_TEXTS,
	STATUS_SUBJECT_TEXTS,
	UNREGISTERED_SUBJECT_TEXT
} from '../../src/data/rfc3463';
import { wizardTree } from '../../src/data/wizard';

/** Every interface text: the first screen's and the other pages'. */
const messages = {
	en: { ...startMessages.en, ...pageMessages.en },
	it: { ...startMessages.it, ...pageMessages.it }
};

/** Strings that are rightly the same in both languages: names, codes and pure placeholders. */
const SAME_IN_BOTH =
	/^(English|Italiano|TLS|DNS|\{\w+\} [—≈] \{\w+\}|[\d.\s/()x-]+|[A-Za-z0-9_.:-]+)$/;

/** Every { en, it } pair under a value, with its path. */
function pairs(value: unknown, path = ''): Array<{ path: string; en: unknown; it: unknown }> {
	if (value === null || typeof value !== 'object') return [];
	if ('en' in value && 'it' in value) return [{ path, en: value.en, it: value.it }];
	return Object.entries(value).flatMap(([key, child]) => pairs(child, `${path}/${key}`));
}

/**
 * Instruction verbs as they start an Italian sentence in the two registers the app does not use:
 * the infinitive ("Verificare che…") and the voi imperative ("Verificate che…"). The app writes
 * "Verifica che…" (tu) everywhere (CONVENTIONS.md, Italian).
 */
const OTHER_REGISTER = new RegExp(
	'(?:^|[.:;!?]\\s+|\\(|—\\s*)(' +
		[
			'Aggiung',
			'Annot',
			'Apr',
			'Attend',
			'Attiv',
			'Cambi',
			'Cerc',
			'Chied',
			'Coinvolg',
			'Confront',
			'Contatt',
			'Controll',
			'Copi',
			'Corregg',
			'Digit',
			'Disattiv',
			'Elenc',
			'Elimin',
			'Esamin',
			'Esegu',
			'Impost',
			'Incoll',
			'Indic',
			'Install',
			'Invi',
			'Legg',
			'Liber',
			'Modific',
			'Prend',
			'Prov',
			'Rinnov',
			'Ripet',
			'Risolv',
			'Riavvi',
			'Rived',
			'Selezion',
			'Sostitu',
			'Us',
			'Ved',
			'Verific'
		].join('|') +
		')(?:(?:are|ere|ire|ate|ete|ite)(?:lo|la|li|le|gli|ne)?|(?:ar|er|ir|at|et|it)(?:lo|la|li|le|gli|ne|glielo))\\b'
);

/** Every Italian string under a value. */
function italian(value: unknown): string[] {
	return pairs(value).flatMap(({ it }) =>
		Array.isArray(it) ? it.map(String) : typeof it === 'string' ? [it] : []
	);
}

describe('translations', () => {
	it('addresses the Italian reader in one register, the tu imperative', () => {
		const texts = [
			...italian({ catalog, commands, wizardTree, socketErrorTexts, dnsResultTexts, tlsKindTexts }),
			...Object.values(messages.it)
		];
		expect(texts.length).toBeGreaterThan(1000);
		const offending = texts.filter((text) => OTHER_REGISTER.test(text));
		expect(offending).toEqual([]);
		// The check catches both registers it forbids.
		expect(OTHER_REGISTER.test('Verificare che il server risponda.')).toBe(true);
		expect(OTHER_REGISTER.test('Poi controllate il log. Aggiungetelo.')).toBe(true);
		expect(OTHER_REGISTER.test('Inviargli il codice.')).toBe(true);
		expect(OTHER_REGISTER.test('Verifica che il server risponda.')).toBe(false);
	});

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
