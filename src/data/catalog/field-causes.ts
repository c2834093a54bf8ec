import type { Cause, Localized, Step } from '../../lib/catalog/types';

/*
 * Causes admins hit in the field that the source article does not name (reference/field-causes.md,
 * an Exchange engineer's review with its sources), and one "not listed here" cause per code: the
 * catalog is not complete, so a path that rules out every listed cause must still end with the
 * next evidence to gather. `codeNote` marks causes whose code Microsoft does not document.
 */

const CONNECTORS: Localized = {
	en: 'Mail flow > Connectors',
	it: 'Flusso di posta > Connettori'
};

const MESSAGE_TRACE: Localized = {
	en: 'Mail flow > Message trace',
	it: 'Flusso di posta > Traccia messaggi'
};

/*
 * The validation starts from Microsoft 365's own addresses, so it is the outside test that counts;
 * a test from a cloud VM proves nothing where the cloud blocks outbound port 25 (field-causes.md).
 */
const VALIDATE_CONNECTOR: Step = {
	text: {
		en: 'Open the connector in the Exchange admin center and run "Validate this connector": the test starts from Microsoft 365\'s side, as the real deliveries do. Note the step where it fails.',
		it: "Apri il connettore nell'interfaccia di amministrazione di Exchange e avviane la convalida: il test parte dal lato di Microsoft 365, come i recapiti reali. Annota il passaggio in cui non riesce."
	},
	path: CONNECTORS
};

export const staleTlsCertificateName: Cause = {
	id: 'stale-tls-certificate-name',
	title: {
		en: 'The receive connector still names the old certificate',
		it: 'Il connettore di ricezione indica ancora il vecchio certificato'
	},
	detail: {
		en: 'A certificate was renewed or replaced lately, but the receive connector Microsoft 365 reaches still names the old one in TlsCertificateName. That value holds issuer and subject, not a thumbprint, so it stops matching when the new certificate comes from another intermediate CA or carries a different subject, or when the old one is deleted. The server then no longer offers STARTTLS (the 4.4.317 detail quotes 451 5.7.3 STARTTLS is required to send mail) or falls back to its own self-signed certificate (4.7.320 with Presented Subject: CN=<server name>), and logs event 12014 because it finds no matching certificate. Telling sign: the failures started with the renewal, and the new certificate itself is valid.',
		it: "Di recente un certificato è stato rinnovato o sostituito, ma il connettore di ricezione raggiunto da Microsoft 365 indica ancora il vecchio in TlsCertificateName. Quel valore contiene emittente e soggetto, non il thumbprint, quindi smette di corrispondere quando il nuovo certificato proviene da un'altra CA intermedia o ha un soggetto diverso, oppure quando il vecchio viene eliminato. Il server allora non offre più STARTTLS (il dettaglio di 4.4.317 riporta 451 5.7.3 STARTTLS is required to send mail) oppure ripiega sul proprio certificato autofirmato (4.7.320 con Presented Subject: CN=<nome server>), e registra l'evento 12014 perché non trova un certificato corrispondente. Segno distintivo: gli errori sono iniziati con il rinnovo e il nuovo certificato in sé è valido."
	},
	fix: [
		{
			text: {
				en: 'On every server that receives from Microsoft 365, compare the TlsCertificateName of the receive connector with the <I>issuer<S>subject line of the certificate enabled for SMTP. A value that differs, or that belongs to the old certificate, proves this cause.',
				it: 'Su ogni server che riceve da Microsoft 365, confronta TlsCertificateName del connettore di ricezione con la riga <I>emittente<S>soggetto del certificato abilitato per SMTP. Un valore diverso, o che appartiene al vecchio certificato, conferma questa causa.'
			},
			commands: ['get-receive-connector-tls', 'get-exchange-certificate']
		},
		{
			text: {
				en: 'Make sure the new certificate is enabled for SMTP, then set TlsCertificateName to it on each of those connectors. In a hybrid setup you can instead run the Hybrid Configuration Wizard again and pick the new certificate.',
				it: 'Verifica che il nuovo certificato sia abilitato per SMTP, poi imposta TlsCertificateName su di esso in ognuno di quei connettori. In un ambiente ibrido puoi invece eseguire di nuovo la Configurazione guidata ibrida e scegliere il nuovo certificato.'
			},
			commands: ['set-receive-connector-tls']
		},
		{
			text: {
				en: 'Check that each server offers STARTTLS again and presents the new certificate (a check from inside your network against the server is enough for this), then validate the connector and watch the next retry: the Defer events should stop.',
				it: "Verifica che ogni server offra di nuovo STARTTLS e presenti il nuovo certificato (per questo basta una prova dall'interno della tua rete verso il server), poi convalida il connettore e controlla il tentativo successivo: gli eventi Defer devono cessare."
			},
			path: CONNECTORS,
			commands: ['openssl-starttls', 'get-receive-connector-tls']
		}
	],
	verify: ['get-receive-connector-tls', 'get-exchange-certificate', 'openssl-starttls'],
	situations: {
		en: [
			'renewed the cert and hybrid mail stopped',
			'new certificate, STARTTLS gone',
			'TlsCertificateName still points at the old cert',
			'deleted the expired certificate and mail stopped flowing',
			'event 12014 after the certificate renewal',
			'Presented Subject CN=server name right after the renewal',
			'451 5.7.3 STARTTLS is required to send mail',
			'forgot to rerun the hybrid wizard after the renewal',
			'new cert issued by a different intermediate CA'
		],
		it: [
			'rinnovato il cert e la posta ibrida si è fermata',
			'nuovo certificato, STARTTLS sparito',
			'TlsCertificateName punta ancora al vecchio cert',
			'eliminato il certificato scaduto e la posta si è bloccata',
			'evento 12014 dopo il rinnovo del certificato',
			'Presented Subject CN=nome del server subito dopo il rinnovo',
			'451 5.7.3 STARTTLS is required to send mail',
			'dimenticato di rieseguire la configurazione ibrida dopo il rinnovo',
			'nuovo cert emesso da una CA intermedia diversa'
		]
	}
};

export const partialFixBehindBalancer: Cause = {
	id: 'partial-fix-behind-balancer',
	title: {
		en: 'Only some servers behind the shared address were fixed',
		it: 'Corretti solo alcuni dei server dietro lo stesso indirizzo'
	},
	detail: {
		en: 'Several servers receive for the same name, through NAT, a load balancer or several smart hosts, and the fix (new certificate enabled for SMTP, corrected TlsCertificateName) reached only some of them. Each attempt lands on whichever server takes it, so a message goes through one time and fails the next. Telling sign: the failures are intermittent, and LastAttemptedIP differs between failed and delivered messages or, behind a single address, the server name in the 220 greeting changes from one connection to the next. One passing test proves nothing for the other servers.',
		it: "Più server ricevono per lo stesso nome, tramite NAT, un bilanciatore di carico o più smart host, e la correzione (nuovo certificato abilitato per SMTP, TlsCertificateName corretto) è arrivata solo su alcuni. Ogni tentativo finisce sul server che lo prende in carico, quindi un messaggio passa una volta e fallisce quella dopo. Segno distintivo: gli errori sono intermittenti, e LastAttemptedIP cambia tra messaggi non riusciti e recapitati oppure, dietro un solo indirizzo, il nome del server nel benvenuto 220 cambia da una connessione all'altra. Una prova riuscita non dimostra nulla per gli altri server."
	},
	fix: [
		{
			text: {
				en: 'List every server that can receive for that name (each smart host, each public address, each member of the balancer pool), and compare LastAttemptedIP of failed and delivered messages in message trace.',
				it: 'Elenca tutti i server che possono ricevere per quel nome (ogni smart host, ogni indirizzo pubblico, ogni membro del pool del bilanciatore) e confronta LastAttemptedIP dei messaggi non riusciti e di quelli recapitati nella traccia messaggi.'
			},
			path: MESSAGE_TRACE,
			commands: ['get-outbound-connector', 'resolve-host']
		},
		{
			text: {
				en: 'On each server, read the certificate named on the receive connector, and test STARTTLS against its own internal address so that the balancer does not choose for you.',
				it: 'Su ogni server leggi il certificato indicato sul connettore di ricezione e prova STARTTLS verso il suo indirizzo interno, così che non sia il bilanciatore a scegliere il server.'
			},
			commands: ['get-receive-connector-tls', 'openssl-starttls', 'get-exchange-certificate']
		},
		{
			text: {
				en: 'Apply the same fix to the servers left behind, or take them out of the pool until they are fixed.',
				it: 'Applica la stessa correzione ai server rimasti indietro, oppure toglili dal pool finché non sono corretti.'
			},
			commands: ['set-receive-connector-tls']
		},
		{
			text: {
				en: 'Watch several retries, not just one: every message should now go through, whichever server takes it.',
				it: 'Controlla più tentativi, non uno solo: ora ogni messaggio deve passare, qualunque server lo prenda in carico.'
			}
		}
	],
	verify: ['get-receive-connector-tls', 'openssl-starttls', 'get-exchange-certificate'],
	situations: {
		en: [
			'only some messages fail',
			'works on one node, fails on the other',
			'fixed the cert on one server only',
			'intermittent 4.7.320 behind the load balancer',
			'LastAttemptedIP changes between messages',
			'second Exchange server forgotten after the renewal',
			'half of the mail goes through',
			'new node added to the pool with the default certificate'
		],
		it: [
			'falliscono solo alcuni messaggi',
			"funziona su un nodo, sull'altro no",
			'cert sistemato solo su un server',
			'4.7.320 intermittente dietro il bilanciatore',
			"LastAttemptedIP cambia da un messaggio all'altro",
			'secondo server Exchange dimenticato dopo il rinnovo',
			'passa metà della posta',
			'nuovo nodo aggiunto al pool con il certificato predefinito'
		]
	}
};

