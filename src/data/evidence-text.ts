import type { Localized } from '../lib/catalog/types';
import type { FindingId, Vantage } from '../lib/evidence';
import type { Unreadable } from '../lib/evidence/x509';
import type { LogSource, Match, Outcome } from '../lib/logs';

/** The findings of server logs (src/lib/logs). */
type LogFindingId = Extract<FindingId, `log-${string}`>;
const LOG_TEXTS: Readonly<Record<LogFindingId, Localized>> = {
	'log-m365-session': {
		en: 'Your server’s log has a session with a Microsoft 365 address.',
		it: 'Il log del tuo server contiene una sessione con un indirizzo di Microsoft 365.'
	},
	'log-no-m365-session': {
		en: 'Your server’s log has no session from Microsoft 365’s addresses: its attempts never reached this server (stopped before it: DNS, firewall, NAT, provider), or went to another server.',
		it: 'Il log del tuo server non contiene sessioni dagli indirizzi di Microsoft 365: i suoi tentativi non sono mai arrivati a questo server (fermati prima: DNS, firewall, NAT, provider), oppure sono andati a un altro server.'
	},
	'log-tls-failed': {
		en: 'In that session the TLS handshake failed, as your server logged it (the reason is beside this line).',
		it: 'In quella sessione l’handshake TLS non è riuscito, come registrato dal tuo server (il motivo è accanto a questa riga).'
	},
	'log-starttls-missing': {
		en: 'In that session TLS was never started: STARTTLS is missing from the EHLO reply, or (where the log does not write the reply) the session ended after EHLO without STARTTLS.',
		it: 'In quella sessione TLS non è mai stato avviato: STARTTLS manca dalla risposta a EHLO, oppure (dove il log non riporta la risposta) la sessione è finita dopo EHLO senza STARTTLS.'
	},
	'log-certificate-sent': {
		en: 'The certificate used in that session (its subject, and its thumbprint beside it): compare it with the one the connector expects.',
		it: 'Il certificato usato in quella sessione (il soggetto, e accanto la sua identificazione personale): confrontalo con quello che il connettore si aspetta.'
	},
	'log-session-reset': {
		en: 'That session was cut or timed out before the message was through.',
		it: 'Quella sessione è stata interrotta o è scaduta prima che il messaggio passasse.'
	},
	'log-rejected': {
		en: 'In that session one side refused with an error reply (beside this line).',
		it: 'In quella sessione una delle parti ha rifiutato con una risposta di errore (accanto a questa riga).'
	}
};
/**
 * What each finding of pasted command output means, in plain words. The page shows beside the
 * sentence what it is about (the host, certificate or connector), the value that makes the point and
 * the line of the paste that proves it.
 */
