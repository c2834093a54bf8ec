import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { catalogBrief, socketBrief } from 'virtual:content/brief';
import { jsonSchemas } from '../../scripts/content/json-schema';
import { dataModule } from '../../scripts/content/modules';
import { entryFileRules } from '../../src/lib/catalog/rules';
import {
	COMMANDS_FILE,
	ContentError,
	ENTRIES_DIR,
	LEXICON_FILE,
	loadContent,
	STOP_WORDS_FILE
} from '../../scripts/content/load';
import { lexicon, stopWords } from 'virtual:content/search';
import { WIZARD_FILE } from '../../scripts/content/wizard';
import { catalog } from '../../src/data/catalog';
import { commands } from '../../src/data/commands';
import { wizardTree } from '../../src/data/wizard';
import { socketErrorTexts } from '../../src/data/parse-text';
import { briefOf, socketErrorsOf } from '../../src/lib/catalog/brief';
import { indexCatalog, indexCodes } from '../../src/lib/catalog/lookup';

const COMMANDS_YAML = readFileSync(COMMANDS_FILE, 'utf8');

/**
 * A scratch project holding the given entry files and a command list (the real one unless
 * given), with the real search words and wizard file, for the loader's error messages.
 */
let scratch: string | undefined;
function project(files: Record<string, string>, commandList = COMMANDS_YAML): string {
	scratch = mkdtempSync(join(tmpdir(), 'eop-content-'));
	mkdirSync(join(scratch, ENTRIES_DIR), { recursive: true });
	mkdirSync(join(scratch, 'content/search'), { recursive: true });
	for (const file of [LEXICON_FILE, STOP_WORDS_FILE, WIZARD_FILE]) {
		writeFileSync(join(scratch, file), readFileSync(file, 'utf8'));
	}
	for (const [name, text] of Object.entries(files)) {
		writeFileSync(join(scratch, ENTRIES_DIR, name), text);
	}
	writeFileSync(join(scratch, COMMANDS_FILE), commandList);
	return scratch;
}
afterEach(() => {
	if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
	scratch = undefined;
});

/** The problems the loader reports for a project, or [] when it loads. */
function problemsOf(root: string): readonly string[] {
	try {
		loadContent(root);
		return [];
	} catch (error) {
		if (error instanceof ContentError) return error.problems;
		throw error;
	}
}

const ENTRY_4_4_316 = readFileSync(join(ENTRIES_DIR, '4.4.316.yaml'), 'utf8');

