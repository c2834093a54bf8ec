/**
 * Neighbouring codes: Exchange Online and Exchange Server errors that an admin meets next to the
 * connector errors (facts §4), each with causes, ordered fixes and what to tell a partner.
 */
import { wording } from './wording';
import type { Entry, Localized } from '../../lib/catalog/types';

/** Partner advice for rejections decided by the other organisation's own filters or settings. */
const PARTNER_THEIR_POLICY: Localized = {
	en: 'The decision is made by their servers, so only their admins can change it. Send them the full NDR text (code, server names, date and time) and ask which rule or setting rejected the message.',
	it: "La decisione viene presa dai loro server, quindi solo i loro amministratori possono cambiarla. Invia loro il testo completo dell'NDR (codice, nomi dei server, data e ora) e chiedi quale regola o impostazione ha rifiutato il messaggio."
};

/** Partner advice for blocks that Microsoft applies to a sender outside your organisation. */
const PARTNER_MICROSOFT_BLOCK: Localized = {
	en: "If a partner's mail to you bounces with this code, the block is on their account, domain or IP, not in your tenant: they must fix it and ask Microsoft to lift it. Allowing them in your own policies does not override it.",
	it: 'Se la posta di un partner verso di te viene respinta con questo codice, il blocco riguarda il loro account, dominio o IP e non il tuo tenant: devono risolvere il problema e chiedere a Microsoft di rimuoverlo. Consentirli nei tuoi criteri non lo aggira.'
};

/** Partner advice for DANE failures: the destination domain's DNS and certificates are theirs. */
const PARTNER_DANE: Localized = {
	en: "The fix is on the destination's side: their DNS records and their mail server's certificate. Send them the code, their MX host name and the time of the failure; Exchange Online offers no setting to skip DANE for one domain.",
	it: "La correzione spetta alla destinazione: i loro record DNS e il certificato del loro server di posta. Invia loro il codice, il nome host MX e l'ora dell'errore; Exchange Online non ha un'impostazione per saltare DANE per un singolo dominio."
};

/** One of the four "sender not authenticated for …" rejections (5.7.133 to 5.7.136). */
interface SenderAuthTarget {
	readonly code: string;
	/** The resolver's status name, e.g. "RESOLVER.RST.SenderNotAuthenticatedForGroup". */
	readonly resolverName: string;
	/** What the recipient is: "group", "mailbox", … */
	readonly target: Localized;
	/** The same with a preposition, for symptom phrases: "to a group", "a un gruppo". */
	readonly toTarget: Localized;
	/** The cmdlet that holds RequireSenderAuthenticationEnabled for that kind of recipient. */
	readonly cmdlet: string;
	readonly related: readonly string[];
}

/**
 * Builds the entry for a recipient that accepts only authenticated (internal) senders: the same
 * two causes apply whatever the kind of recipient, only the object and its cmdlet change.
 */
function senderAuthEntry(spec: SenderAuthTarget): Entry {
	const id = `n-${spec.code.replaceAll('.', '-')}`;
	const { target } = spec;
	return {
		code: spec.code,
		reply: '550',
		kind: 'neighbour',
		title: {
			en: `Sender not authenticated for this ${target.en}`,
			it: `Mittente non autenticato per questo destinatario (${target.it})`
		},
		meaning: {
			en: `The recipient is a ${target.en} that accepts mail only from authenticated senders of its own organisation. This message arrived as external or anonymous, so Exchange Online rejected it.`,
			it: `Il destinatario (${target.it}) accetta posta solo da mittenti autenticati della propria organizzazione. Questo messaggio è arrivato come esterno o anonimo, quindi Exchange Online lo ha rifiutato.`
		},
		causes: [
			{
				id: `${id}-internal-only`,
				title: {
					en: 'External sender, recipient limited to internal senders',
					it: 'Mittente esterno, destinatario limitato ai mittenti interni'
				},
				detail: {
					en: `The ${target.en} has RequireSenderAuthenticationEnabled set to true (in the admin center: accepts messages only from people inside the organisation). Any external sender is refused.`,
					it: `Per il destinatario (${target.it}) RequireSenderAuthenticationEnabled è impostato su true (nell'interfaccia di amministrazione: accetta messaggi solo da persone interne all'organizzazione). Qualsiasi mittente esterno viene rifiutato.`
				},
				fix: [
					{
						text: {
							en: 'Confirm that this recipient should receive mail from outside. If not, the rejection is intended: tell the sender to use another address.',
							it: "Verifica se questo destinatario deve ricevere posta dall'esterno. Se no, il rifiuto è voluto: indica al mittente un altro indirizzo."
						}
					},
					{
						text: {
							en: `If it should, allow external senders in the recipient's delivery settings, or run ${spec.cmdlet} -Identity <recipient> -RequireSenderAuthenticationEnabled $false.`,
							it: `Se sì, consenti i mittenti esterni nelle impostazioni di recapito del destinatario, oppure esegui ${spec.cmdlet} -Identity <destinatario> -RequireSenderAuthenticationEnabled $false.`
						}
					}
				],
				verify: []
			},
			{
				id: `${id}-hybrid-anonymous`,
				title: {
					en: 'Internal mail arrives as anonymous (hybrid)',
					it: 'La posta interna arriva come anonima (ibrido)'
				},
				detail: {
					en: 'The sender is internal, on the on-premises side of a hybrid setup, but the message reached Exchange Online without being recognised as internal: it did not come through the hybrid connector, or the certificate the on-premises server presented does not match the inbound connector. Exchange Online then treats the sender as anonymous.',
					it: 'Il mittente è interno, sul lato locale di una configurazione ibrida, ma il messaggio è arrivato a Exchange Online senza essere riconosciuto come interno: non è passato dal connettore ibrido, oppure il certificato presentato dal server locale non corrisponde al connettore in ingresso. Exchange Online considera quindi il mittente anonimo.'
				},
				fix: [
					{
						text: {
							en: 'Check the message trace or headers: the message must arrive from your on-premises servers over TLS, through the connector the Hybrid Configuration Wizard created.',
							it: 'Controlla la traccia messaggi o le intestazioni: il messaggio deve arrivare dai server locali tramite TLS, attraverso il connettore creato dalla Configurazione guidata ibrida.'
						}
					},
					{
						text: {
							en: "Compare the certificate of the on-premises send connector with the inbound connector's TlsSenderCertificateName; after a certificate renewal, run the Hybrid Configuration Wizard again.",
							it: 'Confronta il certificato del connettore di invio locale con il valore TlsSenderCertificateName del connettore in ingresso; dopo un rinnovo del certificato, esegui di nuovo la Configurazione guidata ibrida.'
						},
						path: { en: 'Mail flow > Connectors', it: 'Flusso di posta > Connettori' },
						commands: ['get-exchange-certificate']
					}
				],
				verify: ['get-exchange-certificate']
			}
		],
		partner: {
			en: `If you are the sender and the ${target.en} belongs to a partner, only their admin can open it to external senders. Send them the NDR and ask whether external mail to that address is meant to be allowed.`,
			it: `Se sei tu il mittente e il destinatario (${target.it}) appartiene a un partner, solo il loro amministratore può aprirlo ai mittenti esterni. Invia loro l'NDR e chiedi se la posta esterna verso quell'indirizzo deve essere consentita.`
		},
		queued: false,
		aliases: [spec.resolverName],
		symptoms: {
			en: [
				`external sender cannot send ${spec.toTarget.en}`,
				'delivery restriction check failed',
				'sender not authenticated',
				'authentication required NDR'
			],
			it: [
				`mittente esterno non può scrivere ${spec.toTarget.it}`,
				'controllo restrizioni di recapito non riuscito',
				'mittente non autenticato',
				'autenticazione richiesta NDR'
			]
		},
		related: spec.related
	};
}