export const findingTexts: Readonly<Record<FindingId, Localized>> = {
	'dns-resolved': {
		en: 'The name resolves.',
		it: 'Il nome si risolve.'
	},
	'dns-nxdomain': {
		en: 'The name does not exist in DNS (NXDOMAIN).',
		it: 'Il nome non esiste nel DNS (NXDOMAIN).'
	},
	'dns-servfail': {
		en: 'The DNS servers failed to answer for the name (SERVFAIL): a fault at the name servers, or DNSSEC.',
		it: 'I server DNS non sono riusciti a rispondere per il nome (SERVFAIL): un guasto dei server dei nomi, oppure DNSSEC.'
	},
	'dns-no-records': {
		en: 'The name exists, but has no record of the type asked.',
		it: 'Il nome esiste, ma non ha record del tipo richiesto.'
	},
	'dns-timeout': {
		en: 'The DNS query timed out: no answer at all from the resolver or the name servers.',
		it: 'La query DNS è scaduta: nessuna risposta dal resolver o dai server dei nomi.'
	},
	'dns-resolver-unreachable': {
		en: 'The DNS server the test asked did not answer at all (nothing listens on port 53 there, or a firewall rejects the query): the name itself was never looked up.',
		it: 'Il server DNS interrogato dalla prova non ha risposto affatto (nessuno è in ascolto sulla porta 53, oppure un firewall respinge la query): il nome non è mai stato cercato.'
	},
	'dns-aaaa': {
		en: 'The name has an IPv6 (AAAA) address: Exchange Online tries IPv6 first, so port 25 must be open over IPv6 too.',
		it: 'Il nome ha un indirizzo IPv6 (AAAA): Exchange Online prova prima IPv6, quindi la porta 25 deve essere aperta anche via IPv6.'
	},
	'dns-resolver': {
		en: 'Answered by this resolver. A public one shows what Microsoft 365 sees; an internal one may answer names the internet cannot.',
		it: 'Ha risposto questo resolver. Uno pubblico mostra ciò che vede Microsoft 365; uno interno può rispondere per nomi che Internet non risolve.'
	},
	'tcp-open': {
		en: 'Port 25 accepted the connection, from where the test ran.',
		it: 'La porta 25 ha accettato la connessione, dal punto in cui è stata eseguita la prova.'
	},
	'tcp-refused': {
		en: 'Port 25 refused the connection: nothing listens there, or a firewall rejects it.',
		it: 'La porta 25 ha rifiutato la connessione: non c’è nulla in ascolto, oppure un firewall la respinge.'
	},
	'tcp-timeout': {
		en: 'The connection to port 25 timed out: something drops the packets, or the address is not the server.',
		it: 'La connessione alla porta 25 è scaduta: qualcosa scarta i pacchetti, oppure l’indirizzo non è quello del server.'
	},
	'tcp-failed': {
		en: 'The connection to port 25 failed. This tool does not tell a refusal from a timeout: nc, or telnet on Linux, says which.',
		it: 'La connessione alla porta 25 non è riuscita. Questo strumento non distingue un rifiuto da un timeout: nc, oppure telnet su Linux, dice quale dei due.'
	},
	'tcp-name-unresolved': {
		en: 'The test could not resolve the name, so no connection was tried.',
		it: 'La prova non ha potuto risolvere il nome, quindi non ha tentato alcuna connessione.'
	},
	'smtp-banner-ok': {
		en: 'The server greets normally (220).',
		it: 'Il server risponde normalmente con il benvenuto (220).'
	},
	'smtp-banner-error': {
		en: 'The server refuses the session in place of a greeting.',
		it: 'Il server rifiuta la sessione al posto del benvenuto.'
	},
	'smtp-inspection': {
		en: 'A firewall inspects SMTP and masks what it does not allow (asterisks, or 250-XXXXXXXA where STARTTLS was).',
		it: 'Un firewall ispeziona SMTP e maschera ciò che non consente (asterischi, oppure 250-XXXXXXXA al posto di STARTTLS).'
	},
	'starttls-offered': {
		en: 'The server offers STARTTLS in its EHLO reply.',
		it: 'Il server offre STARTTLS nella risposta a EHLO.'
	},
	'starttls-missing': {
		en: 'The server does not offer STARTTLS. To s_client a masking firewall or a refusing server look the same: a telnet EHLO tells them apart.',
		it: 'Il server non offre STARTTLS. Per s_client un firewall che maschera o un server che rifiuta hanno lo stesso aspetto: un EHLO via telnet li distingue.'
	},
	'starttls-required': {
		en: 'The server demands TLS it did not offer (451 5.7.3 STARTTLS is required).',
		it: 'Il server pretende TLS senza averlo offerto (451 5.7.3 STARTTLS is required).'
	},
	'smtp-busy': {
		en: 'The server turns sessions away because it is busy, limited or in maintenance.',
		it: 'Il server respinge le sessioni perché è occupato, limitato o in manutenzione.'
	},
	'smtp-closed': {
		en: 'The server closed the session after its greeting, without an error reply: the connection was cut mid-conversation.',
		it: 'Il server ha chiuso la sessione dopo il benvenuto, senza una risposta di errore: la connessione è stata interrotta a metà conversazione.'
	},
	'smtp-closed-at-once': {
		en: 'The connection was accepted and then closed before any greeting: something answers on port 25 but does not speak SMTP to this client.',
		it: 'La connessione è stata accettata e poi chiusa prima di qualsiasi benvenuto: qualcosa risponde sulla porta 25 ma non parla SMTP con questo client.'
	},
	'tls-ok': {
		en: 'The TLS handshake completed.',
		it: 'L’handshake TLS è stato completato.'
	},
	'tls-handshake-failed': {
		en: 'The TLS handshake failed: no encrypted session was set up.',
		it: 'L’handshake TLS non è riuscito: non è stata stabilita alcuna sessione cifrata.'
	},
	'tls-old-version': {
		en: 'The server speaks only an old TLS version: Exchange Online never sends over TLS 1.0 or 1.1.',
		it: 'Il server usa solo una versione TLS obsoleta: Exchange Online non invia mai con TLS 1.0 o 1.1.'
	},
	'cert-ok': {
		en: 'The certificate is within its dates and checks out.',
		it: 'Il certificato è nel periodo di validità e supera le verifiche.'
	},
	'cert-expired': {
		en: 'The certificate has expired.',
		it: 'Il certificato è scaduto.'
	},
	'cert-not-yet-valid': {
		en: 'The certificate is not valid yet: check its start date, or the clock of the machine that checked it.',
		it: 'Il certificato non è ancora valido: controlla la data di inizio, o l’orologio del computer che lo ha verificato.'
	},
	'cert-name-mismatch': {
		en: 'The certificate does not cover the expected name.',
		it: 'Il certificato non copre il nome atteso.'
	},
	'cert-self-signed': {
		en: 'The certificate is self-signed: no public CA vouches for it.',
		it: 'Il certificato è autofirmato: nessuna CA pubblica lo garantisce.'
	},
	'cert-untrusted': {
		en: 'The certificate chain is not trusted.',
		it: 'La catena del certificato non è attendibile.'
	},
	'cert-chain-incomplete': {
		en: 'The chain is incomplete or out of order: an intermediate certificate is missing or misplaced.',
		it: 'La catena è incompleta o fuori ordine: un certificato intermedio manca o è fuori posto.'
	},
	'cert-weak': {
		en: 'The certificate is weak: use SHA-256 or better and a 2048-bit RSA or 256-bit EC key.',
		it: 'Il certificato è debole: usa SHA-256 o superiore e una chiave RSA da 2048 bit o EC da 256 bit.'
	},
	'cert-revocation-failed': {
		en: 'Exchange could not check whether the certificate is revoked (RevocationCheckFailure): the server cannot reach the CRL or OCSP address.',
		it: 'Exchange non è riuscito a verificare se il certificato è revocato (RevocationCheckFailure): il server non raggiunge l’indirizzo CRL o OCSP.'
	},
	'cert-no-smtp': {
		en: 'The certificate is not enabled for SMTP.',
		it: 'Il certificato non è abilitato per SMTP.'
	},
	'cert-unreadable': {
		en: 'A pasted certificate block could not be read: copy it again, from BEGIN to END.',
		it: 'Un blocco di certificato incollato non è leggibile: copialo di nuovo, da BEGIN a END.'
	},
	'cert-many-names': {
		en: 'The certificate lists more alternative names than are read here (their number is beside this line): the first 1,000 were read, and the expected name was looked for among all of them.',
		it: 'Il certificato elenca più nomi alternativi di quanti ne vengano letti qui (il loro numero è accanto a questa riga): sono stati letti i primi 1.000, e il nome atteso è stato cercato fra tutti.'
	},
	'receive-connector-no-tls': {
		en: 'The receive connector does not offer TLS (no Tls in AuthMechanism).',
		it: 'Il connettore di ricezione non offre TLS (manca Tls in AuthMechanism).'
	},
	'receive-connector-stale-certificate': {
		en: 'The receive connector names a certificate that is not among the SMTP certificates pasted: an old or removed one.',
		it: 'Il connettore di ricezione indica un certificato che non è tra i certificati SMTP incollati: uno vecchio o rimosso.'
	},
	'connector-uses-mx': {
		en: 'The outbound connector routes by MX record (UseMXRecord True): it does not use its smart host.',
		it: 'Il connettore in uscita instrada tramite record MX (UseMXRecord True): non usa il suo smart host.'
	},
	'connector-smart-host': {
		en: 'The outbound connector sends to its smart host.',
		it: 'Il connettore in uscita invia al suo smart host.'
	},
	'connector-tls-domain': {
		en: 'The outbound connector checks the certificate name against its TlsDomain (DomainValidation).',
		it: 'Il connettore in uscita confronta il nome del certificato con il suo TlsDomain (DomainValidation).'
	},
	'test-vantage': {
		en: 'Where a test ran decides what it proves: only the connector validation leaves from Microsoft 365’s own addresses, as the failing mail does.',
		it: 'Il punto da cui è partita una prova decide cosa dimostra: solo la convalida del connettore parte dagli indirizzi di Microsoft 365, come la posta che non viene consegnata.'
	},
	'connector-tls-domain-not-covered': {
		en: 'The outbound connector’s TlsDomain is none of the names of the certificate in use: Exchange Online will report SubjectMismatch.',
		it: 'Il TlsDomain del connettore in uscita non è fra i nomi del certificato in uso: Exchange Online segnalerà SubjectMismatch.'
	},
	'root-g2-missing': {
		en: 'DigiCert Global Root G2 is not in the server’s trusted root store: TLS with Exchange Online cannot complete.',
		it: 'DigiCert Global Root G2 non è nell’archivio delle radici attendibili del server: TLS con Exchange Online non può completarsi.'
	},
	'cert-expiring-soon': {
		en: 'The certificate expires within 30 days: renew it now, then enable the new one for SMTP and point the connectors at it.',
		it: 'Il certificato scade entro 30 giorni: rinnovalo ora, poi abilita il nuovo per SMTP e indicalo nei connettori.'
	},
	'send-connector-stale-certificate': {
		en: 'The send connector names a certificate that is not among the certificates pasted: the server cannot start TLS with it.',
		it: 'Il connettore di invio indica un certificato che non è tra i certificati incollati: il server non può avviare TLS con esso.'
	},
	...LOG_TEXTS
};

