import { describe, expect, it } from 'vitest';
import { packedModule } from '../../scripts/content/modules';

/*
 * The single file's content modules are deflated JSON in base64, inflated in the page with the
 * browser's DecompressionStream (Node has the same one): what goes in comes out.
 */
describe('a packed data module (the single file)', () => {
	it('exports the same values it was given, and is smaller than their JSON', async () => {
		const values = {
			catalog: [
				{ code: '4.4.316', title: { en: 'Connection refused', it: 'Connessione rifiutata' } }
			],
			words: Array.from({ length: 500 }, (_, i) => `word ${i % 20} «è» ${'x'.repeat(i % 7)}`)
		};
		const source = packedModule(values);
		expect(source.length).toBeLessThan(JSON.stringify(values).length / 3);
		const module: Record<string, unknown> = await import(
			/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(source)}`
		);
		expect(module['catalog']).toEqual(values.catalog);
		expect(module['words']).toEqual(values.words);
	});
});
