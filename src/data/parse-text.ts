import type { Localized } from '../lib/catalog/types';
import type { DnsResult, TlsKind } from '../lib/parse/types';

/**
 * What the facts the paste parser reads out of an error mean, in each language: Windows socket
 * errors (WinSock2 / WinError.h numbers), the DNS result words of Exchange's resolver, and the
 * kinds of TLS failure.
 */

/** A Windows socket error: its WinSock constant and what it means for a mail connection. */
export interface SocketErrorText {
	readonly name: string;
	/** Other names admins type for it: the WSA or POSIX name ("ECONNREFUSED" on Linux tools). */
	readonly also?: readonly string[];
	/** What it means, in a few words (search results). */
	readonly label: Localized;
	/** What it means, explained (the Detected panel). */
	readonly meaning: Localized;
	/** The catalog entry it points to when searched for on its own. */
	readonly entry: string;
}

/**
 * The socket errors Exchange reports when it cannot talk to the destination server. 10065 and
 * 10051 (no route) come with no documented Exchange Online code: they point to 4.4.315 because,
 * as in a timeout, nothing on the way answered.
 */
export const socketErrorTexts: Readonly<Record<number, SocketErrorText>> = {
	10060: {
		name: 'WSAETIMEDOUT',
		also: ['ETIMEDOUT'],
		label: { en: 'connection timed out', it: 'timeout della connessione' },
		entry: '4.4.315',
		meaning: {
			en: 'Connection timed out: nothing answered on port 25 in time. The server is off or hung, the address is wrong, or a firewall silently drops the traffic.',
			it: "Timeout della connessione: sulla porta 25 non ha risposto nessuno entro il tempo limite. Il server è spento o bloccato, l'indirizzo è sbagliato oppure un firewall scarta il traffico senza rispondere."
		}
	},
	10061: {
		name: 'WSAECONNREFUSED',
		also: ['ECONNREFUSED'],
		label: { en: 'connection refused', it: 'connessione rifiutata' },
		entry: '4.4.316',
		meaning: {
			en: 'Connection refused: the address answered but actively rejected the connection on port 25. No mail service is listening there, or a firewall rejects the sender.',
			it: "Connessione rifiutata: l'indirizzo ha risposto ma ha respinto attivamente la connessione sulla porta 25. Lì non è in ascolto nessun servizio di posta, oppure un firewall rifiuta il mittente."
		}
	},
	10054: {
		name: 'WSAECONNRESET',
		also: ['ECONNRESET'],
		label: {
			en: 'connection reset by the remote host',
			it: "connessione reimpostata dall'host remoto"
		},
		entry: '4.4.318',
		meaning: {
			en: 'Connection reset by the remote host: the session was cut off abruptly in the middle of the conversation, often by a firewall or by a server in trouble.',
			it: "Connessione interrotta forzatamente dall'host remoto: la sessione è stata chiusa di colpo a metà dialogo, spesso da un firewall o da un server in difficoltà."
		}
	},
	10065: {
		name: 'WSAEHOSTUNREACH',
		also: ['EHOSTUNREACH'],
		label: { en: 'no route to the host', it: "nessun percorso verso l'host" },
		entry: '4.4.315',
		meaning: {
			en: "Host unreachable: there is no network route to the server's address.",
			it: "Host non raggiungibile: non esiste un percorso di rete verso l'indirizzo del server."
		}
	},
	11001: {
		name: 'WSAHOST_NOT_FOUND',
		label: { en: 'host name not found', it: 'nome host non trovato' },
		entry: '4.4.312',
		meaning: {
			en: 'Host not found: the server name does not resolve in DNS.',
			it: 'Host non trovato: il nome del server non si risolve nel DNS.'
		}
	},
	10051: {
		name: 'WSAENETUNREACH',
		also: ['ENETUNREACH'],
		label: { en: 'network unreachable', it: 'rete non raggiungibile' },
		entry: '4.4.315',
		meaning: {
			en: "Network unreachable: the sending side has no route to the server's network.",
			it: 'Rete non raggiungibile: chi invia non ha un percorso verso la rete del server.'
		}
	},
	10053: {
		name: 'WSAECONNABORTED',
		also: ['ECONNABORTED'],
		label: { en: 'connection aborted', it: 'connessione interrotta' },
		entry: '4.4.318',
		meaning: {
			en: 'Connection aborted on this side: the local network stack gave up on the session, usually after a timeout or a broken link while data was in flight.',
			it: 'Connessione interrotta da questo lato: lo stack di rete locale ha abbandonato la sessione, di solito dopo un timeout o un collegamento caduto durante il trasferimento.'
		}
	},
	11004: {
		name: 'WSANO_DATA',
		label: { en: 'no record of the type asked', it: 'nessun record del tipo richiesto' },
		entry: '4.4.312',
		meaning: {
			en: 'Valid name, no data record: the name exists in DNS but has no address record of the type asked for.',
			it: 'Nome valido, nessun record: il nome esiste nel DNS ma non ha un record di indirizzo del tipo richiesto.'
		}
	},
	995: {
		name: 'ERROR_OPERATION_ABORTED',
		also: ['WSA_OPERATION_ABORTED'],
		label: { en: 'connection attempt aborted', it: 'tentativo di connessione interrotto' },
		entry: '4.4.317',
		meaning: {
			en: 'Operation aborted: the connection attempt was cancelled before it completed, usually because it took too long or the session setup (often TLS) failed.',
			it: "Operazione annullata: il tentativo di connessione è stato interrotto prima di concludersi, di solito perché è durato troppo o perché l'avvio della sessione (spesso TLS) non è riuscito."
		}
	}
};

