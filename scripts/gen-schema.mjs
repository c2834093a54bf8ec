// `npm run gen:schema`: writes content/schema/entry.schema.json, the JSON Schema editors check the
// entry files with, from the valibot schema (scripts/content/schema.ts). Run it after changing
// the schema; tests/unit/content.test.ts fails while the file is out of date.
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
const target = join(root, module.ENTRY_SCHEMA_FILE);
const options = { ...(await resolveConfig(target)), filepath: target };
await mkdir(dirname(target), { recursive: true });
await writeFile(target, await format(JSON.stringify(module.entryJsonSchema()), options));
console.log(`wrote ${target}`);
