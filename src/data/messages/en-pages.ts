/**
 * Interface text of the pages loaded when used (an entry, the wizard, what a paste says), English:
 * loaded with them, not with the first screen (data/messages/pages.ts).
 */
export const enPages = {
	'entry.meaning': 'What it means',
	'entry.causes': 'Likely causes',
	'entry.fix': 'Fix',
	'entry.verify': 'Check it',
	'entry.expect': 'Look for: {text}',
	'entry.partner': 'If the server belongs to a partner or third party',
	'entry.queue': 'Queue and expiry',
	'entry.queue.text':
		'Microsoft 365 keeps the message queued and retries for 24 hours by default (as little as 12 if the tenant sets MessageExpiration lower: Get-TransportConfig | fl MessageExpiration). Then the message expires and the sender gets a non-delivery report (NDR) with the 5.x.x form of this code.',
	'entry.range':
		'Code {asTyped} has no entry of its own. Microsoft documents it in the range this entry ({code}) describes: its causes and fixes apply.',
	'entry.rangeOther':
		'Code {asTyped} has no entry of its own. It is a network and routing error (RFC 3463: x.4.x), one of the other connector errors this entry covers.',
	'entry.queue.expired':
		'You have the NDR form {asTyped}: the retries are over and the message went back to the sender. Fix the cause, then ask the sender to send it again.',
	'entry.aliases': 'Also appears as',
	'entry.related': 'Related codes',
	'entry.wizard': 'Find the cause of {code}',
	'entry.copySummary': 'Copy ticket summary',
	'entry.decoded': 'How the code reads (RFC 3463)',
	'entry.back': 'Back to search',
	'entry.path': 'Where: {path}',
	'entry.sharedFrom': 'Also a cause of {code}, where it is described as well.',
	'entry.gateClosed':
		'The steps that stop mail flow are held back: they are safe only once this is true, and your answers have not said so. “{statement}”',

	'summary.title': 'Delivery error {reply} {code} — {title}',
	'summary.meaning': 'Meaning',
	'summary.causes': 'Possible causes and fixes',
	'summary.partner': 'If the destination is a partner',
	'summary.queue': 'Queue',
	'summary.link': 'Reference',
	'summary.gate': 'Only once this holds',

	'command.replace': 'Replace {markers} with your own values first.',
	'copy.copy': 'Copy',
	'copy.copyLabel': 'Copy {what}',
	'copy.done': 'Copied to the clipboard',
	'copy.failed': 'Could not copy: select the text and copy it by hand',

	'missing.title': 'No entry for “{code}”',
	'missing.text': 'This code is not in the catalog.',
	'missing.notCode':
		'“{code}” does not look like a status code (expected class.subject.detail, e.g. 4.4.316).',
	'missing.search': 'Search for “{code}”',
	'wizard.title': 'Find the cause',
	'wizard.titleFor': 'Find the cause of {code}',
	'wizard.intro':
		'Answer what you can. Each answer keeps, rules out or confirms causes; “I don’t know” never rules anything out.',
	'wizard.progress': 'Question {n} · possible causes left: {left}',
	'wizard.check': 'How to check',
	'wizard.inPlay': 'Causes still in play ({count})',
	'wizard.ruledOut': 'Ruled out ({count})',
	'wizard.ruledOutBy': 'by your answer “{answer}” to “{question}”',
	'wizard.back': 'Back',
	'wizard.restart': 'Start over',
	'wizard.fromScratch': 'Start without a code',
	'wizard.notice.malformed':
		'The wizard link could not be read completely, so the wizard starts from the nearest step it could rebuild.',
	'wizard.notice.outdated':
		'Some answers in this link no longer fit the current questions; the wizard continues from the last answer that still does.',
	'wizard.notice.uncovered':
		'The wizard has no questions for “{code}”: it covers the connector errors. It starts without a code; the entry page of that code lists its causes and fixes.',
	'wizard.conclusion.uninformed': 'Your answers did not narrow the causes down',
	'wizard.conclusion.uninformedHelp':
		'Every cause is still possible. They are listed in the usual order of likelihood; the checks beside each one tell which applies, or go Back and answer what you can check.',
	'wizard.conclusion.confirmed': 'Confirmed cause',
	'wizard.conclusion.likely': 'Most likely cause',
	'wizard.conclusion.leading':
		'Your answers point to this cause more than to the others, but none of them proves it. Check it first; the others remain possible.',
	'wizard.conclusion.beyond': 'If none of these fits',
	'wizard.certainty.confirmed': 'Confirmed.',
	'wizard.certainty.likely': 'Most likely, not proved.',
	'wizard.certainty.open': 'Open.',
	'wizard.conclusion.ranked': 'Several causes remain — most likely first',
	'wizard.conclusion.rankedHelp':
		'Your answers could not tell these apart. Check them in this order; the commands show which one applies.',
	'wizard.conclusion.exhausted': 'None of the causes listed for this error fits your answers',
	'wizard.conclusion.exhaustedHelp':
		'Your answers ruled out every listed cause, so the cause is one this list does not know. The evidence below tells where to look next.',
	'wizard.conclusion.confirmedBy': 'Confirmed by your answer “{answer}” to “{question}”.',
	'wizard.conclusion.eliminated':
		'Your answers ruled out every other cause listed for this error. That makes this one the most likely, not proved: an error can have a cause the list does not know. The checks below confirm it.',
	'wizard.conclusion.others': 'Also possible',
	'wizard.conclusion.partnerChecks': 'What the partner should check',
	'wizard.conclusion.entry': 'Open the full entry for {code}',
	'wizard.answer.code': '{code} — {title}',
	'wizard.live': 'Question {n}: {question}',
	'wizard.liveDone': 'Conclusion: {title}',

	'evidence.title': 'What the pasted output shows',
	'evidence.line': 'Proved by the line: ',
	'evidence.lineNumber': '(line {number} of the paste)',
	'evidence.confirms': 'Confirms: {causes}',
	'evidence.rulesOut': 'Rules out: {causes}',
	'evidence.reading': 'Reading the pasted certificate…',
	'list.more': 'Show {count} more ({shown} of {total} shown)',
	'evidence.unreadable': 'This certificate could not be read: {reason}',
	'evidence.wizard': 'Continue in the wizard with what the output proves',
	'wizard.conclusion.confirmedByEvidence': 'Confirmed by what you pasted: {finding}',
	'path.from': 'Microsoft 365 (EOP), outbound connector',
	'path.to': 'Destination: your mail server',
	'path.toPartner': 'Destination: the partner’s mail server',
	'path.state.passed': 'passed',
	'path.state.failed': 'failed here',
	'path.state.unknown': 'not known',
	'path.state.notReached': 'not reached',
	'path.summary.broke': 'Where delivery broke: {stage}',
	'path.summary.none': 'Where delivery broke: not known yet',
	'command.heldBack':
		'Not filled in for {marker}, because it is not a plain host name, address or port:',
	'detected.title': 'Detected in the pasted text',
	'detected.private':
		'Read in this browser only: the pasted text is not sent anywhere and not put into the address.',
	'detected.none': 'No status code found in the pasted text.',
	'detected.noneHelp':
		'Version numbers, IP addresses and dates are not codes. Look for the “Diagnostic information for administrators” part of the NDR, or describe the symptom instead.',
	'detected.role.primary': 'Main code',
	'detected.role.retry': 'Earlier retry',
	'detected.role.other': 'Also in the text',
	'detected.host': 'Destination server',
	'detected.ip': 'Address',
	'detected.detail': 'Detail',
	'detected.socket': 'Socket error',
	'detected.dns': 'DNS result',
	'detected.tls': 'TLS',
	'detected.tlsNames': 'Expected: {expected} · Presented: {presented}',
	'detected.lastRetry': 'Last attempt',
	'detected.expired':
		'The message has already expired: the retries are over and the sender received an NDR. Fix the cause, then ask for the message to be sent again.',
	'detected.queued':
		'The message is still queued: the sending server keeps retrying (Microsoft 365 for 24 hours by default, as little as 12 with a shorter MessageExpiration; on-premises Exchange for 2 days by default), so fixing the cause now still delivers it.',
	'detected.likely': 'Likely cause',
	'detected.likelyMany': 'Likely causes, most likely first',
	'detected.wizard': 'Continue in the wizard with what the error already tells',
	'detected.verify': 'Check it on {host}'
} as const;

export type PageMessageKey = keyof typeof enPages;
