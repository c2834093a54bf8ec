/**
 * Texts of the enhanced mail system status codes (RFC 3463 and the IANA "SMTP Enhanced Status
 * Codes" registry, RFC 5248), in every language. The decoding logic is in `src/lib/codes/rfc3463.ts`.
 *
 * Only registered values are here. Vendors' own details (Microsoft's 4.4.316, 4.7.321…) are not
 * registered: their meaning comes from the catalog, not from this table.
 */
import type { Localized } from '../lib/catalog/types';

/** Class sub-codes (RFC 3463 §3.1): the first digit, shared with the basic SMTP reply code. */
export const STATUS_CLASS_TEXTS: Readonly<Record<2 | 4 | 5, Localized>> = {
	2: {
		en: 'Success: the action was completed',
		it: "Esito positivo: l'azione è stata completata"
	},
	4: {
		en: 'Transient failure: the condition may clear, so a later attempt can succeed',
		it: 'Errore temporaneo: la condizione può risolversi e un tentativo successivo può riuscire'
	},
	5: {
		en: 'Permanent failure: resending as is will fail again until something is changed',
		it: 'Errore permanente: un nuovo invio identico fallirà finché non si cambia qualcosa'
	}
};

/** Subject sub-codes (RFC 3463 §3.2): the area of the problem. */
export const STATUS_SUBJECT_TEXTS: Readonly<Record<number, Localized>> = {
	0: { en: 'Other or undefined', it: 'Altro o non definito' },
	1: { en: 'Addressing', it: 'Indirizzamento' },
	2: { en: 'Mailbox', it: 'Cassetta postale' },
	3: { en: 'Mail system', it: 'Sistema di posta' },
	4: { en: 'Network and routing', it: 'Rete e instradamento' },
	5: { en: 'Mail delivery protocol', it: 'Protocollo di recapito' },
	6: { en: 'Message content or media', it: 'Contenuto o formato del messaggio' },
	7: { en: 'Security or policy', it: 'Sicurezza o criteri' }
};

/**
 * Shown for a subject that no RFC defines (8 and above). RFC 3463 allows 1 to 3 digits, so such a
 * code is well formed, only not registered.
 */
export const UNREGISTERED_SUBJECT_TEXT: Localized = {
	en: 'Unregistered subject',
	it: 'Argomento non registrato'
};

/**
 * Detail sub-codes by subject, then by detail (RFC 3463 §3.3 to §3.9, plus the later RFCs
 * recorded in the IANA registry; the RFC that added each one is named where it is not RFC 3463).
 */
