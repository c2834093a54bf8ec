/** Interface text, English. The Italian catalogue must have exactly these keys (type-checked). */
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

	'search.label': 'Error code, symptom or pasted error text',
	'search.placeholder': 'e.g. 450 4.4.316, connection refused, or paste an NDR',
	'search.hint': 'Any notation works: 4.4.316, 44316, 550 5.4.316 …',
	'search.all': 'All errors ({count})',
	'search.count': '{count} results for “{query}”',
	'search.countOne': '1 result for “{query}”',
	'search.none': 'Nothing in the catalog matches “{query}”.',
	'search.noneHelp': 'Answer a few questions instead and we will narrow the cause down.',
	'search.openWizard': 'Start the step-by-step wizard',
	'search.why.code': 'Code {asTyped}',
	'search.why.alias': 'Code {asTyped}: another form of {code}',
	'search.why.class': 'Code {asTyped}: the final (NDR) form of {code}',
	'search.why.field.code': 'Code',
	'search.why.field.title': 'Title',
	'search.why.field.alias': 'Also seen as',
	'search.why.field.symptom': 'Symptom',
	'search.why.field.cause': 'Cause',
	'search.why.field.meaning': 'Meaning',
	'search.why.field.fix': 'Fix',
	'search.results': 'Results',
	'search.section.connector': 'Connector delivery errors',
	'search.section.neighbour': 'Other Exchange Online codes',

	'entry.meaning': 'What it means',
	'entry.causes': 'Likely causes',
	'entry.cause': 'Cause {n} of {total}',
	'entry.fix': 'Fix',
	'entry.verify': 'Check it',
	'entry.expect': 'Look for: {text}',
	'entry.partner': 'If the server belongs to a partner or third party',
	'entry.queue': 'Queue and expiry',
	'entry.queue.text':
		'Microsoft 365 keeps the message queued and retries for about 24 hours (up to 48 hours in some older tenants). Then the message expires and the sender gets a non-delivery report (NDR) with the 5.x.x form of this code.',
	'entry.queue.expired':
		'You have the NDR form {asTyped}: the retries are over and the message went back to the sender. Fix the cause, then ask the sender to send it again.',
	'entry.aliases': 'Also appears as',
	'entry.related': 'Related codes',
	'entry.wizard': 'Find the cause of {code}',
	'entry.copySummary': 'Copy ticket summary',
	'entry.decoded': 'How the code reads (RFC 3463)',
	'entry.back': 'Back to search',
	'entry.kind.connector': 'Connector error',
	'entry.kind.other': 'Any other code',
	'entry.kind.neighbour': 'Exchange Online code',
	'entry.path': 'Where: {path}',

	'summary.title': 'Delivery error {reply} {code} — {title}',
	'summary.meaning': 'Meaning',
	'summary.causes': 'Possible causes and fixes',
	'summary.partner': 'If the destination is a partner',
	'summary.queue': 'Queue',
	'summary.link': 'Reference',

	'copy.copy': 'Copy',
	'copy.copyLabel': 'Copy {what}',
	'copy.done': 'Copied to the clipboard',
	'copy.failed': 'Could not copy: select the text and copy it by hand',

	'missing.title': 'No entry for “{code}”',
	'missing.text': 'This code is not in the catalog.',
	'missing.notCode':
		'“{code}” does not look like a status code (expected class.subject.detail, e.g. 4.4.316).',
	'missing.search': 'Search for “{code}”',
	'missing.decoded': 'Read as an RFC 3463 status code:',
	'missing.other': 'For connector delivery problems with other codes, see {link}.',
	'page.missing.title': 'Page not found',
	'page.missing.text': 'There is no page at “{path}”.',
	'page.home': 'Go to the start page',

	'class.2': 'Success',
	'class.4': 'Temporary failure: Microsoft 365 queues the message and retries',
	'class.5': 'Permanent failure: the message was returned to the sender'
} as const;

export type MessageKey = keyof typeof en;
