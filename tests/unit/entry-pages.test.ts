import { describe, expect, it } from 'vitest';
import { catalog } from 'virtual:content/catalog';
import { commands } from 'virtual:content/commands';
import { entryPages } from 'virtual:content/entries';
import {
	commandsOfCause,
	entryPageData,
	inLanguage,
	pageCauses,
	type EntryPageData
} from '../../src/lib/catalog/page';
import { LANGS } from '../../src/lib/catalog/types';
import { causesInOrder, indexCatalog } from '../../src/lib/catalog/lookup';

/*
 * Each entry's page is its own chunk (virtual:content/entry/<code>): what `#/code/<code>` loads
 * instead of the catalog. It must hold everything the page shows and no other entry's texts.
 */
const index = indexCatalog(catalog);

describe('the page chunk of each entry', () => {
	it('exists for every entry of the catalog, and for nothing else', () => {
		expect(Object.keys(entryPages).sort()).toEqual(catalog.map((e) => e.code).sort());
	});

	it.each(catalog.map((e) => [e.code, e] as const))(
		'%s: holds the entry, its shared causes, exactly the commands they name, related titles',
		async (code, entry) => {
			const loader = entryPages[code];
			if (!loader) throw new Error(`no loader for ${code}`);
			// Every language: the page data the per-language chunks are cut from.
			const { page } = (await import(`virtual:content/entry/${code}`)) as { page: EntryPageData };
			expect(page.entry.code).toBe(code);
			expect(page.entry.causes).toEqual(entry.causes);
			expect(page.entry.meaning).toEqual(entry.meaning);
			// Search alone reads the printed wordings.
			expect(page.entry.wording).toBeUndefined();
			const { shared } = causesInOrder(entry, index);
			expect(page.shared.map((s) => [s.code, s.cause.id])).toEqual(
				shared.map((s) => [s.entry.code, s.cause.id])
			);
			const named = new Set(
				[...entry.causes, ...shared.map((s) => s.cause)].flatMap(commandsOfCause)
			);
			expect(page.commands).toEqual(commands.filter((c) => named.has(c.id)));
			for (const rel of entry.related) {
				expect(page.related[rel]).toEqual(index.resolve(rel)?.entry.title);
			}
		}
	);
});

describe('the page chunk of each entry in one language', () => {
	it.each(catalog.map((e) => [e.code, e] as const))(
		'%s: holds the page in that language, and no text of the other',
		async (code, entry) => {
			const loader = entryPages[code];
			if (!loader) throw new Error(`no loader for ${code}`);
			const whole = entryPageData(entry, index, commands);
			for (const lang of LANGS) {
				const { page } = await loader(lang);
				expect(page).toEqual(inLanguage(whole, lang));
				const other = LANGS.find((l) => l !== lang) ?? lang;
				expect(page.entry.title).toEqual({ [lang]: entry.title[lang] });
				expect(JSON.stringify(page)).not.toContain(JSON.stringify(entry.meaning[other]));
			}
		}
	);
});

describe('the causes of a page', () => {
	it.each(catalog.map((e) => [e.code, e] as const))(
		'%s: in the reading order the catalog gives them',
		async (code, entry) => {
			const loader = entryPages[code];
			if (!loader) throw new Error(`no loader for ${code}`);
			const { own, shared, unlisted } = causesInOrder(entry, index);
			expect(pageCauses((await loader('en')).page).map((c) => [c.cause.id, c.under])).toEqual([
				...own.map((c) => [c.id, undefined]),
				...shared.map((s) => [s.cause.id, s.entry.code]),
				...unlisted.map((c) => [c.id, undefined])
			]);
		}
	);
});