export const firewallDropsM365: Cause = {
	id: 'firewall-drops-m365',
	title: {
		en: 'A firewall silently drops Microsoft 365',
		it: 'Il firewall scarta in silenzio Microsoft 365'
	},
	detail: {
		en: "Port 25 is open only to some source addresses, and Microsoft 365's current ranges are not among them: an allow list left from a previous filtering service, a range list nobody updated, geo-blocking, or an IPS rule. The firewall discards the packets without answering, so Microsoft 365 waits and times out instead of being refused. Telling sign: a test from an outside address the rule allows passes while the connector validation fails; the SMTP receive log has no Microsoft 365 session at the failure times; and the firewall log shows drops from Microsoft 365 addresses.",
		it: 'La porta 25 è aperta solo ad alcuni indirizzi di origine, e gli intervalli attuali di Microsoft 365 non sono tra questi: una whitelist rimasta da un precedente servizio di filtro, un elenco di intervalli mai aggiornato, un blocco geografico o una regola IPS. Il firewall scarta i pacchetti senza rispondere, quindi Microsoft 365 attende e va in timeout invece di essere rifiutato. Segno distintivo: una prova da un indirizzo esterno ammesso dalla regola riesce mentre la convalida del connettore non riesce; il log di ricezione SMTP non ha sessioni di Microsoft 365 negli orari degli errori; il log del firewall mostra pacchetti scartati provenienti da indirizzi di Microsoft 365.'
	},
	fix: [
		VALIDATE_CONNECTOR,
		{
			text: {
				en: 'Look for Microsoft 365 sessions in the SMTP receive log at the failure times. None means the traffic stopped before the server.',
				it: 'Cerca sessioni di Microsoft 365 nel log di ricezione SMTP negli orari degli errori. Nessuna sessione significa che il traffico si è fermato prima del server.'
			},
			commands: ['smtp-receive-log']
		},
		{
			text: {
				en: 'In the firewall log, filter on port 25 and the Microsoft 365 ranges: drops or denies at those times prove this cause. Check the geo-IP and IPS settings of the same rule too.',
				it: 'Nel log del firewall filtra sulla porta 25 e sugli intervalli di Microsoft 365: pacchetti scartati o negati in quegli orari confermano questa causa. Controlla anche le impostazioni geo-IP e IPS della stessa regola.'
			}
		},
		{
			text: {
				en: 'Allow the current Exchange Online ranges from Microsoft\'s published list "Microsoft 365 URLs and IP address ranges" as sources on TCP 25, in place of the previous service\'s list, and plan to update them when Microsoft changes the list.',
				it: "Consenti come origini sulla porta TCP 25 gli intervalli attuali di Exchange Online dall'elenco pubblicato da Microsoft \"URL e intervalli di indirizzi IP di Microsoft 365\", al posto dell'elenco del servizio precedente, e prevedi di aggiornarli quando Microsoft modifica l'elenco."
			}
		},
		{
			text: {
				en: 'Validate the connector again, then watch the next retry: Microsoft 365 sessions should now appear in the receive log.',
				it: 'Convalida di nuovo il connettore, poi controlla il tentativo successivo: le sessioni di Microsoft 365 devono ora comparire nel log di ricezione.'
			},
			path: CONNECTORS,
			commands: ['smtp-receive-log']
		}
	],
	verify: ['smtp-receive-log', 'resolve-host'],
	situations: {
		en: [
			'moved from Mimecast to EOP, port 25 still locked to the old vendor',
			'firewall only allows the old spam filter',
			'Microsoft 365 IP list outdated on the firewall',
			'geo-blocking drops Microsoft datacenter traffic',
			'IPS blocks SMTP from Microsoft',
			'connector validation fails but telnet from home works',
			'nothing from Microsoft in the SMTP receive log',
			'firewall log shows drops from 40.107.x.x'
		],
		it: [
			'passati da Mimecast a EOP, porta 25 ancora chiusa sul vecchio fornitore',
			'il firewall ammette solo il vecchio antispam',
			'elenco IP di Microsoft 365 non aggiornato sul firewall',
			'il blocco geografico scarta il traffico dei datacenter Microsoft',
			"l'IPS blocca l'SMTP da Microsoft",
			'la convalida del connettore fallisce ma il telnet da casa funziona',
			'nessuna traccia di Microsoft nel log di ricezione SMTP',
			'il log del firewall mostra pacchetti scartati da 40.107.x.x'
		]
	}
};

export const nothingListening: Cause = {
	id: 'nothing-listening',
	title: {
		en: 'Nothing listens on port 25 behind the firewall',
		it: 'Nessun servizio in ascolto sulla porta 25 dietro il firewall'
	},
	detail: {
		en: 'The firewall lets the connection through, but what it reaches has nothing on port 25: the Microsoft Exchange Frontend Transport service is stopped or disabled (often after an update that did not finish), the NAT or port forwarding sends port 25 to the wrong internal host, or another program holds the port. The refusal comes from the host itself, not from a firewall rule. Telling sign: a test of port 25 on the server itself. If it fails there, the service is at fault; if it passes there but not from outside, the NAT target is. This is not the case of a server switched off on purpose after a completed migration.',
		it: "Il firewall lascia passare la connessione, ma ciò che raggiunge non ha nulla sulla porta 25: il servizio Microsoft Exchange Frontend Transport è fermo o disattivato (spesso dopo un aggiornamento non terminato), il NAT o il port forwarding manda la porta 25 all'host interno sbagliato, oppure un altro programma occupa la porta. Il rifiuto arriva dall'host stesso, non da una regola del firewall. Segno distintivo: una prova della porta 25 sul server stesso. Se lì non riesce, la colpa è del servizio; se lì riesce ma dall'esterno no, è della destinazione del NAT. Non è il caso di un server spento di proposito dopo una migrazione completata."
	},
	fix: [
		{
			text: {
				en: 'On the mail server, test port 25 locally and check the transport services.',
				it: 'Sul server di posta prova la porta 25 in locale e controlla i servizi di trasporto.'
			},
			commands: ['test-port-25-local', 'get-transport-services']
		},
		{
			text: {
				en: 'If nothing listens: start Microsoft Exchange Frontend Transport and Microsoft Exchange Transport, set them back to Automatic if an update left them Disabled (and finish that update), and read the Application log for why they stopped.',
				it: "Se non è in ascolto nulla: avvia Microsoft Exchange Frontend Transport e Microsoft Exchange Transport, reimpostali su Automatico se un aggiornamento li ha lasciati disattivati (e completa quell'aggiornamento), poi leggi nel registro Applicazione perché si sono fermati."
			},
			commands: ['get-transport-services']
		},
		{
			text: {
				en: "If the local test passes: open the NAT or port forwarding rule for port 25 and check that its internal target is this server's current address. From another machine on your network, test port 25 on that internal address too.",
				it: "Se la prova locale riesce: apri la regola di NAT o port forwarding per la porta 25 e verifica che la destinazione interna sia l'indirizzo attuale di questo server. Da un altro computer della tua rete prova la porta 25 anche su quell'indirizzo interno."
			},
			commands: ['test-port-25', 'telnet-port-25']
		},
		{
			text: {
				en: 'Validate the connector, then watch the next retry.',
				it: 'Convalida il connettore, poi controlla il tentativo successivo.'
			},
			path: CONNECTORS
		}
	],
	verify: ['test-port-25-local', 'get-transport-services', 'telnet-port-25'],
	situations: {
		en: [
			'Frontend Transport service stopped',
			'transport services disabled after a failed CU',
			'port forwarding still points at the old server',
			'NAT to the wrong internal IP',
			'Exchange server got a new internal IP, firewall not updated',
			'telnet localhost 25 fails on the Exchange server',
			'connection refused right after patching',
			'another SMTP service grabbed port 25'
		],
		it: [
			'servizio Frontend Transport fermo',
			'servizi di trasporto disattivati dopo una CU fallita',
			'il port forwarding punta ancora al vecchio server',
			"NAT verso l'IP interno sbagliato",
			'il server Exchange ha un nuovo IP interno, firewall non aggiornato',
			'telnet localhost 25 fallisce sul server Exchange',
			'connessione rifiutata subito dopo le patch',
			'un altro servizio SMTP ha occupato la porta 25'
		]
	}
};