export const STATUS_DETAIL_TEXTS: Readonly<Record<number, Readonly<Record<number, Localized>>>> = {
	// X.0.x: RFC 3463 §3.1 defines only X.0.0.
	0: {
		0: {
			en: 'No detail: only the class of the status is known',
			it: 'Nessun dettaglio: è noto solo il tipo di esito'
		}
	},
	// X.1.x: addressing status (RFC 3463 §3.4).
	1: {
		0: {
			en: 'Problem with an address (sender or recipient), not further specified',
			it: 'Problema con un indirizzo (mittente o destinatario), senza altri dettagli'
		},
		1: {
			en: 'Destination mailbox address does not exist',
			it: "L'indirizzo della cassetta postale di destinazione non esiste"
		},
		2: {
			en: 'Destination system (the part after @) does not exist or takes no mail',
			it: 'Il sistema di destinazione (la parte dopo @) non esiste o non riceve posta'
		},
		3: {
			en: 'Destination mailbox address is not valid syntax',
			it: "La sintassi dell'indirizzo di destinazione non è valida"
		},
		4: {
			en: 'Destination address is ambiguous: it matches more than one mailbox',
			it: "L'indirizzo di destinazione è ambiguo: corrisponde a più cassette postali"
		},
		5: {
			en: 'Destination address is valid',
			it: "L'indirizzo di destinazione è valido"
		},
		6: {
			en: 'Destination mailbox has moved and no forwarding address is known',
			it: "La cassetta postale di destinazione è stata spostata e non c'è un indirizzo di inoltro"
		},
		7: {
			en: "Sender's mailbox address is not valid syntax",
			it: "La sintassi dell'indirizzo del mittente non è valida"
		},
		8: {
			en: "Sender's system (the part after @) does not exist or takes no replies",
			it: 'Il sistema del mittente (la parte dopo @) non esiste o non accetta risposte'
		},
		// RFC 3886
		9: {
			en: 'Message passed to a mail system that cannot report further status',
			it: 'Messaggio passato a un sistema di posta che non può riportare altri esiti'
		},
		// RFC 7505
		10: {
			en: 'Recipient domain declares it accepts no mail (null MX)',
			it: 'Il dominio del destinatario dichiara di non ricevere posta (MX nullo)'
		}
	},
	// X.2.x: mailbox status (RFC 3463 §3.5).
	2: {
		0: {
			en: 'Problem with the mailbox, not further specified',
			it: 'Problema con la cassetta postale, senza altri dettagli'
		},
		1: {
			en: 'Mailbox exists but is disabled and takes no messages',
			it: 'La cassetta postale esiste ma è disabilitata e non riceve messaggi'
		},
		2: {
			en: 'Mailbox is full (quota reached)',
			it: 'Cassetta postale piena (quota raggiunta)'
		},
		3: {
			en: 'Message larger than this mailbox accepts',
			it: 'Messaggio più grande di quanto accetti questa cassetta postale'
		},
		4: {
			en: 'Mailing list could not be expanded',
			it: 'Impossibile espandere la lista di distribuzione'
		}
	},
	// X.3.x: mail system status (RFC 3463 §3.6).
	3: {
		0: {
			en: 'Problem with the destination mail system, not further specified',
			it: 'Problema con il sistema di posta di destinazione, senza altri dettagli'
		},
		1: {
			en: 'Mail system storage is full',
			it: 'Lo spazio del sistema di posta è esaurito'
		},
		2: {
			en: 'System is not accepting messages now (load, maintenance, shutdown)',
			it: 'Il sistema al momento non accetta messaggi (carico, manutenzione, arresto)'
		},
		3: {
			en: 'System cannot handle a feature the message requires',
			it: 'Il sistema non gestisce una funzione richiesta dal messaggio'
		},
		4: {
			en: 'Message larger than the system accepts',
			it: 'Messaggio più grande di quanto accetti il sistema'
		},
		5: {
			en: 'System is configured incorrectly',
			it: 'Il sistema è configurato in modo errato'
		},
		// RFC 6710
		6: {
			en: 'Requested priority was changed',
			it: 'La priorità richiesta è stata modificata'
		}
	},
	// X.4.x: network and routing status (RFC 3463 §3.7).
	4: {
		0: {
			en: 'Network or routing problem, not further specified',
			it: 'Problema di rete o di instradamento, senza altri dettagli'
		},
		1: {
			en: 'No answer from the destination host (connection refused or timed out)',
			it: "Nessuna risposta dall'host di destinazione (connessione rifiutata o scaduta)"
		},
		2: {
			en: 'Connection opened but dropped or unusable for the transaction',
			it: 'Connessione aperta ma interrotta o inutilizzabile per la transazione'
		},
		3: {
			en: 'Directory server failure: DNS (or similar) could not answer',
			it: 'Errore del server di directory: il DNS (o simile) non ha risposto'
		},
		4: {
			en: 'Unable to route: no next hop could be found',
			it: 'Impossibile instradare: nessun hop successivo trovato'
		},
		5: {
			en: 'Mail system congestion',
			it: 'Congestione del sistema di posta'
		},
		6: {
			en: 'Routing loop: the message was passed around too many times',
			it: 'Loop di instradamento: il messaggio è passato troppe volte tra i server'
		},
		7: {
			en: 'Delivery time expired: retries stopped, the message was too old',
			it: 'Tempo di recapito scaduto: tentativi terminati, messaggio troppo vecchio'
		}
	},
	// X.5.x: mail delivery protocol status (RFC 3463 §3.8).
	5: {
		0: {
			en: 'Protocol problem, not further specified',
			it: 'Problema di protocollo, senza altri dettagli'
		},
		1: {
			en: 'Invalid or out-of-sequence command',
			it: 'Comando non valido o fuori sequenza'
		},
		2: {
			en: 'Command syntax error',
			it: 'Errore di sintassi nel comando'
		},
		3: {
			en: 'Too many recipients for one transaction',
			it: 'Troppi destinatari per una sola transazione'
		},
		4: {
			en: 'Invalid command arguments',
			it: 'Argomenti del comando non validi'
		},
		5: {
			en: 'Protocol version mismatch',
			it: 'Versione del protocollo non compatibile'
		},
		// RFC 4954
		6: {
			en: 'Authentication exchange line too long',
			it: 'Riga dello scambio di autenticazione troppo lunga'
		}
	},
	// X.6.x: message content or media status (RFC 3463 §3.9).
	6: {
		0: {
			en: 'Content or media problem, not further specified',
			it: 'Problema di contenuto o formato, senza altri dettagli'
		},
		1: {
			en: 'Media type not supported along the path',
			it: 'Tipo di contenuto non supportato lungo il percorso'
		},
		2: {
			en: 'Conversion needed but not allowed',
			it: 'Conversione necessaria ma non consentita'
		},
		3: {
			en: 'Conversion needed but not possible',
			it: 'Conversione necessaria ma non possibile'
		},
		4: {
			en: 'Delivered after a conversion that lost data',
			it: 'Recapitato dopo una conversione con perdita di dati'
		},
		5: {
			en: 'Conversion failed',
			it: 'Conversione non riuscita'
		},
		// RFC 4468
		6: {
			en: 'Message content not available',
			it: 'Contenuto del messaggio non disponibile'
		},
		// RFC 6531 (SMTPUTF8)
		7: {
			en: 'Non-ASCII addresses not allowed for this sender or recipient',
			it: 'Indirizzi non ASCII non consentiti per questo mittente o destinatario'
		},
		// RFC 6531
		8: {
			en: 'A UTF-8 reply is needed but the client does not accept one',
			it: 'Serve una risposta UTF-8 ma il client non la accetta'
		},
		// RFC 6531
		9: {
			en: 'Message with UTF-8 headers cannot be passed on to some recipients',
			it: 'Il messaggio con intestazioni UTF-8 non può essere inoltrato ad alcuni destinatari'
		},
		// RFC 6531; the registry keeps it as a duplicate of X.6.8.
		10: {
			en: 'A UTF-8 reply is needed but the client does not accept one (same as X.6.8)',
			it: 'Serve una risposta UTF-8 ma il client non la accetta (come X.6.8)'
		}
	},
	// X.7.x: security or policy status (RFC 3463 §3.10; later details from the RFCs named).
	7: {
		0: {
			en: 'Security or policy problem, not further specified',
			it: 'Problema di sicurezza o di criteri, senza altri dettagli'
		},
		1: {
			en: 'Delivery not authorised: refused by policy (relay, filter, restriction)',
			it: 'Recapito non autorizzato: rifiutato dai criteri (inoltro, filtro, restrizione)'
		},
		2: {
			en: 'Sender may not send to this mailing list',
			it: 'Il mittente non può scrivere a questa lista di distribuzione'
		},
		3: {
			en: 'Required security conversion not possible',
			it: 'Conversione di sicurezza richiesta non possibile'
		},
		4: {
			en: 'Requested security features not supported',
			it: 'Funzioni di sicurezza richieste non supportate'
		},
		5: {
			en: 'Cryptographic failure (key missing or invalid)',
			it: 'Errore crittografico (chiave mancante o non valida)'
		},
		6: {
			en: 'Cryptographic algorithm not supported',
			it: 'Algoritmo crittografico non supportato'
		},
		7: {
			en: 'Message integrity check failed (altered or corrupted)',
			it: 'Controllo di integrità non superato (messaggio alterato o danneggiato)'
		},
		// RFC 4954 (X.7.8, .9, .11, .12) and RFC 5248 (X.7.10, .13, .14)
		8: {
			en: 'Authentication credentials invalid',
			it: 'Credenziali di autenticazione non valide'
		},
		9: {
			en: 'Authentication mechanism too weak',
			it: 'Meccanismo di autenticazione troppo debole'
		},
		10: {
			en: 'Encryption needed',
			it: 'Crittografia necessaria'
		},
		11: {
			en: 'Encryption required for this authentication mechanism',
			it: 'Crittografia obbligatoria per questo meccanismo di autenticazione'
		},
		12: {
			en: 'Password transition needed',
			it: 'Necessario il passaggio a un nuovo meccanismo di password'
		},
		13: {
			en: 'User account disabled',
			it: 'Account utente disabilitato'
		},
		14: {
			en: 'Trust relationship required',
			it: 'Necessaria una relazione di trust'
		},
		// RFC 6710
		15: {
			en: 'Priority too low',
			it: 'Priorità troppo bassa'
		},
		16: {
			en: 'Message too big for the requested priority',
			it: 'Messaggio troppo grande per la priorità richiesta'
		},
		// RFC 7293 (RRVS)
		17: {
			en: 'Mailbox owner has changed',
			it: 'Il titolare della cassetta postale è cambiato'
		},
		18: {
			en: 'Domain owner has changed',
			it: 'Il titolare del dominio è cambiato'
		},
		19: {
			en: 'Recipient-valid-since (RRVS) check cannot be completed',
			it: 'Impossibile completare il controllo RRVS (validità del destinatario)'
		},
		// RFC 7372 (X.7.20 to X.7.26)
		20: {
			en: 'No passing DKIM signature',
			it: 'Nessuna firma DKIM valida'
		},
		21: {
			en: 'No DKIM signature acceptable to local policy',
			it: 'Nessuna firma DKIM accettabile per i criteri locali'
		},
		22: {
			en: 'No valid DKIM signature matching the author (From) domain',
			it: "Nessuna firma DKIM valida allineata al dominio dell'autore (From)"
		},
		23: {
			en: 'SPF validation failed',
			it: 'Verifica SPF non superata'
		},
		24: {
			en: 'SPF validation error (the check itself failed)',
			it: 'Errore nella verifica SPF (il controllo stesso non è riuscito)'
		},
		25: {
			en: 'Reverse DNS validation of the sending IP failed',
			it: "Verifica DNS inversa dell'IP mittente non superata"
		},
		26: {
			en: 'Several authentication checks failed',
			it: 'Più controlli di autenticazione non superati'
		},
		// RFC 7505
		27: {
			en: 'Sender domain declares it accepts no mail (null MX)',
			it: 'Il dominio del mittente dichiara di non ricevere posta (MX nullo)'
		},
		28: {
			en: 'Mail flood detected: part of a wave of similar abusive messages',
			it: 'Rilevata ondata di posta: parte di una serie di messaggi abusivi simili'
		},
		// RFC 8617
		29: {
			en: 'ARC validation failed',
			it: 'Verifica ARC non superata'
		},
		// RFC 8689
		30: {
			en: 'REQUIRETLS support needed but not available',
			it: 'Supporto REQUIRETLS necessario ma non disponibile'
		}
	}
};