describe('the content files (content/entries)', () => {
	it('load as the catalog, the commands, the search words and the wizard the app imports', () => {
		expect(loadContent(process.cwd())).toEqual({
			entries: catalog,
			commands,
			lexicon,
			stopWords,
			wizardTree
		});
	});

	it('report a lexicon concept whose id is taken, and a stop word that is not folded', () => {
		const lexiconYaml = readFileSync(LEXICON_FILE, 'utf8');
		const root = project({ '4.4.316.yaml': ENTRY_4_4_316 });
		writeFileSync(
			join(root, LEXICON_FILE),
			lexiconYaml.replace('  - id: on-premises\n', '  - id: microsoft-365\n')
		);
		writeFileSync(
			join(root, STOP_WORDS_FILE),
			readFileSync(STOP_WORDS_FILE, 'utf8').replace('  - about\n', '  - About\n')
		);
		expect(problemsOf(root)).toEqual([
			'content/search/lexicon.yaml > concepts.1: has the id of an earlier concept: ids are unique',
			'content/search/stopwords.yaml > words.1: is not folded: write it in lower case, without accents'
		]);
	});

	it('each start with the line that lets editors check them against the JSON Schema', () => {
		for (const { code } of catalog) {
			const text = readFileSync(join(ENTRIES_DIR, `${code}.yaml`), 'utf8');
			expect(text.split('\n')[0], code).toBe(
				'# yaml-language-server: $schema=../schema/entry.schema.json'
			);
		}
	});

	it('fail with the file, the field and what to do', () => {
		const broken = ENTRY_4_4_316.replace(/^ {2}it: Connessione rifiutata$/m, "  it: ''");
		expect(broken).not.toBe(ENTRY_4_4_316);
		expect(problemsOf(project({ '4.4.316.yaml': broken }))).toEqual([
			'content/entries/4.4.316.yaml > title.it: is empty: write the text, or remove the field if it is optional'
		]);
	});

	it('report a cause without a source under its file, and a source that is not https', () => {
		const noSource = ENTRY_4_4_316.replace(
			/( {2}- id: nothing-listening\n[\s\S]*?)\n {4}sources:\n(?: {6}.*\n)+/,
			'$1\n'
		);
		expect(noSource).not.toBe(ENTRY_4_4_316);
		const problems = problemsOf(project({ '4.4.316.yaml': noSource }));
		expect(problems).toContain(
			'content/entries/4.4.316.yaml > cause nothing-listening > sources: cause "nothing-listening" has no source: add `sources:` with at least one public page it rests on, { title, url: https://…, checked: YYYY-MM-DD } (see CONTRIBUTING.md, "Sources")'
		);
		const http = ENTRY_4_4_316.replace(
			'url: https://learn.microsoft.com/en-us/defender-office-365/',
			'url: http://learn.microsoft.com/en-us/defender-office-365/'
		);
		expect(problemsOf(project({ '4.4.316.yaml': http }))).toEqual([
			'content/entries/4.4.316.yaml > causes.0.sources.0.url: is not https: link the https:// address of the page'
		]);
	});

	it('report an unknown field and a file named after another code', () => {
		const text = ENTRY_4_4_316.replace(/^queued: true$/m, 'queued: true\nqueue: true');
		expect(problemsOf(project({ '4.4.315.yaml': text }))).toEqual([
			'content/entries/4.4.315.yaml > queue: is not a field of an entry (content/schema/entry.schema.json lists its fields): remove it or fix its name'
		]);
		expect(problemsOf(project({ '4.4.315.yaml': ENTRY_4_4_316 }))[0]).toBe(
			'content/entries/4.4.315.yaml > code: the file of code 4.4.316 is named 4.4.316.yaml'
		);
	});

	it('report the rules across entries under the file they concern', () => {
		const problems = problemsOf(project({ '4.4.316.yaml': ENTRY_4_4_316 }));
		expect(problems).toContain('content/entries/4.4.316.yaml > related: unknown code "4.4.315"');
	});

	it('report a command with an unknown placeholder and shell in content/commands.yaml', () => {
		const broken = COMMANDS_YAML.replace(
			'text: Resolve-DnsName -Type MX {domain}\n    shell: powershell',
			'text: Resolve-DnsName -Type MX {hostname}\n    shell: cmd'
		);
		expect(broken).not.toBe(COMMANDS_YAML);
		expect(problemsOf(project({ '4.4.316.yaml': ENTRY_4_4_316 }, broken))).toEqual([
			'content/commands.yaml > commands.0.text: has an unknown placeholder: use {host}, {domain}, {ip}, {port} or {connector}',
			'content/commands.yaml > commands.0.shell: is powershell, posix, exchange-online, exchange-onprem or any'
		]);
	});

	it('report an unknown group and a group that includes itself in content/wizard.yaml', () => {
		const root = project({ '4.4.316.yaml': ENTRY_4_4_316 });
		const wizard = readFileSync(WIZARD_FILE, 'utf8')
			.replace('    - group: certificate-problems\n', '    - group: needs-a-connection\n')
			.replace('      - group: listed-causes\n', '      - group: listed-cause\n');
		writeFileSync(join(root, WIZARD_FILE), wizard);
		const problems = problemsOf(root).filter((p) => p.startsWith(WIZARD_FILE));
		expect(problems).toContain(
			'content/wizard.yaml > groups.needs-an-smtp-session: includes itself (needs-an-smtp-session > needs-a-connection > needs-an-smtp-session): remove the loop'
		);
		expect(problems).toContain(
			'content/wizard.yaml > questions.0.appliesTo.0: unknown group "listed-cause": define it under groups, or fix its name'
		);
	});

	it("report a question's wording for a code the wizard does not start from, or for an unknown answer", () => {
		const root = project({ '4.4.316.yaml': ENTRY_4_4_316 });
		const wizard = readFileSync(WIZARD_FILE, 'utf8').replace(
			"        labels:\n          'yes':\n",
			"        labels:\n          'sure':\n"
		);
		writeFileSync(join(root, WIZARD_FILE), wizard);
		const problems = problemsOf(root).filter((p) => p.includes('byCode'));
		// This project has no 5.7.64 entry, so the wording for it is reported too.
		expect(problems).toEqual([
			'content/wizard.yaml > questions.2.byCode.5.7.64: the wizard does not start from "5.7.64": use a code it covers',
			'content/wizard.yaml > questions.2.byCode.5.7.64.labels.sure: "partner-destination" has no answer "sure"'
		]);
	});

	it('have up-to-date JSON Schemas: run `npm run gen:schema` after changing a schema', () => {
		for (const [file, schema] of Object.entries(jsonSchemas())) {
			expect(JSON.parse(readFileSync(file, 'utf8')), file).toEqual(schema);
		}
	});

	it('start with the line that lets editors check the command list', () => {
		expect(COMMANDS_YAML.split('\n')[0]).toBe(
			'# yaml-language-server: $schema=./schema/commands.schema.json'
		);
	});
});

describe('the virtual modules’ source (dataModule)', () => {
	it('writes a repeated text once, as a constant, and short or single texts in place', () => {
		const advice = 'Send them the full NDR text and ask which rule rejected it.';
		const source = dataModule({
			list: [
				{ en: advice, it: 'ok' },
				{ en: advice, it: 'ok' }
			]
		});
		expect(source).toBe(
			[
				`const t0 = ${JSON.stringify(advice)};`,
				'export const list = [{"en":t0,"it":"ok"},{"en":t0,"it":"ok"}];',
				''
			].join('\n')
		);
	});
});

describe('the catalog brief (the first screen’s part of the catalog)', () => {
	it('is built from the catalog and the socket errors of the paste reader', () => {
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

describe('the rules on entry files (src/lib/catalog/rules.ts)', () => {
	it('name a file not named after its code, and a repeated order, with the file and field', () => {
		expect(
			entryFileRules([
				{ file: 'content/entries/4.4.316.yaml', code: '4.4.316', order: 1 },
				{ file: 'content/entries/4.4.315.yaml', code: '4.4.315', order: 1 },
				{ file: 'content/entries/x.yaml', code: '5.7.1', order: undefined }
			])
		).toEqual([
			"content/entries/4.4.315.yaml > order: 1 is 4.4.316's order",
			'content/entries/x.yaml > code: the file of code 5.7.1 is named 5.7.1.yaml'
		]);
	});
});