/** The DNS result words that follow "DNS query failed". */
export const dnsResultTexts: Readonly<Record<DnsResult, Localized>> = {
	InfoNoRecords: {
		en: 'The name exists but has no usable record: no MX, and no A/AAAA record for the host.',
		it: "Il nome esiste ma non ha record utilizzabili: nessun record MX né record A/AAAA per l'host."
	},
	ServerFailure: {
		en: 'The DNS servers for the domain failed to answer (SERVFAIL): a problem at the DNS host or in the delegation.',
		it: 'I server DNS del dominio non hanno saputo rispondere (SERVFAIL): un problema del provider DNS o della delega.'
	},
	NonExistentDomain: {
		en: 'The domain does not exist (NXDOMAIN): it is misspelled, or its registration has lapsed.',
		it: 'Il dominio non esiste (NXDOMAIN): è scritto male oppure la registrazione è scaduta.'
	},
	ErrorRetry: {
		en: 'A temporary DNS failure: the lookup did not complete and will be tried again.',
		it: 'Errore DNS temporaneo: la risoluzione non è stata completata e verrà ritentata.'
	}
};

/** The kinds of TLS failure the parser recognises. */
export const tlsKindTexts: Readonly<Record<TlsKind, Localized>> = {
	'subject-mismatch': {
		en: "The server's certificate does not carry the name the connector expects (subject or subject alternative names).",
		it: 'Il certificato del server non riporta il nome che il connettore si aspetta (soggetto o nomi alternativi del soggetto).'
	},
	expired: {
		en: "The server's certificate has expired.",
		it: 'Il certificato del server è scaduto.'
	},
	'starttls-required': {
		en: 'One side requires TLS and the session could not use it: the server demands STARTTLS, or the connector requires TLS and the server does not offer it.',
		it: 'Una delle due parti richiede TLS e la sessione non ha potuto usarlo: il server esige STARTTLS, oppure il connettore richiede TLS e il server non lo offre.'
	},
	'negotiation-failed': {
		en: 'The TLS handshake did not complete: protocol or cipher settings do not match, or the certificate was rejected during the handshake.',
		it: "L'handshake TLS non è andato a buon fine: versioni del protocollo o cifrari non compatibili, oppure il certificato è stato rifiutato durante la negoziazione."
	},
	untrusted: {
		en: 'The certificate is not trusted: its chain does not lead to a trusted authority, or it has been revoked.',
		it: "Il certificato non è attendibile: la catena non porta a un'autorità attendibile, oppure è stato revocato."
	},
	'no-credentials': {
		en: 'The server has no usable certificate to offer for TLS (missing, expired, or its private key cannot be read).',
		it: 'Il server non ha un certificato utilizzabile da presentare per TLS (assente, scaduto o con la chiave privata non leggibile).'
	}
};