/** Which log a session was read from (the `source` of a log finding's note). */
export const logSourceTexts: Readonly<Record<LogSource, Localized>> = {
	'exchange-receive': {
		en: 'in the Exchange SMTP Receive log',
		it: 'nel log di ricezione SMTP di Exchange'
	},
	'exchange-send': { en: 'in the Exchange SMTP Send log', it: 'nel log di invio SMTP di Exchange' },
	'message-tracking': { en: 'in message tracking', it: 'nel rilevamento messaggi' },
	queue: { en: 'in an Exchange queue', it: 'in una coda di Exchange' },
	postfix: { en: 'in the Postfix log', it: 'nel log di Postfix' },
	exim: { en: 'in the Exim log', it: 'nel log di Exim' },
	sendmail: { en: 'in the Sendmail log', it: 'nel log di Sendmail' }
};

/** How a session ended (the `outcome` of a log finding's note). */
export const logOutcomeTexts: Readonly<Record<Outcome, Localized>> = {
	delivered: { en: 'connected and delivered', it: 'connessa e consegnata' },
	'tls-failed': { en: 'TLS failed', it: 'TLS non riuscito' },
	'starttls-missing': { en: 'no STARTTLS', it: 'nessun STARTTLS' },
	reset: { en: 'cut or timed out', it: 'interrotta o scaduta' },
	rejected: { en: 'refused with an error reply', it: 'rifiutata con una risposta di errore' },
	open: {
		en: 'how it ended is not in the lines pasted',
		it: 'come è finita non compare nelle righe incollate'
	}
};

