import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog';
import { catalogBrief, socketBrief } from '../../src/data/catalog/brief';
import { socketErrorTexts } from '../../src/data/parse-text';
import { briefOf, socketErrorsOf } from '../../src/lib/catalog/brief';
import { indexCatalog, indexCodes } from '../../src/lib/catalog/lookup';

describe('the catalog brief (the first screen’s part of the catalog)', () => {
	it('matches the catalog: run `npm run gen:brief` after editing codes, titles or aliases', () => {
		expect(catalogBrief).toEqual(catalog.map(briefOf));
		expect(socketBrief).toEqual(socketErrorsOf(socketErrorTexts));
	});

	it('carries no meanings, causes or fixes', () => {
		for (const brief of catalogBrief) {
			expect(Object.keys(brief).sort()).toEqual(['aliases', 'code', 'kind', 'reply', 'title']);
		}
	});

	it('resolves every notation the whole catalog resolves, to the same code', () => {
		const brief = indexCodes(catalogBrief);
		const whole = indexCatalog(catalog);
		const typed = [
			'44316',
			'550 5.4.316 Message expired, connection refused',
			'4,7,320',
			'5.7.510',
			'4.7.650',
			'SMTPSEND.DNS.NonExistentDomain',
			'QUEUE.Expired',
			'nothing at all'
		];
		for (const text of typed) {
			expect(brief.resolveTyped(text)?.entry.code, text).toBe(whole.resolveTyped(text)?.entry.code);
			expect(
				brief.identifiersIn(text).map((f) => f.entry.code),
				text
			).toEqual(whole.identifiersIn(text).map((f) => f.entry.code));
		}
		expect(brief.resolveTyped('44316')?.entry.code).toBe('4.4.316');
		expect(brief.identifiersIn('QUEUE.Expired').map((f) => f.entry.code)).toEqual(['4.4.7']);
	});
});
