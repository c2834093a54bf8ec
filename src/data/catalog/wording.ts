/*
 * What software prints for an error, word for word: the sentences of NDRs, Outlook, Exchange and
 * Windows, in the language the software was set to. They are facts (strings a program prints), so
 * they are kept literally; each group names the public page it was read from. A text is listed
 * only where a public copy of it was found; the ones that could not be checked are left out rather
 * than translated here. The entries read them as `wording` (search only, never the first screen).
 */

/** The wording of each entry that has some, by code. */
export const wording = {
	// https://learn.microsoft.com/en-us/defender-office-365/connectors-mail-flow-intelligence and
	// https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2
	// (WSAHOST_NOT_FOUND 11001, WSANO_DATA 11004).
	'4.4.312': [
		'No such host is known',
		'The requested name is valid, but no data of the requested type was found'
	],
	'4.4.315': [
		// Windows Winsock 10060 in English (Microsoft's Winsock error list, above), then as French,
		// German and Spanish Windows print it (quoted in public GitHub logs and in Microsoft's
		// localized .NET / SQL Server documentation, github.com/dotnet/docs.es-es).
		'A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond',
		"Une tentative de connexion a échoué car le parti connecté n'a pas répondu convenablement au-delà d'une certaine durée",
		'Ein Verbindungsversuch ist fehlgeschlagen, da die Gegenstelle nach einer bestimmten Zeitspanne nicht richtig reagiert hat',
		'Se produjo un error durante el intento de conexión ya que la parte conectada no respondió adecuadamente tras un periodo de tiempo'
	],
	'4.4.316': [
		// Windows Winsock 10061 (WSAECONNREFUSED): English from Microsoft's Winsock error list; the
		// German text as Microsoft's German WCF docs quote it (docs/framework/wcf/
		// troubleshooting-the-getting-started-tutorial.md, de-de); French and Spanish as Windows
		// prints them in public GitHub logs.
		'No connection could be made because the target machine actively refused it',
		"Aucune connexion n'a pu être établie car l'ordinateur cible l'a expressément refusée",
		'Es konnte keine Verbindung hergestellt werden, da der Zielcomputer die Verbindung verweigerte',
		'No se puede establecer una conexión ya que el equipo de destino denegó expresamente dicha conexión',
		// Italian Windows, as the catalog's 4.4.316 situations already quote it.
		'Impossibile stabilire la connessione. Rifiuto persistente del computer di destinazione'
	],
	'4.4.317': [
		// Microsoft Q&A 2114505 (EOP to on-premises Exchange, TLS failing):
		// https://learn.microsoft.com/en-us/answers/questions/2114505
		'451 4.4.0 Security status IllegalMessage',
		// The on-premises reply Exchange Online quotes in 4.4.317 (facts.md of this project, from
		// https://learn.microsoft.com/en-us/defender-office-365/connectors-mail-flow-intelligence).
		'451 5.7.3 STARTTLS is required to send mail'
	],
	'4.4.318': [
		// Windows Winsock 10054 (WSAECONNRESET): English from Microsoft's Winsock error list; French
		// as Microsoft's French WCF docs quote it (dotnet docs fr-fr, "Une connexion existante a dû
		// être fermée par l'hôte distant"); German and Spanish as Windows prints them in public logs.
		'An existing connection was forcibly closed by the remote host',
		"Une connexion existante a dû être fermée par l'hôte distant",
		'Eine vorhandene Verbindung wurde vom Remotehost geschlossen',
		'Se ha forzado la interrupción de una conexión existente por el host remoto',
		"Connessione interrotta forzatamente dall'host remoto"
	],
	// https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online
	'4.7.500': ['451 4.7.500 Access denied, please try again later'],
	'4.7.650': ['has been temporarily rate limited due to IP reputation'],
	// https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-1-1-through-5-1-20-in-exchange-online;
	// the Office 365 NDR of https://pastebin.com/qSAw128t ("Unknown To address", "wasn't found at");
	// the German Exchange NDR of https://pastebin.com/BsjRCWQL (5.1.1 RESOLVER.ADR.RecipNotFound).
	'5.1.1': [
		"The email address you entered couldn't be found",
		'Unknown To address',
		"wasn't found at",
		'Recipient address rejected: User unknown in local recipient table',
		'Die eingegebene E-Mail-Adresse konnte nicht gefunden werden'
	],
	// A French Exchange Online NDR (5.1.10 RESOLVER.ADR.RecipientNotFound) kept as a test fixture in a
	// public repository: "Nous n'avons pas trouvé l'adresse de courrier que vous avez entrée."
	'5.1.10': ["Nous n'avons pas trouvé l'adresse de courrier que vous avez entrée"],
	// https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-1-8-in-exchange-online
	// and its German copy (de-de), which quotes the NDR in German.
	'5.1.8': [
		"Your message couldn't be delivered because you weren't recognized as a valid sender",
		'550 5.1.8 Access denied, bad outbound sender',
		'Ihre Nachricht konnte nicht übermittelt werden, weil Sie nicht als gültiger Absender erkannt wurden'
	],
	// Exchange 2007's NDR as quoted by https://www.oucs.ox.ac.uk/email/failed/index.xml?ID=Quota;
	// Gmail's reply as listed by https://mail.fr/de/hilfe/nachrichten/e-mail/mail_delivery_system_und_bounce_mails;
	// the submission-quota NDR in English, French and Italian from
	// https://learn.microsoft.com/{en-us,fr-fr,it-it}/Exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-for-submission-quota-exceeded-in-exchange-online
	'5.2.2': [
		"The recipient's mailbox is full and can't accept messages now",
		"The recipient's inbox is out of storage space",
		"Message can't be submitted because the sender's submission quota was exceeded",
		"Impossible d'envoyer le message, car le quota d'envoi de l'expéditeur est dépassé",
		'Il messaggio non può essere inviato perché è stata superata la quota di invio del mittente'
	],
	// https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-4-1-in-exchange-online
	'5.4.1': ['550 5.4.1 Recipient address rejected: Access denied. AS(201806281)'],
	// https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-6-11-in-exchange-online
	'5.6.11': [
		'SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds, which cannot be sent via DATA',
		'message contains bare linefeeds'
	],
	// https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-7-1-in-exchange-online;
	// the French Exchange NDR of https://pastebin.com/HZca6aT2; Outlook.com's 5.7.1 of
	// https://pastebin.com/rwzHX08U.
	'5.7.1': [
		'Delivery not authorized, message refused',
		'part of their network is on our block list'
	],
	// https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-7-23-in-exchange-online
	'5.7.23': ['The message was rejected because of Sender Policy Framework violation'],
	// https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-7-57-in-exchange-online
	'5.7.57': [
		'530 5.7.57 Client not authenticated to send mail',
		'SMTP; Client was not authenticated to send anonymous mail during MAIL FROM'
	],
	// As Exchange Online's NDRs print it ("Remote Server returned '550 5.7.501 Access denied, spam
	// abuse detected. For more information …'"): https://pastebin.com/xDUr7BjE,
	// https://pastebin.com/BkSdGH0x. The short form is the entry's alias.
	'5.7.501': ["Remote Server returned '550 5.7.501 Access denied, spam abuse detected"],
	// https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online
	'5.7.509': ['does not pass DMARC verification and has a DMARC policy of reject'],
	// https://learn.microsoft.com/en-us/defender-office-365/external-senders-use-the-delist-portal-to-unblock-yourself
	'5.7.511': ['To request removal from this list, forward this message to delist@microsoft.com'],
	// The same page: "5.7.606-649 Access denied, banned sending IP [IP]", as real bounces print it
	// (https://pastebin.com/JxYau839, https://pastebin.com/EH1TUb0X).
	'5.7.606': ['Access denied, banned sending IP'],
	// https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-7-700-through-5-7-750
	// ("5.7.708 Access denied, traffic not accepted from this IP"); bounces add "Service unavailable."
	'5.7.708': ['550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP']
} as const;
