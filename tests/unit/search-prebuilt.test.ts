import { describe, expect, it } from 'vitest';
import { catalogBrief } from 'virtual:content/brief';
import { searchProse } from 'virtual:content/search-prose';
import { searchProse as enProse } from 'virtual:content/search-prose/en';
import { searchProse as itProse } from 'virtual:content/search-prose/it';
import { searchSource } from 'virtual:content/search-source';
import { catalog } from '../../src/data/catalog';
import { searchData } from '../../src/data/search';
import { indexCatalog, indexCodes } from '../../src/lib/catalog/lookup';
import { createSearch, PROSE_FIELDS, searchOver, type SearchResult } from '../../src/lib/search';
import type { EntryBrief } from '../../src/lib/catalog/types';
import { frontCode, frontDecode } from '../../src/lib/search/terms';
import { loadEvalSet } from '../eval/evaluate';

/*
 * The app's search ranks the first screen's brief with the index the build wrote
 * (virtual:content/search-source), never reading the catalog; the tests and the single file
 * build the index from the catalog. Both must answer every query alike.
 */
function run<S>(steps: Generator<void, S>): S {
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}

const built = createSearch(indexCatalog(catalog), searchData);
const brief = indexCodes(catalogBrief);
/** The app's search before its prose parts have arrived, and after (a part per language). */
const early = run(searchOver(brief, searchData, searchSource));
const prebuilt = run(searchOver(brief, searchData, searchSource));
prebuilt.addTexts(itProse);
prebuilt.addTexts(enProse);
/** The app's search with the prose of the reader's language only (the other's comes after). */
const ownProse = { en: enProse, it: itProse } as const;

/** A result as the page shows it: the entry's code, why it matched, and whether only "closest". */
const shown = (results: readonly SearchResult<EntryBrief>[]) =>
	results.map((r) => ({ code: r.entry.code, reason: r.reason, closest: r.closest }));

const queries = (['tuning', 'holdout', 'realworld'] as const).flatMap((set) =>
	loadEvalSet(set).queries.map((q) => q.q)
);

// Each test runs the 850 evaluation texts through two or three searches: seconds on a busy
// two-core machine, so these get more than vitest's default 5 s.
describe('the prebuilt search index', { timeout: 30_000 }, () => {
	it('is what the build wrote: an index, not the catalog', () => {
		expect('index' in searchSource).toBe(true);
		if (!('index' in searchSource)) return;
		expect(searchSource.index.codes).toEqual(catalog.map((e) => e.code));
		expect(new Set(searchSource.texts.map(([doc]) => doc)).size).toBe(catalog.length);
		expect(searchProse.length).toBeGreaterThan(0);
	});

	it(`answers all ${queries.length} evaluation texts as the index built from the catalog does`, () => {
		for (const lang of ['en', 'it'] as const) {
			for (const q of queries) {
				expect({ q, lang, results: shown(prebuilt(q, lang)) }).toEqual({
					q,
					lang,
					results: shown(built(q, lang))
				});
			}
		}
	});

	it('ranks alike before the prose arrives, and explains with every other text meanwhile', () => {
		let prose = 0;
		let explained = 0;
		for (const q of queries) {
			const before = early(q, 'en');
			const after = built(q, 'en');
			expect({ q, codes: before.map((r) => r.entry.code) }).toEqual({
				q,
				codes: after.map((r) => r.entry.code)
			});
			for (const [i, r] of before.entries()) {
				if (r.reason?.kind !== 'text') continue;
				explained++;
				expect(PROSE_FIELDS.has(r.reason.field)).toBe(false);
				const full = after[i]?.reason;
				if (full?.kind === 'text' && PROSE_FIELDS.has(full.field)) prose++;
				else expect(r.reason).toEqual(full);
			}
		}
		// Only the few results a prose text explains are explained otherwise until it arrives.
		expect(prose).toBeGreaterThan(0);
		expect(prose).toBeLessThan(explained * 0.1);
	});

	it('splits the prose into a part per language that together are the whole', () => {
		expect([...enProse, ...itProse].sort()).toEqual([...searchProse].sort());
		expect(enProse.every(([, , , lang]) => lang !== 'it')).toBe(true);
		expect(itProse.every(([, , , lang]) => lang !== 'en')).toBe(true);
	});

	it('ranks alike with the reader’s language’s prose alone, explaining otherwise only what the other’s prose explains', () => {
		for (const lang of ['en', 'it'] as const) {
			const own = run(searchOver(brief, searchData, searchSource));
			own.addTexts(ownProse[lang]);
			let differ = 0;
			let explained = 0;
			for (const q of queries) {
				const before = own(q, lang);
				const after = built(q, lang);
				expect({ q, codes: before.map((r) => r.entry.code) }).toEqual({
					q,
					codes: after.map((r) => r.entry.code)
				});
				for (const [i, r] of after.entries()) {
					if (r.reason?.kind !== 'text') continue;
					explained++;
					if (JSON.stringify(r.reason) === JSON.stringify(before[i]?.reason)) continue;
					differ++;
					expect(PROSE_FIELDS.has(r.reason.field)).toBe(true);
				}
			}
			// A query in the other language than the reader's (the evaluation sets mix them).
			expect(differ).toBeGreaterThan(0);
			expect(differ).toBeLessThan(explained * 0.01);
		}
	});

	it('answers the words being typed (completions, typos) alike', () => {
		for (const q of [
			'conn',
			'certif',
			'smart h',
			'conection refussed',
			'certificato scad',
			'tls'
		]) {
			expect(shown(prebuilt(q, 'en'))).toEqual(shown(built(q, 'en')));
		}
	});

	it('refuses an index written for other entries (a stale build), saying what to do', () => {
		const other = indexCodes(catalogBrief.slice(1));
		expect(() => run(searchOver(other, searchData, searchSource))).toThrow(
			'The prebuilt search index is not of these entries: rebuild the app.'
		);
	});
});

describe('front coding of a sorted word list', () => {
	it('writes each word as its shared prefix length and the rest, and reads it back', () => {
		const words = [
			'cert',
			'certificate',
			'certificato',
			'connection',
			'x'.repeat(40),
			'x'.repeat(41)
		];
		expect(frontCode(words).split('\n')).toEqual([
			'0cert',
			'4ificate',
			'ao',
			'1onnection',
			'0' + 'x'.repeat(40),
			'z' + 'x'.repeat(6)
		]);
		expect(frontDecode(frontCode(words))).toEqual(words);
		expect(frontDecode(frontCode([]))).toEqual([]);
	});
});