export const smtpInspectionStripsStarttls: Cause = {
	id: 'smtp-inspection-strips-starttls',
	title: {
		en: 'Firewall SMTP inspection hides STARTTLS',
		it: "L'ispezione SMTP del firewall nasconde STARTTLS"
	},
	detail: {
		en: "A firewall in front of the server inspects SMTP (ESMTP inspection, or Cisco's fixup) and rewrites the session: it masks the greeting with asterisks and replaces the STARTTLS line of the EHLO reply with 250-XXXXXXXA. Microsoft 365, which wants TLS, sees no STARTTLS and gives up. Unlike the resets of 4.4.318, the connection stays up, and the server offers TLS correctly when reached without crossing the firewall. Telling sign: the asterisks or 250-XXXXXXXA in a session that crosses the firewall.",
		it: "Un firewall davanti al server ispeziona l'SMTP (ispezione ESMTP, o il fixup di Cisco) e riscrive la sessione: copre il benvenuto con asterischi e sostituisce la riga STARTTLS della risposta EHLO con 250-XXXXXXXA. Microsoft 365, che vuole TLS, non vede STARTTLS e rinuncia. A differenza delle interruzioni di 4.4.318, la connessione resta aperta, e il server offre TLS correttamente quando lo si raggiunge senza attraversare il firewall. Segno distintivo: gli asterischi o 250-XXXXXXXA in una sessione che attraversa il firewall."
	},
	fix: [
		{
			text: {
				en: 'Connect to port 25 through the firewall, send EHLO and read the reply: a banner of asterisks or 250-XXXXXXXA where 250-STARTTLS should be proves it. Straight to the server from inside, STARTTLS should be listed.',
				it: "Connettiti alla porta 25 attraverso il firewall, invia EHLO e leggi la risposta: un banner di asterischi o 250-XXXXXXXA al posto di 250-STARTTLS lo conferma. Direttamente verso il server dall'interno, STARTTLS deve comparire."
			},
			commands: ['telnet-port-25']
		},
		{
			text: {
				en: 'Turn off ESMTP/SMTP inspection for port 25, or exempt the Microsoft 365 ranges from it (on a Cisco ASA: no inspect esmtp under class inspection_default of the global policy), and leave SMTP to the mail server.',
				it: "Disattiva l'ispezione ESMTP/SMTP per la porta 25, o escludi da essa gli intervalli di Microsoft 365 (su un Cisco ASA: no inspect esmtp sotto class inspection_default della policy globale), e lascia l'SMTP al server di posta."
			}
		},
		{
			text: {
				en: 'Check again through the firewall that STARTTLS is offered and the handshake completes, then watch the next retry.',
				it: "Verifica di nuovo attraverso il firewall che STARTTLS venga offerto e che l'handshake si completi, poi controlla il tentativo successivo."
			},
			commands: ['telnet-port-25', 'openssl-starttls']
		}
	],
	verify: ['telnet-port-25', 'openssl-starttls'],
	situations: {
		en: [
			'Cisco ASA inspect esmtp',
			'250-XXXXXXXA in the EHLO reply',
			'SMTP banner full of asterisks',
			'STARTTLS missing only from outside',
			'new firewall with SMTP inspection on by default',
			'fixup smtp on the old PIX',
			'firewall upgrade turned SMTP inspection back on',
			'UTM SMTP proxy in front of Exchange'
		],
		it: [
			'inspect esmtp sul Cisco ASA',
			'250-XXXXXXXA nella risposta EHLO',
			'banner SMTP pieno di asterischi',
			'STARTTLS manca solo da fuori',
			"nuovo firewall con l'ispezione SMTP attiva di default",
			'fixup smtp sul vecchio PIX',
			"l'aggiornamento del firewall ha riattivato l'ispezione SMTP",
			"proxy SMTP dell'UTM davanti a Exchange"
		]
	}
};

export const serverBusyOrMaintenance: Cause = {
	id: 'server-busy-or-maintenance',
	title: {
		en: 'Server busy, at its connection limit, or left in maintenance',
		it: 'Server sotto carico, al limite di connessioni o lasciato in manutenzione'
	},
	detail: {
		en: "Exchange accepts the connection but refuses the mail, with a reply of its own that [Message=...] quotes: 452 4.3.1 Insufficient system resources (back pressure: the transport server is short of disk space or memory), 421 4.3.2 The maximum number of concurrent connections has exceeded a limit (the receive connector's limit per source), or 421 4.3.2 Service not available (HubTransport left Draining after maintenance). The maintenance refusal comes after MAIL FROM, not in the greeting, so a telnet check that stops at the 220 banner sees a healthy server. Telling sign: the quoted reply itself.",
		it: 'Exchange accetta la connessione ma rifiuta la posta, con una propria risposta riportata in [Message=...]: 452 4.3.1 Insufficient system resources (back pressure: il server di trasporto è a corto di spazio su disco o di memoria), 421 4.3.2 The maximum number of concurrent connections has exceeded a limit (il limite per origine del connettore di ricezione) oppure 421 4.3.2 Service not available (HubTransport lasciato in Draining dopo una manutenzione). Il rifiuto per manutenzione arriva dopo MAIL FROM, non nel benvenuto, quindi una prova con telnet che si ferma al banner 220 vede un server sano. Segno distintivo: la risposta riportata stessa.'
	},
	codeNote: {
		en: 'Microsoft does not document which code Exchange Online reports for these replies. This catalog files them under 4.4.317 because the server turns the session down right after connecting, but that mapping is not confirmed: if one of these replies is quoted in [Message=...], this cause applies whatever code surrounds it.',
		it: "Microsoft non documenta quale codice Exchange Online riporti per queste risposte. Questo catalogo le colloca sotto 4.4.317 perché il server rifiuta la sessione subito dopo la connessione, ma l'associazione non è confermata: se una di queste risposte compare in [Message=...], questa causa vale qualunque sia il codice intorno."
	},
	fix: [
		{
			text: {
				en: 'Read the reply quoted in [Message=...] of the Defer event (message trace), then check the maintenance state of every server that receives from Microsoft 365.',
				it: "Leggi la risposta riportata in [Message=...] dell'evento Defer (traccia messaggi), poi controlla lo stato di manutenzione di ogni server che riceve da Microsoft 365."
			},
			path: MESSAGE_TRACE,
			commands: ['get-server-component-state']
		},
		{
			text: {
				en: 'If HubTransport, FrontendTransport or ServerWideOffline is Draining or Inactive, bring the server back: Set-ServerComponentState <server> -Component HubTransport -State Active -Requester Maintenance (likewise for ServerWideOffline), and Resume-ClusterNode if it is a DAG member.',
				it: 'Se HubTransport, FrontendTransport o ServerWideOffline è Draining o Inactive, riporta il server in servizio: Set-ServerComponentState <server> -Component HubTransport -State Active -Requester Maintenance (allo stesso modo per ServerWideOffline), e Resume-ClusterNode se fa parte di un DAG.'
			},
			commands: ['get-server-component-state']
		},
		{
			text: {
				en: 'For 452 4.3.1, look for back pressure events (15004 to 15007, source MSExchangeTransport) and free disk space on the queue drive or memory on the server.',
				it: "Per 452 4.3.1 cerca gli eventi di back pressure (da 15004 a 15007, origine MSExchangeTransport) e libera spazio sull'unità della coda o memoria sul server."
			},
			commands: ['get-queue']
		},
		{
			text: {
				en: 'For 421 4.3.2 about concurrent connections, read the limits of the receive connector and raise those lowered below what Microsoft 365 opens at once.',
				it: 'Per 421 4.3.2 sulle connessioni simultanee, leggi i limiti del connettore di ricezione e aumenta quelli ridotti sotto il numero di sessioni che Microsoft 365 apre insieme.'
			},
			commands: ['get-receive-connector-limits']
		},
		{
			text: {
				en: 'Connect manually and go past the greeting (EHLO, then MAIL FROM) to see that the refusal is gone, then watch the next retry.',
				it: 'Connettiti manualmente e vai oltre il benvenuto (EHLO, poi MAIL FROM) per vedere che il rifiuto è sparito, poi controlla il tentativo successivo.'
			},
			commands: ['telnet-port-25']
		}
	],
	verify: [
		'get-server-component-state',
		'get-receive-connector-limits',
		'get-queue',
		'telnet-port-25'
	],
	situations: {
		en: [
			'forgot to take the server out of maintenance mode',
			'HubTransport stuck in Draining after the CU',
			'421 4.3.2 Service not available after MAIL FROM',
			'telnet banner looks fine but mail is refused',
			'452 4.3.1 Insufficient system resources',
			'queue drive almost full, back pressure kicked in',
			'maximum number of concurrent connections has exceeded a limit',
			'ran the maintenance script, skipped the exit steps'
		],
		it: [
			'dimenticato di togliere il server dalla modalità manutenzione',
			'HubTransport bloccato in Draining dopo la CU',
			'421 4.3.2 Service not available dopo MAIL FROM',
			'il banner in telnet sembra a posto ma la posta viene rifiutata',
			'452 4.3.1 Insufficient system resources',
			'disco della coda quasi pieno, è scattato il back pressure',
			'maximum number of concurrent connections has exceeded a limit',
			'eseguito lo script di manutenzione, saltati i passaggi di uscita'
		]
	}
};

