/**
 * The JSON Schema of an entry file, from the valibot schema: editors that read the
 * `yaml-language-server` line atop each file check and complete it as it is typed. Written to
 * content/schema/entry.schema.json by `npm run gen:schema`; a unit test fails while it is stale.
 * The rules valibot checks with code (non-empty texts, the gate rules) are not in it.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { entryFile } from './schema';

/** Where `npm run gen:schema` writes the schema, relative to the project. */
export const ENTRY_SCHEMA_FILE = 'content/schema/entry.schema.json';

/** The JSON Schema of content/entries/*.yaml. */
export function entryJsonSchema(): object {
	return {
		...toJsonSchema(entryFile, { errorMode: 'ignore' }),
		title: 'A catalog entry of the EOP connector troubleshooter (content/entries/<code>.yaml)'
	};
}
