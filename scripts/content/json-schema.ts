/**
 * The JSON Schemas of the content files, from the valibot schemas: editors that read the
 * `yaml-language-server` line atop each file check and complete it as it is typed. Written to
 * content/schema/ by `npm run gen:schema`; a unit test fails while they are stale. The rules
 * valibot checks with code (non-empty texts, the gate rules, placeholders) are not in them.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { commandsFile, entryFile, lexiconFile, stopWordsFile, wizardFile } from './schema';

/** The schema files `npm run gen:schema` writes: path (relative to the project), schema, title. */
const FILES = [
	['entry', entryFile, 'A catalog entry', 'content/entries/<code>.yaml'],
	['commands', commandsFile, 'The verification commands', 'content/commands.yaml'],
	['lexicon', lexiconFile, 'The search lexicon', 'content/search/lexicon.yaml'],
	['stopwords', stopWordsFile, 'The stop words', 'content/search/stopwords.yaml'],
	['wizard', wizardFile, 'The wizard tree', 'content/wizard.yaml']
] as const;

/** Each schema file `npm run gen:schema` writes, relative to the project, and its content. */
export function jsonSchemas(): Record<string, object> {
	return Object.fromEntries(
		FILES.map(([name, schema, what, file]) => [
			`content/schema/${name}.schema.json`,
			{
				...toJsonSchema(schema, { errorMode: 'ignore' }),
				title: `${what} of the EOP connector troubleshooter (${file})`
			}
		])
	);
}