export const tlsOldVersionsOnly: Cause = {
	id: 'tls-old-versions-only',
	title: {
		en: 'The server offers only old TLS versions',
		it: 'Il server offre solo versioni TLS obsolete'
	},
	detail: {
		en: 'STARTTLS is offered, but the handshake fails: the server speaks only TLS 1.0 or 1.1, or only weak cipher suites, and Exchange Online does not send mail over TLS 1.0 or 1.1. Typical of older Windows Server and Exchange builds, or of a hardening change that switched TLS 1.2 off. Telling sign: [Message=...] reads TLS negotiation failed while STARTTLS does appear in the EHLO reply, and a client held to TLS 1.2 fails where one allowed TLS 1.0 succeeds.',
		it: "STARTTLS viene offerto, ma l'handshake non riesce: il server parla solo TLS 1.0 o 1.1, o solo suite di cifratura deboli, ed Exchange Online non invia posta su TLS 1.0 o 1.1. Tipico di versioni più vecchie di Windows Server ed Exchange, o di un intervento di hardening che ha disattivato TLS 1.2. Segno distintivo: [Message=...] riporta TLS negotiation failed mentre STARTTLS compare nella risposta EHLO, e un client limitato a TLS 1.2 non riesce dove uno che ammette TLS 1.0 riesce."
	},
	fix: [
		{
			text: {
				en: 'Test the handshake with TLS 1.2 only, then with TLS 1.0.',
				it: "Prova l'handshake solo con TLS 1.2, poi con TLS 1.0."
			},
			commands: ['openssl-tls12']
		},
		{
			text: {
				en: "Turn TLS 1.2 on: in the Schannel registry keys (TLS 1.2, Client and Server: Enabled 1, DisabledByDefault 0) or with a tool such as IIS Crypto, and have .NET use strong cryptography (SystemDefaultTlsVersions and SchUseStrongCrypto set to 1 under the .NETFramework v4.0.30319 keys). Follow Microsoft's TLS guidance for your Exchange version; old builds need an update first.",
				it: 'Attiva TLS 1.2: nelle chiavi di registro di Schannel (TLS 1.2, Client e Server: Enabled 1, DisabledByDefault 0) o con uno strumento come IIS Crypto, e fai usare a .NET la crittografia avanzata (SystemDefaultTlsVersions e SchUseStrongCrypto impostati a 1 sotto le chiavi .NETFramework v4.0.30319). Segui le indicazioni TLS di Microsoft per la tua versione di Exchange; le build vecchie richiedono prima un aggiornamento.'
			}
		},
		{
			text: {
				en: 'Restart the server in a maintenance window: Schannel changes apply only after a restart.',
				it: 'Riavvia il server in una finestra di manutenzione: le modifiche a Schannel hanno effetto solo dopo il riavvio.'
			}
		},
		{
			text: {
				en: 'Repeat the TLS 1.2 test, then watch the next retry.',
				it: 'Ripeti la prova con TLS 1.2, poi controlla il tentativo successivo.'
			},
			commands: ['openssl-tls12']
		}
	],
	verify: ['openssl-tls12', 'openssl-starttls'],
	situations: {
		en: [
			'TLS negotiation failed with error SocketError',
			'TLS 1.2 disabled in the registry',
			'hardening script turned off TLS 1.2',
			'applied an IIS Crypto template and mail stopped',
			'server only speaks TLS 1.0',
			'old Exchange on Windows Server 2008 R2',
			'handshake fails with modern clients only',
			'Microsoft dropped TLS 1.0 and hybrid mail broke'
		],
		it: [
			'TLS negotiation failed with error SocketError',
			'TLS 1.2 disattivato nel registro',
			'uno script di hardening ha spento TLS 1.2',
			'applicato un modello di IIS Crypto e la posta si è fermata',
			'il server parla solo TLS 1.0',
			'vecchio Exchange su Windows Server 2008 R2',
			"l'handshake fallisce solo con i client moderni",
			'Microsoft ha abbandonato TLS 1.0 e la posta ibrida si è rotta'
		]
	}
};

export const aaaaWithoutIpv6: Cause = {
	id: 'aaaa-without-ipv6',
	title: {
		en: 'AAAA record published, IPv6 not open',
		it: 'Record AAAA pubblicato, IPv6 non aperto'
	},
	detail: {
		en: 'The name Microsoft 365 delivers to has an IPv6 (AAAA) record next to its IPv4 one, and Exchange Online prefers IPv6 when it exists. If the firewall does not pass TCP 25 on that IPv6 address, or the address does not lead to the mail server, delivery times out (or is refused) while every IPv4 test passes. Telling sign: LastAttemptedIP is an IPv6 address.',
		it: "Il nome a cui recapita Microsoft 365 ha un record IPv6 (AAAA) accanto a quello IPv4, ed Exchange Online preferisce IPv6 quando esiste. Se il firewall non lascia passare la porta TCP 25 su quell'indirizzo IPv6, o se l'indirizzo non porta al server di posta, il recapito va in timeout (o viene rifiutato) mentre tutte le prove su IPv4 riescono. Segno distintivo: LastAttemptedIP è un indirizzo IPv6."
	},
	fix: [
		{
			text: {
				en: 'Look up the AAAA record of the smart host (or of the MX), as the internet sees it, and compare with LastAttemptedIP.',
				it: "Cerca il record AAAA dello smart host (o dell'MX) come lo vede Internet e confrontalo con LastAttemptedIP."
			},
			commands: ['resolve-aaaa', 'resolve-public']
		},
		{
			text: {
				en: 'Either open TCP 25 on that IPv6 address through to the mail server, allowing the Microsoft 365 IPv6 ranges, or remove the AAAA record if you do not receive mail over IPv6.',
				it: "Apri la porta TCP 25 su quell'indirizzo IPv6 fino al server di posta, consentendo gli intervalli IPv6 di Microsoft 365, oppure rimuovi il record AAAA se non ricevi posta via IPv6."
			}
		},
		{
			text: {
				en: "After a DNS change, wait for the record's TTL to run out, then watch the next retry: LastAttemptedIP should be the address you expect.",
				it: "Dopo una modifica DNS attendi che scada il TTL del record, poi controlla il tentativo successivo: LastAttemptedIP deve essere l'indirizzo atteso."
			},
			commands: ['resolve-aaaa']
		}
	],
	verify: ['resolve-aaaa', 'resolve-public'],
	situations: {
		en: [
			'DNS host added AAAA records on its own',
			'turned on IPv6 for the domain, firewall only allows IPv4',
			'LastAttemptedIP is an IPv6 address',
			'telnet over IPv4 works, Microsoft still times out',
			'provider gave us IPv6 and mail stopped',
			'AAAA points at the web server, not at Exchange',
			'new IPv6 prefix from the ISP'
		],
		it: [
			'il provider DNS ha aggiunto da solo i record AAAA',
			'attivato IPv6 sul dominio, il firewall ammette solo IPv4',
			'LastAttemptedIP è un indirizzo IPv6',
			'telnet in IPv4 funziona, Microsoft va ancora in timeout',
			'il provider ci ha dato IPv6 e la posta si è fermata',
			'il record AAAA punta al server web, non a Exchange',
			'nuovo prefisso IPv6 dal provider'
		]
	}
};

