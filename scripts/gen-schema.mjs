// `npm run gen:schema`: writes content/schema/*.schema.json, the JSON Schemas editors check the
// content files with, from the valibot schemas (scripts/content/schema.ts). Run it after changing
// a schema; tests/unit/content.test.ts fails while a file is out of date.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { runnerImport } from 'vite';
import { format, resolveConfig } from 'prettier';

const root = new URL('..', import.meta.url).pathname;
const { module } = await runnerImport('./scripts/content/json-schema.ts', {
	configFile: false,
	root,
	logLevel: 'error'
});
for (const [file, schema] of Object.entries(module.jsonSchemas())) {
	const target = join(root, file);
	const options = { ...(await resolveConfig(target)), filepath: target };
	await mkdir(dirname(target), { recursive: true });
	await writeFile(target, await format(JSON.stringify(schema), options));
	console.log(`wrote ${target}`);
}
