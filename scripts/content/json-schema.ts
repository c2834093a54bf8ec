/**
 * The JSON Schemas of the content files, from the valibot schemas: editors that read the
 * `yaml-language-server` line atop each file check and complete it as it is typed. Written to
 * content/schema/ by `npm run gen:schema`; a unit test fails while they are stale. The rules
 * valibot checks with code (non-empty texts, the gate rules, placeholders) are not in them.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { commandsFile, entryFile, lexiconFile, stopWordsFile, wizardFile } from './schema';

/** Each schema file `npm run gen:schema` writes, relative to the project, and its content. */
export function jsonSchemas(): Record<string, object> {
	return {
		'content/schema/entry.schema.json': {
			...toJsonSchema(entryFile, { errorMode: 'ignore' }),
			title: 'A catalog entry of the EOP connector troubleshooter (content/entries/<code>.yaml)'
		},
		'content/schema/commands.schema.json': {
			...toJsonSchema(commandsFile, { errorMode: 'ignore' }),
			title: 'The verification commands of the EOP connector troubleshooter (content/commands.yaml)'
		},
		'content/schema/lexicon.schema.json': {
			...toJsonSchema(lexiconFile, { errorMode: 'ignore' }),
			title: 'The search lexicon of the EOP connector troubleshooter (content/search/lexicon.yaml)'
		},
		'content/schema/stopwords.schema.json': {
			...toJsonSchema(stopWordsFile, { errorMode: 'ignore' }),
			title: 'The stop words of the EOP connector troubleshooter (content/search/stopwords.yaml)'
		},
		'content/schema/wizard.schema.json': {
			...toJsonSchema(wizardFile, { errorMode: 'ignore' }),
			title: 'The wizard tree of the EOP connector troubleshooter (content/wizard.yaml)'
		}
	};
}