export const certRevocationCheckFailed: Cause = {
	id: 'cert-revocation-check-failed',
	title: {
		en: "The certificate's revocation check fails",
		it: 'Il controllo di revoca del certificato non riesce'
	},
	detail: {
		en: "Dates and names are right, but the certificate's revocation status cannot be confirmed: the revocation list (CRL) or OCSP address written in it cannot be reached, because a proxy or firewall blocks it, the address is internal, or the CA's service is down. Exchange Online checks revocation under both CertificateValidation and DomainValidation, and it fetches those addresses from the internet. Telling sign on your side: Get-ExchangeCertificate shows Status RevocationCheckFailure instead of Valid, which means the server itself cannot reach them either.",
		it: "Date e nomi sono corretti, ma lo stato di revoca del certificato non può essere confermato: l'elenco di revoca (CRL) o l'indirizzo OCSP scritti nel certificato non sono raggiungibili, perché un proxy o un firewall li blocca, perché l'indirizzo è interno o perché il servizio della CA non funziona. Exchange Online controlla la revoca sia con CertificateValidation sia con DomainValidation, e recupera quegli indirizzi da Internet. Segno distintivo dal tuo lato: Get-ExchangeCertificate mostra Status RevocationCheckFailure invece di Valid, il che significa che nemmeno il server stesso riesce a raggiungerli."
	},
	fix: [
		{
			text: {
				en: 'Check the status of the certificate on each Exchange server.',
				it: 'Controlla lo stato del certificato su ogni server Exchange.'
			},
			commands: ['get-exchange-certificate']
		},
		{
			text: {
				en: "Find the CRL and OCSP addresses in the certificate (CRL Distribution Points and Authority Information Access, in openssl x509 -text or the certificate's Details tab) and open them from the server. They must also be public: Exchange Online cannot reach an address inside your network.",
				it: 'Trova gli indirizzi CRL e OCSP nel certificato (CRL Distribution Points e Authority Information Access, con openssl x509 -text o nella scheda Dettagli del certificato) e aprili dal server. Devono essere anche pubblici: Exchange Online non può raggiungere un indirizzo interno alla tua rete.'
			},
			commands: ['openssl-starttls']
		},
		{
			text: {
				en: "Let the server reach them: allow outbound HTTP to those addresses, or set the machine-wide proxy (netsh winhttp set proxy) if the server goes out through one. If the CA's service is down, only the CA can fix it; a certificate whose CRL sits on an internal address must be replaced by one from a public CA.",
				it: "Fai in modo che il server li raggiunga: consenti l'HTTP in uscita verso quegli indirizzi, oppure imposta il proxy di sistema (netsh winhttp set proxy) se il server esce tramite un proxy. Se il servizio della CA non funziona, può correggerlo solo la CA; un certificato con la CRL su un indirizzo interno va sostituito con uno di una CA pubblica."
			}
		},
		{
			text: {
				en: 'Check the status again until it reads Valid, then watch the next retry.',
				it: 'Ricontrolla lo stato finché risulta Valid, poi controlla il tentativo successivo.'
			},
			commands: ['get-exchange-certificate']
		}
	],
	verify: ['get-exchange-certificate', 'openssl-starttls'],
	situations: {
		en: [
			'certificate status RevocationCheckFailure',
			'EAC says the revocation check failed',
			'Exchange server has no outbound internet access',
			'proxy blocks the CRL download',
			"CA's OCSP responder down",
			'CRL distribution point is an internal server',
			'certificate looks valid but Microsoft rejects it'
		],
		it: [
			'stato del certificato RevocationCheckFailure',
			"l'EAC dice che il controllo di revoca non è riuscito",
			'il server Exchange non ha accesso a Internet in uscita',
			'il proxy blocca il download della CRL',
			'responder OCSP della CA non disponibile',
			'il punto di distribuzione della CRL è un server interno',
			'il certificato sembra valido ma Microsoft lo rifiuta'
		]
	}
};

export const routedElsewhere: Cause = {
	id: 'routed-elsewhere',
	title: {
		en: 'Another route handled the message',
		it: 'Il messaggio ha seguito un altro percorso'
	},
	detail: {
		en: "The connector or smart host you are checking is not the one the message used. The connector may have UseMXRecord True (the default), so it looks up the recipient domain's MX instead of your smart host; another connector with a closer match on RecipientDomains may take the message; a connector scoped to transport rules (IsTransportRuleScoped True) is used only when a mail flow rule picks it; or no connector matched and the message followed the MX. Telling sign: LastAttemptedServerName is not your smart host, or your smart host is an IP address, so a DNS failure cannot be about it.",
		it: "Il connettore o lo smart host che stai controllando non è quello usato dal messaggio. Il connettore può avere UseMXRecord True (il valore predefinito), e quindi cerca l'MX del dominio destinatario invece del tuo smart host; un altro connettore con una corrispondenza più precisa in RecipientDomains può prendere il messaggio; un connettore limitato alle regole di trasporto (IsTransportRuleScoped True) viene usato solo quando una regola del flusso di posta lo sceglie; oppure nessun connettore corrispondeva e il messaggio ha seguito l'MX. Segno distintivo: LastAttemptedServerName non è il tuo smart host, oppure il tuo smart host è un indirizzo IP, quindi un errore DNS non può riguardarlo."
	},
	fix: [
		{
			text: {
				en: 'List all outbound connectors with their routing fields and compare them with LastAttemptedServerName of the failed message.',
				it: 'Elenca tutti i connettori in uscita con i loro campi di instradamento e confrontali con LastAttemptedServerName del messaggio non recapitato.'
			},
			commands: ['get-outbound-connector']
		},
		{
			text: {
				en: 'Find what produced that name: a connector with UseMXRecord True, one whose RecipientDomains match the recipient more closely, a mail flow rule that routes to a transport-rule-scoped connector, or the MX of the domain.',
				it: "Trova che cosa ha prodotto quel nome: un connettore con UseMXRecord True, uno con RecipientDomains più vicini al destinatario, una regola del flusso di posta che instrada verso un connettore limitato alle regole di trasporto, oppure l'MX del dominio."
			},
			commands: ['get-outbound-connector', 'resolve-mx']
		},
		{
			text: {
				en: 'Fix the route: have the connector use your smart host (UseMXRecord off, SmartHosts filled in), correct RecipientDomains or the rule, or repair the DNS of the name that was actually looked up.',
				it: 'Correggi il percorso: fai usare al connettore il tuo smart host (UseMXRecord disattivato, SmartHosts compilato), correggi RecipientDomains o la regola, oppure sistema il DNS del nome effettivamente cercato.'
			},
			path: CONNECTORS
		},
		{
			text: {
				en: 'Validate the connector and watch the next retry: LastAttemptedServerName should now be your smart host.',
				it: 'Convalida il connettore e controlla il tentativo successivo: LastAttemptedServerName deve ora essere il tuo smart host.'
			},
			path: CONNECTORS
		}
	],
	verify: ['get-outbound-connector', 'resolve-mx', 'resolve-host'],
	situations: {
		en: [
			'smart host is an IP but the error says DNS query failed',
			'connector set to use MX records',
			'LastAttemptedServerName is not our server',
			'two connectors for the same domain',
			'transport rule routes mail to a partner connector',
			'wrong connector picked for the domain',
			'MX lookup instead of the smart host',
			'checked the wrong connector all along'
		],
		it: [
			"lo smart host è un IP ma l'errore dice DNS query failed",
			'connettore impostato per usare i record MX',
			'LastAttemptedServerName non è il nostro server',
			'due connettori per lo stesso dominio',
			'una regola di trasporto manda la posta al connettore di un partner',
			'scelto il connettore sbagliato per il dominio',
			"ricerca dell'MX invece dello smart host",
			'controllato per tutto il tempo il connettore sbagliato'
		]
	}
};

