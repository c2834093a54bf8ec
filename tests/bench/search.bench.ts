import { bench, describe } from 'vitest';
import { catalog } from '../../src/data/catalog';
import { indexCatalog } from '../../src/lib/catalog/lookup';
import { createSearch } from '../../src/lib/search';
import { searchData } from '../../src/data/search';

// Target: every keystroke answers well within a frame (16 ms) on a modest machine.
const index = indexCatalog(catalog);
const search = createSearch(index, searchData);
const typed = 'conection refussed after migration';

describe('search', () => {
	bench('build the index (once per page load)', () => {
		createSearch(indexCatalog(catalog), searchData);
	});

	bench('answer every prefix of a typed query (one keystroke each)', () => {
		for (let i = 1; i <= typed.length; i++) search(typed.slice(0, i));
	});

	bench('answer a code in another notation', () => {
		search('550 5.4.316 Message expired, connection refused');
	});
});