/** The neighbouring codes, transient (4.x.x) first, then permanent (5.x.x), each in code order. */
export const neighbourEntries: readonly Entry[] = [
	{
		code: '4.3.2',
		reply: '450',
		kind: 'neighbour',
		title: {
			en: 'Recipient mailbox busy: delivery thread limit',
			it: 'Cassetta postale del destinatario occupata: limite di thread di recapito'
		},
		meaning: {
			en: 'Exchange Online is already delivering as many messages to this mailbox at once as it allows, so it defers the extra ones. The sending server keeps them queued and tries again; the delay usually ends on its own within minutes.',
			it: 'Exchange Online sta già recapitando a questa cassetta postale il massimo di messaggi contemporanei consentito e rimanda quelli in più. Il server mittente li tiene in coda e riprova; di solito il ritardo si risolve da solo in pochi minuti.'
		},
		causes: [
			{
				id: 'n-4-3-2-burst-to-one-mailbox',
				title: {
					en: 'A burst of messages to one mailbox',
					it: 'Raffica di messaggi verso una sola cassetta postale'
				},
				detail: {
					en: 'An application, scanner, monitoring tool or journal rule sends many messages to the same mailbox at the same moment. Deliveries above the per-mailbox limit get 4.3.2 and wait for the next retry.',
					it: "Un'applicazione, uno scanner, uno strumento di monitoraggio o una regola di journaling invia molti messaggi alla stessa cassetta postale nello stesso momento. I recapiti oltre il limite per cassetta postale ricevono 4.3.2 e attendono il tentativo successivo."
				},
				fix: [
					{
						text: {
							en: 'Wait for the retries: deferred messages are normally delivered within minutes. Confirm in message trace that they arrive.',
							it: 'Attendi i nuovi tentativi: i messaggi rimandati vengono di norma recapitati in pochi minuti. Verifica nella traccia messaggi che arrivino.'
						}
					},
					{
						text: {
							en: 'If it keeps happening, find the source of the burst (message trace filtered on this recipient) and make it send in smaller batches or at a slower rate.',
							it: "Se si ripete, individua l'origine della raffica (traccia messaggi filtrata su questo destinatario) e fai in modo che invii a lotti più piccoli o più lentamente."
						}
					},
					{
						text: {
							en: 'For report or journal mailboxes with constant high volume, spread the traffic over several mailboxes.',
							it: 'Per cassette postali di report o di journaling con volume sempre alto, distribuisci il traffico su più cassette postali.'
						}
					}
				],
				verify: []
			}
		],
		partner: {
			en: 'If you get this when sending to a partner who also uses Exchange Online, their mailbox is the busy one. Your server retries by itself; if the delay lasts for hours, tell them which mailbox is affected and how much you send to it.',
			it: 'Se lo ricevi inviando a un partner che usa anche lui Exchange Online, la cassetta postale occupata è la loro. Il tuo server riprova da solo; se il ritardo dura ore, comunica loro quale cassetta postale è coinvolta e quanto traffico le invii.'
		},
		queued: true,
		aliases: ['STOREDRV; mailbox database thread limit exceeded', 'mailbox database thread limit'],
		symptoms: {
			en: [
				'mailbox database thread limit exceeded',
				'recipient thread limit exceeded',
				'messages to one mailbox delayed',
				'STOREDRV thread limit'
			],
			it: [
				'limite thread database cassetta postale superato',
				'messaggi verso una cassetta postale in ritardo',
				'errore STOREDRV limite thread',
				'recapito rimandato 4.3.2'
			]
		},
		related: ['4.4.7', '5.2.122']
	},
	{
		code: '4.4.0',
		reply: '451',
		kind: 'neighbour',
		title: {
			en: 'Network or routing problem (unspecified)',
			it: 'Problema di rete o di instradamento (non specificato)'
		},
		meaning: {
			en: 'A catch-all network code. Exchange Server uses it (often as "451 4.4.0") to wrap a more precise problem: a DNS lookup that failed, a remote server that dropped the connection, a failed TLS negotiation or an error returned by the next hop. The text after the code says which; the message stays queued and is retried.',
			it: 'Un codice di rete generico. Exchange Server lo usa (spesso come "451 4.4.0") per includere un problema più preciso: una ricerca DNS non riuscita, un server remoto che ha chiuso la connessione, una negoziazione TLS fallita o un errore restituito dal server successivo. Il testo dopo il codice indica quale; il messaggio resta in coda e viene ritentato.'
		},
		causes: [
			{
				id: 'n-4-4-0-dns-lookup-failed',
				title: {
					en: 'The next hop name does not resolve',
					it: 'Il nome del server successivo non viene risolto'
				},
				detail: {
					en: 'The text mentions "DNS query failed" or an SMTPSEND.DNS status: the sending server could not get the MX or the smart host address. Typical reasons: a typo in the smart host name, a record removed at the DNS host, or a server whose DNS client only knows internal zones.',
					it: 'Il testo cita "DNS query failed" o uno stato SMTPSEND.DNS: il server mittente non ha ottenuto il record MX o l\'indirizzo dello smart host. Motivi tipici: un errore di battitura nel nome dello smart host, un record eliminato presso il provider DNS o un server il cui client DNS conosce solo le zone interne.'
				},
				fix: [
					{
						text: {
							en: 'Resolve the MX or smart host name from the sending server itself, not from your workstation.',
							it: 'Risolvi il nome MX o dello smart host dal server mittente stesso, non dalla tua postazione.'
						},
						commands: ['resolve-mx', 'resolve-host']
					},
					{
						text: {
							en: 'Correct the record at the DNS host or the smart host in the send connector; if only this server fails, fix its DNS servers (they must resolve public names).',
							it: 'Correggi il record presso il provider DNS o lo smart host nel connettore di invio; se fallisce solo questo server, correggi i suoi server DNS (devono risolvere i nomi pubblici).'
						}
					}
				],
				verify: ['resolve-mx', 'resolve-host', 'nslookup-mx']
			},
			{
				id: 'n-4-4-0-remote-disconnected',
				title: {
					en: 'The remote server dropped the connection',
					it: 'Il server remoto ha chiuso la connessione'
				},
				detail: {
					en: 'The text says the remote server "disconnected abruptly" (SMTPSEND.SuspiciousRemoteServerError). Usual suspects: a firewall doing SMTP inspection, an overloaded or crashing server, or an unstable link. Exchange waits longer before the next retry.',
					it: 'Il testo indica che il server remoto si è "disconnesso bruscamente" (SMTPSEND.SuspiciousRemoteServerError). Cause abituali: un firewall con ispezione SMTP, un server sovraccarico o che si blocca, oppure un collegamento instabile. Exchange attende più a lungo prima del tentativo successivo.'
				},
				fix: [
					{
						text: {
							en: 'Check the queue for the last error and the remote IP, then test port 25 towards it.',
							it: "Controlla nella coda l'ultimo errore e l'IP remoto, poi verifica la porta 25 verso di esso."
						},
						commands: ['get-queue', 'test-port-25']
					},
					{
						text: {
							en: 'Turn off SMTP inspection (fixup) on firewalls in the path and check the health of the receiving server.',
							it: "Disattiva l'ispezione SMTP (fixup) sui firewall lungo il percorso e controlla lo stato del server ricevente."
						}
					}
				],
				verify: ['get-queue', 'test-port-25']
			},
			{
				id: 'n-4-4-0-next-hop-replied-error',
				title: {
					en: 'The next hop answered with its own error',
					it: 'Il server successivo ha risposto con un proprio errore'
				},
				detail: {
					en: 'Texts such as "Primary target IP address responded with: …" or "Target host responded with error" carry the real reply of the next server after the colon or the arrow, for example a 421 timeout or a TLS failure.',
					it: 'Testi come "Primary target IP address responded with: …" o "Target host responded with error" riportano dopo i due punti o la freccia la vera risposta del server successivo, per esempio un timeout 421 o un errore TLS.'
				},
				fix: [
					{
						text: {
							en: 'Read the inner code and reply text and look that code up: it names the actual problem.',
							it: 'Leggi il codice e il testo interni e cerca quel codice: indica il problema reale.'
						}
					},
					{
						text: {
							en: "Fix it on the server that produced it (yours, your provider's or the partner's).",
							it: 'Correggilo sul server che lo ha generato (tuo, del provider o del partner).'
						}
					}
				],
				verify: ['get-queue']
			}
		],
		partner: {
			en: "When the next hop is a partner's server, send them the inner error text, the IP that was tried and the time: the disconnect or the reply comes from their side.",
			it: "Quando il server successivo è di un partner, invia loro il testo dell'errore interno, l'IP contattato e l'ora: la disconnessione o la risposta arriva dal loro lato."
		},
		queued: true,
		aliases: [
			'5.4.0',
			'Primary target IP address responded with',
			'Attempted failover to alternate host, but that did not succeed',
			'4.4.395 Target host responded with error'
		],
		symptoms: {
			en: [
				'451 4.4.0 in the queue',
				'primary target IP address responded with',
				'attempted failover to alternate host',
				'remote server disconnected abruptly',
				'exchange queue retry 4.4.0'
			],
			it: [
				'451 4.4.0 nella coda',
				'coda di Exchange in riprova con 4.4.0',
				'server remoto disconnesso bruscamente',
				'failover verso host alternativo non riuscito'
			]
		},
		related: ['4.4.1', '4.4.7', '4.4.312', '4.4.317', '4.4.318']
	},
	{
		code: '4.4.1',
		reply: '450',
		kind: 'neighbour',
		title: {
			en: 'No answer from the destination server (connection timed out)',
			it: 'Nessuna risposta dal server di destinazione (connessione scaduta)'
		},
		meaning: {
			en: 'The sending server tried to open a connection to port 25 of the next hop and got no answer in time. Exchange Server reports it with "Winsock error code: 10060"; the message stays queued and is retried until it expires (then 4.4.7). For Exchange Online connectors the same situation is 4.4.315.',
			it: 'Il server mittente ha tentato di aprire una connessione verso la porta 25 del server successivo senza ricevere risposta in tempo. Exchange Server lo segnala con "Winsock error code: 10060"; il messaggio resta in coda e viene ritentato fino alla scadenza (poi 4.4.7). Per i connettori di Exchange Online la stessa situazione è 4.4.315.'
		},
		causes: [
			{
				id: 'n-4-4-1-destination-down',
				title: {
					en: 'Destination server down or not listening',
					it: 'Server di destinazione spento o non in ascolto'
				},
				detail: {
					en: 'The server at the IP shown in the error is off, hung, or its SMTP service is stopped, so nothing answers on port 25.',
					it: "Il server all'IP indicato nell'errore è spento, bloccato o ha il servizio SMTP fermo, quindi nessuno risponde sulla porta 25."
				},
				fix: [
					{
						text: {
							en: 'Test port 25 of the IP in the error from the sending side.',
							it: "Verifica la porta 25 dell'IP indicato nell'errore dal lato del mittente."
						},
						commands: ['test-port-25', 'nc-port-25']
					},
					{
						text: {
							en: 'If you own the destination, start the transport service and check its receive connector bindings; otherwise alert its admins.',
							it: 'Se la destinazione è tua, avvia il servizio di trasporto e controlla le associazioni del connettore di ricezione; altrimenti avvisa i suoi amministratori.'
						}
					}
				],
				verify: ['test-port-25', 'nc-port-25']
			},
			{
				id: 'n-4-4-1-port-25-blocked',
				title: {
					en: 'A firewall silently drops port 25',
					it: 'Un firewall scarta in silenzio la porta 25'
				},
				detail: {
					en: "A timeout, unlike a refusal, means packets vanish on the way: the sender's outbound firewall, the destination's inbound firewall, or an internet provider that blocks outbound port 25.",
					it: 'Un timeout, a differenza di un rifiuto, indica che i pacchetti si perdono lungo il percorso: il firewall in uscita del mittente, il firewall in ingresso della destinazione o un provider che blocca la porta 25 in uscita.'
				},
				fix: [
					{
						text: {
							en: 'Test port 25 from the sending server and from a host outside both networks to see which side drops it.',
							it: 'Verifica la porta 25 dal server mittente e da un host esterno a entrambe le reti per capire quale lato la blocca.'
						},
						commands: ['test-port-25', 'nc-port-25']
					},
					{
						text: {
							en: 'Open TCP 25 on the blocking firewall, or ask the provider to unblock outbound port 25 (or relay through a smart host).',
							it: 'Apri la porta TCP 25 sul firewall che blocca, oppure chiedi al provider di sbloccare la porta 25 in uscita (o inoltra tramite uno smart host).'
						}
					}
				],
				verify: ['test-port-25', 'nc-port-25']
			},
			{
				id: 'n-4-4-1-stale-address',
				title: {
					en: 'DNS or smart host points to an old address',
					it: 'DNS o smart host puntano a un indirizzo vecchio'
				},
				detail: {
					en: 'The IP in the error (the "last endpoint attempted") is an old public IP or a private address that the sender cannot reach: the MX, the A record or the smart host of the send connector was not updated.',
					it: "L'IP nell'errore (l'ultimo endpoint tentato) è un vecchio IP pubblico o un indirizzo privato non raggiungibile dal mittente: il record MX, il record A o lo smart host del connettore di invio non sono stati aggiornati."
				},
				fix: [
					{
						text: {
							en: 'Compare the IP in the error with what the MX and host names resolve to now.',
							it: "Confronta l'IP nell'errore con quello a cui risolvono ora i nomi MX e host."
						},
						commands: ['resolve-mx', 'resolve-host', 'get-queue']
					},
					{
						text: {
							en: 'Correct the DNS record or the smart host in the send connector, then retry the queue (Retry-Queue).',
							it: 'Correggi il record DNS o lo smart host nel connettore di invio, poi ritenta la coda (Retry-Queue).'
						}
					}
				],
				verify: ['resolve-mx', 'resolve-host', 'get-queue']
			}
		],
		partner: {
			en: "If the destination is a partner's server, check first that port 25 leaves your network; then send them the IP you tried and the time, and ask them to check their firewall and server.",
			it: "Se la destinazione è un server di un partner, verifica prima che la porta 25 esca dalla tua rete; poi invia loro l'IP contattato e l'ora e chiedi di controllare il loro firewall e il server."
		},
		queued: true,
		aliases: [
			'Failed to connect. Winsock error code: 10060',
			'Win32 error code: 10060',
			'421 4.4.1 Connection timed out',
			'Error encountered while communicating with primary target IP address'
		],
		symptoms: {
			en: [
				'winsock error 10060',
				'connection timed out exchange queue',
				'441 4.4.1 error communicating with primary target',
				'exchange cannot connect to remote server port 25',
				'messages stuck in queue timed out'
			],
			it: [
				'errore winsock 10060',
				'connessione scaduta nella coda di Exchange',
				'Exchange non si connette al server remoto sulla porta 25',
				'messaggi bloccati in coda per timeout'
			]
		},
		related: ['4.4.315', '4.4.316', '4.4.0', '4.4.7']
	},
	{
		code: '4.4.7',
		reply: '450',
		kind: 'neighbour',
		title: {
			en: 'Message expired in the queue',
			it: 'Messaggio scaduto in coda'
		},
		meaning: {
			en: 'The server held the message and retried until its expiry time ran out (Exchange Online: about 24 hours, older tenants up to 48; Exchange Server: 2 days by default), then gave up and sent the NDR. Retries are over: fix the cause and send the message again. The cause is in the errors of the earlier attempts.',
			it: "Il server ha tenuto il messaggio in coda e ha riprovato fino alla scadenza (Exchange Online: circa 24 ore, tenant meno recenti fino a 48; Exchange Server: 2 giorni per impostazione predefinita), poi ha rinunciato e ha inviato l'NDR. I tentativi sono finiti: risolvi la causa e invia di nuovo il messaggio. La causa è negli errori dei tentativi precedenti."
		},
		causes: [
			{
				id: 'n-4-4-7-destination-unreachable',
				title: {
					en: 'The destination could not be reached during the whole period',
					it: 'La destinazione non è stata raggiungibile per tutto il periodo'
				},
				detail: {
					en: 'Every attempt failed to connect: server down, port 25 blocked, or DNS pointing to a dead address. The NDR or the queue history shows the earlier errors, such as 4.4.1, Winsock 10060 or a 4.4.31x code.',
					it: "Ogni tentativo di connessione è fallito: server spento, porta 25 bloccata o DNS che punta a un indirizzo non attivo. L'NDR o la cronologia della coda mostrano gli errori precedenti, come 4.4.1, Winsock 10060 o un codice 4.4.31x."
				},
				fix: [
					{
						text: {
							en: 'Find the error of the failed attempts: message trace "Defer" events in Exchange Online, LastError of the queue in Exchange Server.',
							it: 'Trova l\'errore dei tentativi falliti: eventi "Defer" della traccia messaggi in Exchange Online, LastError della coda in Exchange Server.'
						},
						commands: ['get-queue']
					},
					{
						text: {
							en: 'Check the MX and port 25 of the destination, fix what fails, then send the message again.',
							it: 'Controlla il record MX e la porta 25 della destinazione, correggi ciò che non funziona, poi invia di nuovo il messaggio.'
						},
						commands: ['resolve-mx', 'test-port-25']
					}
				],
				verify: ['resolve-mx', 'test-port-25', 'get-queue']
			},
			{
				id: 'n-4-4-7-remote-kept-deferring',
				title: {
					en: 'The destination kept answering "try later"',
					it: 'La destinazione ha continuato a rispondere "riprova più tardi"'
				},
				detail: {
					en: 'The connection worked, but every attempt got a temporary 4xx reply: greylisting that never clears, rate limiting, a full disk or a busy server on the receiving side.',
					it: 'La connessione funzionava, ma ogni tentativo ha ricevuto una risposta temporanea 4xx: greylisting che non si sblocca mai, limitazione di frequenza, disco pieno o server occupato sul lato ricevente.'
				},
				fix: [
					{
						text: {
							en: "Read the remote 4xx reply in the queue or message trace and act on it (or pass it to the destination's admins).",
							it: 'Leggi la risposta 4xx remota nella coda o nella traccia messaggi e agisci di conseguenza (o passala agli amministratori della destinazione).'
						},
						commands: ['get-queue']
					}
				],
				verify: ['get-queue']
			}
		],
		partner: {
			en: 'If the destination is a partner, give them the last error and the times of the attempts; until their server accepts connections or stops deferring, every new message will expire too.',
			it: "Se la destinazione è un partner, fornisci loro l'ultimo errore e gli orari dei tentativi; finché il loro server non accetta connessioni o non smette di rimandare, anche ogni nuovo messaggio scadrà."
		},
		queued: false,
		aliases: ['QUEUE.Expired; message expired', 'QUEUE.Expired', '5.4.7'],
		symptoms: {
			en: [
				'message expired NDR',
				'QUEUE.Expired',
				'550 4.4.7 message expired',
				'delivery gave up after 2 days',
				'retry time expired'
			],
			it: [
				'messaggio scaduto NDR',
				'QUEUE.Expired',
				'recapito abbandonato dopo 2 giorni',
				'tempo di riprova scaduto'
			]
		},
		related: ['4.4.1', '5.4.300', '4.4.312', '4.4.315', '4.4.316', '4.4.317', '4.4.318']
	},
	{
		code: '4.5.3',
		reply: '450',
		kind: 'neighbour',
		title: {
			en: 'Too many recipients in one transaction',
			it: 'Troppi destinatari in una sola transazione'
		},
		meaning: {
			en: 'The receiving server accepted only part of the recipients offered in one SMTP transaction and deferred the rest. A standard sending server delivers the remaining recipients in a new transaction, so the message is late for some people, not lost.',
			it: 'Il server ricevente ha accettato solo una parte dei destinatari proposti in una transazione SMTP e ha rimandato gli altri. Un server mittente standard recapita i destinatari rimanenti in una nuova transazione, quindi per alcuni il messaggio arriva in ritardo ma non si perde.'
		},
		causes: [
			{
				id: 'n-4-5-3-recipient-limit',
				title: {
					en: 'More RCPT TO than the receiver takes at once',
					it: 'Più RCPT TO di quanti il ricevente ne accetti in una volta'
				},
				detail: {
					en: 'A bulk-mail application, a large distribution list or a script puts a very long recipient list in a single transaction, over the limit of the receiving side.',
					it: "Un'applicazione di invio massivo, una grande lista di distribuzione o uno script inserisce un elenco di destinatari molto lungo in una sola transazione, oltre il limite del lato ricevente."
				},
				fix: [
					{
						text: {
							en: 'Let the sending server retry, then check in message trace that every recipient got the message.',
							it: 'Lascia che il server mittente riprovi, poi verifica nella traccia messaggi che ogni destinatario abbia ricevuto il messaggio.'
						}
					},
					{
						text: {
							en: 'If an application sends, lower its recipients per message (batches) or send to a distribution group instead.',
							it: "Se invia un'applicazione, riduci i destinatari per messaggio (a lotti) oppure invia a un gruppo di distribuzione."
						}
					},
					{
						text: {
							en: 'If the application does not retry deferred recipients, fix it or relay it through a server that does.',
							it: "Se l'applicazione non ritenta i destinatari rimandati, correggila o falla passare da un server che lo fa."
						}
					}
				],
				verify: []
			}
		],
		partner: {
			en: "If a partner's server defers your recipients, your server will send the rest on its own; only if some never arrive, ask them what recipient limit per transaction they apply.",
			it: 'Se il server di un partner rimanda i tuoi destinatari, il tuo server invierà da solo quelli rimanenti; solo se alcuni non arrivano mai, chiedi loro quale limite di destinatari per transazione applicano.'
		},
		queued: true,
		aliases: ['Too many recipients', '5.5.3'],
		symptoms: {
			en: [
				'too many recipients',
				'452 4.5.3',
				'some recipients did not get the message',
				'recipient limit per message'
			],
			it: [
				'troppi destinatari',
				'alcuni destinatari non hanno ricevuto il messaggio',
				'limite destinatari per messaggio',
				'452 4.5.3'
			]
		},
		related: ['5.1.90', '5.2.2']
	},
	{
		code: '4.7.26',
		reply: '450',
		kind: 'neighbour',
		title: {
			en: 'Message over IPv6 must pass SPF or DKIM',
			it: 'Messaggio via IPv6: deve superare SPF o DKIM'
		},
		meaning: {
			en: "Microsoft's servers took the connection over IPv6 but deferred the message because it passed neither SPF nor DKIM for the sender's domain. Over IPv6 Exchange Online requires at least one of the two.",
			it: 'I server Microsoft hanno accettato la connessione via IPv6 ma hanno rimandato il messaggio perché non supera né SPF né DKIM per il dominio del mittente. Via IPv6 Exchange Online richiede almeno uno dei due.'
		},
		causes: [
			{
				id: 'n-4-7-26-ipv6-unauthenticated',
				title: {
					en: 'IPv6 sending address not in SPF and no DKIM signature',
					it: 'Indirizzo IPv6 mittente assente da SPF e nessuna firma DKIM'
				},
				detail: {
					en: "The sender domain's SPF record lists only IPv4 addresses (or does not exist) and the server does not sign with DKIM. The same message over IPv4 would be accepted.",
					it: 'Il record SPF del dominio mittente elenca solo indirizzi IPv4 (o non esiste) e il server non firma con DKIM. Lo stesso messaggio via IPv4 verrebbe accettato.'
				},
				fix: [
					{
						text: {
							en: 'Add the IPv6 addresses or ranges of your sending servers to the SPF record (ip6: mechanism).',
							it: 'Aggiungi al record SPF gli indirizzi o gli intervalli IPv6 dei server mittenti (meccanismo ip6:).'
						}
					},
					{
						text: {
							en: 'Turn on DKIM signing for the domain on the sending system.',
							it: 'Attiva la firma DKIM per il dominio sul sistema mittente.'
						}
					},
					{
						text: {
							en: 'As a stopgap, make the sending server deliver over IPv4.',
							it: 'Come soluzione temporanea, fai in modo che il server mittente recapiti via IPv4.'
						}
					}
				],
				verify: []
			}
		],
		partner: {
			en: "If a partner's mail to you is deferred with this code, they must add their IPv6 sending addresses to SPF or sign with DKIM; there is no safe way to let it through from your side.",
			it: 'Se la posta di un partner verso di te viene rimandata con questo codice, devono aggiungere a SPF i loro indirizzi IPv6 di invio o firmare con DKIM; dal tuo lato non esiste un modo sicuro per farla passare.'
		},
		queued: true,
		aliases: ['must pass either SPF or DKIM validation', 'message sent over IPv6'],
		symptoms: {
			en: [
				'IPv6 must pass SPF or DKIM',
				'mail over IPv6 deferred by Outlook',
				'450 4.7.26 access denied IPv6',
				'SPF missing ip6'
			],
			it: [
				'IPv6 deve superare SPF o DKIM',
				'posta via IPv6 rimandata da Microsoft',
				'SPF senza ip6',
				'450 4.7.26 accesso negato IPv6'
			]
		},
		related: ['5.7.25', '5.7.23', '5.7.508', '5.7.510']
	},
	{
		code: '4.7.321',
		reply: '450',
		kind: 'neighbour',
		title: {
			en: 'Destination does not offer STARTTLS (DANE)',
			it: 'La destinazione non offre STARTTLS (DANE)'
		},
		meaning: {
			en: 'The destination domain publishes DANE records (TLSA, signed with DNSSEC), which oblige Exchange Online to deliver over TLS, but the receiving server did not offer STARTTLS. Exchange Online will not fall back to an unencrypted session: it retries, and the final NDR carries 5.7.321.',
			it: "Il dominio di destinazione pubblica record DANE (TLSA, firmati con DNSSEC) che obbligano Exchange Online a recapitare tramite TLS, ma il server ricevente non ha offerto STARTTLS. Exchange Online non ripiega su una sessione non crittografata: riprova e l'NDR finale riporta 5.7.321."
		},
		causes: [
			{
				id: 'n-4-7-321-starttls-missing',
				title: {
					en: 'STARTTLS turned off or stripped on the receiving side',
					it: 'STARTTLS disattivato o rimosso sul lato ricevente'
				},
				detail: {
					en: 'TLS is disabled on the receiving server, its certificate is no longer bound to SMTP, or a firewall or SMTP proxy removes STARTTLS from the EHLO reply.',
					it: 'TLS è disattivato sul server ricevente, il suo certificato non è più associato a SMTP, oppure un firewall o un proxy SMTP rimuove STARTTLS dalla risposta EHLO.'
				},
				fix: [
					{
						text: {
							en: 'Connect to port 25 of the MX host and check that the EHLO reply lists STARTTLS and that the TLS handshake completes.',
							it: "Collegati alla porta 25 dell'host MX e verifica che la risposta EHLO elenchi STARTTLS e che l'handshake TLS vada a buon fine."
						},
						commands: ['resolve-mx', 'openssl-starttls']
					},
					{
						text: {
							en: 'Enable TLS on the receive connector with a valid certificate, and turn off SMTP inspection that hides STARTTLS.',
							it: "Attiva TLS sul connettore di ricezione con un certificato valido e disattiva l'ispezione SMTP che nasconde STARTTLS."
						}
					},
					{
						text: {
							en: 'If TLS cannot be restored soon, the domain owner can remove the TLSA records (senders then stop requiring TLS) and add them back once it works.',
							it: 'Se TLS non può essere ripristinato a breve, il titolare del dominio può rimuovere i record TLSA (i mittenti smettono di richiedere TLS) e ripubblicarli quando funziona.'
						}
					}
				],
				verify: ['openssl-starttls', 'test-port-25']
			}
		],
		partner: PARTNER_DANE,
		queued: true,
		aliases: ['5.7.321', 'starttls-not-supported', 'must support TLS to receive mail'],
		symptoms: {
			en: [
				'starttls-not-supported',
				'DANE STARTTLS not supported',
				'destination must support TLS',
				'5.7.321 NDR'
			],
			it: [
				'starttls-not-supported',
				'DANE STARTTLS non supportato',
				'la destinazione deve supportare TLS',
				'NDR 5.7.321'
			]
		},
		related: ['4.7.322', '4.7.323', '4.7.324', '4.7.325', '4.4.317', '4.7.320']
	},
	{
		code: '4.7.322',
		reply: '450',
		kind: 'neighbour',
		title: {
			en: 'Destination certificate expired (DANE)',
			it: 'Certificato della destinazione scaduto (DANE)'
		},
		meaning: {
			en: 'The destination domain enforces DANE and its receiving server presented a certificate whose validity has ended. Exchange Online refuses to deliver over it, retries, and the final NDR carries 5.7.322.',
			it: "Il dominio di destinazione applica DANE e il suo server ricevente ha presentato un certificato scaduto. Exchange Online rifiuta di recapitare, riprova e l'NDR finale riporta 5.7.322."
		},
		causes: [
			{
				id: 'n-4-7-322-certificate-expired',
				title: {
					en: 'Certificate not renewed in time',
					it: 'Certificato non rinnovato in tempo'
				},
				detail: {
					en: 'The certificate bound to SMTP on the MX host passed its notAfter date, or it was renewed but the old one is still the one in use.',
					it: "Il certificato associato a SMTP sull'host MX ha superato la data notAfter, oppure è stato rinnovato ma è ancora in uso quello vecchio."
				},
				fix: [
					{
						text: {
							en: 'Read the notAfter date of the certificate the MX host presents.',
							it: "Leggi la data notAfter del certificato presentato dall'host MX."
						},
						commands: ['openssl-starttls', 'get-exchange-certificate']
					},
					{
						text: {
							en: 'Install the renewed certificate and bind it to SMTP (Enable-ExchangeCertificate -Services SMTP on Exchange Server).',
							it: 'Installa il certificato rinnovato e associalo a SMTP (Enable-ExchangeCertificate -Services SMTP su Exchange Server).'
						}
					},
					{
						text: {
							en: 'If the TLSA record pins the certificate or its key, publish the record for the new one before switching, and keep both until the TTL has passed.',
							it: 'Se il record TLSA vincola il certificato o la sua chiave, pubblica il record per quello nuovo prima della sostituzione e mantieni entrambi finché non è trascorso il TTL.'
						}
					}
				],
				verify: ['openssl-starttls', 'get-exchange-certificate']
			}
		],
		partner: PARTNER_DANE,
		queued: true,
		aliases: ['5.7.322', 'certificate-expired'],
		symptoms: {
			en: [
				'certificate-expired DANE',
				'destination server certificate expired',
				'5.7.322 NDR',
				'TLS certificate expired on MX'
			],
			it: [
				'certificate-expired DANE',
				'certificato del server di destinazione scaduto',
				'NDR 5.7.322',
				'certificato TLS scaduto sul server MX'
			]
		},
		related: ['4.7.321', '4.7.323', '4.7.325', '4.7.320']
	},
	{
		code: '4.7.323',
		reply: '450',
		kind: 'neighbour',
		title: {
			en: 'DANE validation failed (TLSA mismatch)',
			it: 'Convalida DANE non riuscita (TLSA non corrispondente)'
		},
		meaning: {
			en: "The certificate presented by the destination's MX host matches none of the TLSA records published for it, so DANE validation fails. Exchange Online retries; the final NDR carries 5.7.323.",
			it: "Il certificato presentato dall'host MX della destinazione non corrisponde a nessuno dei record TLSA pubblicati, quindi la convalida DANE fallisce. Exchange Online riprova; l'NDR finale riporta 5.7.323."
		},
		causes: [
			{
				id: 'n-4-7-323-certificate-rotated',
				title: {
					en: 'Certificate or key changed, TLSA not updated',
					it: 'Certificato o chiave cambiati, TLSA non aggiornato'
				},
				detail: {
					en: 'The server got a new certificate (often an automatic renewal with a new key) while the TLSA record still holds the hash of the old one.',
					it: "Il server ha ricevuto un nuovo certificato (spesso un rinnovo automatico con nuova chiave) mentre il record TLSA contiene ancora l'hash di quello vecchio."
				},
				fix: [
					{
						text: {
							en: 'Compute the hash of the certificate or public key now in use and publish it as a TLSA record at _25._tcp.<MX host>.',
							it: "Calcola l'hash del certificato o della chiave pubblica ora in uso e pubblicalo come record TLSA in _25._tcp.<host MX>."
						},
						commands: ['openssl-starttls']
					},
					{
						text: {
							en: 'For future renewals, publish the new TLSA record next to the old one before the switch, and remove the old one after the TTL.',
							it: 'Per i rinnovi futuri, pubblica il nuovo record TLSA accanto al vecchio prima della sostituzione e rimuovi il vecchio dopo il TTL.'
						}
					}
				],
				verify: ['openssl-starttls']
			},
			{
				id: 'n-4-7-323-tlsa-record-wrong',
				title: {
					en: 'TLSA record malformed or at the wrong name',
					it: 'Record TLSA non valido o con il nome sbagliato'
				},
				detail: {
					en: 'The record is not under _25._tcp.<MX host name>, or its usage, selector or matching type does not fit the hash it carries, or the hash has a typo.',
					it: "Il record non si trova sotto _25._tcp.<nome host MX>, oppure usage, selector o matching type non corrispondono all'hash contenuto, oppure l'hash contiene un errore."
				},
				fix: [
					{
						text: {
							en: 'Find the MX host names, then query their TLSA records (dig TLSA _25._tcp.<MX host>) and check them with a DANE testing tool.',
							it: 'Individua i nomi host MX, poi interroga i loro record TLSA (dig TLSA _25._tcp.<host MX>) e verificali con uno strumento di test DANE.'
						},
						commands: ['dig-mx']
					},
					{
						text: {
							en: 'Correct the record at the DNS host and wait for the TTL before testing again.',
							it: 'Correggi il record presso il provider DNS e attendi il TTL prima di ripetere il test.'
						}
					}
				],
				verify: ['dig-mx']
			}
		],
		partner: PARTNER_DANE,
		queued: true,
		aliases: ['5.7.323', 'tlsa-invalid', 'failed DANE validation'],
		symptoms: {
			en: ['tlsa-invalid', 'DANE validation failed', 'TLSA record mismatch', '5.7.323 NDR'],
			it: [
				'tlsa-invalid',
				'convalida DANE non riuscita',
				'record TLSA non corrispondente',
				'NDR 5.7.323'
			]
		},
		related: ['4.7.321', '4.7.322', '4.7.324', '4.7.325', '4.7.320']
	},
	{
		code: '4.7.324',
		reply: '450',
		kind: 'neighbour',
		title: {
			en: 'Destination DNSSEC records invalid',
			it: 'Record DNSSEC della destinazione non validi'
		},
		meaning: {
			en: "The destination domain's DNS answers failed DNSSEC validation (expired signatures, a broken chain of trust), so Exchange Online cannot trust its MX or TLSA records and does not deliver. It retries; the final NDR carries 5.7.324.",
			it: "Le risposte DNS del dominio di destinazione non superano la convalida DNSSEC (firme scadute, catena di fiducia interrotta), quindi Exchange Online non può fidarsi dei suoi record MX o TLSA e non recapita. Riprova; l'NDR finale riporta 5.7.324."
		},
		causes: [
			{
				id: 'n-4-7-324-broken-chain',
				title: {
					en: 'Broken DNSSEC chain after a key rollover or DNS move',
					it: 'Catena DNSSEC interrotta dopo un cambio di chiavi o di provider DNS'
				},
				detail: {
					en: 'The DS record at the registrar no longer matches the keys of the zone (new DNS provider, key rollover), or the zone signatures expired because re-signing stopped.',
					it: 'Il record DS presso il registrar non corrisponde più alle chiavi della zona (nuovo provider DNS, cambio di chiavi), oppure le firme della zona sono scadute perché la rifirma si è interrotta.'
				},
				fix: [
					{
						text: {
							en: 'Test the domain with a DNSSEC analyser (for example DNSViz) to see where the chain breaks.',
							it: 'Analizza il dominio con uno strumento DNSSEC (per esempio DNSViz) per vedere dove si interrompe la catena.'
						},
						commands: ['dig-mx', 'whois-domain']
					},
					{
						text: {
							en: 'Publish the correct DS record at the registrar or get the zone re-signed by the DNS host.',
							it: 'Pubblica il record DS corretto presso il registrar o fai rifirmare la zona dal provider DNS.'
						}
					},
					{
						text: {
							en: 'If it cannot be fixed quickly, remove the DS record at the registrar (this turns DNSSEC and DANE off) and wait for its TTL.',
							it: 'Se non si può correggere a breve, rimuovi il record DS presso il registrar (questo disattiva DNSSEC e DANE) e attendi il suo TTL.'
						}
					}
				],
				verify: ['dig-mx', 'whois-domain']
			}
		],
		partner: PARTNER_DANE,
		queued: true,
		aliases: ['5.7.324', 'dnssec-invalid'],
		symptoms: {
			en: [
				'dnssec-invalid',
				'DNSSEC validation failed for destination',
				'DS record mismatch',
				'5.7.324 NDR'
			],
			it: [
				'dnssec-invalid',
				'convalida DNSSEC non riuscita per la destinazione',
				'record DS non corrispondente',
				'NDR 5.7.324'
			]
		},
		related: ['4.7.321', '4.7.323', '4.4.312']
	},
	{
		code: '4.7.325',
		reply: '450',
		kind: 'neighbour',
		title: {
			en: 'Destination certificate does not match the host name (DANE)',
			it: 'Il certificato della destinazione non corrisponde al nome host (DANE)'
		},
		meaning: {
			en: 'With DANE in force, the certificate presented by the receiving server has no common name or subject alternative name equal to the MX host name Exchange Online connected to. Exchange Online retries; the final NDR carries 5.7.325.',
			it: "Con DANE attivo, il certificato presentato dal server ricevente non ha un nome comune o un nome alternativo del soggetto uguale al nome host MX a cui Exchange Online si è collegato. Exchange Online riprova; l'NDR finale riporta 5.7.325."
		},
		causes: [
			{
				id: 'n-4-7-325-name-mismatch',
				title: {
					en: 'Certificate issued for another name',
					it: 'Certificato emesso per un altro nome'
				},
				detail: {
					en: "The MX points to, say, mail.example.com, but the certificate names only an internal server name, an old domain or the hosting provider's default host.",
					it: "Il record MX punta per esempio a mail.example.com, ma il certificato riporta solo un nome di server interno, un vecchio dominio o l'host predefinito del provider."
				},
				fix: [
					{
						text: {
							en: 'List the names in the certificate the MX host presents and compare them with the MX host name.',
							it: "Elenca i nomi nel certificato presentato dall'host MX e confrontali con il nome host MX."
						},
						commands: ['resolve-mx', 'openssl-starttls']
					},
					{
						text: {
							en: 'Get a certificate that includes the MX host name and bind it to SMTP, or point the MX to a name the certificate covers.',
							it: 'Ottieni un certificato che includa il nome host MX e associalo a SMTP, oppure fai puntare il record MX a un nome coperto dal certificato.'
						},
						commands: ['get-exchange-certificate']
					}
				],
				verify: ['openssl-starttls', 'resolve-mx', 'get-exchange-certificate']
			}
		],
		partner: PARTNER_DANE,
		queued: true,
		aliases: ['5.7.325', 'certificate-host-mismatch'],
		symptoms: {
			en: [
				'certificate-host-mismatch',
				'certificate name does not match MX',
				'subject alternative name mismatch DANE',
				'5.7.325 NDR'
			],
			it: [
				'certificate-host-mismatch',
				'nome del certificato diverso dal record MX',
				'nome alternativo del soggetto non corrispondente',
				'NDR 5.7.325'
			]
		},
		related: ['4.7.320', '4.7.321', '4.7.322', '4.7.323']
	},
	{
		code: '4.7.500',
		reply: '451',
		kind: 'neighbour',
		title: {
			en: 'Access denied for now: try again later',
			it: 'Accesso negato per ora: riprova più tardi'
		},
		meaning: {
			en: "Microsoft's servers saw suspicious traffic from the sending IP and defer its mail while they evaluate it. The same answer covers every code from 4.7.500 to 4.7.699 and from 4.7.850 to 4.7.899 (4.7.650, a reputation throttle, has its own entry). The sending server keeps retrying.",
			it: "I server Microsoft hanno rilevato traffico sospetto dall'IP mittente e ne rimandano la posta mentre lo valutano. La stessa risposta vale per tutti i codici da 4.7.500 a 4.7.699 e da 4.7.850 a 4.7.899 (4.7.650, una limitazione per reputazione, ha una voce propria). Il server mittente continua a riprovare."
		},
		causes: [
			{
				id: 'n-4-7-500-suspicious-ip',
				title: {
					en: 'New or spiking IP, or spam-like traffic',
					it: 'IP nuovo o con picchi, oppure traffico simile a spam'
				},
				detail: {
					en: 'A new sending IP, a sudden jump in volume, many messages to addresses that do not exist, or content that looks like spam puts the IP under a temporary restriction.',
					it: "Un IP di invio nuovo, un aumento improvviso del volume, molti messaggi verso indirizzi inesistenti o contenuti simili a spam fanno scattare una restrizione temporanea sull'IP."
				},
				fix: [
					{
						text: {
							en: 'Let the sending server keep retrying; most restrictions lift within hours.',
							it: 'Lascia che il server mittente continui a riprovare; la maggior parte delle restrizioni cade in poche ore.'
						}
					},
					{
						text: {
							en: 'Slow down bulk sending from that IP, clean lists of invalid addresses, and check for compromised accounts or an open relay.',
							it: "Rallenta gli invii massivi da quell'IP, ripulisci gli elenchi dagli indirizzi non validi e controlla che non ci siano account compromessi o un open relay."
						}
					},
					{
						text: {
							en: "If it lasts more than a day, contact Microsoft's sender support with the full deferral text.",
							it: 'Se dura più di un giorno, contatta il supporto mittenti di Microsoft con il testo completo del rinvio.'
						}
					}
				],
				verify: []
			}
		],
		partner: {
			en: "If a partner's mail to you is deferred this way, it is about their sending IP, not your settings: they should slow down, check their traffic and contact Microsoft if it persists.",
			it: 'Se la posta di un partner verso di te viene rimandata in questo modo, il problema riguarda il loro IP di invio e non le tue impostazioni: devono rallentare, controllare il loro traffico e contattare Microsoft se persiste.'
		},
		queued: true,
		aliases: [
			'4.7.500-699',
			'4.7.850-899',
			'Access denied, please try again later',
			'Server busy. Please try again later'
		],
		wording: wording['4.7.500'],
		symptoms: {
			en: [
				'access denied please try again later',
				'451 4.7.500 server busy',
				'outlook.com deferring our mail',
				'temporary block from Microsoft'
			],
			it: [
				'accesso negato riprovare più tardi',
				'server occupato 451 4.7.500',
				'Outlook.com rimanda la nostra posta',
				'blocco temporaneo di Microsoft'
			]
		},
		related: ['4.7.650', '5.7.606', '5.7.511']
	},
	{
		code: '4.7.650',
		reply: '451',
		kind: 'neighbour',
		title: {
			en: 'Sending IP rate limited for poor reputation',
			it: 'IP mittente limitato per reputazione scarsa'
		},
		meaning: {
			en: "Microsoft's servers (often those of Outlook.com) slow down mail from this IP because its reputation is poor. Messages are deferred, not rejected: the sending server retries, but long delays and later rejections are likely until the reputation improves.",
			it: 'I server Microsoft (spesso quelli di Outlook.com) rallentano la posta da questo IP perché la sua reputazione è scarsa. I messaggi vengono rimandati, non rifiutati: il server mittente riprova, ma sono probabili lunghi ritardi e poi rifiuti finché la reputazione non migliora.'
		},
		causes: [
			{
				id: 'n-4-7-650-poor-reputation',
				title: {
					en: 'Complaints, spam traps or unknown recipients from this IP',
					it: 'Segnalazioni, trappole antispam o destinatari inesistenti da questo IP'
				},
				detail: {
					en: 'Mail from the IP drew spam complaints, hit spam traps or went to many addresses that do not exist; on a shared IP, another customer of the provider may be the cause.',
					it: "La posta dall'IP ha ricevuto segnalazioni di spam, ha colpito trappole antispam o è andata a molti indirizzi inesistenti; su un IP condiviso la causa può essere un altro cliente del provider."
				},
				fix: [
					{
						text: {
							en: 'Review what leaves that IP: stop spam, secure compromised accounts, remove invalid addresses from lists.',
							it: "Esamina cosa esce da quell'IP: blocca lo spam, metti in sicurezza gli account compromessi, rimuovi gli indirizzi non validi dagli elenchi."
						}
					},
					{
						text: {
							en: "Enrol the IP in Microsoft's sender programmes (SNDS, JMRP) to watch its reputation and complaints.",
							it: "Iscrivi l'IP ai programmi Microsoft per i mittenti (SNDS, JMRP) per seguirne reputazione e segnalazioni."
						}
					},
					{
						text: {
							en: 'If the problem remains once traffic is clean, open a request through the postmaster site named in the deferral; on a shared IP, ask the provider for a clean one.',
							it: 'Se il problema resta con il traffico ripulito, apri una richiesta tramite il sito postmaster indicato nel rinvio; su un IP condiviso chiedi al provider un IP pulito.'
						}
					}
				],
				verify: []
			}
		],
		partner: {
			en: "If a partner's mail to you is throttled with this code, the reputation is that of their sending IP; they must clean up and work with Microsoft. You cannot lift it from your tenant.",
			it: 'Se la posta di un partner verso di te viene limitata con questo codice, la reputazione è quella del loro IP di invio; devono fare pulizia e rivolgersi a Microsoft. Non puoi rimuovere la limitazione dal tuo tenant.'
		},
		queued: true,
		aliases: ['temporarily rate limited due to IP reputation'],
		wording: wording['4.7.650'],
		symptoms: {
			en: [
				'temporarily rate limited due to IP reputation',
				'451 4.7.650',
				'outlook.com throttling our IP',
				'bad IP reputation hotmail'
			],
			it: [
				'limitato temporaneamente per reputazione IP',
				'Outlook.com limita il nostro IP',
				'reputazione IP scarsa hotmail',
				'451 4.7.650'
			]
		},
		related: ['4.7.500', '5.7.606', '5.7.511']
	},
	{
		code: '5.0.350',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Generic rejection: x-dg-ref header too long, or policy',
			it: 'Rifiuto generico: intestazione x-dg-ref troppo lunga o criteri'
		},
		meaning: {
			en: 'A catch-all permanent error. Exchange Online uses it mainly for a message whose x-dg-ref header is longer than allowed (diagnostic AS345); other servers return it for a "policy violation" or any refusal without a better code.',
			it: 'Un errore permanente generico. Exchange Online lo usa soprattutto per un messaggio con un\'intestazione x-dg-ref più lunga del consentito (diagnostica AS345); altri server lo restituiscono per una "policy violation" o per qualsiasi rifiuto senza un codice più preciso.'
		},
		causes: [
			{
				id: 'n-5-0-350-x-dg-ref-too-long',
				title: {
					en: 'Oversized x-dg-ref header',
					it: 'Intestazione x-dg-ref troppo grande'
				},
				detail: {
					en: 'The message carries an x-dg-ref header over the size Exchange Online accepts, usually added by the client or tool that created or forwarded it. The NDR names the header, often with AS345.',
					it: "Il messaggio contiene un'intestazione x-dg-ref oltre la dimensione accettata da Exchange Online, di solito aggiunta dal client o dallo strumento che lo ha creato o inoltrato. L'NDR cita l'intestazione, spesso con AS345."
				},
				fix: [
					{
						text: {
							en: 'Send the content as a new message (copy the text, attach the files again) instead of forwarding the original item.',
							it: "Invia il contenuto come nuovo messaggio (copia il testo, allega di nuovo i file) invece di inoltrare l'elemento originale."
						}
					},
					{
						text: {
							en: 'If an application or gateway builds these messages, make it drop the x-dg-ref header.',
							it: "Se questi messaggi vengono generati da un'applicazione o da un gateway, fai in modo che eliminino l'intestazione x-dg-ref."
						}
					}
				],
				verify: []
			},
			{
				id: 'n-5-0-350-remote-policy',
				title: {
					en: 'The receiving server refused it under its own policy',
					it: 'Il server ricevente lo ha rifiutato in base ai propri criteri'
				},
				detail: {
					en: 'Texts such as "Requested action not taken: policy violation" come from the recipient side; the reason lives in their filters.',
					it: 'Testi come "Requested action not taken: policy violation" provengono dal lato del destinatario; il motivo è nei loro filtri.'
				},
				fix: [
					{
						text: {
							en: 'Read the text after the code in the NDR: it may name the rule or a reference number.',
							it: "Leggi il testo dopo il codice nell'NDR: può indicare la regola o un numero di riferimento."
						}
					},
					{
						text: {
							en: "Send the NDR to the recipient's admins and ask which rule rejected it.",
							it: "Invia l'NDR agli amministratori del destinatario e chiedi quale regola lo ha rifiutato."
						}
					}
				],
				verify: []
			}
		],
		partner: PARTNER_THEIR_POLICY,
		queued: false,
		aliases: [
			'x-dg-ref header is too long',
			'AS345',
			'Requested action not taken: policy violation'
		],
		symptoms: {
			en: ['x-dg-ref header is too long', '5.0.350 generic error', 'policy violation NDR', 'AS345'],
			it: [
				'intestazione x-dg-ref troppo lunga',
				'errore generico 5.0.350',
				'NDR violazione dei criteri',
				'AS345'
			]
		},
		related: ['5.7.1']
	},
	{
		code: '5.1.0',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Sender denied',
			it: 'Mittente rifiutato'
		},
		meaning: {
			en: 'The receiving server refused the sender: the sender address, its domain or the IP the message came from is not accepted for that sender. Most often the SPF record of the sender domain does not list the sending IP.',
			it: "Il server ricevente ha rifiutato il mittente: l'indirizzo del mittente, il suo dominio o l'IP da cui è partito il messaggio non sono accettati per quel mittente. Nella maggior parte dei casi il record SPF del dominio mittente non elenca l'IP di invio."
		},
		causes: [
			{
				id: 'n-5-1-0-ip-not-in-spf',
				title: {
					en: 'Sending IP missing from the SPF record',
					it: 'IP di invio assente dal record SPF'
				},
				detail: {
					en: 'The NDR says the IP "is not allowed to send from" the domain according to its SPF record: mail leaves through a server, cloud service or relay that SPF does not list.',
					it: 'L\'NDR indica che l\'IP "non è autorizzato a inviare" per il dominio secondo il suo record SPF: la posta esce da un server, un servizio cloud o un inoltro non elencato in SPF.'
				},
				fix: [
					{
						text: {
							en: 'Add the missing server or service to the SPF record (for Exchange Online: include:spf.protection.outlook.com).',
							it: 'Aggiungi al record SPF il server o il servizio mancante (per Exchange Online: include:spf.protection.outlook.com).'
						}
					},
					{
						text: {
							en: 'Keep the record within 10 DNS lookups, then send a test message.',
							it: 'Mantieni il record entro 10 ricerche DNS, poi invia un messaggio di prova.'
						}
					}
				],
				verify: []
			},
			{
				id: 'n-5-1-0-invalid-sender',
				title: {
					en: 'Invalid or foreign sender address',
					it: 'Indirizzo del mittente non valido o non proprio'
				},
				detail: {
					en: 'An application or device sends with a sender address that does not exist, a misspelled domain or a domain the organisation does not own.',
					it: "Un'applicazione o un dispositivo invia con un indirizzo mittente inesistente, un dominio scritto male o un dominio che l'organizzazione non possiede."
				},
				fix: [
					{
						text: {
							en: 'Set the application to send from a real address in one of your accepted domains.',
							it: "Configura l'applicazione per inviare da un indirizzo reale in uno dei tuoi domini accettati."
						},
						commands: ['get-accepted-domain']
					}
				],
				verify: ['get-accepted-domain']
			}
		],
		partner: {
			en: "If a partner's server returns it, ask them for the exact check that failed; if it is SPF, the fix is in your DNS, not theirs.",
			it: 'Se lo restituisce il server di un partner, chiedi loro quale controllo è fallito; se è SPF, la correzione è nel tuo DNS, non nel loro.'
		},
		queued: false,
		aliases: ['Sender denied', 'is not allowed to send from', 'per its SPF Record'],
		symptoms: {
			en: [
				'sender denied',
				'not allowed to send from domain per SPF record',
				'550 5.1.0 SPF',
				'sender address rejected'
			],
			it: [
				'mittente rifiutato',
				'IP non autorizzato a inviare secondo il record SPF',
				'550 5.1.0 SPF',
				'indirizzo del mittente rifiutato'
			]
		},
		related: ['5.7.23', '5.7.509', '5.1.8']
	},
	{
		code: '5.1.1',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Recipient address does not exist',
			it: 'Indirizzo del destinatario inesistente'
		},
		meaning: {
			en: 'The destination looked the recipient up and found no such mailbox. Exchange shows it as RESOLVER.ADR.RecipNotFound; other servers say "User unknown".',
			it: 'La destinazione ha cercato il destinatario e non ha trovato alcuna cassetta postale. Exchange lo indica come RESOLVER.ADR.RecipNotFound; altri server scrivono "User unknown".'
		},
		causes: [
			{
				id: 'n-5-1-1-wrong-address',
				title: {
					en: 'Wrong, old or deleted address',
					it: 'Indirizzo errato, vecchio o eliminato'
				},
				detail: {
					en: 'A typo, a person who left, or a mailbox that was deleted or renamed.',
					it: 'Un errore di battitura, una persona che non lavora più lì, o una cassetta postale eliminata o rinominata.'
				},
				fix: [
					{
						text: {
							en: 'Check the address character by character and send again.',
							it: "Controlla l'indirizzo carattere per carattere e invia di nuovo."
						}
					},
					{
						text: {
							en: 'Delete the wrong suggestion from the Outlook Auto-Complete list so it is not picked again.',
							it: "Elimina il suggerimento errato dall'elenco di completamento automatico di Outlook perché non venga riselezionato."
						}
					}
				],
				verify: []
			},
			{
				id: 'n-5-1-1-stale-legacydn',
				title: {
					en: 'Stale cached entry after a migration (IMCEAEX)',
					it: 'Voce memorizzata obsoleta dopo una migrazione (IMCEAEX)'
				},
				detail: {
					en: 'The recipient exists, but Outlook used a cached entry that points to the old LegacyExchangeDN of a mailbox that was recreated or migrated. The NDR shows an address starting with IMCEAEX-.',
					it: "Il destinatario esiste, ma Outlook ha usato una voce memorizzata che punta al vecchio LegacyExchangeDN di una cassetta postale ricreata o migrata. L'NDR mostra un indirizzo che inizia con IMCEAEX-."
				},
				fix: [
					{
						text: {
							en: 'Remove the cached entry and pick the recipient again from the address book.',
							it: 'Rimuovi la voce memorizzata e seleziona di nuovo il destinatario dalla rubrica.'
						}
					},
					{
						text: {
							en: 'When many users are affected, add the old LegacyExchangeDN (decoded from the IMCEAEX string) as an X500 address on the recipient.',
							it: 'Se sono coinvolti molti utenti, aggiungi il vecchio LegacyExchangeDN (ricavato dalla stringa IMCEAEX) come indirizzo X500 del destinatario.'
						},
						path: {
							en: 'Recipients > Mailboxes > (mailbox) > Email addresses',
							it: 'Destinatari > Cassette postali > (cassetta postale) > Indirizzi di posta elettronica'
						}
					}
				],
				verify: []
			}
		],
		partner: {
			en: "If the address is at a partner, confirm it with the person by another channel; only the partner's admins can say whether the mailbox still exists.",
			it: "Se l'indirizzo è presso un partner, confermalo con la persona tramite un altro canale; solo gli amministratori del partner possono dire se la cassetta postale esiste ancora."
		},
		queued: false,
		aliases: [
			'RESOLVER.ADR.RecipNotFound',
			'User unknown',
			'Bad destination mailbox address',
			'IMCEAEX'
		],
		wording: wording['5.1.1'],
		symptoms: {
			en: [
				'user unknown',
				'recipient not found',
				'RESOLVER.ADR.RecipNotFound',
				'address does not exist NDR',
				'IMCEAEX NDR after migration'
			],
			it: [
				'utente sconosciuto',
				'destinatario non trovato',
				'indirizzo inesistente NDR',
				'NDR IMCEAEX dopo la migrazione'
			]
		},
		related: ['5.1.10', '5.1.351', '5.4.1', '5.5.0']
	},
	{
		code: '5.1.8',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Sender blocked for sending spam',
			it: 'Mittente bloccato per invio di spam'
		},
		meaning: {
			en: 'Exchange Online stopped this account from sending because it sent mail that looked like spam, usually because the account is compromised. It stays blocked until an admin releases it.',
			it: "Exchange Online ha impedito a questo account di inviare perché ha spedito posta simile a spam, di solito perché l'account è compromesso. Resta bloccato finché un amministratore non lo sblocca."
		},
		causes: [
			{
				id: 'n-5-1-8-compromised-account',
				title: {
					en: 'Compromised or misused account',
					it: 'Account compromesso o usato in modo improprio'
				},
				detail: {
					en: 'Someone used the account (stolen password, malicious inbox rule or app consent) to send spam, or a legitimate mass send went over the outbound spam policy limits. The account appears under Restricted entities.',
					it: "Qualcuno ha usato l'account (password rubata, regola di posta in arrivo o consenso ad app malevoli) per inviare spam, oppure un invio massivo legittimo ha superato i limiti del criterio antispam in uscita. L'account compare tra le entità con restrizioni."
				},
				fix: [
					{
						text: {
							en: 'Secure the account first: reset the password, revoke sessions, require MFA, remove unknown inbox rules, forwarding and app consents.',
							it: "Metti prima in sicurezza l'account: reimposta la password, revoca le sessioni, richiedi l'MFA, rimuovi regole di posta in arrivo, inoltri e consensi ad app sconosciuti."
						}
					},
					{
						text: {
							en: 'Release the account from Restricted entities in the Microsoft Defender portal.',
							it: "Sblocca l'account dalle entità con restrizioni nel portale Microsoft Defender."
						},
						path: {
							en: 'Microsoft Defender > Email & collaboration > Review > Restricted entities',
							it: 'Microsoft Defender > Posta elettronica e collaborazione > Revisione > Entità con restrizioni'
						}
					},
					{
						text: {
							en: 'Review the outbound spam policy limits and send legitimate bulk mail through a dedicated service.',
							it: 'Rivedi i limiti del criterio antispam in uscita e invia la posta massiva legittima tramite un servizio dedicato.'
						}
					}
				],
				verify: []
			}
		],
		partner: {
			en: "If a partner's server (not Microsoft) returns 5.1.8, it usually means it could not verify your sender domain: check that your domain has working MX and A records, and send them the NDR.",
			it: "Se 5.1.8 arriva dal server di un partner (non da Microsoft), di solito significa che non ha potuto verificare il tuo dominio mittente: controlla che il dominio abbia record MX e A funzionanti e invia loro l'NDR."
		},
		queued: false,
		aliases: ['Access denied, bad outbound sender', 'Sender address rejected'],
		wording: wording['5.1.8'],
		symptoms: {
			en: [
				'bad outbound sender',
				'user restricted from sending email',
				'account blocked for spam',
				'restricted entities release user',
				// Defender's default alert policies that come with the block.
				'suspicious email sending patterns detected',
				'outbound spam alert and the account can no longer send'
			],
			it: [
				'mittente in uscita non valido',
				"utente bloccato nell'invio di posta",
				'account bloccato per spam',
				'sbloccare utente dalle entità con restrizioni',
				'avviso di spam in uscita e l’account non invia più'
			]
		},
		related: ['5.7.501', '5.2.2', '5.1.90']
	},
	{
		code: '5.1.10',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Recipient not found by SMTP address',
			it: 'Destinatario non trovato tramite indirizzo SMTP'
		},
		meaning: {
			en: "The recipient's Exchange Online organisation accepts the domain but has no recipient with this exact address (RESOLVER.ADR.RecipientNotFound).",
			it: "L'organizzazione Exchange Online del destinatario accetta il dominio ma non ha alcun destinatario con questo indirizzo esatto (RESOLVER.ADR.RecipientNotFound)."
		},
		causes: [
			{
				id: 'n-5-1-10-wrong-address',
				title: {
					en: 'Mistyped or removed address',
					it: 'Indirizzo scritto male o rimosso'
				},
				detail: {
					en: 'The address has a typo, or the mailbox, alias or group was removed.',
					it: "L'indirizzo contiene un errore di battitura, oppure la cassetta postale, l'alias o il gruppo sono stati rimossi."
				},
				fix: [
					{
						text: {
							en: 'Check the address and send again; remove wrong Auto-Complete suggestions.',
							it: "Controlla l'indirizzo e invia di nuovo; rimuovi i suggerimenti errati del completamento automatico."
						}
					}
				],
				verify: []
			},
			{
				id: 'n-5-1-10-recipient-not-in-exo',
				title: {
					en: 'Recipient missing from Exchange Online (hybrid or shared domain)',
					it: 'Destinatario assente da Exchange Online (ibrido o dominio condiviso)'
				},
				detail: {
					en: 'The mailbox lives on-premises or in another system, but Exchange Online has no mail user or contact with that address: outside the directory sync scope, or the address is missing from proxyAddresses. Exchange Online then cannot route it.',
					it: "La cassetta postale si trova in locale o in un altro sistema, ma Exchange Online non ha un utente di posta o un contatto con quell'indirizzo: fuori dall'ambito della sincronizzazione della directory, oppure l'indirizzo manca da proxyAddresses. Exchange Online quindi non può instradarlo."
				},
				fix: [
					{
						text: {
							en: 'Look the address up in Exchange Online (Get-Recipient <address>).',
							it: "Cerca l'indirizzo in Exchange Online (Get-Recipient <indirizzo>)."
						}
					},
					{
						text: {
							en: 'Fix the directory sync scope or add the missing proxy address on-premises, and wait for the next sync.',
							it: "Correggi l'ambito della sincronizzazione della directory o aggiungi in locale l'indirizzo proxy mancante, e attendi la sincronizzazione successiva."
						}
					},
					{
						text: {
							en: 'If the domain is shared with a system whose users are not synced, set the accepted domain to Internal relay and route it with an outbound connector.',
							it: 'Se il dominio è condiviso con un sistema i cui utenti non vengono sincronizzati, imposta il dominio accettato come inoltro interno e instradalo con un connettore in uscita.'
						},
						path: {
							en: 'Mail flow > Accepted domains',
							it: 'Flusso di posta > Domini accettati'
						},
						commands: ['get-accepted-domain', 'get-outbound-connector']
					}
				],
				verify: ['get-accepted-domain', 'get-outbound-connector']
			}
		],
		partner: {
			en: 'If the address is at a partner on Exchange Online, only their admins can create the recipient or fix their sync; send them the NDR.',
			it: "Se l'indirizzo è presso un partner su Exchange Online, solo i loro amministratori possono creare il destinatario o correggere la sincronizzazione; invia loro l'NDR."
		},
		queued: false,
		aliases: ['RESOLVER.ADR.RecipientNotFound', 'Recipient not found by SMTP address lookup'],
		wording: wording['5.1.10'],
		symptoms: {
			en: [
				'recipient not found by SMTP address lookup',
				'RESOLVER.ADR.RecipientNotFound',
				'hybrid user not found in Exchange Online',
				'email to on-premises user bounces from Office 365'
			],
			it: [
				'destinatario non trovato tramite ricerca indirizzo SMTP',
				'utente ibrido non trovato in Exchange Online',
				'posta verso utente locale respinta da Office 365',
				'RESOLVER.ADR.RecipientNotFound'
			]
		},
		related: ['5.1.1', '5.4.1', '5.1.351']
	},
	{
		code: '5.1.90',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Daily recipient limit reached',
			it: 'Limite giornaliero di destinatari raggiunto'
		},
		meaning: {
			en: 'The sender mailbox has addressed more recipients in the last 24 hours than Exchange Online allows. It cannot send again until older messages leave the 24-hour window.',
			it: 'La cassetta postale mittente ha raggiunto più destinatari nelle ultime 24 ore di quanti Exchange Online consenta. Non potrà inviare finché i messaggi più vecchi non escono dalla finestra di 24 ore.'
		},
		causes: [
			{
				id: 'n-5-1-90-recipient-rate',
				title: {
					en: 'Too many recipients in 24 hours',
					it: 'Troppi destinatari in 24 ore'
				},
				detail: {
					en: 'Mass mailings from a user mailbox, long To/Cc/Bcc lists, an application using a mailbox, or a compromised account sending spam.',
					it: "Invii massivi da una cassetta postale utente, lunghi elenchi A/Cc/Ccn, un'applicazione che usa una cassetta postale o un account compromesso che invia spam."
				},
				fix: [
					{
						text: {
							en: 'If the volume is unexpected, treat the account as compromised and secure it.',
							it: "Se il volume è inatteso, considera l'account compromesso e mettilo in sicurezza."
						}
					},
					{
						text: {
							en: 'Otherwise wait until the 24-hour window frees up, and move bulk sending to a service made for it.',
							it: 'Altrimenti attendi che la finestra di 24 ore si liberi e sposta gli invii massivi su un servizio dedicato.'
						}
					}
				],
				verify: []
			}
		],
		partner: {
			en: 'This limit is on your own sender, whoever the recipients are; partners cannot change it.',
			it: 'Il limite riguarda il tuo mittente, chiunque siano i destinatari; i partner non possono modificarlo.'
		},
		queued: false,
		aliases: ['reached your daily limit for message recipients'],
		symptoms: {
			en: [
				'daily limit for message recipients',
				'recipient rate limit exceeded',
				'cannot send more emails today Office 365',
				'sending limit 24 hours'
			],
			it: [
				'limite giornaliero dei destinatari',
				'limite di frequenza destinatari superato',
				'non posso inviare altre email oggi Office 365',
				'limite di invio 24 ore'
			]
		},
		related: ['5.2.2', '5.1.8', '4.5.3']
	},
	{
		code: '5.1.351',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Remote server rejected the recipient',
			it: 'Il server remoto ha rifiutato il destinatario'
		},
		meaning: {
			en: "Exchange Online handed the message to the destination server, which answered that the recipient is unknown or the mailbox unavailable. The destination's own reply follows the arrow (->) in the NDR.",
			it: "Exchange Online ha consegnato il messaggio al server di destinazione, che ha risposto che il destinatario è sconosciuto o la cassetta postale non disponibile. La risposta della destinazione segue la freccia (->) nell'NDR."
		},
		causes: [
			{
				id: 'n-5-1-351-unknown-at-destination',
				title: {
					en: 'Address unknown at the destination',
					it: 'Indirizzo sconosciuto presso la destinazione'
				},
				detail: {
					en: 'The external recipient does not exist there: a typo, or the person or mailbox is gone.',
					it: 'Il destinatario esterno lì non esiste: un errore di battitura, oppure la persona o la cassetta postale non ci sono più.'
				},
				fix: [
					{
						text: {
							en: 'Read the reply after "->", check the address and confirm it with the recipient by another channel.',
							it: 'Leggi la risposta dopo "->", controlla l\'indirizzo e confermalo con il destinatario tramite un altro canale.'
						}
					}
				],
				verify: []
			},
			{
				id: 'n-5-1-351-connector-target-rejects',
				title: {
					en: 'Your own server or partner behind a connector does not know the address',
					it: "Il tuo server o il partner dietro un connettore non conosce l'indirizzo"
				},
				detail: {
					en: 'When the domain goes through an outbound connector (hybrid, Internal relay domain, partner), the server at the other end rejects recipients it does not host: the mailbox moved to Exchange Online, was deleted on-premises, or the on-premises recipient filter does not know it.',
					it: "Quando il dominio passa da un connettore in uscita (ibrido, dominio con inoltro interno, partner), il server all'altro capo rifiuta i destinatari che non ospita: la cassetta postale è stata spostata in Exchange Online, eliminata in locale, oppure il filtro destinatari locale non la conosce."
				},
				fix: [
					{
						text: {
							en: 'Find where the mailbox lives now; for a migrated mailbox, check that the on-premises remote mailbox and its routing address are correct.',
							it: 'Verifica dove si trova ora la cassetta postale; per una cassetta postale migrata, controlla che la cassetta postale remota locale e il suo indirizzo di routing siano corretti.'
						}
					},
					{
						text: {
							en: 'Check which connector and smart host carried the message, and the recipient filtering on that server.',
							it: 'Controlla quale connettore e quale smart host hanno trasportato il messaggio e il filtro destinatari su quel server.'
						},
						path: { en: 'Mail flow > Connectors', it: 'Flusso di posta > Connettori' },
						commands: ['get-outbound-connector', 'get-accepted-domain']
					}
				],
				verify: ['get-outbound-connector', 'get-accepted-domain']
			}
		],
		partner: {
			en: "The rejection comes from the partner's server: send them the reply after the arrow and ask whether the address is valid on their side.",
			it: "Il rifiuto arriva dal server del partner: invia loro la risposta dopo la freccia e chiedi se l'indirizzo è valido dal loro lato."
		},
		queued: false,
		aliases: ['Remote server returned unknown recipient or mailbox unavailable'],
		symptoms: {
			en: [
				'remote server returned unknown recipient or mailbox unavailable',
				'550 5.1.351',
				'user unknown from remote server Office 365',
				'hybrid on-premises server rejects recipient'
			],
			it: [
				'il server remoto ha restituito destinatario sconosciuto',
				'550 5.1.351',
				'utente sconosciuto dal server remoto Office 365',
				'il server locale ibrido rifiuta il destinatario'
			]
		},
		related: ['5.1.1', '5.1.10', '5.5.0']
	},
	{
		code: '5.2.2',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Mailbox full, or sending quota exceeded',
			it: 'Cassetta postale piena o quota di invio superata'
		},
		meaning: {
			en: 'Two different problems share this code. From a mailbox server it means the recipient mailbox is full (for example "STOREDRV.Deliver: mailbox full"). From Exchange Online as the sender\'s system, "Submission quota exceeded" means the sender went over the sending limits.',
			it: 'Due problemi diversi condividono questo codice. Da un server di cassette postali significa che la cassetta postale del destinatario è piena (per esempio "STOREDRV.Deliver: mailbox full"). Da Exchange Online come sistema del mittente, "Submission quota exceeded" indica che il mittente ha superato i limiti di invio.'
		},
		causes: [
			{
				id: 'n-5-2-2-mailbox-full',
				title: {
					en: 'Recipient mailbox full',
					it: 'Cassetta postale del destinatario piena'
				},
				detail: {
					en: 'The recipient mailbox reached the quota at which it stops receiving.',
					it: 'La cassetta postale del destinatario ha raggiunto la quota oltre la quale smette di ricevere.'
				},
				fix: [
					{
						text: {
							en: 'The recipient deletes or archives mail and empties Deleted Items.',
							it: 'Il destinatario elimina o archivia posta e svuota Posta eliminata.'
						}
					},
					{
						text: {
							en: 'The admin enables the archive mailbox or raises the quota where the licence allows (Set-Mailbox -ProhibitSendReceiveQuota).',
							it: "L'amministratore abilita la cassetta postale di archivio o aumenta la quota dove la licenza lo consente (Set-Mailbox -ProhibitSendReceiveQuota)."
						},
						path: {
							en: 'Recipients > Mailboxes > (mailbox) > Mailbox usage',
							it: 'Destinatari > Cassette postali > (cassetta postale) > Utilizzo cassetta postale'
						}
					}
				],
				verify: []
			},
			{
				id: 'n-5-2-2-submission-quota',
				title: {
					en: 'Sender over the sending limits',
					it: 'Mittente oltre i limiti di invio'
				},
				detail: {
					en: 'The NDR says "Submission quota exceeded": the mailbox sent too many messages or reached too many recipients in a short time.',
					it: 'L\'NDR riporta "Submission quota exceeded": la cassetta postale ha inviato troppi messaggi o raggiunto troppi destinatari in poco tempo.'
				},
				fix: [
					{
						text: {
							en: 'Check that the account is not compromised, then wait for the limit to reset.',
							it: "Verifica che l'account non sia compromesso, poi attendi che il limite si azzeri."
						}
					},
					{
						text: {
							en: 'Move bulk or application sending to a service made for it.',
							it: 'Sposta gli invii massivi o delle applicazioni su un servizio dedicato.'
						}
					}
				],
				verify: []
			}
		],
		partner: {
			en: "If the recipient's mailbox at a partner is full, only they can free space; tell the person by another channel.",
			it: 'Se la cassetta postale del destinatario presso un partner è piena, solo loro possono liberare spazio; avvisa la persona tramite un altro canale.'
		},
		queued: false,
		aliases: ['Submission quota exceeded', 'mailbox full', 'MapiExceptionShutoffQuotaExceeded'],
		wording: wording['5.2.2'],
		symptoms: {
			en: [
				'mailbox full',
				'submission quota exceeded',
				'recipient mailbox quota exceeded',
				'STOREDRV.Deliver mailbox full'
			],
			it: [
				'cassetta postale piena',
				'quota di invio superata',
				'quota della cassetta postale del destinatario superata',
				'STOREDRV.Deliver mailbox full'
			]
		},
		related: ['5.1.90', '5.2.3', '5.2.121']
	},
	{
		code: '5.2.3',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Message too large for the recipient',
			it: 'Messaggio troppo grande per il destinatario'
		},
		meaning: {
			en: 'The message is bigger than the largest message the recipient may receive (RESOLVER.RST.RecipSizeLimit). In transit, attachments grow by about a third because of encoding, so a file that fits on disk can still be too big.',
			it: 'Il messaggio supera la dimensione massima che il destinatario può ricevere (RESOLVER.RST.RecipSizeLimit). In transito gli allegati crescono di circa un terzo per la codifica, quindi un file che su disco rientra nel limite può risultare comunque troppo grande.'
		},
		causes: [
			{
				id: 'n-5-2-3-recipient-receive-limit',
				title: {
					en: "Recipient's maximum receive size",
					it: 'Dimensione massima di ricezione del destinatario'
				},
				detail: {
					en: 'The recipient mailbox (or the organisation) has a receive size limit lower than the encoded message.',
					it: "La cassetta postale del destinatario (o l'organizzazione) ha un limite di ricezione inferiore al messaggio codificato."
				},
				fix: [
					{
						text: {
							en: 'Send a sharing link (OneDrive, SharePoint) instead of the attachment.',
							it: "Invia un collegamento di condivisione (OneDrive, SharePoint) invece dell'allegato."
						}
					},
					{
						text: {
							en: "If the recipient is yours, raise the mailbox's maximum receive size (Set-Mailbox -MaxReceiveSize, up to 150 MB in Exchange Online).",
							it: 'Se il destinatario è tuo, aumenta la dimensione massima di ricezione della cassetta postale (Set-Mailbox -MaxReceiveSize, fino a 150 MB in Exchange Online).'
						},
						path: {
							en: 'Recipients > Mailboxes > (mailbox) > Mail flow settings > Message size restrictions',
							it: 'Destinatari > Cassette postali > (cassetta postale) > Impostazioni del flusso di posta > Restrizioni dimensioni messaggio'
						}
					}
				],
				verify: []
			},
			{
				id: 'n-5-2-3-server-limit',
				title: {
					en: 'Lower limit on the destination server',
					it: 'Limite più basso sul server di destinazione'
				},
				detail: {
					en: 'The server behind a connector (on-premises in hybrid, or a partner) allows smaller messages than Exchange Online: receive connector or transport limits.',
					it: 'Il server dietro un connettore (locale in un ambiente ibrido, o di un partner) accetta messaggi più piccoli di Exchange Online: limiti del connettore di ricezione o del trasporto.'
				},
				fix: [
					{
						text: {
							en: 'On Exchange Server, raise MaxMessageSize on the receive connector and the transport limits (Get-TransportConfig) to match Exchange Online.',
							it: 'Su Exchange Server, aumenta MaxMessageSize sul connettore di ricezione e i limiti del trasporto (Get-TransportConfig) in linea con Exchange Online.'
						}
					}
				],
				verify: []
			}
		],
		partner: {
			en: "If the partner's server set the limit, send a link instead, or ask them to raise it for your messages.",
			it: 'Se il limite è del server del partner, invia un collegamento, oppure chiedi loro di aumentarlo per i tuoi messaggi.'
		},
		queued: false,
		aliases: ['RESOLVER.RST.RecipSizeLimit', 'message too large for this recipient'],
		symptoms: {
			en: [
				'message too large for this recipient',
				'RecipSizeLimit',
				'attachment too big NDR',
				'max receive size exceeded'
			],
			it: [
				'messaggio troppo grande per questo destinatario',
				'allegato troppo grande NDR',
				'dimensione massima di ricezione superata',
				'RecipSizeLimit'
			]
		},
		related: ['5.2.2']
	},
	{
		code: '5.2.121',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: "Recipient's hourly limit from one sender exceeded",
			it: 'Superato il limite orario del destinatario per un singolo mittente'
		},
		meaning: {
			en: 'The recipient has received more messages from this one sender in the last hour than Exchange Online accepts, so further ones are rejected until the hour passes.',
			it: "Il destinatario ha ricevuto da questo singolo mittente più messaggi nell'ultima ora di quanti Exchange Online ne accetti, quindi gli altri vengono rifiutati finché non passa l'ora."
		},
		causes: [
			{
				id: 'n-5-2-121-one-sender-flood',
				title: {
					en: 'One sender floods one mailbox',
					it: 'Un solo mittente inonda una cassetta postale'
				},
				detail: {
					en: 'An application, alerting system or script sends many messages to the same address, or an auto-reply or forwarding loop bounces mail between two mailboxes.',
					it: "Un'applicazione, un sistema di avvisi o uno script invia molti messaggi allo stesso indirizzo, oppure una risposta automatica o un inoltro in loop rimbalza la posta tra due cassette postali."
				},
				fix: [
					{
						text: {
							en: 'Break any auto-reply or forwarding loop between the two addresses.',
							it: 'Interrompi eventuali loop di risposte automatiche o di inoltro tra i due indirizzi.'
						}
					},
					{
						text: {
							en: 'Make the application send less often (digests, batching); the block lifts after an hour.',
							it: "Fai in modo che l'applicazione invii meno spesso (riepiloghi, raggruppamenti); il blocco cade dopo un'ora."
						}
					}
				],
				verify: []
			}
		],
		partner: {
			en: 'If a partner sends this much to one of your mailboxes, ask them to batch; if your app floods a partner mailbox, slow it down.',
			it: 'Se un partner invia così tanto a una tua cassetta postale, chiedigli di raggruppare gli invii; se è la tua applicazione a inondare una cassetta postale del partner, rallentala.'
		},
		queued: false,
		aliases: ["Recipient's per hour message receive limit from specific sender exceeded"],
		symptoms: {
			en: [
				'per hour message receive limit from specific sender',
				'too many messages from one sender',
				'mail loop between two mailboxes',
				'5.2.121 NDR'
			],
			it: [
				'limite orario di ricezione da un mittente specifico',
				'troppi messaggi da un solo mittente',
				'loop di posta tra due cassette postali',
				'NDR 5.2.121'
			]
		},
		related: ['5.2.122', '4.3.2', '5.4.14']
	},
	{
		code: '5.2.122',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: "Recipient's hourly receive limit exceeded",
			it: 'Superato il limite orario di ricezione del destinatario'
		},
		meaning: {
			en: 'The recipient has received more messages in the last hour, from all senders together, than Exchange Online accepts; further ones are rejected until the hour passes.',
			it: "Il destinatario ha ricevuto nell'ultima ora, da tutti i mittenti insieme, più messaggi di quanti Exchange Online ne accetti; gli altri vengono rifiutati finché non passa l'ora."
		},
		causes: [
			{
				id: 'n-5-2-122-mailbox-flood',
				title: {
					en: 'One mailbox receives a flood',
					it: 'Una cassetta postale riceve una valanga di posta'
				},
				detail: {
					en: 'Monitoring alerts, a mass mailing, a mail bomb or a loop all land on the same mailbox.',
					it: 'Avvisi di monitoraggio, un invio massivo, un attacco di mail bombing o un loop finiscono tutti nella stessa cassetta postale.'
				},
				fix: [
					{
						text: {
							en: 'Use message trace on the recipient to find the top senders.',
							it: 'Usa la traccia messaggi sul destinatario per trovare i mittenti principali.'
						}
					},
					{
						text: {
							en: 'Reduce or redirect that traffic (another mailbox, a digest, a block for abusive senders).',
							it: 'Riduci o devia quel traffico (altra cassetta postale, riepiloghi, blocco dei mittenti abusivi).'
						}
					}
				],
				verify: []
			}
		],
		partner: {
			en: 'If the flooded mailbox is at a partner, only they can redirect or filter the traffic; retry later.',
			it: 'Se la cassetta postale inondata è presso un partner, solo loro possono deviare o filtrare il traffico; riprova più tardi.'
		},
		queued: false,
		aliases: ["Recipient's per hour message receive limit exceeded"],
		symptoms: {
			en: [
				'per hour message receive limit exceeded',
				'mailbox receiving too many messages',
				'mail bomb mailbox',
				'5.2.122 NDR'
			],
			it: [
				'limite orario di ricezione superato',
				'cassetta postale riceve troppi messaggi',
				'mail bombing su una cassetta postale',
				'NDR 5.2.122'
			]
		},
		related: ['5.2.121', '4.3.2']
	},
	{
		code: '5.3.190',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'On-premises journaling to Exchange Online not supported',
			it: 'Journaling locale verso Exchange Online non supportato'
		},
		meaning: {
			en: 'An on-premises journal rule sends its journal reports to a mailbox in Exchange Online, and Exchange Online refuses them because journaling archive is not enabled for the tenant.',
			it: "Una regola di journaling locale invia i rapporti di journaling a una cassetta postale in Exchange Online, che li rifiuta perché l'archivio di journaling non è abilitato per il tenant."
		},
		causes: [
			{
				id: 'n-5-3-190-journal-to-exo-mailbox',
				title: {
					en: 'Journal recipient is an Exchange Online mailbox',
					it: 'Il destinatario del journaling è una cassetta postale di Exchange Online'
				},
				detail: {
					en: 'The journal rule on Exchange Server targets a mailbox (or a mail user pointing to one) hosted in Exchange Online.',
					it: 'La regola di journaling su Exchange Server punta a una cassetta postale (o a un utente di posta che rimanda a una) ospitata in Exchange Online.'
				},
				fix: [
					{
						text: {
							en: 'Point the on-premises journal rule to a recipient that can take journal reports: an on-premises mailbox or a third-party archive.',
							it: 'Fai puntare la regola di journaling locale a un destinatario che possa ricevere i rapporti: una cassetta postale locale o un archivio di terze parti.'
						}
					},
					{
						text: {
							en: 'If the reports must be kept in Exchange Online, ask Microsoft support whether journaling archive can be enabled for your tenant, or use retention policies instead of journaling.',
							it: "Se i rapporti devono restare in Exchange Online, chiedi al supporto Microsoft se l'archivio di journaling può essere abilitato per il tuo tenant, oppure usa criteri di conservazione al posto del journaling."
						}
					}
				],
				verify: []
			}
		],
		partner: {
			en: 'This concerns your own journaling design, not a partner. If a third-party archive sends the reports, check its target address.',
			it: "Riguarda la tua configurazione di journaling, non un partner. Se i rapporti passano da un archivio di terze parti, controllane l'indirizzo di destinazione."
		},
		queued: false,
		aliases: ['Journaling Archive disabled'],
		symptoms: {
			en: [
				'journaling to Office 365 not supported',
				'journal reports rejected by Exchange Online',
				'Journaling Archive disabled',
				'5.3.190 NDR'
			],
			it: [
				'journaling verso Office 365 non supportato',
				'rapporti di journaling rifiutati da Exchange Online',
				'archivio di journaling disabilitato',
				'NDR 5.3.190'
			]
		},
		related: []
	},
	{
		code: '5.4.1',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Recipient address rejected: access or relay denied',
			it: 'Indirizzo del destinatario rifiutato: accesso o inoltro negato'
		},
		meaning: {
			en: "Exchange Online refused the recipient at its edge. Either the domain is accepted but the address is not in the tenant's directory (Directory-Based Edge Blocking), or the domain is not one the tenant accepts mail for, so relaying is denied.",
			it: "Exchange Online ha rifiutato il destinatario al suo perimetro. O il dominio è accettato ma l'indirizzo non è nella directory del tenant (Directory-Based Edge Blocking), oppure il dominio non è tra quelli per cui il tenant accetta posta, quindi l'inoltro viene negato."
		},
		causes: [
			{
				id: 'n-5-4-1-dbeb-unknown-address',
				title: {
					en: 'Address unknown to Exchange Online (edge blocking)',
					it: 'Indirizzo sconosciuto a Exchange Online (blocco perimetrale)'
				},
				detail: {
					en: 'The accepted domain is Authoritative, so Exchange Online rejects any address not held by a mailbox, mail user, group, contact or proxy address. In hybrid or shared setups, recipients that are not synced are rejected this way.',
					it: 'Il dominio accettato è autorevole, quindi Exchange Online rifiuta ogni indirizzo che non appartenga a una cassetta postale, un utente di posta, un gruppo, un contatto o un indirizzo proxy. In ambienti ibridi o condivisi, i destinatari non sincronizzati vengono rifiutati così.'
				},
				fix: [
					{
						text: {
							en: 'Check that the address exists in Exchange Online (Get-Recipient <address>).',
							it: "Verifica che l'indirizzo esista in Exchange Online (Get-Recipient <indirizzo>)."
						}
					},
					{
						text: {
							en: 'Sync or create the missing recipient.',
							it: 'Sincronizza o crea il destinatario mancante.'
						}
					},
					{
						text: {
							en: 'If some recipients of the domain live in another system and are not synced, set the domain to Internal relay (this turns off edge blocking for it) and route it with an outbound connector.',
							it: 'Se alcuni destinatari del dominio si trovano in un altro sistema e non sono sincronizzati, imposta il dominio come inoltro interno (questo disattiva il blocco perimetrale per esso) e instradalo con un connettore in uscita.'
						},
						path: {
							en: 'Mail flow > Accepted domains',
							it: 'Flusso di posta > Domini accettati'
						},
						commands: ['get-accepted-domain']
					}
				],
				verify: ['get-accepted-domain']
			},
			{
				id: 'n-5-4-1-domain-not-accepted',
				title: {
					en: 'Domain not accepted by the tenant (relay denied)',
					it: 'Dominio non accettato dal tenant (inoltro negato)'
				},
				detail: {
					en: 'The MX of the domain points to Exchange Online Protection, but the domain is not (or no longer) an accepted domain of the tenant that owns that MX endpoint: removed, moved to another tenant, or never verified.',
					it: "Il record MX del dominio punta a Exchange Online Protection, ma il dominio non è (o non è più) un dominio accettato del tenant a cui appartiene quell'endpoint MX: rimosso, spostato in un altro tenant o mai verificato."
				},
				fix: [
					{
						text: {
							en: 'Check where the MX points and whether the domain is listed and verified in the tenant.',
							it: 'Controlla dove punta il record MX e se il dominio è presente e verificato nel tenant.'
						},
						commands: ['resolve-mx', 'get-accepted-domain']
					},
					{
						text: {
							en: "Add and verify the domain in the right tenant, or point the MX to that tenant's endpoint (<domain>.mail.protection.outlook.com).",
							it: "Aggiungi e verifica il dominio nel tenant corretto, oppure fai puntare il record MX all'endpoint di quel tenant (<dominio>.mail.protection.outlook.com)."
						}
					}
				],
				verify: ['resolve-mx', 'get-accepted-domain']
			}
		],
		partner: {
			en: 'If the recipient is at a partner on Exchange Online, the fix is in their tenant (recipient, sync or domain setup): send them the NDR.',
			it: "Se il destinatario è presso un partner su Exchange Online, la correzione è nel loro tenant (destinatario, sincronizzazione o configurazione del dominio): invia loro l'NDR."
		},
		queued: false,
		aliases: ['Recipient address rejected: Access denied', 'Relay Access Denied'],
		wording: wording['5.4.1'],
		symptoms: {
			en: [
				'recipient address rejected access denied',
				'relay access denied Office 365',
				'directory based edge blocking',
				'hybrid mail to on-premises user rejected'
			],
			it: [
				'indirizzo del destinatario rifiutato accesso negato',
				'inoltro negato Office 365',
				'blocco perimetrale basato sulla directory',
				'posta ibrida verso utente locale rifiutata'
			]
		},
		related: ['5.1.10', '5.7.64', '5.7.504', '5.4.6']
	},
	{
		code: '5.4.6',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Routing loop detected',
			it: 'Rilevato un loop di instradamento'
		},
		meaning: {
			en: 'The message went round between the same servers or mailboxes until Exchange broke the loop. The configuration is at fault, not the message.',
			it: "Il messaggio ha girato tra gli stessi server o cassette postali finché Exchange non ha interrotto il loop. L'errore è nella configurazione, non nel messaggio."
		},
		causes: [
			{
				id: 'n-5-4-6-domain-ping-pong',
				title: {
					en: 'Domain routed back and forth between Exchange Online and another server',
					it: 'Dominio instradato avanti e indietro tra Exchange Online e un altro server'
				},
				detail: {
					en: 'The domain is Internal relay in Exchange Online with an outbound connector to on-premises or a partner, and that side sends the same recipients back to Exchange Online (by MX or smart host). Neither side holds the mailbox, so the message circles.',
					it: 'Il dominio è in inoltro interno in Exchange Online con un connettore in uscita verso il locale o un partner, e quel lato rimanda gli stessi destinatari a Exchange Online (tramite MX o smart host). Nessuno dei due ospita la cassetta postale, quindi il messaggio gira in tondo.'
				},
				fix: [
					{
						text: {
							en: 'Find out which system really holds the mailbox.',
							it: 'Stabilisci quale sistema ospita effettivamente la cassetta postale.'
						}
					},
					{
						text: {
							en: 'On that system, make the domain authoritative or create the recipient; on the other, route the domain towards it.',
							it: "Su quel sistema rendi il dominio autorevole o crea il destinatario; sull'altro, instrada il dominio verso di esso."
						},
						path: {
							en: 'Mail flow > Accepted domains',
							it: 'Flusso di posta > Domini accettati'
						},
						commands: ['get-accepted-domain']
					},
					{
						text: {
							en: "Check that no outbound connector's smart host is Exchange Online itself (for example the tenant's own MX host).",
							it: "Verifica che nessun connettore in uscita abbia come smart host Exchange Online stesso (per esempio l'host MX del tenant)."
						},
						commands: ['get-outbound-connector', 'resolve-mx']
					}
				],
				verify: ['get-accepted-domain', 'get-outbound-connector', 'resolve-mx']
			},
			{
				id: 'n-5-4-6-forwarding-circle',
				title: {
					en: 'Mailboxes forwarding to each other',
					it: 'Cassette postali che si inoltrano a vicenda'
				},
				detail: {
					en: 'Mailbox A forwards to B and B forwards back to A (forwarding setting, inbox rule or transport rule), or a forwarding target is a contact whose address leads back to the same mailbox.',
					it: "La cassetta postale A inoltra a B e B inoltra di nuovo ad A (impostazione di inoltro, regola di posta in arrivo o regola di trasporto), oppure la destinazione dell'inoltro è un contatto il cui indirizzo riporta alla stessa cassetta postale."
				},
				fix: [
					{
						text: {
							en: 'Check the forwarding settings and rules of the mailboxes in the loop and remove the circular one.',
							it: 'Controlla le impostazioni di inoltro e le regole delle cassette postali coinvolte ed elimina quella circolare.'
						}
					}
				],
				verify: []
			}
		],
		partner: {
			en: 'When the loop runs through a partner (each side forwarding to the other), agree with them which side owns the address and remove the other route.',
			it: "Quando il loop passa da un partner (ogni lato inoltra all'altro), concorda con loro quale lato possiede l'indirizzo ed elimina l'altro percorso."
		},
		queued: false,
		aliases: ['Routing loop detected', '4.4.6'],
		symptoms: {
			en: [
				'routing loop detected',
				'mail loop hybrid',
				'message bouncing between Exchange Online and on-premises',
				'forwarding loop'
			],
			it: [
				'loop di instradamento rilevato',
				'loop di posta in ambiente ibrido',
				'messaggio che rimbalza tra Exchange Online e locale',
				'loop di inoltro'
			]
		},
		related: ['5.4.14', '5.4.1']
	},
	{
		code: '5.4.14',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Hop count exceeded: possible mail loop',
			it: 'Numero massimo di hop superato: possibile loop di posta'
		},
		meaning: {
			en: 'The message passed through more servers than allowed, counted from its Received headers. Usually that means a loop; sometimes a very long chain of gateways.',
			it: 'Il messaggio è passato da più server di quanti consentiti, contati dalle intestazioni Received. Di solito indica un loop; a volte una catena di gateway molto lunga.'
		},
		causes: [
			{
				id: 'n-5-4-14-mail-loop',
				title: {
					en: 'Loop between systems',
					it: 'Loop tra sistemi'
				},
				detail: {
					en: 'Forwarding between mailboxes or organisations, or connectors that point at each other, send the message round until the hop limit is hit.',
					it: "Inoltri tra cassette postali o tra organizzazioni, oppure connettori che puntano l'uno all'altro, fanno girare il messaggio finché non raggiunge il limite di hop."
				},
				fix: [
					{
						text: {
							en: 'Read the Received headers in the NDR copy: the servers that repeat show where the loop is.',
							it: "Leggi le intestazioni Received nella copia allegata all'NDR: i server che si ripetono mostrano dove si trova il loop."
						}
					},
					{
						text: {
							en: 'Remove the circular forwarding or correct the connector, as for 5.4.6.',
							it: "Elimina l'inoltro circolare o correggi il connettore, come per 5.4.6."
						},
						commands: ['get-outbound-connector']
					}
				],
				verify: ['get-outbound-connector']
			},
			{
				id: 'n-5-4-14-long-chain',
				title: {
					en: 'Long but genuine chain of servers',
					it: 'Catena di server lunga ma reale'
				},
				detail: {
					en: 'Several filters and gateways in a row (a third-party filter, on-premises, Exchange Online, another filter) plus forwarding reach the limit without any real loop.',
					it: 'Più filtri e gateway in sequenza (filtro di terze parti, locale, Exchange Online, altro filtro) più gli inoltri raggiungono il limite senza un vero loop.'
				},
				fix: [
					{
						text: {
							en: 'Remove hops that add nothing, for example route directly instead of through several gateways.',
							it: 'Elimina gli hop superflui, per esempio instradando direttamente invece che attraverso più gateway.'
						}
					}
				],
				verify: []
			}
		],
		partner: {
			en: 'If the repeating servers belong to a partner, send them the NDR with its headers; the loop may need a change on both sides.',
			it: "Se i server che si ripetono appartengono a un partner, invia loro l'NDR con le intestazioni; il loop può richiedere una modifica da entrambe le parti."
		},
		queued: false,
		aliases: ['Hop count exceeded', 'possible mail loop'],
		symptoms: {
			en: ['hop count exceeded', 'possible mail loop', 'too many Received headers', '5.4.14 NDR'],
			it: [
				'numero di hop superato',
				'possibile loop di posta',
				'troppe intestazioni Received',
				'NDR 5.4.14'
			]
		},
		related: ['5.4.6', '5.2.121']
	},
	{
		code: '5.4.300',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Message expired (Exchange Online)',
			it: 'Messaggio scaduto (Exchange Online)'
		},
		meaning: {
			en: 'Exchange Online could not deliver the message before its queue time ran out (about 24 hours; older tenants up to 48) and gave up. Deliveries through a connector expire with more precise codes (5.4.312 to 5.4.318); 5.4.300 is the general expiry.',
			it: 'Exchange Online non è riuscito a recapitare il messaggio prima della scadenza della coda (circa 24 ore; tenant meno recenti fino a 48) e ha rinunciato. I recapiti tramite connettore scadono con codici più precisi (da 5.4.312 a 5.4.318); 5.4.300 è la scadenza generica.'
		},
		causes: [
			{
				id: 'n-5-4-300-destination-unreachable',
				title: {
					en: 'Destination unreachable for the whole period',
					it: 'Destinazione irraggiungibile per tutto il periodo'
				},
				detail: {
					en: "No attempt reached the recipient's servers: they were down, blocked, or their DNS did not resolve.",
					it: 'Nessun tentativo ha raggiunto i server del destinatario: erano spenti, bloccati, oppure il loro DNS non veniva risolto.'
				},
				fix: [
					{
						text: {
							en: 'Open the message in message trace and read the "Defer" events: the last error gives the reason.',
							it: 'Apri il messaggio nella traccia messaggi e leggi gli eventi "Defer": l\'ultimo errore indica il motivo.'
						}
					},
					{
						text: {
							en: 'Check the MX and port 25 of the destination; once they answer, send the message again.',
							it: 'Controlla il record MX e la porta 25 della destinazione; quando rispondono, invia di nuovo il messaggio.'
						},
						commands: ['resolve-mx', 'test-port-25']
					}
				],
				verify: ['resolve-mx', 'test-port-25']
			},
			{
				id: 'n-5-4-300-remote-deferring',
				title: {
					en: 'The destination kept deferring',
					it: 'La destinazione ha continuato a rimandare'
				},
				detail: {
					en: 'Connections worked but the receiving server answered every attempt with a temporary 4xx (busy, throttling, greylisting).',
					it: 'Le connessioni riuscivano ma il server ricevente rispondeva a ogni tentativo con un errore temporaneo 4xx (occupato, limitazione, greylisting).'
				},
				fix: [
					{
						text: {
							en: "Copy the remote deferral text from message trace and send it to the destination's admins.",
							it: 'Copia dalla traccia messaggi il testo del rinvio remoto e invialo agli amministratori della destinazione.'
						}
					}
				],
				verify: []
			}
		],
		partner: {
			en: 'If the destination is a partner, give them the last error and the time window; until their side accepts mail, new messages will expire too.',
			it: "Se la destinazione è un partner, fornisci loro l'ultimo errore e l'intervallo di tempo; finché il loro lato non accetta posta, scadranno anche i nuovi messaggi."
		},
		queued: false,
		aliases: ['Message expired'],
		symptoms: {
			en: [
				'message expired Office 365',
				'550 5.4.300 message expired',
				'NDR after 24 hours',
				'Exchange Online gave up delivering'
			],
			it: [
				'messaggio scaduto Office 365',
				'550 5.4.300 messaggio scaduto',
				'NDR dopo 24 ore',
				'Exchange Online ha rinunciato al recapito'
			]
		},
		related: ['4.4.7', '4.4.312', '4.4.315', '4.4.316', '4.4.317', '4.4.318', '4.7.320']
	},
	{
		code: '5.5.0',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Mailbox unavailable (generic rejection from the remote server)',
			it: 'Cassetta postale non disponibile (rifiuto generico dal server remoto)'
		},
		meaning: {
			en: 'The remote server refused the recipient with a generic "mailbox unavailable" answer and no precise reason. Outlook.com also uses it when the destination domain cannot be reached.',
			it: 'Il server remoto ha rifiutato il destinatario con una risposta generica "mailbox unavailable", senza un motivo preciso. Outlook.com lo usa anche quando il dominio di destinazione non è raggiungibile.'
		},
		causes: [
			{
				id: 'n-5-5-0-mailbox-unavailable',
				title: {
					en: 'The mailbox does not exist or is blocked there',
					it: 'La cassetta postale lì non esiste o è bloccata'
				},
				detail: {
					en: 'The address is wrong, the mailbox was closed, or the remote system refuses it for its own reasons.',
					it: "L'indirizzo è errato, la cassetta postale è stata chiusa, oppure il sistema remoto la rifiuta per motivi propri."
				},
				fix: [
					{
						text: {
							en: 'Check the address; if it is right, contact the recipient or their admins by another channel.',
							it: "Controlla l'indirizzo; se è corretto, contatta il destinatario o i suoi amministratori tramite un altro canale."
						}
					}
				],
				verify: []
			},
			{
				id: 'n-5-5-0-domain-unreachable',
				title: {
					en: 'Recipient domain not reachable',
					it: 'Dominio del destinatario non raggiungibile'
				},
				detail: {
					en: 'The NDR says the domain "is not reachable": the domain is misspelled, has no working MX or A record, or its servers refuse connections.',
					it: 'L\'NDR indica che il dominio "non è raggiungibile": il dominio è scritto male, non ha record MX o A funzionanti, oppure i suoi server rifiutano le connessioni.'
				},
				fix: [
					{
						text: {
							en: 'Check the spelling of the domain and look up its MX records.',
							it: 'Controlla come è scritto il dominio e cerca i suoi record MX.'
						},
						commands: ['resolve-mx', 'nslookup-mx']
					}
				],
				verify: ['resolve-mx', 'nslookup-mx']
			}
		],
		partner: PARTNER_THEIR_POLICY,
		queued: false,
		aliases: ['Requested action not taken: mailbox unavailable', 'the domain is not reachable'],
		symptoms: {
			en: [
				'requested action not taken mailbox unavailable',
				'550 5.5.0',
				'domain is not reachable outlook.com',
				'mailbox unavailable NDR'
			],
			it: [
				'azione richiesta non eseguita cassetta postale non disponibile',
				'550 5.5.0',
				'dominio non raggiungibile outlook.com',
				'NDR cassetta postale non disponibile'
			]
		},
		related: ['5.1.1', '5.1.351']
	},
	{
		code: '5.6.11',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Bare line feeds in the message',
			it: 'Line feed isolati nel messaggio'
		},
		meaning: {
			en: 'The message contains line breaks made of a lone LF instead of CR LF. Exchange can pass such a message on only with the BDAT (CHUNKING) command; the receiving server does not offer it, so delivery fails.',
			it: 'Il messaggio contiene interruzioni di riga composte da un LF isolato invece di CR LF. Exchange può trasmettere un messaggio del genere solo con il comando BDAT (CHUNKING); il server ricevente non lo offre, quindi il recapito fallisce.'
		},
		causes: [
			{
				id: 'n-5-6-11-no-chunking',
				title: {
					en: 'Receiving server without CHUNKING',
					it: 'Server ricevente senza CHUNKING'
				},
				detail: {
					en: 'An older server, an appliance or an SMTP proxy offers only DATA, or a firewall hides CHUNKING from the EHLO reply.',
					it: "Un server datato, un'appliance o un proxy SMTP offrono solo DATA, oppure un firewall nasconde CHUNKING dalla risposta EHLO."
				},
				fix: [
					{
						text: {
							en: 'Open an SMTP session to the receiving server and check whether CHUNKING appears in the EHLO reply.',
							it: 'Apri una sessione SMTP verso il server ricevente e verifica se CHUNKING compare nella risposta EHLO.'
						},
						commands: ['nc-port-25']
					},
					{
						text: {
							en: 'Enable CHUNKING on that server, or turn off the SMTP inspection that hides it.',
							it: "Abilita CHUNKING su quel server, oppure disattiva l'ispezione SMTP che lo nasconde."
						}
					}
				],
				verify: ['nc-port-25']
			},
			{
				id: 'n-5-6-11-bad-line-endings',
				title: {
					en: 'An application writes bare LFs',
					it: "Un'applicazione scrive LF isolati"
				},
				detail: {
					en: 'Scripts, printers or business applications build the message with Unix line endings.',
					it: 'Script, stampanti o applicazioni gestionali creano il messaggio con terminazioni di riga Unix.'
				},
				fix: [
					{
						text: {
							en: 'Make the application end every line with CR LF, as SMTP requires.',
							it: "Fai in modo che l'applicazione termini ogni riga con CR LF, come richiede SMTP."
						}
					}
				],
				verify: []
			}
		],
		partner: {
			en: "If the receiving server is a partner's, ask them to enable CHUNKING (BDAT); meanwhile, the sending application must stop writing bare LFs.",
			it: "Se il server ricevente è di un partner, chiedi loro di abilitare CHUNKING (BDAT); nel frattempo l'applicazione mittente deve smettere di scrivere LF isolati."
		},
		queued: false,
		aliases: ['SMTPSEND.BareLinefeedsAreIllegal', 'bare linefeeds'],
		wording: wording['5.6.11'],
		symptoms: {
			en: [
				'BareLinefeedsAreIllegal',
				'message contains bare linefeeds',
				'receiving system does not support BDAT',
				'5.6.11 NDR'
			],
			it: [
				'BareLinefeedsAreIllegal',
				'messaggio con line feed isolati',
				'il sistema ricevente non supporta BDAT',
				'NDR 5.6.11'
			]
		},
		related: []
	},
	{
		code: '5.7.1',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Not authorised: delivery refused or unable to relay',
			it: 'Non autorizzato: recapito rifiutato o inoltro impossibile'
		},
		meaning: {
			en: 'A policy refused the message: the sender may not write to this recipient, or the server will not relay for this sender. It is the broadest policy code; the text after it tells which case applies.',
			it: 'Un criterio ha rifiutato il messaggio: il mittente non può scrivere a questo destinatario, oppure il server non inoltra per questo mittente. È il codice di criterio più generico; il testo che segue indica quale caso si applica.'
		},
		causes: [
			{
				id: 'n-5-7-1-restricted-recipient',
				title: {
					en: 'Recipient accepts mail only from certain senders',
					it: 'Il destinatario accetta posta solo da certi mittenti'
				},
				detail: {
					en: 'The group or mailbox has delivery restrictions (internal or authenticated senders only, or a list of allowed senders). Exchange shows RESOLVER.RST.AuthRequired or RESOLVER.RST.NotAuthorized.',
					it: 'Il gruppo o la cassetta postale ha restrizioni di recapito (solo mittenti interni o autenticati, oppure un elenco di mittenti consentiti). Exchange mostra RESOLVER.RST.AuthRequired o RESOLVER.RST.NotAuthorized.'
				},
				fix: [
					{
						text: {
							en: "The recipient's admin allows this sender, or external senders, in the recipient's delivery settings.",
							it: "L'amministratore del destinatario consente questo mittente, o i mittenti esterni, nelle impostazioni di recapito del destinatario."
						},
						path: {
							en: 'Recipients > Groups > (group) > Settings',
							it: 'Destinatari > Gruppi > (gruppo) > Impostazioni'
						}
					}
				],
				verify: []
			},
			{
				id: 'n-5-7-1-unable-to-relay',
				title: {
					en: 'Unable to relay: the sending system is not trusted',
					it: 'Inoltro impossibile: il sistema mittente non è considerato attendibile'
				},
				detail: {
					en: 'An application, device or on-premises server sends to outside recipients through a server that does not trust it to relay: no connector matches its IP or certificate, and it did not authenticate.',
					it: "Un'applicazione, un dispositivo o un server locale invia a destinatari esterni tramite un server che non gli consente l'inoltro: nessun connettore corrisponde al suo IP o certificato e non si è autenticato."
				},
				fix: [
					{
						text: {
							en: "For Exchange Online, create or correct an inbound connector from your organisation's email server that matches the sender's public IP or certificate.",
							it: "Per Exchange Online, crea o correggi un connettore in ingresso dal server di posta dell'organizzazione che corrisponda all'IP pubblico o al certificato del mittente."
						},
						path: { en: 'Mail flow > Connectors', it: 'Flusso di posta > Connettori' }
					},
					{
						text: {
							en: 'Or make the application authenticate (SMTP AUTH on port 587 with a licensed mailbox).',
							it: "Oppure fai autenticare l'applicazione (SMTP AUTH sulla porta 587 con una cassetta postale con licenza)."
						}
					},
					{
						text: {
							en: 'Check that the sender address uses one of your accepted domains.',
							it: "Verifica che l'indirizzo del mittente usi uno dei tuoi domini accettati."
						},
						commands: ['get-accepted-domain']
					}
				],
				verify: ['get-accepted-domain']
			},
			{
				id: 'n-5-7-1-remote-block',
				title: {
					en: 'The receiving organisation blocks you',
					it: "L'organizzazione ricevente ti blocca"
				},
				detail: {
					en: 'A filter on the remote side (block list, transport rule, spam filter) rejects your sender, domain or IP.',
					it: 'Un filtro sul lato remoto (elenco di blocco, regola di trasporto, filtro antispam) rifiuta il tuo mittente, dominio o IP.'
				},
				fix: [
					{
						text: {
							en: 'Read the text after the code and send the NDR to the remote admins.',
							it: "Leggi il testo dopo il codice e invia l'NDR agli amministratori remoti."
						}
					}
				],
				verify: []
			}
		],
		partner: PARTNER_THEIR_POLICY,
		queued: false,
		aliases: [
			'Delivery not authorized',
			'Unable to relay',
			'RESOLVER.RST.AuthRequired',
			'RESOLVER.RST.NotAuthorized'
		],
		wording: wording['5.7.1'],
		symptoms: {
			en: [
				'550 5.7.1 unable to relay',
				'delivery not authorized message refused',
				'RESOLVER.RST.AuthRequired authentication required',
				'cannot send to distribution group from outside',
				'scanner cannot relay through Office 365'
			],
			it: [
				'550 5.7.1 inoltro impossibile',
				'recapito non autorizzato messaggio rifiutato',
				"non si riesce a scrivere al gruppo dall'esterno",
				'lo scanner non riesce a inoltrare tramite Office 365'
			]
		},
		related: ['5.7.12', '5.7.57', '5.7.64', '5.7.124', '5.7.133']
	},
	{
		code: '5.7.12',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: "Sender not authenticated by the recipient's organisation",
			it: "Mittente non autenticato dall'organizzazione del destinatario"
		},
		meaning: {
			en: 'The recipient accepts mail only from senders inside its own organisation, and this message arrived as external. Only the recipient organisation can change that.',
			it: "Il destinatario accetta posta solo da mittenti interni alla propria organizzazione e questo messaggio è arrivato come esterno. Solo l'organizzazione del destinatario può cambiarlo."
		},
		causes: [
			{
				id: 'n-5-7-12-internal-only',
				title: {
					en: 'Recipient limited to internal senders',
					it: 'Destinatario limitato ai mittenti interni'
				},
				detail: {
					en: 'An external sender wrote to a group or mailbox that requires sender authentication.',
					it: "Un mittente esterno ha scritto a un gruppo o a una cassetta postale che richiede l'autenticazione del mittente."
				},
				fix: [
					{
						text: {
							en: "If outside mail is wanted, the recipient's admin allows external senders (for a group: Set-DistributionGroup -RequireSenderAuthenticationEnabled $false).",
							it: "Se la posta esterna è voluta, l'amministratore del destinatario consente i mittenti esterni (per un gruppo: Set-DistributionGroup -RequireSenderAuthenticationEnabled $false)."
						},
						path: {
							en: 'Recipients > Groups > (group) > Settings',
							it: 'Destinatari > Gruppi > (gruppo) > Impostazioni'
						}
					}
				],
				verify: []
			},
			{
				id: 'n-5-7-12-hybrid-anonymous',
				title: {
					en: 'Internal mail arrives as external (hybrid)',
					it: 'La posta interna arriva come esterna (ibrido)'
				},
				detail: {
					en: 'Mail from on-premises reaches Exchange Online without being recognised as internal: not sent over the hybrid connector, or the certificate does not match the inbound connector.',
					it: 'La posta dal locale arriva a Exchange Online senza essere riconosciuta come interna: non è passata dal connettore ibrido, oppure il certificato non corrisponde al connettore in ingresso.'
				},
				fix: [
					{
						text: {
							en: 'Send on-premises mail for Exchange Online through the hybrid send connector over TLS, with the certificate the inbound connector expects; rerun the Hybrid Configuration Wizard after certificate changes.',
							it: 'Invia la posta locale destinata a Exchange Online tramite il connettore di invio ibrido con TLS e con il certificato atteso dal connettore in ingresso; riesegui la Configurazione guidata ibrida dopo ogni cambio di certificato.'
						},
						commands: ['get-exchange-certificate', 'get-outbound-connector']
					}
				],
				verify: ['get-exchange-certificate', 'get-outbound-connector']
			}
		],
		partner: {
			en: "When you write to a partner's group and get this, only their admin can allow external senders; ask them.",
			it: 'Se ricevi questo errore scrivendo al gruppo di un partner, solo il loro amministratore può consentire i mittenti esterni; chiediglielo.'
		},
		queued: false,
		aliases: ['Sender was not authenticated by organization'],
		symptoms: {
			en: [
				'sender was not authenticated by organization',
				'external users cannot email group',
				'group rejects outside senders',
				'5.7.12 NDR'
			],
			it: [
				"mittente non autenticato dall'organizzazione",
				'gli utenti esterni non possono scrivere al gruppo',
				'il gruppo rifiuta i mittenti esterni',
				'NDR 5.7.12'
			]
		},
		related: ['5.7.133', '5.7.134', '5.7.1', '5.7.64']
	},
	{
		code: '5.7.23',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Rejected for SPF failure',
			it: 'Rifiutato per errore SPF'
		},
		meaning: {
			en: "The receiving server checked the SPF record of the sender's domain, found that the sending IP is not authorised, and rejected the message as the domain's policy allows.",
			it: "Il server ricevente ha controllato il record SPF del dominio del mittente, ha rilevato che l'IP di invio non è autorizzato e ha rifiutato il messaggio come consente il criterio del dominio."
		},
		causes: [
			{
				id: 'n-5-7-23-sender-not-listed',
				title: {
					en: 'Sending server or service missing from SPF',
					it: 'Server o servizio mittente assente da SPF'
				},
				detail: {
					en: 'Mail leaves through a server, relay or cloud service that the SPF record does not include.',
					it: 'La posta esce da un server, un inoltro o un servizio cloud che il record SPF non include.'
				},
				fix: [
					{
						text: {
							en: 'Add the missing sender to SPF (for Exchange Online: include:spf.protection.outlook.com) and keep the record within 10 DNS lookups.',
							it: 'Aggiungi il mittente mancante a SPF (per Exchange Online: include:spf.protection.outlook.com) e mantieni il record entro 10 ricerche DNS.'
						}
					}
				],
				verify: []
			},
			{
				id: 'n-5-7-23-forwarded',
				title: {
					en: 'The message was forwarded by another server',
					it: 'Il messaggio è stato inoltrato da un altro server'
				},
				detail: {
					en: "A forwarding server kept the original envelope sender, so SPF is checked against the forwarder's IP and fails.",
					it: "Un server di inoltro ha mantenuto il mittente originale della busta, quindi SPF viene verificato sull'IP di chi inoltra e fallisce."
				},
				fix: [
					{
						text: {
							en: 'Sign with DKIM so authentication survives forwarding; the forwarding side should rewrite the sender (SRS) or use ARC.',
							it: "Firma con DKIM perché l'autenticazione sopravviva all'inoltro; il lato che inoltra dovrebbe riscrivere il mittente (SRS) o usare ARC."
						}
					}
				],
				verify: []
			}
		],
		partner: {
			en: 'If a partner rejects your mail this way, the fix is in your SPF record; if you reject theirs, it is in theirs.',
			it: 'Se un partner rifiuta la tua posta in questo modo, la correzione è nel tuo record SPF; se sei tu a rifiutare la loro, è nel loro.'
		},
		queued: false,
		aliases: ['Sender Policy Framework violation'],
		wording: wording['5.7.23'],
		symptoms: {
			en: [
				'rejected because of SPF violation',
				'SPF fail NDR',
				'sender policy framework violation',
				'forwarded mail fails SPF'
			],
			it: [
				'rifiutato per violazione SPF',
				'NDR SPF non superato',
				'violazione del criterio SPF',
				'posta inoltrata non supera SPF'
			]
		},
		related: ['5.1.0', '5.7.509', '4.7.26']
	},
	{
		code: '5.7.25',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'IPv6 sender needs reverse DNS',
			it: 'Mittente IPv6 senza DNS inverso'
		},
		meaning: {
			en: 'Microsoft refuses mail over IPv6 when the sending IPv6 address has no PTR (reverse DNS) record.',
			it: "Microsoft rifiuta la posta via IPv6 quando l'indirizzo IPv6 mittente non ha un record PTR (DNS inverso)."
		},
		causes: [
			{
				id: 'n-5-7-25-no-ptr',
				title: {
					en: 'No PTR record for the sending IPv6 address',
					it: "Nessun record PTR per l'indirizzo IPv6 mittente"
				},
				detail: {
					en: 'The server sends over IPv6 from an address whose reverse zone is not set, often a default address assigned by the host or cloud provider.',
					it: "Il server invia via IPv6 da un indirizzo senza zona inversa configurata, spesso un indirizzo predefinito assegnato dall'hosting o dal provider cloud."
				},
				fix: [
					{
						text: {
							en: 'Ask whoever owns the IPv6 range to publish a PTR record naming the server, and make that name resolve back to the same address.',
							it: "Chiedi a chi gestisce l'intervallo IPv6 di pubblicare un record PTR con il nome del server e fai in modo che quel nome risolva allo stesso indirizzo."
						},
						commands: ['resolve-host']
					},
					{
						text: {
							en: 'Until then, send over IPv4.',
							it: 'Nel frattempo, invia via IPv4.'
						}
					}
				],
				verify: ['resolve-host']
			}
		],
		partner: {
			en: "If a partner's IPv6 mail to you is refused, their provider must add the PTR record; you cannot waive the check.",
			it: 'Se la posta IPv6 di un partner verso di te viene rifiutata, il loro provider deve aggiungere il record PTR; non puoi disattivare il controllo.'
		},
		queued: false,
		aliases: ['must have a reverse DNS record'],
		symptoms: {
			en: [
				'IPv6 address must have a reverse DNS record',
				'PTR missing IPv6',
				'mail over IPv6 rejected by Outlook',
				'5.7.25 NDR'
			],
			it: [
				'indirizzo IPv6 senza record DNS inverso',
				'PTR mancante IPv6',
				'posta via IPv6 rifiutata da Microsoft',
				'NDR 5.7.25'
			]
		},
		related: ['4.7.26', '5.7.510', '5.7.508']
	},
	{
		code: '5.7.57',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Client not authenticated: anonymous submission refused',
			it: 'Client non autenticato: invio anonimo rifiutato'
		},
		meaning: {
			en: 'An application or device connected to the Exchange Online submission endpoint (smtp.office365.com, port 587) and tried to send without signing in. That endpoint only accepts authenticated clients.',
			it: "Un'applicazione o un dispositivo si è collegato all'endpoint di invio di Exchange Online (smtp.office365.com, porta 587) e ha tentato di inviare senza autenticarsi. Quell'endpoint accetta solo client autenticati."
		},
		causes: [
			{
				id: 'n-5-7-57-auth-not-configured',
				title: {
					en: 'Device or application not set to authenticate',
					it: 'Dispositivo o applicazione non configurati per autenticarsi'
				},
				detail: {
					en: 'User name and password (or OAuth) are missing, TLS is off, or authenticated SMTP is disabled for the mailbox or the whole organisation.',
					it: "Mancano nome utente e password (o OAuth), TLS è disattivato, oppure l'SMTP autenticato è disabilitato per la cassetta postale o per tutta l'organizzazione."
				},
				fix: [
					{
						text: {
							en: 'Configure the device with the credentials of a licensed mailbox, STARTTLS and port 587.',
							it: 'Configura il dispositivo con le credenziali di una cassetta postale con licenza, STARTTLS e porta 587.'
						}
					},
					{
						text: {
							en: 'Enable authenticated SMTP for that mailbox (Set-CASMailbox -SmtpClientAuthenticationDisabled $false) and check that the organisation setting does not block it.',
							it: "Abilita l'SMTP autenticato per quella cassetta postale (Set-CASMailbox -SmtpClientAuthenticationDisabled $false) e verifica che l'impostazione dell'organizzazione non lo blocchi."
						}
					}
				],
				verify: []
			},
			{
				id: 'n-5-7-57-cannot-authenticate',
				title: {
					en: 'The device cannot authenticate at all',
					it: 'Il dispositivo non è in grado di autenticarsi'
				},
				detail: {
					en: 'Older printers and scanners lack SMTP AUTH with current TLS, or security defaults block basic authentication.',
					it: "Stampanti e scanner datati non supportano SMTP AUTH con TLS recente, oppure le impostazioni di sicurezza predefinite bloccano l'autenticazione di base."
				},
				fix: [
					{
						text: {
							en: "Use direct send to your MX endpoint (<domain>.mail.protection.outlook.com, port 25; internal recipients only), or SMTP relay through an inbound connector for the device's public IP.",
							it: "Usa l'invio diretto all'endpoint MX (<dominio>.mail.protection.outlook.com, porta 25; solo destinatari interni), oppure l'inoltro SMTP tramite un connettore in ingresso per l'IP pubblico del dispositivo."
						},
						commands: ['resolve-mx']
					}
				],
				verify: ['resolve-mx']
			}
		],
		partner: {
			en: 'This concerns your own devices and Exchange Online, not a partner.',
			it: 'Riguarda i tuoi dispositivi e Exchange Online, non un partner.'
		},
		queued: false,
		aliases: ['Client was not authenticated to send anonymous mail during MAIL FROM'],
		wording: wording['5.7.57'],
		symptoms: {
			en: [
				'client was not authenticated to send anonymous mail',
				'scanner cannot send email smtp.office365.com',
				'SMTP AUTH 587 fails',
				'printer scan to email Office 365'
			],
			it: [
				'client non autenticato per inviare posta anonima',
				'lo scanner non invia email tramite smtp.office365.com',
				'SMTP AUTH porta 587 non funziona',
				'scansione verso email Office 365 stampante'
			]
		},
		related: ['5.7.1', '5.7.64']
	},
	{
		code: '5.7.64',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Relay denied: tenant attribution failed',
			it: 'Inoltro negato: attribuzione al tenant non riuscita'
		},
		meaning: {
			en: 'Exchange Online received mail from an on-premises server or application but could not tie the connection to your tenant, so it refused to relay it to outside recipients.',
			it: "Exchange Online ha ricevuto posta da un server locale o da un'applicazione ma non è riuscito ad associare la connessione al tuo tenant, quindi ha rifiutato di inoltrarla a destinatari esterni."
		},
		causes: [
			{
				id: 'n-5-7-64-connector-mismatch',
				title: {
					en: 'No inbound connector matches the sender',
					it: 'Nessun connettore in ingresso corrisponde al mittente'
				},
				detail: {
					en: "No connector from your organisation's email server matches: the public IP changed (new provider or firewall NAT), or the connector identifies by certificate and the server now presents another one (renewed under a different name).",
					it: "Nessun connettore dal server di posta dell'organizzazione corrisponde: l'IP pubblico è cambiato (nuovo provider o NAT del firewall), oppure il connettore identifica tramite certificato e il server ora ne presenta un altro (rinnovato con un nome diverso)."
				},
				fix: [
					{
						text: {
							en: 'Find the public IP the mail comes from (NDR or message trace) and the certificate subject the server presents.',
							it: "Individua l'IP pubblico da cui arriva la posta (NDR o traccia messaggi) e il soggetto del certificato presentato dal server."
						},
						commands: ['get-exchange-certificate']
					},
					{
						text: {
							en: 'Update the inbound connector: add the IP, or set the certificate name to match.',
							it: "Aggiorna il connettore in ingresso: aggiungi l'IP, oppure imposta il nome del certificato corrispondente."
						},
						path: { en: 'Mail flow > Connectors', it: 'Flusso di posta > Connettori' }
					},
					{
						text: {
							en: 'Send a test message and confirm delivery in message trace.',
							it: 'Invia un messaggio di prova e verifica il recapito nella traccia messaggi.'
						}
					}
				],
				verify: ['get-exchange-certificate']
			},
			{
				id: 'n-5-7-64-foreign-sender-domain',
				title: {
					en: 'Sender domain is not one of your accepted domains',
					it: 'Il dominio mittente non è tra i tuoi domini accettati'
				},
				detail: {
					en: "With an IP-based connector, Exchange Online relays only for senders in the tenant's accepted domains; an application using another domain is refused.",
					it: "Con un connettore basato sull'IP, Exchange Online inoltra solo per mittenti nei domini accettati del tenant; un'applicazione che usa un altro dominio viene rifiutata."
				},
				fix: [
					{
						text: {
							en: 'Use a sender address in an accepted domain, or add and verify the domain in the tenant.',
							it: 'Usa un indirizzo mittente in un dominio accettato, oppure aggiungi e verifica il dominio nel tenant.'
						},
						commands: ['get-accepted-domain']
					}
				],
				verify: ['get-accepted-domain']
			}
		],
		partner: {
			en: "This concerns your own connectors. If a partner's system relays through your tenant on your behalf, give them the IP or certificate you configured.",
			it: "Riguarda i tuoi connettori. Se il sistema di un partner inoltra tramite il tuo tenant per tuo conto, comunica loro l'IP o il certificato configurato."
		},
		queued: false,
		aliases: ['TenantAttribution', 'TenantAttribution; Relay Access Denied'],
		symptoms: {
			en: [
				'TenantAttribution relay access denied',
				'on-premises relay through Office 365 denied',
				'inbound connector not matching after IP change',
				'5.7.64 NDR'
			],
			it: [
				'TenantAttribution inoltro negato',
				'inoltro dal server locale tramite Office 365 negato',
				'connettore in ingresso non corrisponde dopo cambio IP',
				'NDR 5.7.64'
			]
		},
		related: ['5.7.1', '5.7.750', '5.7.57', '5.4.1']
	},
	{
		code: '5.7.124',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: "Sender not in the group's allowed senders list",
			it: 'Mittente non presente tra i mittenti consentiti del gruppo'
		},
		meaning: {
			en: 'The group accepts messages only from a list of senders, and this sender is not on it.',
			it: 'Il gruppo accetta messaggi solo da un elenco di mittenti e questo mittente non ne fa parte.'
		},
		causes: [
			{
				id: 'n-5-7-124-not-listed',
				title: {
					en: 'Delivery restricted to listed senders',
					it: 'Recapito limitato ai mittenti elencati'
				},
				detail: {
					en: 'The group has an allowed-senders list (AcceptMessagesOnlyFrom…) that does not include this person or any group they belong to.',
					it: 'Il gruppo ha un elenco di mittenti consentiti (AcceptMessagesOnlyFrom…) che non include questa persona né un gruppo di cui fa parte.'
				},
				fix: [
					{
						text: {
							en: 'The group owner or an admin adds the sender (or a group containing them) to the allowed senders, or removes the restriction.',
							it: 'Il proprietario del gruppo o un amministratore aggiunge il mittente (o un gruppo che lo contiene) ai mittenti consentiti, oppure rimuove la restrizione.'
						},
						path: {
							en: 'Recipients > Groups > (group) > Settings > Delivery management',
							it: 'Destinatari > Gruppi > (gruppo) > Impostazioni > Gestione recapito'
						}
					}
				],
				verify: []
			}
		],
		partner: {
			en: "When you write to a partner's group, only its owner can add you to the list; ask them.",
			it: "Quando scrivi al gruppo di un partner, solo il suo proprietario può aggiungerti all'elenco; chiediglielo."
		},
		queued: false,
		aliases: ['Sender not in allowed-senders list'],
		symptoms: {
			en: [
				'sender not in allowed senders list',
				'cannot send to distribution list restricted',
				'group delivery management',
				'5.7.124 NDR'
			],
			it: [
				"mittente non nell'elenco dei mittenti consentiti",
				'impossibile inviare alla lista di distribuzione con restrizioni',
				'gestione recapito del gruppo',
				'NDR 5.7.124'
			]
		},
		related: ['5.7.133', '5.7.1']
	},
	senderAuthEntry({
		code: '5.7.133',
		resolverName: 'RESOLVER.RST.SenderNotAuthenticatedForGroup',
		target: { en: 'group', it: 'gruppo' },
		toTarget: { en: 'to a group', it: 'a un gruppo' },
		cmdlet: 'Set-DistributionGroup',
		related: ['5.7.134', '5.7.124', '5.7.12', '5.7.1']
	}),
	senderAuthEntry({
		code: '5.7.134',
		resolverName: 'RESOLVER.RST.SenderNotAuthenticatedForMailbox',
		target: { en: 'mailbox', it: 'cassetta postale' },
		toTarget: { en: 'to a mailbox', it: 'a una cassetta postale' },
		cmdlet: 'Set-Mailbox',
		related: ['5.7.133', '5.7.135', '5.7.136', '5.7.12']
	}),
	senderAuthEntry({
		code: '5.7.135',
		resolverName: 'RESOLVER.RST.SenderNotAuthenticatedForPublicFolder',
		target: { en: 'public folder', it: 'cartella pubblica' },
		toTarget: { en: 'to a public folder', it: 'a una cartella pubblica' },
		cmdlet: 'Set-MailPublicFolder',
		related: ['5.7.133', '5.7.134', '5.7.136', '5.7.12']
	}),
	senderAuthEntry({
		code: '5.7.136',
		resolverName: 'RESOLVER.RST.SenderNotAuthenticatedForMailUser',
		target: { en: 'mail user', it: 'utente di posta' },
		toTarget: { en: 'to a mail user', it: 'a un utente di posta' },
		cmdlet: 'Set-MailUser',
		related: ['5.7.133', '5.7.134', '5.7.135', '5.7.12']
	}),
	{
		code: '5.7.501',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Sending account banned: spam abuse detected',
			it: 'Account mittente bloccato: rilevato abuso per spam'
		},
		meaning: {
			en: "Microsoft's filtering banned the sending account after detecting spam from it. Nothing gets through until the cause is removed and Microsoft lifts the ban.",
			it: "Il filtro di Microsoft ha bloccato l'account mittente dopo aver rilevato spam proveniente da esso. Non passa nulla finché la causa non viene rimossa e Microsoft non revoca il blocco."
		},
		causes: [
			{
				id: 'n-5-7-501-spam-from-account',
				title: {
					en: 'Spam sent from the account',
					it: "Spam inviato dall'account"
				},
				detail: {
					en: 'A compromised account, a misused application or an uncontrolled mass mailing sent spam-like messages.',
					it: "Un account compromesso, un'applicazione usata in modo improprio o un invio massivo non controllato hanno inviato messaggi simili a spam."
				},
				fix: [
					{
						text: {
							en: 'Secure the account and stop the source of the spam (password, MFA, inbox rules, app consents, scripts).',
							it: "Metti in sicurezza l'account e blocca l'origine dello spam (password, MFA, regole di posta in arrivo, consensi alle app, script)."
						}
					},
					{
						text: {
							en: 'Then contact Microsoft support with the NDR to have the account re-enabled.',
							it: "Poi contatta il supporto Microsoft con l'NDR per far riabilitare l'account."
						}
					}
				],
				verify: []
			}
		],
		partner: PARTNER_MICROSOFT_BLOCK,
		queued: false,
		aliases: ['Access denied, spam abuse detected'],
		wording: wording['5.7.501'],
		symptoms: {
			en: [
				'access denied spam abuse detected',
				'sending account banned',
				'cannot send account flagged spam',
				'5.7.501 NDR'
			],
			it: [
				'accesso negato rilevato abuso spam',
				'account mittente bloccato',
				'impossibile inviare account segnalato per spam',
				'NDR 5.7.501'
			]
		},
		related: ['5.7.502', '5.7.503', '5.1.8']
	},
	{
		code: '5.7.502',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Access denied: banned sender',
			it: 'Accesso negato: mittente bloccato'
		},
		meaning: {
			en: 'Microsoft has banned this sender after spam activity was detected from it; its messages are refused.',
			it: 'Microsoft ha bloccato questo mittente dopo aver rilevato attività di spam; i suoi messaggi vengono rifiutati.'
		},
		causes: [
			{
				id: 'n-5-7-502-banned-sender',
				title: {
					en: 'Sender banned for spam',
					it: 'Mittente bloccato per spam'
				},
				detail: {
					en: 'Messages from this sender were judged to be spam often enough for a ban.',
					it: 'I messaggi di questo mittente sono stati giudicati spam abbastanza spesso da provocare un blocco.'
				},
				fix: [
					{
						text: {
							en: 'Find and stop the spam (compromised account, application, list quality).',
							it: 'Individua e blocca lo spam (account compromesso, applicazione, qualità degli elenchi).'
						}
					},
					{
						text: {
							en: 'Contact Microsoft support with the NDR to request removal of the ban.',
							it: "Contatta il supporto Microsoft con l'NDR per chiedere la rimozione del blocco."
						}
					}
				],
				verify: []
			}
		],
		partner: PARTNER_MICROSOFT_BLOCK,
		queued: false,
		aliases: ['Access denied, banned sender'],
		symptoms: {
			en: ['access denied banned sender', 'sender banned by Microsoft', '5.7.502 NDR'],
			it: ['accesso negato mittente bloccato', 'mittente bloccato da Microsoft', 'NDR 5.7.502']
		},
		related: ['5.7.501', '5.7.503', '5.7.511']
	},
	{
		code: '5.7.503',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Access denied: banned sender (variant)',
			it: 'Accesso negato: mittente bloccato (variante)'
		},
		meaning: {
			en: 'Same situation as 5.7.502, reported under another code: Microsoft has banned the sender for spam activity and refuses its messages.',
			it: 'Stessa situazione di 5.7.502, segnalata con un altro codice: Microsoft ha bloccato il mittente per attività di spam e ne rifiuta i messaggi.'
		},
		causes: [
			{
				id: 'n-5-7-503-banned-sender',
				title: {
					en: 'Sender banned for spam',
					it: 'Mittente bloccato per spam'
				},
				detail: {
					en: 'Mail from this sender was classified as spam repeatedly.',
					it: 'La posta di questo mittente è stata classificata ripetutamente come spam.'
				},
				fix: [
					{
						text: {
							en: 'Clean up the source of the spam, then ask Microsoft support to lift the ban, quoting the NDR.',
							it: "Elimina l'origine dello spam, poi chiedi al supporto Microsoft di revocare il blocco citando l'NDR."
						}
					}
				],
				verify: []
			}
		],
		partner: PARTNER_MICROSOFT_BLOCK,
		queued: false,
		aliases: ['5.7.503 Access denied, banned sender'],
		symptoms: {
			en: [
				'banned sender 5.7.503',
				'sender blocked by Exchange Online Protection',
				'access denied banned'
			],
			it: [
				'mittente bloccato 5.7.503',
				'mittente bloccato da Exchange Online Protection',
				'accesso negato bloccato'
			]
		},
		related: ['5.7.502', '5.7.501']
	},
	{
		code: '5.7.504',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Recipient address rejected by Exchange Online Protection',
			it: 'Indirizzo del destinatario rifiutato da Exchange Online Protection'
		},
		meaning: {
			en: 'Exchange Online Protection refused the recipient address during the SMTP session: the address is not valid for the receiving organisation.',
			it: "Exchange Online Protection ha rifiutato l'indirizzo del destinatario durante la sessione SMTP: l'indirizzo non è valido per l'organizzazione ricevente."
		},
		causes: [
			{
				id: 'n-5-7-504-invalid-recipient',
				title: {
					en: 'Recipient not valid at the destination',
					it: 'Destinatario non valido presso la destinazione'
				},
				detail: {
					en: 'The address is mistyped or does not exist in the recipient tenant.',
					it: "L'indirizzo è scritto male o non esiste nel tenant del destinatario."
				},
				fix: [
					{
						text: {
							en: 'Check the address with the recipient.',
							it: "Verifica l'indirizzo con il destinatario."
						}
					},
					{
						text: {
							en: 'If the recipient is in your tenant, check that it exists and that the accepted domain setup is right (see 5.4.1).',
							it: 'Se il destinatario è nel tuo tenant, verifica che esista e che la configurazione del dominio accettato sia corretta (vedi 5.4.1).'
						},
						commands: ['get-accepted-domain']
					}
				],
				verify: ['get-accepted-domain']
			}
		],
		partner: {
			en: 'If the recipient is at a partner, only their admins can confirm the address or fix their directory; send them the NDR.',
			it: "Se il destinatario è presso un partner, solo i loro amministratori possono confermare l'indirizzo o correggere la directory; invia loro l'NDR."
		},
		queued: false,
		aliases: ['5.7.504 Recipient address rejected: Access denied'],
		symptoms: {
			en: [
				'5.7.504 recipient address rejected',
				'recipient rejected access denied EOP',
				'recipient not valid'
			],
			it: [
				'5.7.504 indirizzo destinatario rifiutato',
				'destinatario rifiutato accesso negato EOP',
				'destinatario non valido'
			]
		},
		related: ['5.4.1', '5.7.505', '5.1.10']
	},
	{
		code: '5.7.505',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Access denied: banned recipient',
			it: 'Accesso negato: destinatario bloccato'
		},
		meaning: {
			en: 'Microsoft will not accept mail for this recipient address: it is banned at the filtering service.',
			it: 'Microsoft non accetta posta per questo indirizzo destinatario: è bloccato nel servizio di filtro.'
		},
		causes: [
			{
				id: 'n-5-7-505-banned-recipient',
				title: {
					en: 'Recipient address banned',
					it: 'Indirizzo destinatario bloccato'
				},
				detail: {
					en: 'The address was banned by the filtering service, for example because of abuse linked to it.',
					it: "L'indirizzo è stato bloccato dal servizio di filtro, per esempio per abusi legati a esso."
				},
				fix: [
					{
						text: {
							en: "If the recipient is yours, open a case with Microsoft support and include the NDR; if not, tell the recipient's admins.",
							it: "Se il destinatario è tuo, apri una richiesta al supporto Microsoft allegando l'NDR; altrimenti avvisa gli amministratori del destinatario."
						}
					}
				],
				verify: []
			}
		],
		partner: {
			en: 'If the banned address is at a partner, only they (with Microsoft) can get it lifted; reach the person by another channel meanwhile.',
			it: "Se l'indirizzo bloccato è presso un partner, solo loro (con Microsoft) possono farlo sbloccare; nel frattempo contatta la persona tramite un altro canale."
		},
		queued: false,
		aliases: ['Access denied, banned recipient'],
		symptoms: {
			en: ['access denied banned recipient', 'recipient banned Office 365', '5.7.505 NDR'],
			it: [
				'accesso negato destinatario bloccato',
				'destinatario bloccato Office 365',
				'NDR 5.7.505'
			]
		},
		related: ['5.7.504']
	},
	{
		code: '5.7.506',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Access denied: bad HELO',
			it: 'Accesso negato: HELO non valido'
		},
		meaning: {
			en: "Exchange Online Protection refused the sending server's greeting: the name or address it gave in HELO/EHLO is not acceptable.",
			it: "Exchange Online Protection ha rifiutato il saluto del server mittente: il nome o l'indirizzo indicato in HELO/EHLO non è accettabile."
		},
		causes: [
			{
				id: 'n-5-7-506-bad-helo-name',
				title: {
					en: "HELO/EHLO name wrong or not the sender's own",
					it: 'Nome HELO/EHLO errato o non proprio del mittente'
				},
				detail: {
					en: 'The server announces itself with an IP literal, a name it does not own (for instance one of the receiving side) or a name that does not resolve.',
					it: 'Il server si presenta con un IP letterale, un nome che non gli appartiene (per esempio del lato ricevente) o un nome che non viene risolto.'
				},
				fix: [
					{
						text: {
							en: "Set the server's HELO name (on Exchange Server: the FQDN of the send connector) to a public name that resolves to the sending IP and matches its PTR.",
							it: "Imposta il nome HELO del server (su Exchange Server: l'FQDN del connettore di invio) su un nome pubblico che risolva all'IP di invio e corrisponda al suo PTR."
						},
						commands: ['resolve-host']
					}
				],
				verify: ['resolve-host']
			}
		],
		partner: {
			en: "If a partner's server is refused this way, they must correct its HELO name; there is nothing to change on your side.",
			it: "Se il server di un partner viene rifiutato così, deve correggere il proprio nome HELO; dal tuo lato non c'è nulla da cambiare."
		},
		queued: false,
		aliases: ['Access Denied, Bad HELO', 'Bad HELO'],
		symptoms: {
			en: [
				'access denied bad HELO',
				'EHLO rejected by Office 365',
				'send connector FQDN wrong',
				'5.7.506 NDR'
			],
			it: [
				'accesso negato HELO non valido',
				'EHLO rifiutato da Office 365',
				'FQDN del connettore di invio errato',
				'NDR 5.7.506'
			]
		},
		related: ['5.7.25']
	},
	{
		code: '5.7.507',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Access denied: rejected by the recipient organisation',
			it: "Accesso negato: rifiutato dall'organizzazione del destinatario"
		},
		meaning: {
			en: "The recipient's organisation has blocked the IP address you send from.",
			it: "L'organizzazione del destinatario ha bloccato l'indirizzo IP da cui invii."
		},
		causes: [
			{
				id: 'n-5-7-507-ip-blocked-by-recipient',
				title: {
					en: "Your IP is on the recipient's block list",
					it: "Il tuo IP è nell'elenco di blocco del destinatario"
				},
				detail: {
					en: 'An admin of the receiving tenant added your sending IP (or its range) to their block settings.',
					it: 'Un amministratore del tenant ricevente ha aggiunto il tuo IP di invio (o il suo intervallo) alle proprie impostazioni di blocco.'
				},
				fix: [
					{
						text: {
							en: "Contact the recipient's admins and ask them to remove the IP from their block list.",
							it: "Contatta gli amministratori del destinatario e chiedi di rimuovere l'IP dal loro elenco di blocco."
						}
					}
				],
				verify: []
			}
		],
		partner: PARTNER_THEIR_POLICY,
		queued: false,
		aliases: ['Access denied, rejected by recipient'],
		symptoms: {
			en: ['access denied rejected by recipient', 'our IP blocked by recipient', '5.7.507 NDR'],
			it: [
				'accesso negato rifiutato dal destinatario',
				'il nostro IP è bloccato dal destinatario',
				'NDR 5.7.507'
			]
		},
		related: ['5.7.513']
	},
	{
		code: '5.7.508',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'IPv6 range over its permitted limits',
			it: 'Intervallo IPv6 oltre i limiti consentiti'
		},
		meaning: {
			en: 'The sending IPv6 address belongs to a range that has sent more than Microsoft allows, so mail from it is refused.',
			it: "L'indirizzo IPv6 mittente appartiene a un intervallo che ha inviato più di quanto Microsoft consenta, quindi la posta da esso viene rifiutata."
		},
		causes: [
			{
				id: 'n-5-7-508-ipv6-range-volume',
				title: {
					en: 'Too much mail from the IPv6 range',
					it: "Troppa posta dall'intervallo IPv6"
				},
				detail: {
					en: 'Your servers, or others sharing the same range, sent a large or suspicious volume over IPv6.',
					it: 'I tuoi server, o altri che condividono lo stesso intervallo, hanno inviato un volume elevato o sospetto via IPv6.'
				},
				fix: [
					{
						text: {
							en: 'Check what the range sends and stop unwanted traffic.',
							it: "Controlla cosa invia l'intervallo e blocca il traffico indesiderato."
						}
					},
					{
						text: {
							en: 'Send over IPv4 meanwhile, or ask the provider for a dedicated IPv6 range.',
							it: 'Nel frattempo invia via IPv4, oppure chiedi al provider un intervallo IPv6 dedicato.'
						}
					}
				],
				verify: []
			}
		],
		partner: PARTNER_MICROSOFT_BLOCK,
		queued: false,
		aliases: ['has exceeded permitted limits within'],
		symptoms: {
			en: ['IPv6 exceeded permitted limits', 'IPv6 range blocked by Microsoft', '5.7.508 NDR'],
			it: ['IPv6 oltre i limiti consentiti', 'intervallo IPv6 bloccato da Microsoft', 'NDR 5.7.508']
		},
		related: ['4.7.26', '5.7.25', '5.7.510']
	},
	{
		code: '5.7.509',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Rejected by DMARC policy (p=reject)',
			it: 'Rifiutato dal criterio DMARC (p=reject)'
		},
		meaning: {
			en: "The message failed DMARC for the sender's domain, and that domain publishes a reject policy, so Microsoft refused it.",
			it: 'Il messaggio non ha superato DMARC per il dominio del mittente e quel dominio pubblica un criterio di rifiuto, quindi Microsoft lo ha rifiutato.'
		},
		causes: [
			{
				id: 'n-5-7-509-not-aligned',
				title: {
					en: 'Neither SPF nor DKIM passes in alignment with the From domain',
					it: 'Né SPF né DKIM superano il controllo allineati al dominio From'
				},
				detail: {
					en: "A service sends as your domain without being in SPF and without signing with your domain's DKIM key, or the message was forwarded and altered.",
					it: 'Un servizio invia con il tuo dominio senza essere in SPF e senza firmare con la chiave DKIM del tuo dominio, oppure il messaggio è stato inoltrato e modificato.'
				},
				fix: [
					{
						text: {
							en: 'Find the sending source in DMARC reports or the NDR, then add it to SPF and set up DKIM signing with your domain.',
							it: "Individua l'origine dell'invio nei report DMARC o nell'NDR, poi aggiungila a SPF e configura la firma DKIM con il tuo dominio."
						}
					},
					{
						text: {
							en: 'Relax the DMARC policy to quarantine or none only while you fix it, if the domain is yours.',
							it: 'Se il dominio è tuo, allenta il criterio DMARC a quarantine o none solo finché non hai corretto.'
						}
					}
				],
				verify: []
			}
		],
		partner: {
			en: "If a partner's mail to you fails this way, their domain's SPF and DKIM setup must be fixed; you can ask them to check their DMARC reports.",
			it: 'Se la posta di un partner verso di te fallisce così, va corretta la configurazione SPF e DKIM del loro dominio; puoi chiedere loro di controllare i report DMARC.'
		},
		queued: false,
		aliases: ['does not pass DMARC verification', 'DMARC policy of reject'],
		wording: wording['5.7.509'],
		symptoms: {
			en: [
				'does not pass DMARC verification',
				'DMARC policy of reject',
				'DMARC fail NDR',
				'5.7.509 access denied sending domain'
			],
			it: [
				'non supera la verifica DMARC',
				'criterio DMARC reject',
				'NDR DMARC non superato',
				'5.7.509 accesso negato dominio mittente'
			]
		},
		related: ['5.7.23', '5.7.515', '5.1.0']
	},
	{
		code: '5.7.510',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Recipient does not accept mail over IPv6',
			it: 'Il destinatario non accetta posta via IPv6'
		},
		meaning: {
			en: "The recipient's organisation does not take inbound mail over IPv6, and the message arrived over IPv6.",
			it: "L'organizzazione del destinatario non accetta posta in ingresso via IPv6 e il messaggio è arrivato via IPv6."
		},
		causes: [
			{
				id: 'n-5-7-510-ipv6-not-accepted',
				title: {
					en: 'IPv6 delivery to an IPv4-only recipient',
					it: 'Recapito IPv6 verso un destinatario solo IPv4'
				},
				detail: {
					en: 'Your server prefers IPv6, but the recipient domain has not enabled inbound IPv6.',
					it: 'Il tuo server preferisce IPv6, ma il dominio del destinatario non ha abilitato IPv6 in ingresso.'
				},
				fix: [
					{
						text: {
							en: 'Make the sending server deliver over IPv4 (disable IPv6 on the outbound path, or prefer IPv4).',
							it: 'Fai in modo che il server mittente recapiti via IPv4 (disattiva IPv6 sul percorso in uscita o dai la precedenza a IPv4).'
						}
					}
				],
				verify: []
			}
		],
		partner: {
			en: 'The partner chose not to accept IPv6; send to them over IPv4 rather than asking them to change.',
			it: 'Il partner ha scelto di non accettare IPv6; invia loro via IPv4 invece di chiedere una modifica.'
		},
		queued: false,
		aliases: ['does not accept email over IPv6'],
		symptoms: {
			en: ['does not accept email over IPv6', 'IPv6 rejected by recipient domain', '5.7.510 NDR'],
			it: [
				'non accetta posta via IPv6',
				'IPv6 rifiutato dal dominio del destinatario',
				'NDR 5.7.510'
			]
		},
		related: ['4.7.26', '5.7.25', '5.7.508']
	},
	{
		code: '5.7.511',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Access denied: banned sending IP',
			it: 'Accesso negato: IP mittente bloccato'
		},
		meaning: {
			en: 'The IP address you send from is on a Microsoft block list; the NDR explains how to ask for removal.',
			it: "L'indirizzo IP da cui invii è in un elenco di blocco di Microsoft; l'NDR spiega come chiederne la rimozione."
		},
		causes: [
			{
				id: 'n-5-7-511-ip-banned',
				title: {
					en: 'IP listed for abuse',
					it: 'IP elencato per abuso'
				},
				detail: {
					en: 'Spam or other abuse came from the IP, possibly from another user of a shared address.',
					it: "Dall'IP sono arrivati spam o altri abusi, magari da un altro utente di un indirizzo condiviso."
				},
				fix: [
					{
						text: {
							en: 'Stop the abuse first (compromised accounts, open relay, infected hosts behind the NAT).',
							it: 'Blocca prima gli abusi (account compromessi, open relay, host infetti dietro il NAT).'
						}
					},
					{
						text: {
							en: 'Then follow the delisting instructions in the NDR, which name the address to write to.',
							it: "Poi segui le istruzioni di rimozione nell'NDR, che indicano l'indirizzo a cui scrivere."
						}
					}
				],
				verify: []
			}
		],
		partner: PARTNER_MICROSOFT_BLOCK,
		queued: false,
		aliases: ['delist@microsoft.com'],
		wording: wording['5.7.511'],
		symptoms: {
			en: ['access denied banned sender IP', 'IP blocked by Microsoft delist', '5.7.511 NDR'],
			it: [
				'accesso negato IP mittente bloccato',
				'IP bloccato da Microsoft rimozione',
				'NDR 5.7.511'
			]
		},
		related: ['5.7.606', '4.7.500', '5.7.502']
	},
	{
		code: '5.7.512',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Message must be RFC 5322 section 3.6.2 compliant (From header)',
			it: 'Il messaggio deve rispettare RFC 5322 sezione 3.6.2 (intestazione From)'
		},
		meaning: {
			en: 'The message has no valid From header. RFC 5322 section 3.6.2 requires one, and Exchange Online refuses messages without it.',
			it: "Il messaggio non ha un'intestazione From valida. RFC 5322 sezione 3.6.2 la richiede ed Exchange Online rifiuta i messaggi che ne sono privi."
		},
		causes: [
			{
				id: 'n-5-7-512-from-missing',
				title: {
					en: 'From header missing or malformed',
					it: 'Intestazione From mancante o non valida'
				},
				detail: {
					en: 'A script, device or application builds the message with no From line, an empty one, or an address that cannot be parsed.',
					it: "Uno script, un dispositivo o un'applicazione crea il messaggio senza riga From, con una riga vuota o con un indirizzo non interpretabile."
				},
				fix: [
					{
						text: {
							en: 'Make the sender add a From header with one well-formed address, for example From: Reports <reports@example.com>.',
							it: "Fai in modo che il sistema mittente aggiunga un'intestazione From con un solo indirizzo ben formato, per esempio From: Report <report@example.com>."
						}
					}
				],
				verify: []
			}
		],
		partner: {
			en: "If a partner's application sends such messages to you, it must add a proper From header; the check cannot be switched off.",
			it: "Se l'applicazione di un partner ti invia messaggi del genere, deve aggiungere un'intestazione From corretta; il controllo non può essere disattivato."
		},
		queued: false,
		aliases: ['RFC 5322 section 3.6.2 compliant'],
		symptoms: {
			en: [
				'message must be RFC 5322 section 3.6.2 compliant',
				'missing From header rejected',
				'5.7.512 NDR'
			],
			it: [
				'il messaggio deve rispettare RFC 5322 sezione 3.6.2',
				'intestazione From mancante rifiutata',
				'NDR 5.7.512'
			]
		},
		related: []
	},
	{
		code: '5.7.513',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: "Blocked by the recipient's customer block list",
			it: "Bloccato dall'elenco di blocco del cliente destinatario"
		},
		meaning: {
			en: "The recipient's organisation lists your connecting IP in its own block list, so its Exchange Online Protection refuses the connection.",
			it: "L'organizzazione del destinatario ha inserito il tuo IP di connessione nel proprio elenco di blocco, quindi il suo Exchange Online Protection rifiuta la connessione."
		},
		causes: [
			{
				id: 'n-5-7-513-customer-block-list',
				title: {
					en: "Your IP is in the recipient's connection filter",
					it: 'Il tuo IP è nel filtro connessioni del destinatario'
				},
				detail: {
					en: 'An admin of the receiving tenant added your IP to the IP block list of their connection filter policy.',
					it: "Un amministratore del tenant ricevente ha aggiunto il tuo IP all'elenco IP bloccati del criterio di filtro connessioni."
				},
				fix: [
					{
						text: {
							en: "Ask the recipient's admins to remove your IP from their connection filter block list.",
							it: "Chiedi agli amministratori del destinatario di rimuovere il tuo IP dall'elenco di blocco del filtro connessioni."
						}
					},
					{
						text: {
							en: 'If you are that admin, remove the IP from the IP block list of your connection filter policy.',
							it: "Se l'amministratore sei tu, rimuovi l'IP dall'elenco IP bloccati del tuo criterio di filtro connessioni."
						},
						path: {
							en: 'Microsoft Defender > Email & collaboration > Policies & rules > Threat policies > Anti-spam > Connection filter policy',
							it: 'Microsoft Defender > Posta elettronica e collaborazione > Criteri e regole > Criteri di minaccia > Protezione dalla posta indesiderata > Criterio filtro connessioni'
						}
					}
				],
				verify: []
			}
		],
		partner: PARTNER_THEIR_POLICY,
		queued: false,
		aliases: ['Customer Block list'],
		symptoms: {
			en: [
				'blocked using Customer Block list',
				'client host blocked by recipient domain',
				'5.7.513 NDR'
			],
			it: [
				'bloccato tramite Customer Block list',
				'host client bloccato dal dominio del destinatario',
				'NDR 5.7.513'
			]
		},
		related: ['5.7.507']
	},
	{
		code: '5.7.515',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Sender domain below the required authentication level',
			it: 'Dominio mittente sotto il livello di autenticazione richiesto'
		},
		meaning: {
			en: "The domain in the message's From address does not meet the authentication that Microsoft requires of it (SPF, DKIM and DMARC, as applied to high-volume senders to Outlook.com); the NDR lists the SPF, DKIM and DMARC results.",
			it: "Il dominio nell'indirizzo From del messaggio non soddisfa l'autenticazione che Microsoft richiede (SPF, DKIM e DMARC, come applicato ai mittenti ad alto volume verso Outlook.com); l'NDR riporta i risultati di SPF, DKIM e DMARC."
		},
		causes: [
			{
				id: 'n-5-7-515-missing-authentication',
				title: {
					en: 'SPF, DKIM or DMARC missing or failing',
					it: 'SPF, DKIM o DMARC assenti o non superati'
				},
				detail: {
					en: 'At least one of SPF, DKIM or DMARC is missing or fails for the From domain (the NDR shows which, e.g. "Spf= Fail").',
					it: 'Almeno uno tra SPF, DKIM e DMARC manca o non viene superato per il dominio From (l\'NDR indica quale, per esempio "Spf= Fail").'
				},
				fix: [
					{
						text: {
							en: 'Read the SPF, DKIM and DMARC results at the end of the NDR text.',
							it: "Leggi i risultati SPF, DKIM e DMARC alla fine del testo dell'NDR."
						}
					},
					{
						text: {
							en: 'Make all three pass: SPF listing every sender, DKIM signing with your domain, and a DMARC record (at least p=none) aligned with one of them.',
							it: 'Fai in modo che passino tutti e tre: SPF con tutti i mittenti, firma DKIM con il tuo dominio e un record DMARC (almeno p=none) allineato con uno dei due.'
						}
					}
				],
				verify: []
			}
		],
		partner: {
			en: "If a partner's domain fails this when writing to Outlook.com users, they must complete their SPF, DKIM and DMARC setup.",
			it: 'Se il dominio di un partner fallisce questo controllo scrivendo a utenti Outlook.com, deve completare la propria configurazione SPF, DKIM e DMARC.'
		},
		queued: false,
		aliases: ["doesn't meet the required authentication level"],
		symptoms: {
			en: [
				"sending domain doesn't meet the required authentication level",
				'outlook.com bulk sender requirements',
				'Spf= Fail Dkim= Pass DMARC',
				'5.7.515 NDR'
			],
			it: [
				'il dominio mittente non raggiunge il livello di autenticazione richiesto',
				'requisiti mittenti massivi outlook.com',
				'Spf= Fail Dkim= Pass DMARC',
				'NDR 5.7.515'
			]
		},
		related: ['5.7.509', '5.7.23']
	},
	{
		code: '5.7.606',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Access denied: banned sending IP (5.7.606-649)',
			it: 'Accesso negato: IP mittente bloccato (5.7.606-649)'
		},
		meaning: {
			en: "The sending IP is on Microsoft's block list. Codes 5.7.606 to 5.7.649 all mean this; the NDR points to Microsoft's delist portal.",
			it: "L'IP mittente è nell'elenco di blocco di Microsoft. I codici da 5.7.606 a 5.7.649 hanno tutti questo significato; l'NDR rimanda al portale di rimozione di Microsoft."
		},
		causes: [
			{
				id: 'n-5-7-606-ip-on-block-list',
				title: {
					en: 'IP listed after spam or abuse',
					it: 'IP elencato dopo spam o abusi'
				},
				detail: {
					en: 'Mail from the IP (yours or a neighbour on a shared address) looked like spam or abuse.',
					it: "La posta dall'IP (tua o di un vicino su un indirizzo condiviso) è risultata simile a spam o abusi."
				},
				fix: [
					{
						text: {
							en: 'Find and stop the source of the bad mail.',
							it: "Individua e blocca l'origine della posta dannosa."
						}
					},
					{
						text: {
							en: "Request removal on Microsoft's delist portal (sender.office.com) with the IP from the NDR; delisting takes effect after a short wait.",
							it: "Richiedi la rimozione sul portale di Microsoft (sender.office.com) con l'IP indicato nell'NDR; la rimozione diventa effettiva dopo una breve attesa."
						}
					}
				],
				verify: []
			}
		],
		partner: PARTNER_MICROSOFT_BLOCK,
		queued: false,
		aliases: ['5.7.606-649', 'banned sending IP', 'sender.office.com'],
		wording: wording['5.7.606'],
		symptoms: {
			en: [
				'access denied banned sending IP',
				'delist IP sender.office.com',
				'IP blocked by Microsoft 365',
				'AS16012609'
			],
			it: [
				'accesso negato IP di invio bloccato',
				'rimozione IP sender.office.com',
				'IP bloccato da Microsoft 365',
				'AS16012609'
			]
		},
		related: ['5.7.511', '4.7.500', '4.7.650']
	},
	{
		code: '5.7.703',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Blocked by your own organisation: recipient on the tenant block list',
			it: 'Bloccato dalla tua organizzazione: destinatario nel blocco del tenant'
		},
		meaning: {
			en: 'Your own tenant blocks outgoing mail to this recipient or domain: a block entry in the Tenant Allow/Block List (domains and addresses) applies to outbound mail as well.',
			it: "Il tuo tenant blocca la posta in uscita verso questo destinatario o dominio: una voce di blocco nell'elenco tenant consentiti/bloccati (domini e indirizzi) si applica anche alla posta in uscita."
		},
		causes: [
			{
				id: 'n-5-7-703-tenant-block-entry',
				title: {
					en: 'Block entry for the recipient domain or address',
					it: 'Voce di blocco per il dominio o indirizzo del destinatario'
				},
				detail: {
					en: 'Someone added the domain or address to block incoming spam; the same entry stops your users from writing to it.',
					it: "Qualcuno ha aggiunto il dominio o l'indirizzo per bloccare lo spam in arrivo; la stessa voce impedisce ai tuoi utenti di scrivere a esso."
				},
				fix: [
					{
						text: {
							en: 'Find the entry in the Tenant Allow/Block List and remove it, or narrow it, if mail to that recipient is wanted.',
							it: "Trova la voce nell'elenco tenant consentiti/bloccati e rimuovila, o restringila, se la posta verso quel destinatario è voluta."
						},
						path: {
							en: 'Microsoft Defender > Email & collaboration > Policies & rules > Threat policies > Tenant Allow/Block Lists > Domains & addresses',
							it: 'Microsoft Defender > Posta elettronica e collaborazione > Criteri e regole > Criteri di minaccia > Elenchi tenant consentiti/bloccati > Domini e indirizzi'
						}
					}
				],
				verify: []
			}
		],
		partner: {
			en: 'The block is in your tenant, not at the partner; nothing is needed from them.',
			it: 'Il blocco è nel tuo tenant, non presso il partner; da loro non serve nulla.'
		},
		queued: false,
		aliases: ['Tenant Allow Block List', 'Tenant Recipient Block Policy'],
		symptoms: {
			en: [
				'blocked by your organization using Tenant Allow Block List',
				'cannot send to domain blocked in tenant',
				'outbound blocked by tenant block list',
				'5.7.703 NDR'
			],
			it: [
				"bloccato dalla tua organizzazione tramite l'elenco tenant consentiti/bloccati",
				'impossibile inviare a un dominio bloccato nel tenant',
				'posta in uscita bloccata dal blocco del tenant',
				'NDR 5.7.703'
			]
		},
		related: ['5.7.1']
	},
	{
		code: '5.7.705',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Tenant over the threshold: outbound mail blocked',
			it: 'Tenant oltre la soglia: posta in uscita bloccata'
		},
		meaning: {
			en: "Most of your tenant's recent outbound mail was judged suspicious, so Exchange Online Protection blocked sending for the whole tenant.",
			it: "La maggior parte della posta recente in uscita dal tuo tenant è stata giudicata sospetta, quindi Exchange Online Protection ha bloccato l'invio per tutto il tenant."
		},
		causes: [
			{
				id: 'n-5-7-705-tenant-spam',
				title: {
					en: 'Compromised accounts or an open relay in the tenant',
					it: 'Account compromessi o un open relay nel tenant'
				},
				detail: {
					en: 'Several compromised accounts, or an inbound connector that lets anyone relay through the tenant, pushed large volumes of spam.',
					it: 'Diversi account compromessi, oppure un connettore in ingresso che consente a chiunque di inoltrare tramite il tenant, hanno inviato grandi volumi di spam.'
				},
				fix: [
					{
						text: {
							en: 'Secure every compromised account and close any open relay (review inbound connectors).',
							it: 'Metti in sicurezza ogni account compromesso e chiudi eventuali open relay (controlla i connettori in ingresso).'
						},
						path: { en: 'Mail flow > Connectors', it: 'Flusso di posta > Connettori' }
					},
					{
						text: {
							en: 'Then open a case with Microsoft support to have the tenant unblocked.',
							it: 'Poi apri una richiesta al supporto Microsoft per far sbloccare il tenant.'
						}
					}
				],
				verify: []
			}
		],
		partner: PARTNER_MICROSOFT_BLOCK,
		queued: false,
		aliases: ['tenant has exceeded threshold'],
		symptoms: {
			en: [
				'access denied tenant has exceeded threshold',
				'whole tenant cannot send email',
				'Office 365 tenant blocked for spam',
				'5.7.705 NDR'
			],
			it: [
				'accesso negato tenant oltre la soglia',
				"l'intero tenant non può inviare posta",
				'tenant Office 365 bloccato per spam',
				'NDR 5.7.705'
			]
		},
		related: ['5.7.708', '5.7.750', '5.1.8']
	},
	{
		code: '5.7.708',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Traffic not accepted from this IP',
			it: 'Traffico non accettato da questo IP'
		},
		meaning: {
			en: "Exchange Online Protection refuses your tenant's outbound mail arriving from this IP, because traffic from it looked suspicious.",
			it: 'Exchange Online Protection rifiuta la posta in uscita del tuo tenant che arriva da questo IP, perché il traffico da esso è risultato sospetto.'
		},
		causes: [
			{
				id: 'n-5-7-708-suspicious-relay-ip',
				title: {
					en: 'Suspicious mail relayed from this IP',
					it: 'Posta sospetta inoltrata da questo IP'
				},
				detail: {
					en: 'An on-premises server, device or third-party service relays through the tenant from this IP and sent mail that looks like spam, or the tenant has no sending history yet.',
					it: 'Un server locale, un dispositivo o un servizio di terze parti inoltra tramite il tenant da questo IP e ha inviato posta simile a spam, oppure il tenant non ha ancora uno storico di invii.'
				},
				fix: [
					{
						text: {
							en: 'Check what relays from that IP (open relay, infected host, compromised application) and stop it.',
							it: "Controlla cosa viene inoltrato da quell'IP (open relay, host infetto, applicazione compromessa) e bloccalo."
						}
					},
					{
						text: {
							en: 'Then contact Microsoft support with the NDR to have the IP accepted again.',
							it: "Poi contatta il supporto Microsoft con l'NDR per far accettare di nuovo l'IP."
						}
					}
				],
				verify: []
			}
		],
		partner: PARTNER_MICROSOFT_BLOCK,
		queued: false,
		aliases: ['traffic not accepted from this IP'],
		wording: wording['5.7.708'],
		symptoms: {
			en: [
				'access denied traffic not accepted from this IP',
				'relay from on-premises blocked by Office 365',
				'new tenant cannot send via connector',
				'5.7.708 NDR'
			],
			it: [
				'accesso negato traffico non accettato da questo IP',
				'inoltro dal server locale bloccato da Office 365',
				'nuovo tenant non riesce a inviare tramite connettore',
				'NDR 5.7.708'
			]
		},
		related: ['5.7.705', '5.7.64', '5.7.750']
	},
	{
		code: '5.7.750',
		reply: '550',
		kind: 'neighbour',
		title: {
			en: 'Blocked for sending from unregistered domains',
			it: 'Bloccato per invio da domini non registrati'
		},
		meaning: {
			en: 'Your tenant sent mail from domains that are not added and verified in it, and Exchange Online Protection blocked that sending.',
			it: 'Il tuo tenant ha inviato posta da domini non aggiunti e verificati in esso ed Exchange Online Protection ha bloccato quegli invii.'
		},
		causes: [
			{
				id: 'n-5-7-750-unregistered-sender-domain',
				title: {
					en: 'Sender domains not registered in the tenant',
					it: 'Domini mittenti non registrati nel tenant'
				},
				detail: {
					en: 'An on-premises server or application relays through the tenant with sender addresses in domains that are not accepted domains, often in large volumes.',
					it: "Un server locale o un'applicazione inoltra tramite il tenant con indirizzi mittenti in domini che non sono domini accettati, spesso in grandi volumi."
				},
				fix: [
					{
						text: {
							en: 'Compare the sender domains of the blocked mail with your accepted domains.',
							it: 'Confronta i domini mittenti della posta bloccata con i tuoi domini accettati.'
						},
						commands: ['get-accepted-domain']
					},
					{
						text: {
							en: 'Add and verify every legitimate sender domain; stop relaying mail for domains you do not own.',
							it: 'Aggiungi e verifica ogni dominio mittente legittimo; smetti di inoltrare posta per domini che non possiedi.'
						},
						path: {
							en: 'Microsoft 365 admin center > Settings > Domains',
							it: 'Interfaccia di amministrazione di Microsoft 365 > Impostazioni > Domini'
						}
					},
					{
						text: {
							en: 'If the block stays after that, contact Microsoft support.',
							it: 'Se il blocco resta dopo queste correzioni, contatta il supporto Microsoft.'
						}
					}
				],
				verify: ['get-accepted-domain']
			}
		],
		partner: {
			en: "This concerns your own tenant. If you relay mail for a partner's domain, they must send it themselves or their domain must be set up properly.",
			it: 'Riguarda il tuo tenant. Se inoltri posta per il dominio di un partner, deve inviarla lui stesso oppure il suo dominio deve essere configurato correttamente.'
		},
		queued: false,
		aliases: ['Client blocked from sending from unregistered domains', 'unregistered domains'],
		symptoms: {
			en: [
				'client blocked from sending from unregistered domains',
				'sender domain not accepted domain relay',
				'service unavailable unregistered domains',
				'5.7.750 NDR'
			],
			it: [
				'client bloccato per invio da domini non registrati',
				'dominio mittente non accettato inoltro',
				'servizio non disponibile domini non registrati',
				'NDR 5.7.750'
			]
		},
		related: ['5.7.64', '5.7.705', '5.7.708']
	}
];