export const dnsUnresolvableOutside: Cause = {
	id: 'dns-unresolvable-outside',
	title: {
		en: 'The name resolves inside but not from the internet',
		it: "Il nome si risolve all'interno ma non da Internet"
	},
	detail: {
		en: 'Inside your network the smart host resolves, so every check you run there passes, but Microsoft 365 asks public DNS. Either the name exists only in your internal DNS (split DNS, never published), or the public zone is broken: DNSSEC that does not validate (a DS record left at the registrar after a provider move, expired signatures) or a lame delegation (the parent zone lists name servers that do not answer for the zone). Broken DNSSEC and lame delegations give ServerFailure; an unpublished name gives NonExistentDomain or InfoNoRecords. Telling sign: a public resolver fails where your internal DNS answers.',
		it: "All'interno della tua rete lo smart host si risolve, quindi ogni prova fatta lì riesce, ma Microsoft 365 interroga il DNS pubblico. O il nome esiste solo nel DNS interno (split DNS, mai pubblicato), oppure la zona pubblica è rotta: DNSSEC che non si convalida (un record DS rimasto presso il registrar dopo un cambio di provider, firme scadute) o una delega difettosa (la zona padre indica server dei nomi che non rispondono per la zona). DNSSEC rotto e deleghe difettose danno ServerFailure; un nome non pubblicato dà NonExistentDomain o InfoNoRecords. Segno distintivo: un resolver pubblico non risponde dove il tuo DNS interno risponde."
	},
	fix: [
		{
			text: {
				en: 'Resolve the name against a public resolver and compare with the answer of your internal DNS.',
				it: 'Risolvi il nome con un resolver pubblico e confronta il risultato con la risposta del tuo DNS interno.'
			},
			commands: ['resolve-public', 'resolve-host']
		},
		{
			text: {
				en: 'If the public answer fails, trace the delegation and check DNSSEC validation.',
				it: 'Se la risposta pubblica non arriva, segui la delega e controlla la convalida DNSSEC.'
			},
			commands: ['dig-trace', 'delv-host']
		},
		{
			text: {
				en: 'Fix what they show: publish the record in the public zone with the public IP, correct the name servers at the registrar, or repair DNSSEC (sign the zone again, or remove the stale DS record at the registrar if the zone is no longer signed).',
				it: "Correggi quanto emerso: pubblica il record nella zona pubblica con l'IP pubblico, correggi i server dei nomi presso il registrar, oppure ripara il DNSSEC (firma di nuovo la zona, o rimuovi presso il registrar il vecchio record DS se la zona non è più firmata)."
			}
		},
		{
			text: {
				en: 'Once public resolvers answer, allow for cached failures to expire; the queue retries on its own. Watch the next retry.',
				it: 'Quando i resolver pubblici rispondono, attendi che scadano gli errori memorizzati nella cache; la coda ritenta da sola. Controlla il tentativo successivo.'
			},
			commands: ['resolve-public']
		}
	],
	verify: ['resolve-public', 'dig-trace', 'delv-host'],
	situations: {
		en: [
			'resolves inside, not outside',
			'split DNS, smart host only in internal DNS',
			'SERVFAIL from 1.1.1.1 and 8.8.8.8',
			'moved DNS provider, old DS record still at the registrar',
			'DNSSEC signatures expired',
			'lame delegation',
			'name servers at the registrar never updated',
			'public record points at a private IP'
		],
		it: [
			'si risolve dentro, non da fuori',
			'split DNS, smart host solo nel DNS interno',
			'SERVFAIL da 1.1.1.1 e 8.8.8.8',
			'cambiato provider DNS, vecchio record DS ancora presso il registrar',
			'firme DNSSEC scadute',
			'delega DNS difettosa',
			'server dei nomi presso il registrar mai aggiornati',
			'il record pubblico punta a un IP privato'
		]
	}
};

export const ispBlocksPort25: Cause = {
	id: 'isp-blocks-port-25',
	title: {
		en: 'The internet provider blocks inbound port 25',
		it: 'Il provider blocca la porta 25 in ingresso'
	},
	detail: {
		en: "Many consumer and some small-business internet connections have inbound TCP 25 filtered by the provider, before the traffic reaches your router. Nothing on your side is misconfigured, and no firewall change helps. Telling sign: the connector validation fails, the server has no Microsoft 365 session, and, unlike a firewall that drops, your own firewall log shows no attempt on port 25 at all; the provider's terms or support confirm the block.",
		it: "Molte connessioni Internet domestiche e alcune per piccole aziende hanno la porta TCP 25 in ingresso filtrata dal provider, prima che il traffico arrivi al tuo router. Dal tuo lato non c'è nulla di configurato male, e nessuna modifica al firewall aiuta. Segno distintivo: la convalida del connettore non riesce, il server non ha sessioni di Microsoft 365 e, a differenza di un firewall che scarta i pacchetti, il log del tuo firewall non mostra alcun tentativo sulla porta 25; le condizioni del contratto o l'assistenza del provider confermano il blocco."
	},
	codeNote: {
		en: 'Microsoft does not document which code this produces. A block that discards the packets should show as a timeout (4.4.315); a provider that answers with a reset would show as a refusal (4.4.316). Go by where the traffic stops, not by the code.',
		it: 'Microsoft non documenta quale codice produca questo caso. Un blocco che scarta i pacchetti dovrebbe apparire come timeout (4.4.315); un provider che risponde con un reset apparirebbe come rifiuto (4.4.316). Basati sul punto in cui si ferma il traffico, non sul codice.'
	},
	fix: [
		VALIDATE_CONNECTOR,
		{
			text: {
				en: 'At the same moment, read your firewall log and the SMTP receive log: no trace in either means the traffic stops before your edge.',
				it: 'Nello stesso momento leggi il log del firewall e il log di ricezione SMTP: nessuna traccia in entrambi significa che il traffico si ferma prima del tuo perimetro.'
			},
			commands: ['smtp-receive-log']
		},
		{
			text: {
				en: 'Ask the provider whether inbound TCP 25 is filtered on your connection and have it lifted; this often requires a business plan or a static IP.',
				it: 'Chiedi al provider se sulla tua connessione la porta TCP 25 in ingresso è filtrata e fatti togliere il blocco; spesso serve un contratto business o un IP statico.'
			}
		},
		{
			text: {
				en: "If the provider will not lift it, receive through a relay service that accepts mail on port 25 and forwards it to your server on another port, and set the connector's smart host to that service.",
				it: "Se il provider non toglie il blocco, ricevi tramite un servizio di inoltro che accetta la posta sulla porta 25 e la consegna al tuo server su un'altra porta, e imposta quel servizio come smart host del connettore."
			},
			path: CONNECTORS
		},
		{
			text: {
				en: 'Once the block is gone or the route changed, validate the connector again and watch the next retry.',
				it: 'Tolto il blocco o cambiato il percorso, convalida di nuovo il connettore e controlla il tentativo successivo.'
			},
			path: CONNECTORS,
			commands: ['smtp-receive-log']
		}
	],
	verify: ['smtp-receive-log'],
	situations: {
		en: [
			'consumer internet connection, no inbound port 25',
			'ISP blocks port 25',
			'Exchange server in a home office',
			'provider filters inbound SMTP',
			'nothing from Microsoft in the firewall log',
			'worked on the old connection, not on the new fibre',
			'need a static IP to open port 25'
		],
		it: [
			'connessione Internet domestica, niente porta 25 in ingresso',
			'il provider blocca la porta 25',
			'server Exchange in un ufficio in casa',
			"il provider filtra l'SMTP in ingresso",
			'nessuna traccia di Microsoft nel log del firewall',
			'funzionava con la vecchia connessione, non con la nuova fibra',
			'serve un IP statico per aprire la porta 25'
		]
	}
};

