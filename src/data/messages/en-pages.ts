/**
 * Interface text of the pages loaded when used (an entry, the wizard, what a paste says), English:
 * loaded with them, not with the first screen (data/messages/pages.ts).
 */
export const enPages = {
	'entry.meaning': 'What it means',
	'entry.causes': 'Likely causes',
	'entry.fix': 'Fix',
	'entry.verify': 'Check it',
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
	'entry.decoded': 'How the code reads (RFC 3463)',
	'entry.back': 'Back to search',
	'entry.path': 'Where: {path}',
	'entry.sharedFrom': 'Also a cause of {code}, where it is described as well.',
	'entry.gateClosed':
		'The steps that stop mail flow are held back: they are safe only once this is true, and your answers have not said so. “{statement}”',

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

	'trace.title': 'Message trace export',
	'trace.reading': 'Reading the trace export…',
	'trace.rows': '{rows} rows read.',
	'trace.leftOut': 'About {rows} more rows were not read (the limit is 200,000).',
	'trace.noFailures': 'No row of this export is a failure or a deferral.',
	'trace.destination': 'Destination',
	'trace.code': 'Code',
	'trace.count': 'Messages',
	'trace.first': 'First failure',
	'trace.last': 'Last failure',
	'trace.queued': 'Still queued',
	'trace.expires':
		'expire from {first} to {last} (24 hours after their first deferral), then the senders get an NDR',
	'trace.status.pending': 'Pending (no code in this export)',
	'trace.status.failed': 'Failed (no code in this export)',
	'trace.picture': 'Failures per hour over {hours} hours, from {from} to {to} UTC, by code',
	'trace.pictureCaption': 'Failures per hour (UTC), by code: each bar is one hour.',
	'trace.showRows': 'Rows behind {destination}, {code}',
	'trace.private': 'The rows are read in this browser only: they are not sent anywhere.',
	'trace.problem.malformed':
		'This export could not be read as CSV: a quoted field is never closed (the file may be cut). Export it again, or paste the whole file.',
	'trace.problem.too-many-columns':
		'This CSV has more than 200 columns: no message trace export has that many, so it is not read as one.',
	'trace.problem.no-trace-columns': 'This CSV has none of the columns of a message trace export.',
	'trace.problem.empty': 'This export has a header and no rows.',
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
	'command.lookFor': 'What to look for',
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
	'verdict.label': 'Verdict',
	'verdict.stage.dns': 'The name lookup for {target} failed',
	'verdict.stage.tcp': 'Microsoft 365 could not open a connection to {target}',
	'verdict.stage.smtp': '{target} did not complete the SMTP greeting with Microsoft 365',
	'verdict.stage.tls': 'STARTTLS or the TLS handshake with {target} failed',
	'verdict.stage.certificate': 'Microsoft 365 did not accept the certificate of {target}',
	'verdict.stage.transfer': 'The connection to {target} broke off during the transfer',
	'verdict.stage.none': 'Delivery to {target} failed',
	'verdict.target': 'the destination server',
	'verdict.certainty.confirmed': 'Confirmed cause',
	'verdict.certainty.likely': 'Most likely cause, not proved',
	'verdict.certainty.open': 'Most common cause, not checked yet',
	'verdict.certaintyWord.confirmed': 'confirmed',
	'verdict.certaintyWord.likely': 'most likely, not proved',
	'verdict.certaintyWord.open': 'the most common one, not checked yet',
	'verdict.noCause':
		'Nothing points to one cause yet: the wizard narrows it down in a few questions.',
	'verdict.first': 'Do this first',
	'verdict.check': 'Check: {label}',
	'verdict.copyTicket': 'Copy ticket',
	'verdict.copyTicketLabel': 'Copy the ticket for this incident',
	'verdict.copyLink': 'Copy link',
	'verdict.copyLinkLabel': 'Copy a link to this page, without the pasted text',
	'verdict.print': 'Print checklist',
	'verdict.host': 'Your smart host, for the commands',
	'verdict.contents': 'On this page',
	'verdict.helpdesk': 'For the help desk',
	'verdict.helpdesk.tellQueued':
		'Tell users: mail to these recipients is delayed, not lost. Microsoft 365 keeps retrying for about 24 hours (12 if the tenant shortened MessageExpiration); fixed in time, it arrives on its own.',
	'verdict.helpdesk.tellOther':
		'Tell users: mail to these recipients is not delivered until the cause is fixed; they will get a non-delivery report.',
	'verdict.helpdesk.collect':
		'Collect: the NDR or the message trace line (its code and the “Diagnostic information for administrators” part), the recipient domain, and when it started.',
	'verdict.helpdesk.escalate':
		'Escalate to: the Microsoft 365 mail admin; for your own server also whoever runs its firewall and DNS; for a partner’s server, the partner’s mail admin.',
	'verdict.helpdesk.summary': 'What to tell users, what to collect, whom to escalate to',
	'verdict.showAll': 'Show all {count}',
	'verdict.showDecoded': 'Class, subject and detail of {code}',
	'verdict.showChecks': 'Show the {count} commands',
	'verdict.toc.meaning': 'Meaning',
	'verdict.toc.causes': 'Causes',
	'verdict.toc.helpdesk': 'Help desk',
	'verdict.toc.partner': 'Partner',
	'verdict.toc.related': 'Related',
	'overview.title': 'All errors',
	'overview.filter': 'Filter',
	'overview.count': '{shown} of {count}',
	'overview.column.code': 'Code',
	'overview.column.title': 'Title',
	'overview.column.class': 'Class',
	'overview.column.meaning': 'What it means',
	'overview.class.transient': 'Transient: retried',
	'overview.class.permanent': 'Permanent: NDR',
	'overview.class.other': 'Any code',
	'certificate.title': 'The certificate in the paste',
	'certificate.subject': 'Subject',
	'certificate.names': 'Names',
	'certificate.issuer': 'Issuer',
	'certificate.notAfter': 'Valid until',
	'certificate.expiredAgo': 'expired {days} days ago',
	'verdict.partnerCopy': 'Copy what to send the partner',
	'verdict.partnerCopyLabel': 'Copy the message to send the partner',
	'verdict.partnerTitle': 'What to send the partner',
	'verdict.partnerIntro':
		'Hello, mail from our Microsoft 365 tenant to your server fails with {code} ({title}).',
	'verdict.partnerAsk': 'Please check: {advice}',
	'verdict.done': 'Already in what you pasted: {label}',
	'verdict.seeCommand': 'Same command as above: {label}',
	'severity.failed': 'Failed',
	'severity.warning': 'Warning',
	'severity.passed': 'Passed',
	'severity.info': 'Noted',
	'evidence.notAfter': 'Valid until {date} ({when})',
	'evidence.daysAgo': '{days} days ago',
	'evidence.daysAhead': 'in {days} days',
	'evidence.today': 'today',
	'ticket.title': 'Mail delivery incident: {code} {title}',
	'ticket.titleNoCode': 'Mail delivery incident: {title}',
	'ticket.recipients': 'Recipient domain: {domains}',
	'ticket.destination': 'Destination server: {destination}',
	'ticket.detail': 'Detail: {detail}',
	'ticket.socket': 'Socket error: {socket}',
	'ticket.attempts': 'Attempts ({count}, times as in the NDR, UTC): {attempts}',
	'ticket.expired':
		'State: expired, the retries are over and the sender got an NDR; resend once fixed',
	'ticket.queued':
		'State: queued and retried; it expires {hours} h after sending ({shortest} h if the tenant’s MessageExpiration is shortened)',
	'ticket.queuedUntil':
		'State: queued and retried until about {at} ({hours} h; {atShortest} if MessageExpiration is {shortest} h)',
	'ticket.finding': 'Finding [{mark}] {text} Line: “{line}”',
	'ticket.moreFindings': '… and {count} more findings',
	'ticket.cause': 'Likely cause: {cause}',
	'ticket.firstStep': 'First step: {step}',
	'ticket.firstStepRun': 'First step: {step} Run: {command}',
	'detected.verify': 'Check it on {host}',
	'detected.verifyNoHost': 'Commands to verify',
	// The wizard's conclusion: the case an answer identified.
	'wizard.case.title': 'Your case:',

	'sources.cause': 'Sources',
	'sources.count': 'Sources ({count})',
	'sources.checked': 'checked {date}',
	'sources.holdsFrom': 'holds from {date}',
	// Certificate renewal preflight (lib/preflight, PreflightList.svelte).
	'preflight.title': 'Certificate renewal checklist',
	'preflight.intro':
		'Each check from the pasted lists, per server: the line that proves it, or what to paste to show it.',
	'preflight.server': 'On server {server}',
	'preflight.serverUnnamed': 'Server (not named in the paste)',
	'preflight.certificate': 'Certificate checked: {certificate}',
	'preflight.notShownLine': 'Not shown in the paste.',
	'preflight.fix': 'Fix:',
	'preflight.copyFix': 'the fix command',
	'preflight.state.failed': 'Failed',
	'preflight.state.warning': 'Warning',
	'preflight.state.passed': 'Passed',
	'preflight.state.not-shown': 'Not shown',
	'preflight.check.certificate-name':
		'The receive connector’s TlsCertificateName names a listed certificate',
	'preflight.check.smtp-enabled': 'That certificate is enabled for SMTP',
	'preflight.check.certificate-valid': 'It is valid and not self-signed',
	'preflight.check.tls-domain': 'The outbound connector’s TlsDomain is among its names',
	'preflight.check.chain-sent': 'The server sends the chain (its intermediate certificate)',
	'preflight.check.root-g2': 'DigiCert Global Root G2 is a trusted root',
	'preflight.check.expiry': 'It expires more than 30 days from now',
	'preflight.check.send-certificate-name':
		'The send connector’s TlsCertificateName names a listed certificate',
	'preflight.reason.named': 'It names one of the listed certificates ({detail}).',
	'preflight.reason.stale':
		'It names a certificate that is not in the pasted list: the old one, or one that was removed.',
	'preflight.reason.empty-name':
		'It is empty: Exchange then picks a certificate by the connector’s FQDN. Hybrid setups set it.',
	'preflight.reason.no-connector':
		'The paste shows no connector’s TlsCertificateName (Get-ReceiveConnector | fl Identity,TlsCertificateName).',
	'preflight.reason.no-certificates':
		'The paste has no certificate list with Issuer and Subject to compare it with (Get-ExchangeCertificate | fl).',
	'preflight.reason.no-certificate':
		'The paste shows no certificate of this server (Get-ExchangeCertificate | fl).',
	'preflight.reason.smtp': 'Its Services include SMTP.',
	'preflight.reason.no-smtp':
		'Its Services do not include SMTP: the server cannot offer STARTTLS with it.',
	'preflight.reason.no-services': 'The list does not show its Services.',
	'preflight.reason.valid': 'Its Status is Valid.',
	'preflight.reason.self-signed': 'It is self-signed: Exchange Online does not trust it.',
	'preflight.reason.status': 'Its Status is {detail}.',
	'preflight.reason.revocation':
		'Its Status is RevocationCheckFailure: the server cannot reach the CRL or OCSP address.',
	'preflight.reason.no-status': 'The list does not show its Status.',
	'preflight.reason.covered': '{detail} is among its names.',
	'preflight.reason.not-covered':
		'{detail} is none of its names: Exchange Online will report SubjectMismatch.',
	'preflight.reason.not-required': 'The connector does not check names (TlsSettings {detail}).',
	'preflight.reason.empty-domain': 'TlsSettings is DomainValidation but TlsDomain is empty.',
	'preflight.reason.no-outbound':
		'The paste shows no outbound connector (Get-OutboundConnector | fl TlsSettings,TlsDomain).',
	'preflight.reason.no-names':
		'The paste shows none of the certificate’s names (CertificateDomains) to compare {detail} with.',
	'preflight.reason.chain-pem':
		'In the pasted chain, the issuer’s certificate follows the server’s.',
	'preflight.reason.chain-text':
		'The transcript shows the issuer’s certificate after the server’s.',
	'preflight.reason.chain-gap':
		'A certificate of the pasted chain is not followed by its issuer: {detail}.',
	'preflight.reason.chain-unverified':
		'The verification did not find the issuer of the server’s certificate: the server does not send its intermediate certificate.',
	'preflight.reason.chain-local-issuer':
		'The verification found no local issuer: the intermediate is not sent, or the testing machine lacks the root.',
	'preflight.reason.single-pem':
		'Only the server’s own certificate was pasted: that does not show what the server sends (openssl s_client -starttls smtp -showcerts shows it).',
	'preflight.reason.no-chain':
		'The paste shows no chain (paste openssl s_client -starttls smtp -showcerts output, or the PEM chain).',
	'preflight.reason.root-listed': 'The trusted root store lists it.',
	'preflight.reason.root-missing': 'The trusted root store does not have it.',
	'preflight.reason.no-root':
		'The paste does not show the root store: Get-ChildItem Cert:\\LocalMachine\\Root | ? Thumbprint -eq DF3C24F9BFD666761B268073FE06D1CC8D4F82A4',
	'preflight.reason.days-ahead': 'It expires in {detail} days.',
	'preflight.reason.far-ahead':
		'It expires on {detail}: more than 30 days from now, whichever way the date is read.',
	'preflight.reason.expiring': 'It expires in {detail} days.',
	'preflight.reason.expired': 'It expired on {detail}.',
	'preflight.reason.date-unclear':
		'The date {detail} reads two ways (day or month first), or is too close to now to tell: check it.',
	'preflight.reason.no-date': 'The paste shows no NotAfter of the certificate.',
	'preflight.fixText.enable-smtp':
		'Enable it for SMTP. Asked whether to overwrite the default SMTP certificate, answer No unless you mean to replace the self-signed one internal SMTP uses (-Force replaces it without asking).',
	'preflight.fixText.set-receive-name':
		'Point the receive connector at the new certificate (its issuer and subject as listed), on every server that receives from Microsoft 365.',
	'preflight.fixText.set-send-name':
		'Point the send connector at the new certificate (its issuer and subject as listed).',
	'preflight.fixText.set-tls-domain':
		'Make TlsDomain a name the certificate carries, or use a certificate that carries TlsDomain.',
	'preflight.fixText.renew':
		'Renew or replace the certificate with one from a public CA, enable it for SMTP and name it in the connectors.',
	'preflight.fixText.send-chain':
		'Install the intermediate certificate on the server (or on the device that ends TLS), so that it sends the whole chain.',
	'preflight.fixText.trust-g2':
		'Add DigiCert Global Root G2 to the trusted root store of this server and of any gateway that does TLS with Exchange Online.'
} as const;

export type PageMessageKey = keyof typeof enPages;
