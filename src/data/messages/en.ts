/**
 * Interface text of the first screen (start page, query field, results, header and footer),
 * English. The other pages' text is in en-pages.ts, loaded with them. The Italian catalogue must
 * have exactly these keys (type-checked).
 */
export const en = {
	'app.name': 'EOP connector troubleshooter',
	'app.tagline':
		'Find the cause of a Microsoft 365 delivery error to your own or a partner’s mail server, and fix it.',
	'app.skip': 'Skip to content',
	'nav.label': 'Main',
	'nav.search': 'Search',
	'nav.wizard': 'Find the cause',
	'footer.privacy':
		'Runs entirely in your browser. Nothing you type or paste is sent anywhere: NDRs carry addresses.',
	'footer.download': 'Download for offline use',

	'lang.label': 'Language',
	'lang.en': 'English',
	'lang.it': 'Italiano',
	'theme.label': 'Colour scheme',
	'theme.auto': 'Auto',
	'theme.light': 'Light',
	'theme.dark': 'Dark',

	'search.label': 'Error code, symptom or pasted error text',
	'search.placeholder': 'e.g. 450 4.4.316, connection refused, or paste an NDR',
	'search.hint': 'Any notation works: 4.4.316, 44316, 550 5.4.316 …',
	'search.all': 'All errors ({count})',
	'search.count': '{count} results for “{query}”',
	'search.countPasted': '{count} entries match the pasted text',
	'search.countPastedOne': '1 entry matches the pasted text',
	'search.countOne': '1 result for “{query}”',
	'search.none': 'Nothing in the catalog matches “{query}”.',
	'search.noneHelp': 'Answer a few questions instead and we will narrow the cause down.',
	'search.countWords':
		'{count} entries match the words of the pasted text (it holds no status code)',
	'search.countWordsOne': '1 entry matches the words of the pasted text (it holds no status code)',
	'search.closestPasted':
		'Nothing in the pasted text points clearly to one entry. The closest, by its words:',
	'search.closestPastedCount': 'No close match for the pasted text: {count} nearest entries',
	'start.noCode': 'No code? Find the cause in a few questions',
	'search.findCause': 'Find the cause with the wizard',
	'search.why.code': 'Code {asTyped}',
	'search.why.alias': 'Code {asTyped}: another form of {code}',
	'search.why.range':
		'Code {asTyped} has no entry of its own: {code} documents the range it belongs to',
	'search.why.sibling':
		'Code {asTyped} has no entry of its own: the text describes {code}, the documented code beside it',
	'search.why.rangeOther':
		'Code {asTyped} has no entry of its own: it is one of the other connector errors (network and routing)',
	'search.why.class': 'Code {asTyped}: the final (NDR) form of {code}',
	'search.preparing': 'Getting the full search ready…',
	'app.loading': 'Loading…',
	'app.loadFailed':
		'This part of the troubleshooter could not be loaded: the connection dropped, or a new version replaced it. Try again; if it still fails, reload the page (a pasted text is then cleared: paste it again).',
	'app.retry': 'Try again',
	'app.reload': 'Reload the page',
	'search.why.identifier': 'Status {asTyped}: reported with {code}',
	'search.why.socket': 'Socket error {asTyped}: Winsock {number} ({name}), {label}',
	'search.why.synonym': '{typed} ≈ {matched}',

	'search.why.typo': 'read “{typed}” as “{matched}”',
	'search.why.field.situation': 'Situation',
	'search.why.field.detail': 'Cause',
	'search.closest': 'Nothing explains “{query}” well. The closest entries:',
	'search.closestCount': 'No close match for “{query}”: {count} nearest entries',
	'search.why.field.code': 'Code',
	'search.why.field.title': 'Title',
	'search.why.field.alias': 'Also seen as',
	'search.why.field.wording': 'Error text',
	'search.why.field.symptom': 'Symptom',
	'search.why.field.cause': 'Cause',
	'search.why.field.meaning': 'Meaning',
	'search.why.field.fix': 'Fix',
	'search.group.connector': 'Connector delivery errors',
	'search.group.neighbour': 'Other Exchange Online codes',
	'search.results': 'Results',

	'entry.kind.connector': 'Connector error',
	'entry.kind.other': 'Any other code',
	'entry.kind.neighbour': 'Exchange Online code',
	'page.missing.title': 'Page not found',
	'page.missing.text': 'There is no page at “{path}”.',
	'page.home': 'Go to the start page',

	'update.ready': 'A new version of the troubleshooter is ready. Reloading clears the pasted text.',
	'update.reload': 'Reload now',
	'paste.large': 'Pasted {size} characters.',
	'paste.file': 'Read the file “{file}”: {size} characters.',
	'paste.full': 'All of it is read.',
	'paste.capped':
		'The first {read} are read (beyond them an NDR holds only the returned message and its attachments).',
	'paste.preview': 'The field shows the first {shown}; the address never holds any of it.',
	'paste.edited':
		'You edited the preview of a paste of {size} characters: now only the text in the field is read. Paste again to read it all.',
	'paste.chip': 'Pasted: {lines} lines, {size} characters.',
	'paste.clear': 'Clear',
	'search.asTable': 'Show as a table',
	'paste.reading': 'Reading the pasted text…'
} as const;

export type StartMessageKey = keyof typeof en;