export const unlisted4412: Cause = {
	id: 'unlisted-4-4-312',
	unlisted: true,
	title: { en: 'Something not listed here', it: 'Una causa non elencata qui' },
	detail: {
		en: 'None of the causes above fits. The code still proves where it failed: before any connection, Microsoft 365 could not get an address for the name in LastAttemptedServerName. Your mail server was never contacted, so its logs cannot help; the evidence is in DNS, as Microsoft 365 sees it.',
		it: 'Nessuna delle cause sopra corrisponde. Il codice dimostra comunque dove si è interrotto: prima di qualsiasi connessione, Microsoft 365 non ha ottenuto un indirizzo per il nome in LastAttemptedServerName. Il tuo server di posta non è mai stato contattato, quindi i suoi log non aiutano; le prove sono nel DNS, come lo vede Microsoft 365.'
	},
	fix: [
		{
			text: {
				en: 'From the Defer event, note LastAttemptedServerName, the DNS result in [Message=...] (InfoNoRecords, ServerFailure, NonExistentDomain) and the times: open the message in message trace, or download the extended report.',
				it: "Dall'evento Defer annota LastAttemptedServerName, il risultato DNS in [Message=...] (InfoNoRecords, ServerFailure, NonExistentDomain) e gli orari: apri il messaggio nella traccia messaggi, oppure scarica il report esteso."
			},
			path: MESSAGE_TRACE
		},
		{
			text: {
				en: 'Resolve exactly that name against a public resolver, trace its delegation and check DNSSEC.',
				it: 'Risolvi esattamente quel nome con un resolver pubblico, segui la sua delega e controlla il DNSSEC.'
			},
			commands: ['resolve-public', 'dig-trace', 'delv-host']
		},
		VALIDATE_CONNECTOR,
		{
			text: {
				en: 'If public resolvers answer correctly and the validation still fails, open a case with Microsoft support: give the name, the DNS result, the failure times with their time zone, and your own lookup results.',
				it: 'Se i resolver pubblici rispondono correttamente e la convalida continua a non riuscire, apri una richiesta al supporto Microsoft indicando il nome, il risultato DNS, gli orari degli errori con il fuso orario e i risultati delle tue verifiche.'
			}
		}
	],
	verify: ['resolve-public', 'dig-trace', 'delv-host']
};

export const unlisted4415: Cause = {
	id: 'unlisted-4-4-315',
	unlisted: true,
	title: { en: 'Something not listed here', it: 'Una causa non elencata qui' },
	detail: {
		en: 'None of the causes above fits. The code still proves that Microsoft 365 had an address, LastAttemptedIP, sent a connection request to its port 25 and got no answer at all: the host at that address, or something on the way to it, stayed silent.',
		it: "Nessuna delle cause sopra corrisponde. Il codice dimostra comunque che Microsoft 365 aveva un indirizzo, LastAttemptedIP, ha inviato una richiesta di connessione alla sua porta 25 e non ha ricevuto alcuna risposta: l'host a quell'indirizzo, o qualcosa lungo il percorso, è rimasto in silenzio."
	},
	fix: [
		{
			text: {
				en: 'From the Defer event, note LastAttemptedIP and the times, and check that it is the address you expect, IPv4 or IPv6.',
				it: "Dall'evento Defer annota LastAttemptedIP e gli orari, e verifica che sia l'indirizzo atteso, IPv4 o IPv6."
			},
			path: MESSAGE_TRACE,
			commands: ['resolve-host', 'resolve-aaaa']
		},
		{
			text: {
				en: 'Search the SMTP receive log of each server for Microsoft 365 at those times. No session means the attempts never reached the server.',
				it: 'Cerca Microsoft 365 negli stessi orari nel log di ricezione SMTP di ogni server. Nessuna sessione significa che i tentativi non sono mai arrivati al server.'
			},
			commands: ['smtp-receive-log']
		},
		{
			text: {
				en: 'Read the firewall log at those times: drops point at your firewall; no trace at all points further out, at the provider or the route to your address.',
				it: 'Leggi il log del firewall in quegli orari: pacchetti scartati indicano il tuo firewall; nessuna traccia indica un punto più esterno, il provider o il percorso verso il tuo indirizzo.'
			}
		},
		VALIDATE_CONNECTOR,
		{
			text: {
				en: 'If the evidence still points nowhere, open a case with Microsoft support with LastAttemptedIP, the failure times with their time zone, the validation result and what your logs show.',
				it: 'Se le prove non indicano ancora nulla, apri una richiesta al supporto Microsoft con LastAttemptedIP, gli orari degli errori con il fuso orario, il risultato della convalida e ciò che mostrano i tuoi log.'
			}
		}
	],
	verify: ['smtp-receive-log', 'resolve-host', 'resolve-aaaa']
};

export const unlisted4416: Cause = {
	id: 'unlisted-4-4-316',
	unlisted: true,
	title: { en: 'Something not listed here', it: 'Una causa non elencata qui' },
	detail: {
		en: 'None of the causes above fits. The code still proves that something at LastAttemptedIP is alive and turned the connection down at once: a firewall, a NAT device or a host answered with a refusal.',
		it: 'Nessuna delle cause sopra corrisponde. Il codice dimostra comunque che a LastAttemptedIP qualcosa è attivo e ha respinto subito la connessione: un firewall, un dispositivo NAT o un host ha risposto con un rifiuto.'
	},
	fix: [
		{
			text: {
				en: 'From the Defer event, note LastAttemptedIP and the times, and find which device owns that address: your firewall, a NAT rule, or the server.',
				it: "Dall'evento Defer annota LastAttemptedIP e gli orari, e individua a quale dispositivo appartiene quell'indirizzo: il tuo firewall, una regola NAT o il server."
			},
			path: MESSAGE_TRACE,
			commands: ['resolve-host']
		},
		{
			text: {
				en: 'On the server, test port 25 locally and search the SMTP receive log for Microsoft 365 at those times.',
				it: 'Sul server prova la porta 25 in locale e cerca Microsoft 365 negli stessi orari nel log di ricezione SMTP.'
			},
			commands: ['test-port-25-local', 'smtp-receive-log']
		},
		VALIDATE_CONNECTOR,
		{
			text: {
				en: 'Do not turn off the connector or make the domain Authoritative on a guess. That is right only when the migration is complete: first prove that no mailbox is left on premises.',
				it: 'Non disattivare il connettore e non rendere Autorevole il dominio per ipotesi. È corretto solo quando la migrazione è completata: prima dimostra che non resta nessuna cassetta postale in locale.'
			},
			commands: ['get-onprem-mailboxes', 'get-mail-users']
		},
		{
			text: {
				en: 'If the cause is still unclear, open a case with Microsoft support with LastAttemptedIP, the failure times with their time zone, the validation result and your test results.',
				it: 'Se la causa resta poco chiara, apri una richiesta al supporto Microsoft con LastAttemptedIP, gli orari degli errori con il fuso orario, il risultato della convalida e gli esiti delle tue prove.'
			}
		}
	],
	verify: ['test-port-25-local', 'smtp-receive-log', 'get-onprem-mailboxes', 'get-mail-users']
};

