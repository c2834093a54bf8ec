// `npm run gen:brief`: writes src/data/catalog/brief.ts, the part of the catalog the first screen
// loads (codes, titles, aliases), from the catalog itself. Run it after editing those fields; the
// unit test tests/unit/catalog-brief.test.ts fails while the file is out of date.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createServer } from 'vite';
import { format, resolveConfig } from 'prettier';

const root = new URL('..', import.meta.url).pathname;
const target = join(root, 'src/data/catalog/brief.ts');

const server = await createServer({
	configFile: false,
	root,
	logLevel: 'error',
	server: { middlewareMode: true },
	appType: 'custom'
});
try {
	const { briefSource } = await server.ssrLoadModule('/src/lib/catalog/brief.ts');
	const { catalog } = await server.ssrLoadModule('/src/data/catalog/index.ts');
	const { searchData } = await server.ssrLoadModule('/src/data/search/index.ts');
	const options = { ...(await resolveConfig(target)), filepath: target };
	await writeFile(target, await format(briefSource(catalog, searchData.socketErrors), options));
	console.log(`wrote ${target} (${catalog.length} entries)`);
} finally {
	await server.close();
}