/** How a session matches the pasted NDR. */
export const logMatchTexts: Readonly<Record<Match, Localized>> = {
	ip: {
		en: 'the server’s address is the NDR’s LastAttemptedIP',
		it: 'l’indirizzo del server è il LastAttemptedIP dell’NDR'
	},
	time: { en: 'at the NDR’s time', it: 'all’ora dell’NDR' },
	thumbprint: {
		en: 'the same certificate thumbprint as the NDR',
		it: 'la stessa identificazione personale del certificato dell’NDR'
	}
};

/** Where an outside test ran (the detail of `test-vantage`, see lib/evidence/outside.ts). */
export const vantageTexts: Readonly<Record<Vantage, Localized>> = {
	'your-network': {
		en: 'This test ran from the machine it was typed on: it shows what your network meets, not what Microsoft 365’s addresses meet at your firewall (and from an Azure VM, port 25 outbound is blocked).',
		it: 'Questa prova è partita dal computer su cui è stata digitata: mostra ciò che incontra la tua rete, non ciò che incontrano gli indirizzi di Microsoft 365 al tuo firewall (e da una VM Azure la porta 25 in uscita è bloccata).'
	},
	'third-party': {
		en: 'This test ran from a third party’s servers: it shows what they meet, not what Microsoft 365’s addresses meet at your firewall.',
		it: 'Questa prova è partita dai server di un terzo: mostra ciò che incontrano loro, non ciò che incontrano gli indirizzi di Microsoft 365 al tuo firewall.'
	},
	'microsoft-to-mx': {
		en: 'This test ran from Microsoft’s servers, but against the domain’s MX records, not against the smart host of the outbound connector.',
		it: 'Questa prova è partita dai server di Microsoft, ma verso i record MX del dominio, non verso lo smart host del connettore in uscita.'
	},
	'microsoft-365': {
		en: 'This test ran from Microsoft 365’s own addresses (the connector validation): what it meets is what the connector’s mail meets.',
		it: 'Questa prova è partita dagli indirizzi di Microsoft 365 (la convalida del connettore): ciò che incontra è ciò che incontra la posta del connettore.'
	}
};

/**
 * Why a pasted certificate block could not be read (the `detail` of a `cert-unreadable` finding),
 * said after "this certificate could not be read:".
 */
export const unreadableTexts: Readonly<Record<Unreadable, Localized>> = {
	'not-base64': {
		en: 'the text between BEGIN and END is not base64 (a line is cut, or other text is mixed in).',
		it: 'il testo fra BEGIN ed END non è base64 (una riga è tagliata, o c’è altro testo in mezzo).'
	},
	'too-large': {
		en: 'the block is far larger than any certificate.',
		it: 'il blocco è molto più grande di qualsiasi certificato.'
	},
	'not-der': {
		en: 'its bytes are not a valid encoding (DER) of anything.',
		it: 'i suoi byte non sono una codifica valida (DER) di nulla.'
	},
	'not-certificate': {
		en: 'it decodes, but it is not an X.509 certificate (a key, a request or another structure).',
		it: 'si decodifica, ma non è un certificato X.509 (una chiave, una richiesta o un’altra struttura).'
	},
	'bad-time': {
		en: 'its validity dates cannot be read.',
		it: 'le sue date di validità non sono leggibili.'
	}
};