export const unlisted4417: Cause = {
	id: 'unlisted-4-4-317',
	unlisted: true,
	title: { en: 'Something not listed here', it: 'Una causa non elencata qui' },
	detail: {
		en: 'None of the causes above fits. The code usually proves that TCP connected but the SMTP session never reached the message: a reply of the server or the TLS step stopped it. A quick test can miss that: it may reach another server or receive connector than Microsoft 365 does, stop before MAIL FROM, or negotiate a TLS version Microsoft 365 does not use. One variant is different: "Failed to connect. Winsock error code: 995" means the attempt was aborted before any session existed; check it like 4.4.315 and 4.4.316.',
		it: 'Nessuna delle cause sopra corrisponde. Di solito il codice dimostra che la connessione TCP è riuscita ma la sessione SMTP non è mai arrivata al messaggio: l\'ha fermata una risposta del server o la fase TLS. Una prova rapida può non accorgersene: può raggiungere un server o un connettore di ricezione diverso da quello di Microsoft 365, fermarsi prima di MAIL FROM o negoziare una versione TLS che Microsoft 365 non usa. Una variante è diversa: "Failed to connect. Winsock error code: 995" significa che il tentativo è stato interrotto prima che esistesse una sessione; verificala come 4.4.315 e 4.4.316.'
	},
	fix: [
		{
			text: {
				en: 'Read [Message=...] of the Defer event, with LastAttemptedIP and the times: the server reply or the TLS error is often quoted there. If it reads Winsock error code: 995, go through the checks of 4.4.315 and 4.4.316 instead.',
				it: "Leggi [Message=...] dell'evento Defer, con LastAttemptedIP e gli orari: lì spesso è riportata la risposta del server o l'errore TLS. Se riporta Winsock error code: 995, segui invece le verifiche di 4.4.315 e 4.4.316."
			},
			path: MESSAGE_TRACE
		},
		{
			text: {
				en: "Search the SMTP receive log of each server for Microsoft 365's sessions at those times, and read how each one ended: the last lines show what your server answered.",
				it: 'Cerca le sessioni di Microsoft 365 negli stessi orari nel log di ricezione SMTP di ogni server, e leggi come è finita ognuna: le ultime righe mostrano che cosa ha risposto il tuo server.'
			},
			commands: ['smtp-receive-log']
		},
		{
			text: {
				en: 'Test the server at LastAttemptedIP itself: the handshake with TLS 1.2, then a session past the greeting (EHLO, MAIL FROM).',
				it: "Prova il server che si trova proprio a LastAttemptedIP: l'handshake con TLS 1.2, poi una sessione oltre il benvenuto (EHLO, MAIL FROM)."
			},
			commands: ['openssl-tls12', 'telnet-port-25']
		},
		VALIDATE_CONNECTOR,
		{
			text: {
				en: 'If the cause is still unclear, open a case with Microsoft support with the full [Message=...] text, LastAttemptedIP, the failure times with their time zone and the matching lines of your receive log.',
				it: 'Se la causa resta poco chiara, apri una richiesta al supporto Microsoft con il testo completo di [Message=...], LastAttemptedIP, gli orari degli errori con il fuso orario e le righe corrispondenti del log di ricezione.'
			}
		}
	],
	verify: ['smtp-receive-log', 'openssl-tls12', 'telnet-port-25']
};

export const unlisted4418: Cause = {
	id: 'unlisted-4-4-318',
	unlisted: true,
	title: { en: 'Something not listed here', it: 'Una causa non elencata qui' },
	detail: {
		en: 'None of the causes above fits. The code still proves that a session existed and was cut before the message was handed over: the server, or a device on the network path, ended it.',
		it: "Nessuna delle cause sopra corrisponde. Il codice dimostra comunque che una sessione esisteva ed è stata troncata prima della consegna del messaggio: l'ha chiusa il server o un dispositivo lungo il percorso di rete."
	},
	fix: [
		{
			text: {
				en: 'From the Defer events, note [Message=...], LastAttemptedIP and the times, and whether only large messages fail.',
				it: 'Dagli eventi Defer annota [Message=...], LastAttemptedIP e gli orari, e se falliscono solo i messaggi grandi.'
			},
			path: MESSAGE_TRACE
		},
		{
			text: {
				en: 'Find those sessions in the SMTP receive log and see where they stop: right after STARTTLS, during the data transfer, or after a long pause.',
				it: 'Trova quelle sessioni nel log di ricezione SMTP e guarda dove si fermano: subito dopo STARTTLS, durante il trasferimento dei dati o dopo una lunga pausa.'
			},
			commands: ['smtp-receive-log']
		},
		{
			text: {
				en: 'Check the MTU along the path, and the firewall, IPS and load balancer logs for resets or timeouts at those times.',
				it: 'Controlla la MTU lungo il percorso e, nei log di firewall, IPS e bilanciatore di carico, reset o timeout in quegli orari.'
			},
			commands: ['ping-mtu']
		},
		VALIDATE_CONNECTOR,
		{
			text: {
				en: 'If the cause is still unclear, open a case with Microsoft support with LastAttemptedIP, the failure times with their time zone, the message sizes and the matching lines of your receive log.',
				it: 'Se la causa resta poco chiara, apri una richiesta al supporto Microsoft con LastAttemptedIP, gli orari degli errori con il fuso orario, le dimensioni dei messaggi e le righe corrispondenti del log di ricezione.'
			}
		}
	],
	verify: ['smtp-receive-log', 'ping-mtu']
};

export const unlisted4720: Cause = {
	id: 'unlisted-4-7-320',
	unlisted: true,
	title: { en: 'Something not listed here', it: 'Una causa non elencata qui' },
	detail: {
		en: "None of the causes above fits. The code still proves that connection and TLS got as far as the certificate: Microsoft 365 received one and rejected it under the connector's TLS settings. The reason is in [Message=...].",
		it: 'Nessuna delle cause sopra corrisponde. Il codice dimostra comunque che connessione e TLS sono arrivati fino al certificato: Microsoft 365 ne ha ricevuto uno e lo ha respinto in base alle impostazioni TLS del connettore. Il motivo è in [Message=...].'
	},
	fix: [
		{
			text: {
				en: 'From the Defer event, note the reason in [Message=...] (SubjectMismatch with Expected and Presented Subject, or another one), LastAttemptedIP and the times.',
				it: "Dall'evento Defer annota il motivo in [Message=...] (SubjectMismatch con Expected e Presented Subject, o un altro), LastAttemptedIP e gli orari."
			},
			path: MESSAGE_TRACE
		},
		{
			text: {
				en: 'Compare it with the TLS settings of the connector: CertificateValidation checks chain and revocation only; DomainValidation also checks the name, against TlsDomain.',
				it: 'Confrontalo con le impostazioni TLS del connettore: CertificateValidation controlla solo catena e revoca; DomainValidation controlla anche il nome, rispetto a TlsDomain.'
			},
			commands: ['get-outbound-connector']
		},
		{
			text: {
				en: 'Look at the certificate that the server at LastAttemptedIP presents (each server, if several share the address), its status on Exchange, and the certificate named on the receive connector.',
				it: "Guarda il certificato presentato dal server a LastAttemptedIP (ogni server, se più server condividono l'indirizzo), il suo stato su Exchange e il certificato indicato sul connettore di ricezione."
			},
			commands: ['openssl-starttls', 'get-exchange-certificate', 'get-receive-connector-tls']
		},
		VALIDATE_CONNECTOR,
		{
			text: {
				en: "If the cause is still unclear, open a case with Microsoft support with the full [Message=...] text, the connector's TlsSettings and TlsDomain, the certificate details and the failure times with their time zone.",
				it: 'Se la causa resta poco chiara, apri una richiesta al supporto Microsoft con il testo completo di [Message=...], TlsSettings e TlsDomain del connettore, i dettagli del certificato e gli orari degli errori con il fuso orario.'
			}
		}
	],
	verify: ['openssl-starttls', 'get-exchange-certificate', 'get-outbound-connector']
};

export const unlistedOther: Cause = {
	id: 'unlisted-other',
	unlisted: true,
	title: { en: 'Something not listed here', it: 'Una causa non elencata qui' },
	detail: {
		en: 'None of the causes above fits. The error still names the destination server and the last error, and those show the stage where delivery stopped: name lookup, connection, an SMTP reply, or TLS.',
		it: "Nessuna delle cause sopra corrisponde. L'errore indica comunque il server di destinazione e l'ultimo errore, che mostrano la fase in cui il recapito si è fermato: risoluzione del nome, connessione, una risposta SMTP o TLS."
	},
	fix: [
		{
			text: {
				en: 'From the Defer event, note LastAttemptedServerName, LastAttemptedIP, the full [Message=...] text and the times: open the message in message trace, or download the extended report.',
				it: "Dall'evento Defer annota LastAttemptedServerName, LastAttemptedIP, il testo completo di [Message=...] e gli orari: apri il messaggio nella traccia messaggi, oppure scarica il report esteso."
			},
			path: MESSAGE_TRACE
		},
		{
			text: {
				en: 'Check that the connector that handled it is the one you expect, then search the SMTP receive log for Microsoft 365 at those times: no session means it never reached your server.',
				it: 'Verifica che il connettore che lo ha gestito sia quello atteso, poi cerca Microsoft 365 negli stessi orari nel log di ricezione SMTP: nessuna sessione significa che non è mai arrivato al tuo server.'
			},
			commands: ['get-outbound-connector', 'smtp-receive-log']
		},
		VALIDATE_CONNECTOR,
		{
			text: {
				en: 'If the cause is still unclear, open a case with Microsoft support with the full error, the destination server and IP, the failure times with their time zone and what your logs show.',
				it: "Se la causa resta poco chiara, apri una richiesta al supporto Microsoft con l'errore completo, server e IP di destinazione, gli orari degli errori con il fuso orario e ciò che mostrano i tuoi log."
			}
		}
	],
	verify: ['smtp-receive-log', 'get-outbound-connector']
};
