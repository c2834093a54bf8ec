import { wording } from './wording';
import type { Entry, Localized } from '../../lib/catalog/types';
import {
	aaaaWithoutIpv6,
	certRevocationCheckFailed,
	dnsUnresolvableOutside,
	firewallDropsM365,
	ispBlocksPort25,
	nothingListening,
	partialFixBehindBalancer,
	routedElsewhere,
	serverBusyOrMaintenance,
	smtpInspectionStripsStarttls,
	staleTlsCertificateName,
	tlsOldVersionsOnly,
	unlisted4412,
	unlisted4415,
	unlisted4416,
	unlisted4417,
	unlisted4418,
	unlisted4720,
	unlistedOther
} from './field-causes';

/*
 * The connector errors of "Mail flow intelligence in EOP" (facts.md §1), restated for admins in the
 * middle of an outage. The queue behaviour (retries for about 24 hours, then an NDR) is shown by the
 * UI from `queued: true`, so the meanings only bring it up where it changes what to do.
 */

const CONNECTORS: Localized = {
	en: 'Mail flow > Connectors',
	it: 'Flusso di posta > Connettori'
};

const ACCEPTED_DOMAINS: Localized = {
	en: 'Mail flow > Accepted domains',
	it: 'Flusso di posta > Domini accettati'
};

/** The six seed codes and the catch-all, in the article's order. */
export const connectorEntries: readonly Entry[] = [
	{
		code: '4.4.312',
		reply: '450',
		kind: 'connector',
		title: { en: 'DNS query failed', it: 'Query DNS non riuscita' },
		meaning: {
			en: 'Microsoft 365 asked DNS for the address of the destination (the smart host in the connector, or the MX of the domain) and got no usable answer. No connection was even attempted: the problem is in DNS, not in your server.',
			it: "Microsoft 365 ha chiesto al DNS l'indirizzo della destinazione (lo smart host del connettore o l'MX del dominio) senza ricevere una risposta utilizzabile. Non ha nemmeno tentato la connessione: il problema è nel DNS, non nel server."
		},
		causes: [
			{
				id: 'dns-hosting-problem',
				title: {
					en: 'Fault at the DNS hosting provider',
					it: 'Guasto presso il provider di hosting DNS'
				},
				detail: {
					en: "The name servers that hold your zone fail, or answer without the record Microsoft 365 needs. ServerFailure in [Message=...] means they are failing; InfoNoRecords means they answered with no A or MX record. LastAttemptedServerName is the name that did not resolve: also check it isn't mistyped in the connector.",
					it: 'I server dei nomi che ospitano la zona sono in errore, oppure rispondono senza il record che serve a Microsoft 365. ServerFailure in [Message=...] indica server in errore; InfoNoRecords indica una risposta senza record A o MX. LastAttemptedServerName è il nome che non si risolve: verifica anche che non sia scritto male nel connettore.'
				},
				fix: [
					{
						text: {
							en: 'Check the smart host name in the connector for typos and compare it with LastAttemptedServerName.',
							it: 'Controlla che il nome dello smart host nel connettore sia scritto correttamente e confrontalo con LastAttemptedServerName.'
						},
						path: CONNECTORS,
						commands: ['get-outbound-connector']
					},
					{
						text: {
							en: 'Resolve that name and the MX of the domain from outside your network, against a public resolver.',
							it: "Risolvi quel nome e l'MX del dominio da fuori della tua rete, usando un resolver pubblico."
						},
						commands: ['resolve-host', 'resolve-mx', 'dig-mx']
					},
					{
						text: {
							en: 'If the lookup fails, open a case with your DNS hosting provider: give them the name, the result (ServerFailure, InfoNoRecords, no answer) and when it started.',
							it: "Se la risoluzione non riesce, apri una richiesta al provider di hosting DNS indicando il nome, l'esito (ServerFailure, InfoNoRecords, nessuna risposta) e da quando succede."
						}
					},
					{
						text: {
							en: 'Once the name resolves again, nothing else is needed: the queued messages go out at the next retry.',
							it: 'Quando il nome torna a risolversi non serve altro: i messaggi in coda partono al tentativo successivo.'
						}
					}
				],
				verify: ['resolve-host', 'resolve-mx', 'nslookup-mx', 'dig-mx'],
				situations: {
					en: [
						'DNS provider outage',
						'moved DNS hosting to another provider',
						'name servers not answering',
						'smart host name does not resolve from the internet',
						'SERVFAIL from public resolvers',
						'record deleted from the DNS zone',
						'typo in the smart host name',
						'nslookup of the smart host fails'
					],
					it: [
						'guasto del provider DNS',
						'DNS spostato su un altro provider',
						'i server dei nomi non rispondono',
						'lo smart host non si risolve da internet',
						'SERVFAIL dai resolver pubblici',
						'record cancellato dalla zona DNS',
						'nome dello smart host scritto male',
						'nslookup dello smart host non riesce'
					]
				}
			},
			{
				id: 'domain-expired',
				title: { en: 'Domain registration lapsed', it: 'Registrazione del dominio scaduta' },
				detail: {
					en: 'Once the registration lapses, the registrar suspends the domain or parks it on its own name servers, so your MX and host records are no longer served: lookups return NonExistentDomain (NXDOMAIN), nothing, or a parking address. Everything on the domain tends to break at once: website, inbound mail, this connector.',
					it: "Scaduta la registrazione, il registrar sospende il dominio o lo parcheggia sui propri server dei nomi, quindi i record MX e host non vengono più pubblicati: le query restituiscono NonExistentDomain (NXDOMAIN), nessuna risposta o l'indirizzo di una pagina di parcheggio. Di solito smette di funzionare tutto il dominio insieme: sito web, posta in arrivo, questo connettore."
				},
				fix: [
					{
						text: {
							en: "Check the expiry date and status with whois or in the registrar's portal.",
							it: 'Controlla data di scadenza e stato con whois o nel portale del registrar.'
						},
						commands: ['whois-domain']
					},
					{
						text: {
							en: 'Renew the domain with the registrar and turn on automatic renewal.',
							it: 'Rinnova il dominio presso il registrar e attiva il rinnovo automatico.'
						}
					},
					{
						text: {
							en: 'Wait for the delegation to come back. Resolvers that cached the failure may keep it for a while (up to the negative-caching time in the SOA record); retries continue meanwhile.',
							it: "Attendi il ripristino della delega. I resolver che hanno memorizzato l'errore possono conservarlo per un po' (fino al tempo di cache negativa del record SOA); nel frattempo i tentativi continuano."
						},
						commands: ['resolve-mx']
					}
				],
				verify: ['whois-domain', 'resolve-mx', 'dig-mx'],
				situations: {
					en: [
						'domain registration expired',
						'forgot to renew the domain',
						'domain suspended by the registrar',
						'domain parked by the registrar',
						'website and email stopped at the same time',
						'whois shows the domain expired',
						'automatic renewal failed'
					],
					it: [
						'registrazione del dominio scaduta',
						'dimenticato il rinnovo del dominio',
						'dominio sospeso dal registrar',
						'dominio parcheggiato dal registrar',
						'sito e posta fermi nello stesso momento',
						'whois dice che il dominio è scaduto',
						'rinnovo automatico non riuscito'
					]
				}
			},
			{
				id: 'mx-recently-changed',
				title: {
					en: 'The MX or host record changed recently',
					it: 'Il record MX o host è cambiato di recente'
				},
				detail: {
					en: "The MX, or the smart host's A record, was changed in the last hours. Resolvers keep the old answer until its TTL runs out, so for a while some of them still hand out stale or half-updated data.",
					it: "L'MX, o il record A dello smart host, è stato modificato nelle ultime ore. I resolver tengono la vecchia risposta fino alla scadenza del TTL, quindi per un certo tempo alcuni forniscono ancora dati vecchi o aggiornati a metà."
				},
				fix: [
					{
						text: {
							en: 'Compare the answer of your own name servers with that of public resolvers.',
							it: 'Confronta la risposta dei tuoi server dei nomi con quella dei resolver pubblici.'
						},
						commands: ['resolve-mx', 'nslookup-mx', 'dig-mx']
					},
					{
						text: {
							en: 'If the new record is correct everywhere, wait for the old TTL to run out; the queue retries on its own.',
							it: 'Se il nuovo record è corretto ovunque, attendi che scada il vecchio TTL; la coda ritenta da sola.'
						}
					},
					{
						text: {
							en: 'Keep the old host accepting mail until then. Next time, lower the TTL a day before the change.',
							it: 'Fino ad allora lascia attivo il vecchio host. La prossima volta abbassa il TTL un giorno prima della modifica.'
						}
					}
				],
				verify: ['resolve-mx', 'nslookup-mx', 'dig-mx'],
				situations: {
					en: [
						'changed the MX record recently',
						'new DNS record for the smart host',
						'DNS change not propagated yet',
						'old TTL still cached',
						'some resolvers still return the old address',
						'mail server moved to a new address'
					],
					it: [
						'record MX cambiato di recente',
						'nuovo record DNS per lo smart host',
						'modifica DNS non ancora propagata',
						'vecchio TTL ancora in cache',
						'alcuni resolver restituiscono ancora il vecchio indirizzo',
						'server di posta spostato su un nuovo indirizzo'
					]
				}
			},
			dnsUnresolvableOutside,
			routedElsewhere,
			unlisted4412
		],
		partner: {
			en: "The name belongs to a partner, so the DNS to fix is theirs. Send them the code 4.4.312, the host name from LastAttemptedServerName, the DNS result in the error and the time of the last attempt, and ask them to check their records and their domain's registration.",
			it: "Il nome appartiene a un partner, quindi il DNS da correggere è il suo. Invia al partner il codice 4.4.312, il nome host di LastAttemptedServerName, il risultato DNS riportato nell'errore e l'ora dell'ultimo tentativo, e chiedigli di controllare i record e la registrazione del dominio."
		},
		queued: true,
		aliases: [
			'5.4.312',
			'Message expired, DNS query failed',
			'DNS query failed',
			'InfoNoRecords',
			'ServerFailure',
			'NonExistentDomain',
			'SMTPSEND.DNS.NonExistentDomain',
			'WSAHOST_NOT_FOUND'
		],
		wording: wording['4.4.312'],
		symptoms: {
			en: [
				'dns query failed',
				'smart host does not resolve',
				'mx record not found',
				'domain expired',
				'changed mx record mail not delivered',
				'mail stuck in queue',
				'emails to on-premises delayed'
			],
			it: [
				'query dns non riuscita',
				'smart host non si risolve',
				'record mx non trovato',
				'dominio scaduto',
				'record mx cambiato posta non recapitata',
				'posta bloccata in coda',
				'email verso il server locale in ritardo'
			]
		},
		related: ['4.4.315', '4.4.316', '5.4.300']
	},
	{
		code: '4.4.315',
		reply: '450',
		kind: 'connector',
		title: { en: 'Connection timed out', it: 'Timeout della connessione' },
		meaning: {
			en: 'Microsoft 365 had an address for the destination and tried to open a connection on port 25, but nothing answered before the attempt timed out: no refusal, no greeting. The server is unreachable, or the address is not the server.',
			it: "Microsoft 365 aveva un indirizzo per la destinazione e ha tentato di aprire una connessione sulla porta 25, ma nessuno ha risposto prima del timeout: né un rifiuto né un messaggio di benvenuto. Il server non è raggiungibile, oppure l'indirizzo non è quello del server."
		},
		causes: [
			{
				id: 'server-down',
				title: {
					en: 'The on-premises server or its link is down',
					it: 'Il server locale o la sua connessione Internet non è disponibile'
				},
				detail: {
					en: 'Mail used to flow and nobody touched the connector. The server, its internet line or the NAT rule in front of it has stopped, or your public IPs changed (new ISP, new firewall) while DNS and the connector still point at the old ones. Socket error 10060 (WSAETIMEDOUT) fits this picture.',
					it: "La posta funzionava e nessuno ha modificato il connettore. Si è fermato il server, la linea Internet o la regola NAT davanti al server, oppure sono cambiati gli IP pubblici (nuovo provider, nuovo firewall) mentre DNS e connettore puntano ancora ai vecchi. L'errore socket 10060 (WSAETIMEDOUT) è coerente con questo caso."
				},
				fix: [
					{
						text: {
							en: 'Check that the server is on and its transport services are running (on an Exchange 2013 or later Mailbox server, Microsoft Exchange Frontend Transport is the service that listens on port 25).',
							it: 'Verifica che il server sia acceso e che i servizi di trasporto siano in esecuzione (su un server Cassette postali Exchange 2013 o successivo è Microsoft Exchange Frontend Transport il servizio in ascolto sulla porta 25).'
						},
						commands: ['get-queue']
					},
					{
						text: {
							en: 'Run the connector validation in the Exchange admin center: it connects from Microsoft 365, as the failing messages do. A test of your own from outside counts only from a line that allows outbound port 25; most cloud virtual machines and home lines block it, so a failure from there proves nothing.',
							it: "Esegui la convalida del connettore nell'interfaccia di amministrazione di Exchange: si collega da Microsoft 365, come i messaggi non recapitati. Una tua prova dall'esterno conta solo da una linea che consente la porta 25 in uscita; la maggior parte delle macchine virtuali cloud e delle linee domestiche la blocca, quindi un errore da lì non dimostra nulla."
						},
						commands: ['test-port-25', 'nc-port-25']
					},
					{
						text: {
							en: 'Ask the network team what changed at the edge: ISP, public IPs, firewall, NAT or port forwarding.',
							it: 'Chiedi al team di rete cosa è cambiato sul perimetro: provider, IP pubblici, firewall, NAT o port forwarding.'
						}
					},
					{
						text: {
							en: 'If the public IP changed, update the DNS record, the connector and the port forwarding to the new address.',
							it: "Se l'IP pubblico è cambiato, aggiorna record DNS, connettore e port forwarding con il nuovo indirizzo."
						},
						path: CONNECTORS,
						commands: ['resolve-host', 'get-outbound-connector']
					}
				],
				verify: ['test-port-25', 'nc-port-25', 'resolve-host', 'get-queue'],
				situations: {
					en: [
						'on-premises server is down',
						'Exchange server powered off',
						'server crashed overnight',
						'power outage at the site',
						'internet line down at the office',
						'changed ISP and got a new public IP',
						'office moved to a new internet line',
						'new firewall with a different public IP',
						'NAT rule lost when the router was replaced'
					],
					it: [
						'server locale spento',
						'server Exchange in crash',
						'blackout in sede',
						'linea internet della sede giù',
						'cambiato provider e IP pubblico',
						'trasloco della sede su una nuova linea',
						'nuovo firewall con un IP pubblico diverso',
						'regola NAT persa con il cambio del router'
					]
				}
			},
			{
				id: 'wrong-smart-host',
				title: {
					en: 'The connector points at the wrong smart host',
					it: 'Il connettore punta allo smart host sbagliato'
				},
				detail: {
					en: "The connector lists an IP or name that is not your server's public address: a typo, a private (internal) IP, or an address left over from before a move. Compare LastAttemptedIP in the error with the address you expect.",
					it: "Il connettore riporta un IP o un nome che non è l'indirizzo pubblico del server: un errore di battitura, un IP privato (interno) o un indirizzo rimasto da prima di un trasferimento. Confronta LastAttemptedIP nell'errore con l'indirizzo atteso."
				},
				fix: [
					{
						text: {
							en: 'List the smart hosts of the connector and compare them with LastAttemptedIP.',
							it: 'Elenca gli smart host del connettore e confrontali con LastAttemptedIP.'
						},
						commands: ['get-outbound-connector', 'resolve-host']
					},
					{
						text: {
							en: 'Open the connector From "Office 365" To "Your organization\'s email server" and set its smart host to the server\'s public IP, or to a name that resolves to it.',
							it: 'Apri il connettore Da "Office 365" A "Server di posta elettronica dell\'organizzazione" e indica come smart host l\'IP pubblico del server, o un nome che si risolve in quell\'IP.'
						},
						path: CONNECTORS
					},
					{
						text: {
							en: 'Let the EAC validate the connector when saving, then watch the next retry.',
							it: "Al salvataggio fai convalidare il connettore dall'interfaccia di amministrazione di Exchange, poi controlla il tentativo successivo."
						}
					}
				],
				verify: ['get-outbound-connector', 'resolve-host', 'test-port-25'],
				situations: {
					en: [
						'wrong IP in the smart host field',
						'connector points to the old server',
						're-addressed the servers and forgot the connector',
						'smart host entered as an IP address',
						'old address still in the connector',
						'hybrid wizard set the wrong host name'
					],
					it: [
						'IP sbagliato nel campo smart host',
						'il connettore punta al vecchio server',
						'cambiati gli indirizzi dei server senza aggiornare il connettore',
						'smart host inserito come indirizzo IP',
						'vecchio indirizzo ancora nel connettore',
						'la configurazione ibrida ha impostato il nome host sbagliato'
					]
				}
			},
			firewallDropsM365,
			aaaaWithoutIpv6,
			ispBlocksPort25,
			unlisted4415
		],
		sharedCauses: ['routed-elsewhere'],
		partner: {
			en: "The partner's server does not answer. Send them the code 4.4.315, the server name and LastAttemptedIP, the time of the last attempt, and ask them to check the server is up and reachable on TCP 25 from Microsoft 365's published IP ranges.",
			it: "Il server del partner non risponde. Invia al partner il codice 4.4.315, il nome del server e LastAttemptedIP, l'ora dell'ultimo tentativo, e chiedigli di verificare che il server sia attivo e raggiungibile sulla porta TCP 25 dagli intervalli IP pubblicati di Microsoft 365."
		},
		queued: true,
		aliases: [
			'5.4.315',
			'Message expired, connection timed out',
			'Connection timed out',
			'Socket error code 10060',
			'Winsock error code: 10060',
			'WSAETIMEDOUT'
		],
		wording: wording['4.4.315'],
		symptoms: {
			en: [
				'connection timed out',
				'on-premises server not reachable',
				'smart host timeout',
				'mail stuck in queue',
				'changed isp mail stopped',
				'new public ip mail not delivered',
				'port 25 timeout',
				'connected party did not properly respond after a period of time'
			],
			it: [
				'timeout della connessione',
				'server locale non raggiungibile',
				'timeout smart host',
				'posta bloccata in coda',
				'cambiato provider posta non arriva',
				'nuovo ip pubblico posta non recapitata',
				'porta 25 timeout',
				"mancata risposta dall'host collegato"
			]
		},
		related: ['4.4.316', '4.4.318', '4.4.312']
	},
	{
		code: '4.4.316',
		reply: '450',
		kind: 'connector',
		title: { en: 'Connection refused', it: 'Connessione rifiutata' },
		meaning: {
			en: 'Microsoft 365 reached the destination address on port 25 and was turned away at once: something there actively refuses the connection, or nothing listens on the port.',
			it: "Microsoft 365 ha raggiunto l'indirizzo di destinazione sulla porta 25 ed è stato respinto subito: qualcosa rifiuta attivamente la connessione, oppure sulla porta non è in ascolto nulla."
		},
		causes: [
			{
				id: 'firewall-blocks-m365',
				title: {
					en: 'A firewall rejects Microsoft 365',
					it: 'Il firewall blocca Microsoft 365'
				},
				detail: {
					en: 'Some mailboxes are still on premises, and the firewall or NAT in front of the server refuses the Microsoft 365 source addresses, or the port 25 rule is gone. Look for Socket error code 10061 (WSAECONNREFUSED). A test from inside your network can pass while Microsoft 365 is still refused.',
					it: "Alcune cassette postali sono ancora in locale e il firewall o il NAT davanti al server rifiuta gli indirizzi di origine di Microsoft 365, oppure la regola per la porta 25 non c'è più. Cerca Socket error code 10061 (WSAECONNREFUSED). Una prova dall'interno della rete può riuscire anche se Microsoft 365 viene rifiutato."
				},
				fix: [
					{
						text: {
							en: 'Take the current Exchange Online IP ranges from Microsoft\'s published list "Microsoft 365 URLs and IP address ranges".',
							it: 'Prendi gli intervalli IP attuali di Exchange Online dall\'elenco pubblicato da Microsoft "URL e intervalli di indirizzi IP di Microsoft 365".'
						}
					},
					{
						text: {
							en: 'In the firewall rule for port 25, add those ranges as allowed sources towards your mail servers, and check that the NAT or port forwarding lands on the right server.',
							it: 'Nella regola del firewall per la porta 25 aggiungi quegli intervalli come origini consentite verso i server di posta locali e verifica che il NAT o il port forwarding arrivi al server giusto.'
						}
					},
					{
						text: {
							en: 'Check that the server listens on port 25 and its receive connector accepts those ranges.',
							it: 'Verifica che il server sia in ascolto sulla porta 25 e che il connettore di ricezione accetti quegli intervalli.'
						},
						commands: ['get-receive-connector']
					},
					{
						text: {
							en: 'Run the connector validation in the Exchange admin center (it connects from Microsoft 365), then watch the next retry.',
							it: "Esegui la convalida del connettore nell'interfaccia di amministrazione di Exchange (si collega da Microsoft 365), poi controlla il tentativo successivo."
						},
						commands: ['test-port-25', 'nc-port-25']
					}
				],
				verify: ['test-port-25', 'nc-port-25', 'get-receive-connector'],
				situations: {
					en: [
						'firewall rejects Microsoft 365 IP addresses',
						'new firewall rules',
						'replaced the firewall',
						'firewall firmware upgrade',
						'Exchange Online ranges missing from the allow list',
						'port 25 open only to the previous spam filter',
						'geo-blocking on the firewall',
						'telnet to port 25 refused'
					],
					it: [
						'il firewall rifiuta gli IP di Microsoft 365',
						'nuove regole sul firewall',
						'firewall sostituito',
						'aggiornamento firmware del firewall',
						'intervalli IP di Exchange Online assenti dalla whitelist',
						'porta 25 aperta solo al vecchio filtro antispam',
						'blocco geografico sul firewall',
						'telnet sulla porta 25 rifiutato'
					]
				}
			},
			{
				id: 'migrated-on-prem-shut-down',
				title: {
					en: 'On-premises mail was retired, the connector was not',
					it: 'Server locale dismesso, connettore ancora attivo'
				},
				detail: {
					en: 'Every mailbox now lives in Exchange Online and the on-premises servers are switched off, but the outbound connector still sends there, usually for recipients unknown to Exchange Online (accepted domain set to Internal Relay). The refusal is expected; the fix is in Microsoft 365. This holds only once the migration is complete: while anything still receives mail on premises, a refusal is a firewall or server problem.',
					it: 'Tutte le cassette postali sono ora in Exchange Online e i server locali sono spenti, ma il connettore in uscita continua a inviare verso di loro, di solito per destinatari sconosciuti a Exchange Online (dominio accettato impostato su Inoltro interno). Il rifiuto è previsto; la correzione va fatta in Microsoft 365. Vale solo a migrazione completata: finché qualcosa riceve ancora posta in locale, il rifiuto è un problema del firewall o del server.'
				},
				gate: {
					prompt: {
						en: 'Every mailbox of the domain is in Exchange Online, and nothing on premises should receive mail from Microsoft 365 any more.',
						it: 'Tutte le cassette postali del dominio sono in Exchange Online e nulla in locale deve più ricevere posta da Microsoft 365.'
					},
					warning: {
						en: 'The next steps stop mail from Microsoft 365 to your on-premises servers. A mailbox, application or device still there would stop receiving mail.',
						it: "I passaggi seguenti interrompono la posta da Microsoft 365 verso i server locali. Una cassetta postale, un'applicazione o un dispositivo ancora lì smetterebbe di ricevere posta."
					}
				},
				fix: [
					{
						text: {
							en: 'First prove that nothing is left on premises: no mailbox on the on-premises servers, no user in Exchange Online whose mailbox is still there (they show up as mail users), and no application, scanner or public folder that expects mail through this connector.',
							it: 'Prima dimostra che in locale non è rimasto nulla: nessuna cassetta postale sui server locali, nessun utente di Exchange Online con la cassetta postale ancora lì (compaiono come utenti di posta) e nessuna applicazione, scanner o cartella pubblica che riceve posta tramite questo connettore.'
						},
						commands: ['get-onprem-mailboxes', 'get-mail-users']
					},
					{
						text: {
							en: 'Check that the MX record of the domain points to Exchange Online (a host ending in mail.protection.outlook.com).',
							it: 'Verifica che il record MX del dominio punti a Exchange Online (un host che termina con mail.protection.outlook.com).'
						},
						commands: ['resolve-mx']
					},
					{
						text: {
							en: 'Fastest: select "Fix now" in the "Messages have been delayed" alert. Mail for recipients that do not exist is then bounced at once instead of piling up in the queue; a tenant that keeps collecting invalid recipients can hit a quota that slows its normal mail too.',
							it: 'Soluzione più rapida: seleziona "Correggi ora" nell\'avviso "Messages have been delayed" (messaggi in ritardo). La posta per destinatari inesistenti viene così respinta subito invece di accumularsi in coda; un tenant che continua ad accumulare destinatari non validi può raggiungere una quota che rallenta anche la posta normale.'
						},
						gated: true
					},
					{
						text: {
							en: 'Or manually, in the Exchange admin center (EAC): select the connector From "Office 365" To "Your organization\'s email server" and edit it to clear "Turn it on" (easy to undo), or delete it once you are sure nothing needs it.',
							it: 'Oppure manualmente, nell\'interfaccia di amministrazione di Exchange (EAC): seleziona il connettore Da "Office 365" A "Server di posta elettronica dell\'organizzazione" e modificalo deselezionando "Attiva" (facilmente reversibile), oppure eliminalo quando sei certo che non serve più.'
						},
						path: CONNECTORS,
						commands: ['get-outbound-connector', 'disable-outbound-connector'],
						gated: true
					},
					{
						text: {
							en: 'Or change the accepted domain from Internal Relay to Authoritative, so Exchange Online rejects unknown recipients itself. Doing both is cleanest: with the connector off but the domain still on Internal Relay, mail for unknown recipients follows the MX back to Microsoft 365 and bounces as a routing loop.',
							it: "Oppure cambia il dominio accettato da Inoltro interno ad Autorevole, così è Exchange Online a rifiutare i destinatari sconosciuti. La soluzione più pulita è fare entrambe le cose: con il connettore disattivato ma il dominio ancora su Inoltro interno, la posta per i destinatari sconosciuti segue l'MX, torna a Microsoft 365 e viene respinta come loop di routing."
						},
						path: ACCEPTED_DOMAINS,
						commands: ['get-accepted-domain', 'set-accepted-domain-authoritative'],
						gated: true
					},
					{
						text: {
							en: 'Allow 30 to 60 minutes for the change to apply, then check that no new 4.4.316 deferrals appear.',
							it: 'Attendi da 30 a 60 minuti che la modifica abbia effetto, poi verifica che non compaiano nuovi eventi Defer con 4.4.316.'
						},
						gated: true
					}
				],
				verify: ['get-outbound-connector', 'get-accepted-domain'],
				situations: {
					en: [
						'migration finished and the on-premises servers were switched off',
						'decommissioned the Exchange server',
						'all mailboxes moved to the cloud',
						'removed the last Exchange server',
						'hybrid connector still sends to the old server',
						'domain still Internal Relay after the migration',
						'cutover migration complete',
						'shut down Exchange after moving to Office 365'
					],
					it: [
						'migrazione finita e server locali spenti',
						'server Exchange dismesso',
						'tutte le caselle spostate in cloud',
						"rimosso l'ultimo server Exchange",
						'il connettore ibrido manda ancora al vecchio server',
						'dominio ancora in Inoltro interno dopo la migrazione',
						'migrazione cutover completata',
						'spento Exchange dopo il passaggio a Office 365'
					]
				}
			},
			nothingListening,
			unlisted4416
		],
		sharedCauses: ['aaaa-without-ipv6', 'routed-elsewhere'],
		partner: {
			en: "The partner's firewall or server refuses Microsoft 365. Send them the code 4.4.316, the server name, LastAttemptedIP with its port and the time, and point them to Microsoft's published Exchange Online IP ranges, to allow on TCP 25.",
			it: "Il firewall o il server del partner rifiuta Microsoft 365. Invia al partner il codice 4.4.316, il nome del server, LastAttemptedIP con la porta e l'ora, e indicagli gli intervalli IP pubblicati di Exchange Online da consentire sulla porta TCP 25."
		},
		queued: true,
		aliases: [
			'5.4.316',
			'Message expired, connection refused',
			'Connection refused',
			'Socket error code 10061',
			'Winsock error code: 10061',
			'WSAECONNREFUSED'
		],
		wording: wording['4.4.316'],
		symptoms: {
			en: [
				'connection refused',
				'firewall blocking office 365',
				'mail stuck in queue after migration',
				'on-premises server decommissioned',
				'messages have been delayed alert',
				'port 25 refused',
				'invalid recipients quota',
				'target machine actively refused it'
			],
			it: [
				'connessione rifiutata',
				'firewall blocca office 365',
				'posta in coda dopo la migrazione',
				'server locale dismesso',
				'avviso messaggi in ritardo',
				'porta 25 rifiutata',
				'quota destinatari non validi',
				'rifiuto persistente del computer di destinazione'
			]
		},
		related: ['4.4.315', '4.4.318', '5.4.300']
	},
	{
		code: '4.4.317',
		reply: '450',
		kind: 'connector',
		title: {
			en: 'Cannot connect to remote server',
			it: 'Impossibile connettersi al server remoto'
		},
		meaning: {
			en: 'Microsoft 365 reached port 25, yet the SMTP conversation never got going: the server turned the session down at once, or could not give the connector what it insists on (usually TLS). [Message=...] quotes the reason. One variant is different: "Failed to connect. Winsock error code: 995" means the attempt was aborted before any session existed, so check it as a connection failure (4.4.315, 4.4.316).',
			it: 'Microsoft 365 ha raggiunto la porta 25, ma il dialogo SMTP non è mai partito: il server ha rifiutato subito la sessione, oppure non è in grado di offrire ciò che il connettore esige (di solito TLS). [Message=...] ne riporta il motivo. Una variante fa eccezione: "Failed to connect. Winsock error code: 995" indica che il tentativo è stato interrotto prima che esistesse una sessione, quindi va verificato come un errore di connessione (4.4.315, 4.4.316).'
		},
		causes: [
			{
				id: 'server-immediate-error',
				title: {
					en: 'The server answers with an error at once',
					it: 'Il server risponde subito con un errore'
				},
				detail: {
					en: "The destination turns Microsoft 365 away as soon as it connects, with a refusal such as 554 or 421 in place of the greeting: a spam appliance or connection filter that rejects Microsoft 365's addresses, a receive connector that does not accept them, or a server being shut down. The reply quoted in [Message=...] says which. Back pressure, maintenance and connection limits have their own cause, with their exact replies.",
					it: 'Appena Microsoft 365 si connette, la destinazione lo respinge con un rifiuto come 554 o 421 al posto del benvenuto: un filtro antispam o di connessione che rifiuta gli indirizzi di Microsoft 365, un connettore di ricezione che non li accetta, oppure un server in fase di arresto. La risposta riportata in [Message=...] indica quale. Back pressure, manutenzione e limiti di connessione hanno una causa a parte, con le loro risposte esatte.'
				},
				fix: [
					{
						text: {
							en: 'Read the server reply quoted in the error, then connect manually and read the SMTP banner yourself.',
							it: "Leggi la risposta del server riportata nell'errore, poi connettiti manualmente e leggi il banner SMTP."
						},
						commands: ['telnet-port-25']
					},
					{
						text: {
							en: 'On the server, check the transport service, the event log, free disk space on the queue drive and the receive connector limits.',
							it: "Sul server controlla il servizio di trasporto, il registro eventi, lo spazio libero sull'unità della coda e i limiti del connettore di ricezione."
						},
						commands: ['get-queue', 'get-receive-connector']
					},
					{
						text: {
							en: "Fix what you find (an appliance rule, the receive connector's RemoteIPRanges, a stopping service), then watch the next retry.",
							it: 'Correggi ciò che trovi (una regola del filtro, i RemoteIPRanges del connettore di ricezione, un servizio in arresto), poi controlla il tentativo successivo.'
						}
					}
				],
				verify: ['telnet-port-25', 'get-queue'],
				situations: {
					en: [
						'spam filter rejects Microsoft 365 at connect',
						'554 5.7.1 access denied in place of the banner',
						'receive connector does not accept the Office 365 addresses',
						'server answers 421 service not available',
						'554 as soon as Microsoft connects',
						'spam appliance refuses Microsoft at connect'
					],
					it: [
						'il filtro antispam respinge Microsoft 365 alla connessione',
						'554 5.7.1 accesso negato al posto del banner',
						'il connettore di ricezione non accetta gli indirizzi di Office 365',
						'il server risponde 421 servizio non disponibile',
						'554 appena Microsoft si connette',
						"l'antispam rifiuta Microsoft alla connessione"
					]
				}
			},
			{
				id: 'tls-required-not-supported',
				title: {
					en: 'TLS is required but the server does not offer it',
					it: 'TLS è obbligatorio ma il server non lo offre'
				},
				detail: {
					en: 'The connector insists on TLS, or the server demands it ("STARTTLS is required"), but the server does not offer STARTTLS: no certificate is enabled for SMTP, or Tls is missing from the receive connector\'s AuthMechanism. Look for "TLS negotiation failed" or SmtpSecurity in the details. A renewed certificate the receive connector no longer finds, a firewall that strips STARTTLS and TLS limited to old versions have causes of their own.',
					it: 'Il connettore esige TLS, oppure è il server a pretenderlo ("STARTTLS is required"), ma il server non offre STARTTLS: nessun certificato è abilitato per SMTP, oppure manca Tls in AuthMechanism del connettore di ricezione. Cerca "TLS negotiation failed" o SmtpSecurity nei dettagli. Un certificato rinnovato che il connettore di ricezione non trova più, un firewall che elimina STARTTLS e un TLS limitato alle versioni obsolete hanno cause a parte.'
				},
				fix: [
					{
						text: {
							en: 'Read the TLS settings of the connector (TlsSettings, TlsDomain).',
							it: 'Leggi le impostazioni TLS del connettore (TlsSettings, TlsDomain).'
						},
						path: CONNECTORS,
						commands: ['get-outbound-connector']
					},
					{
						text: {
							en: 'From outside your network, check that the server offers STARTTLS and presents a valid certificate.',
							it: 'Da fuori della tua rete, verifica che il server offra STARTTLS e presenti un certificato valido.'
						},
						commands: ['openssl-starttls']
					},
					{
						text: {
							en: 'On Exchange, make sure a valid certificate covering the host name is enabled for SMTP and that the receive connector offers TLS.',
							it: 'Su Exchange verifica che un certificato valido con il nome host sia abilitato per SMTP e che il connettore di ricezione offra TLS.'
						},
						commands: ['get-exchange-certificate', 'get-receive-connector']
					},
					{
						text: {
							en: 'If a firewall inspects SMTP, stop it from removing STARTTLS for this traffic.',
							it: 'Se un firewall ispeziona il traffico SMTP, impediscigli di rimuovere STARTTLS per questo traffico.'
						}
					}
				],
				verify: ['openssl-starttls', 'get-outbound-connector', 'get-exchange-certificate'],
				situations: {
					en: [
						'no certificate enabled for SMTP on the Exchange server',
						'Tls missing from AuthMechanism on the receive connector',
						'connector set to require TLS',
						'server does not offer STARTTLS',
						'STARTTLS missing from the EHLO reply',
						'old certificate deleted from the server'
					],
					it: [
						'nessun certificato abilitato per SMTP sul server Exchange',
						'Tls assente da AuthMechanism sul connettore di ricezione',
						'connettore impostato per richiedere TLS',
						'il server non offre STARTTLS',
						'STARTTLS assente nella risposta EHLO',
						'vecchio certificato eliminato dal server'
					]
				}
			},
			staleTlsCertificateName,
			smtpInspectionStripsStarttls,
			serverBusyOrMaintenance,
			tlsOldVersionsOnly,
			unlisted4417
		],
		sharedCauses: ['partial-fix-behind-balancer', 'routed-elsewhere'],
		partner: {
			en: "The partner's server turns the session down. Send them the code 4.4.317, the server name and IP, the time, the exact reply quoted in [Message=...], and the TLS level your connector requires.",
			it: "Il server del partner rifiuta la sessione. Invia al partner il codice 4.4.317, nome e IP del server, l'ora, la risposta esatta riportata in [Message=...] e il livello TLS richiesto dal connettore."
		},
		queued: true,
		aliases: [
			'5.4.317',
			'Message expired, cannot connect to remote server',
			'Cannot connect to remote server',
			'Cannot establish session with remote server',
			'Winsock error code: 995',
			'STARTTLS is required',
			'STARTTLS is required to send mail',
			'TLS negotiation failed',
			'Service not available'
		],
		wording: wording['4.4.317'],
		symptoms: {
			en: [
				'cannot connect to remote server',
				'starttls is required',
				'tls negotiation failed',
				'connector requires tls',
				'service not available',
				'mail stuck in queue',
				'cannot establish session'
			],
			it: [
				'impossibile connettersi al server remoto',
				'starttls obbligatorio',
				'negoziazione tls non riuscita',
				'connettore richiede tls',
				'servizio non disponibile',
				'posta bloccata in coda',
				'impossibile stabilire la sessione'
			]
		},
		related: ['4.7.320', '4.7.321', '4.4.318']
	},
	{
		code: '4.4.318',
		reply: '450',
		kind: 'connector',
		title: { en: 'Connection was closed abruptly', it: 'Connessione interrotta improvvisamente' },
		meaning: {
			en: 'Microsoft 365 had a session open with the destination, but it was cut before the message was handed over: the server, or something on the way, dropped it.',
			it: "Microsoft 365 aveva una sessione aperta con la destinazione, ma è stata troncata prima della consegna del messaggio: l'ha chiusa il server o qualcosa lungo il percorso."
		},
		causes: [
			{
				id: 'firewall-smtp-inspection',
				title: {
					en: 'Firewall SMTP inspection breaks the session',
					it: "L'ispezione SMTP del firewall interrompe la sessione"
				},
				detail: {
					en: 'Firewalls with SMTP or ESMTP inspection (also called SMTP fixup or protocol filtering) rewrite or block commands they do not know, such as STARTTLS or BDAT, and reset the connection. Suspect it when failures start after a firewall change or hit only some messages; 10054 (WSAECONNRESET) is typical.',
					it: 'I firewall con ispezione SMTP o ESMTP (detta anche SMTP fixup o filtro di protocollo) riscrivono o bloccano i comandi che non conoscono, come STARTTLS o BDAT, e reimpostano la connessione. Sospettala se gli errori iniziano dopo una modifica al firewall o riguardano solo alcuni messaggi; 10054 (WSAECONNRESET) è tipico.'
				},
				fix: [
					{
						text: {
							en: 'Ask the firewall admin whether SMTP inspection is on for the port 25 rule.',
							it: "Chiedi all'amministratore del firewall se l'ispezione SMTP è attiva sulla regola della porta 25."
						}
					},
					{
						text: {
							en: 'Turn it off for traffic from the Microsoft 365 ranges and leave SMTP handling to the mail server.',
							it: 'Disattivala per il traffico dagli intervalli di Microsoft 365 e lascia la gestione SMTP al server di posta.'
						}
					},
					{
						text: {
							en: 'Check from outside that STARTTLS now completes, then watch the next retry.',
							it: 'Verifica da fuori che STARTTLS ora vada a buon fine, poi controlla il tentativo successivo.'
						},
						commands: ['openssl-starttls']
					}
				],
				verify: ['openssl-starttls', 'telnet-port-25'],
				situations: {
					en: [
						'Cisco ASA ESMTP inspection',
						'SMTP fixup on the firewall',
						'firewall breaks BDAT chunking',
						'sessions reset after a firewall change',
						'IPS cuts SMTP sessions',
						'large messages fail, small ones pass'
					],
					it: [
						'ispezione ESMTP sul Cisco ASA',
						'fixup SMTP attivo sul firewall',
						'il firewall rompe il chunking BDAT',
						'sessioni interrotte dopo una modifica al firewall',
						"l'IPS taglia le sessioni SMTP",
						'i messaggi grandi falliscono, i piccoli passano'
					]
				}
			},
			{
				id: 'server-unhealthy',
				title: {
					en: 'The on-premises server is unstable or overloaded',
					it: 'Server locale instabile o sovraccarico'
				},
				detail: {
					en: "The mail server freezes, restarts, crashes or runs out of memory, CPU or disk; mid-session it stops responding and the connection is dropped. Failures come and go with load; the server's event log shows transport errors or crashes.",
					it: 'Il server di posta si blocca, si riavvia, va in crash o resta a corto di memoria, CPU o disco; a metà sessione smette di rispondere e la connessione cade. Gli errori vanno e vengono con il carico; il registro eventi del server mostra errori o crash del trasporto.'
				},
				fix: [
					{
						text: {
							en: 'Check the server: services, event log, CPU, memory and free disk on the queue drive.',
							it: "Controlla il server: servizi, registro eventi, CPU, memoria e spazio libero sull'unità della coda."
						},
						commands: ['get-queue']
					},
					{
						text: {
							en: 'Free resources, install the updates that fix transport crashes, and restart transport in a quiet moment if needed.',
							it: 'Libera risorse, installa gli aggiornamenti che correggono i crash del trasporto e, se serve, riavvia il trasporto in una finestra di manutenzione.'
						}
					},
					{
						text: {
							en: 'Watch the next retries: they should complete without drops.',
							it: 'Controlla i tentativi successivi: devono completarsi senza interruzioni.'
						}
					}
				],
				verify: ['get-queue', 'telnet-port-25'],
				situations: {
					en: [
						'Exchange server hangs',
						'server overloaded',
						'CPU at 100% on the mailbox server',
						'server runs out of memory',
						'transport service keeps crashing',
						'antivirus scanning SMTP traffic',
						'server freezes during delivery'
					],
					it: [
						'il server Exchange si blocca',
						'server sovraccarico',
						'CPU al 100% sul server cassette postali',
						'il server esaurisce la memoria',
						'il servizio di trasporto va in crash di continuo',
						'antivirus che scansiona il traffico SMTP',
						'il server si pianta durante la consegna'
					]
				}
			},
			{
				id: 'network-problems',
				title: {
					en: 'Unreliable network path to your site',
					it: 'Percorso di rete instabile verso la sede'
				},
				detail: {
					en: 'Packet loss, an unstable internet line, MTU trouble on a VPN or tunnel, or a load balancer that cuts long sessions. Large messages tend to fail more than small ones.',
					it: 'Perdita di pacchetti, linea Internet instabile, problemi di MTU su una VPN o un tunnel, oppure un bilanciatore di carico che chiude le sessioni lunghe. I messaggi grandi tendono a fallire più di quelli piccoli.'
				},
				fix: [
					{
						text: {
							en: 'Bring in the network team with the times and IPs from the errors.',
							it: 'Coinvolgi il team di rete fornendo orari e IP riportati negli errori.'
						}
					},
					{
						text: {
							en: 'Have them check the line for packet loss, the MTU, and session timeouts on load balancers and firewalls on the path to port 25.',
							it: 'Fai controllare la perdita di pacchetti sulla linea, la MTU e i timeout di sessione di bilanciatori e firewall sul percorso verso la porta 25.'
						}
					},
					{
						text: {
							en: 'After their change, watch the retries.',
							it: 'Dopo il loro intervento, controlla i tentativi successivi.'
						},
						commands: ['test-port-25']
					}
				],
				verify: ['test-port-25', 'nc-port-25'],
				situations: {
					en: [
						'packet loss on the internet line',
						'unstable WAN or VPN link',
						'MTU problems',
						'connection reset by peer now and then',
						'ISP routing problems',
						'link flapping'
					],
					it: [
						'perdita di pacchetti sulla linea',
						'collegamento WAN o VPN instabile',
						'problemi di MTU',
						'connessione reimpostata ogni tanto',
						'problemi di instradamento del provider',
						'linea che va e viene'
					]
				}
			},
			unlisted4418
		],
		partner: {
			en: "The connection drops on the partner's side. Send them the code 4.4.318, the server name and IP and the times of the failed attempts, and ask them to check their firewall's SMTP inspection, their server's health and their line.",
			it: "La connessione cade dal lato del partner. Invia al partner il codice 4.4.318, nome e IP del server e gli orari dei tentativi falliti, e chiedigli di controllare l'ispezione SMTP del firewall, lo stato del server e la connessione Internet."
		},
		queued: true,
		aliases: [
			'5.4.318',
			'Message expired, connection was closed abruptly',
			'Connection was closed abruptly',
			'Socket error code 10054',
			'Winsock error code: 10054',
			'WSAECONNRESET',
			'SMTPSEND.SuspiciousRemoteServerError',
			'remote server disconnected abruptly'
		],
		wording: wording['4.4.318'],
		symptoms: {
			en: [
				'connection closed abruptly',
				'connection reset by peer',
				'firewall smtp inspection',
				'large emails fail to on-premises',
				'mail stuck in queue',
				'on-premises server crashing',
				'intermittent delivery failures',
				'existing connection was forcibly closed by the remote host'
			],
			it: [
				'connessione interrotta improvvisamente',
				'connessione reimpostata',
				'ispezione smtp firewall',
				'email grandi non arrivano al server locale',
				'posta bloccata in coda',
				'server locale va in crash',
				'errori di recapito intermittenti',
				"connessione interrotta forzatamente dall'host remoto"
			]
		},
		related: ['4.4.315', '4.4.317', '4.4.316']
	},
	{
		code: '4.7.320',
		reply: '450',
		kind: 'connector',
		title: { en: 'Certificate validation failed', it: 'Convalida del certificato non riuscita' },
		meaning: {
			en: 'Microsoft 365 connected and started TLS, but the certificate the server presented failed the checks the connector asks for (validity dates, name, trusted issuer), so the message was not sent over that session.',
			it: 'Microsoft 365 si è connesso e ha avviato TLS, ma il certificato presentato dal server non ha superato i controlli richiesti dal connettore (date di validità, nome, emittente attendibile), quindi il messaggio non è stato inviato in quella sessione.'
		},
		causes: [
			{
				id: 'cert-expired',
				title: { en: 'The certificate has expired', it: 'Il certificato è scaduto' },
				detail: {
					en: 'The server presents a certificate whose end date (NotAfter) has passed. Often a renewed certificate was installed but never enabled for SMTP, so the old one is still served.',
					it: 'Il server presenta un certificato la cui data di fine (NotAfter) è passata. Spesso quello rinnovato è stato installato ma mai abilitato per SMTP, quindi viene ancora servito il vecchio.'
				},
				fix: [
					{
						text: {
							en: 'See which certificate the server actually presents and its end date.',
							it: 'Controlla quale certificato presenta effettivamente il server e la sua data di scadenza.'
						},
						commands: ['openssl-starttls']
					},
					{
						text: {
							en: "Renew it with the CA, install it with its full chain, and enable it for SMTP (on Exchange: Enable-ExchangeCertificate with -Services SMTP). In a hybrid setup, also point the receive connector's TlsCertificateName at the new certificate, or rerun the Hybrid Configuration Wizard.",
							it: 'Rinnovalo presso la CA, installalo con la catena completa e abilitalo per SMTP (su Exchange: Enable-ExchangeCertificate con -Services SMTP). In un ambiente ibrido aggiorna anche TlsCertificateName del connettore di ricezione con il nuovo certificato, oppure esegui di nuovo la Configurazione guidata ibrida.'
						},
						commands: ['get-exchange-certificate']
					},
					{
						text: {
							en: 'Test again from outside, then watch the queue drain at the next retry.',
							it: 'Ripeti la prova da fuori, poi verifica che la coda si svuoti al tentativo successivo.'
						},
						commands: ['openssl-starttls']
					}
				],
				verify: ['openssl-starttls', 'get-exchange-certificate'],
				situations: {
					en: [
						'certificate expired',
						'forgot to renew the certificate',
						'renewed certificate not enabled for SMTP',
						'old certificate still presented',
						'automatic certificate renewal failed',
						'NotAfter date in the past'
					],
					it: [
						'certificato scaduto',
						'dimenticato il rinnovo del certificato',
						'certificato rinnovato ma non abilitato per SMTP',
						'viene ancora presentato il vecchio certificato',
						'rinnovo automatico del certificato non riuscito',
						'data NotAfter passata'
					]
				}
			},
			{
				id: 'cert-subject-mismatch',
				title: {
					en: 'The certificate name does not match',
					it: 'Il nome del certificato non corrisponde'
				},
				detail: {
					en: "With TlsSettings DomainValidation, Exchange Online compares the certificate's subject and alternative names with the connector's TlsDomain, not with the smart host name, and TlsDomain is not among them. The error shows both: SubjectMismatch, Expected Subject (the TlsDomain), Presented Subject. A presented subject like CN=<server name> means the server's default self-signed certificate is in use. With CertificateValidation the name is not checked at all.",
					it: "Con TlsSettings DomainValidation, Exchange Online confronta il soggetto e i nomi alternativi del certificato con il TlsDomain del connettore, non con il nome dello smart host, e il TlsDomain non è tra questi. L'errore li mostra entrambi: SubjectMismatch, Expected Subject (il TlsDomain), Presented Subject. Un soggetto presentato come CN=<nome server> indica che è in uso il certificato autofirmato predefinito del server. Con CertificateValidation il nome non viene controllato affatto."
				},
				fix: [
					{
						text: {
							en: 'Compare TlsDomain (the Expected Subject) with the names the server presents.',
							it: 'Confronta il TlsDomain (Expected Subject) con i nomi presentati dal server.'
						},
						commands: ['get-outbound-connector', 'openssl-starttls']
					},
					{
						text: {
							en: 'To fix it on the server: enable for SMTP a certificate whose names include the expected one.',
							it: 'Per correggere sul server: abilita per SMTP un certificato che includa il nome atteso.'
						},
						commands: ['get-exchange-certificate']
					},
					{
						text: {
							en: 'Or, on the connector: set TlsDomain to a name the certificate covers.',
							it: 'Oppure, sul connettore: imposta come TlsDomain un nome coperto dal certificato.'
						},
						path: CONNECTORS
					}
				],
				verify: ['openssl-starttls', 'get-outbound-connector', 'get-exchange-certificate'],
				situations: {
					en: [
						'name on the certificate does not match',
						'TlsDomain differs from the certificate',
						"presented subject is the server's own name",
						'default self-signed certificate presented',
						'wildcard certificate does not cover the host',
						'smart host name missing from the certificate'
					],
					it: [
						'il nome del certificato non corrisponde',
						'TlsDomain diverso dal certificato',
						"l'oggetto presentato è il nome del server",
						'viene presentato il certificato autofirmato predefinito',
						"il certificato wildcard non copre l'host",
						'nome dello smart host assente dal certificato'
					]
				}
			},
			{
				id: 'cert-no-longer-valid',
				title: {
					en: 'The certificate is no longer trusted',
					it: 'Il certificato non è più attendibile'
				},
				detail: {
					en: 'Dates and names are fine but trust fails: the CA revoked the certificate, it comes from an issuer Microsoft 365 does not trust (self-signed, internal CA), or the server does not send the intermediate certificates.',
					it: "Date e nomi sono corretti ma l'attendibilità non è verificata: la CA ha revocato il certificato, l'emittente non è considerato attendibile da Microsoft 365 (autofirmato, CA interna) oppure il server non invia i certificati intermedi."
				},
				fix: [
					{
						text: {
							en: 'Inspect the chain the server sends: look for a verify error or missing intermediates.',
							it: 'Esamina la catena inviata dal server: cerca errori di verifica o certificati intermedi mancanti.'
						},
						commands: ['openssl-starttls']
					},
					{
						text: {
							en: 'Replace it with a certificate from a public CA, install the intermediates on the server, and enable it for SMTP.',
							it: 'Sostituiscilo con un certificato di una CA pubblica, installa sul server i certificati intermedi e abilitalo per SMTP.'
						},
						commands: ['get-exchange-certificate']
					},
					{
						text: {
							en: 'Test again from outside, then watch the next retry.',
							it: 'Ripeti la prova da fuori, poi controlla il tentativo successivo.'
						},
						commands: ['openssl-starttls']
					}
				],
				verify: ['openssl-starttls', 'get-exchange-certificate'],
				situations: {
					en: [
						'certificate revoked',
						'issuer not trusted',
						'self-signed certificate',
						'intermediate certificate missing',
						'incomplete certificate chain',
						'private CA not trusted by Microsoft'
					],
					it: [
						'certificato revocato',
						'emittente non attendibile',
						'certificato autofirmato',
						'manca il certificato intermedio',
						'catena di certificati incompleta',
						'CA privata non attendibile per Microsoft'
					]
				}
			},
			certRevocationCheckFailed,
			partialFixBehindBalancer,
			unlisted4720
		],
		sharedCauses: ['stale-tls-certificate-name', 'routed-elsewhere'],
		partner: {
			en: 'Only the partner can replace their certificate. Send them the code 4.7.320, the server name, the time and the text of [Message=...] (expected and presented subject, or the reason), plus what your connector checks (TlsSettings, TlsDomain).',
			it: "Solo il partner può sostituire il proprio certificato. Invia al partner il codice 4.7.320, il nome del server, l'ora e il testo di [Message=...] (soggetto atteso e presentato, o il motivo), oltre a cosa controlla il connettore (TlsSettings, TlsDomain)."
		},
		queued: true,
		aliases: [
			'5.7.320',
			'Message expired, certificate validation failed',
			'Certificate validation failed',
			'SubjectMismatch',
			'Presented Subject',
			'Expected Subject'
		],
		symptoms: {
			en: [
				'certificate validation failed',
				'certificate expired',
				'subject mismatch',
				'tls certificate name mismatch',
				'self-signed certificate',
				'missing intermediate certificate',
				'certificate not trusted',
				'mail stuck in queue'
			],
			it: [
				'convalida del certificato non riuscita',
				'certificato scaduto',
				'nome certificato non corrisponde',
				'mancata corrispondenza oggetto certificato',
				'certificato autofirmato',
				'certificato intermedio mancante',
				'certificato non attendibile',
				'posta bloccata in coda'
			]
		},
		related: ['4.7.322', '4.7.325', '4.4.317', '4.7.321']
	},
	{
		code: 'other',
		reply: '450',
		kind: 'other',
		title: { en: 'Other error codes', it: 'Altri codici di errore' },
		meaning: {
			en: 'Deliveries through the connector to your on-premises or partner server fail with a code not covered above. The alert and the error still name the destination server and the last error: start from there.',
			it: "I recapiti tramite il connettore verso il server locale o del partner non riescono, con un codice diverso da quelli elencati sopra. L'avviso e l'errore indicano comunque il server di destinazione e l'ultimo errore: parti da lì."
		},
		causes: [
			{
				id: 'other-destination-problem',
				title: {
					en: 'A problem at your destination server',
					it: 'Un problema sul server di destinazione'
				},
				detail: {
					en: 'Something in your environment stops delivery: the server, its network, DNS or its certificate. The destination server (LastAttemptedServerName, LastAttemptedIP) and the last error tell you where to look.',
					it: "Qualcosa nel tuo ambiente blocca il recapito: il server, la rete, il DNS o il certificato. Il server di destinazione (LastAttemptedServerName, LastAttemptedIP) e l'ultimo errore indicano dove guardare."
				},
				fix: [
					{
						text: {
							en: 'Note the destination server, last IP and last error, from the alert, the queued messages view or message trace.',
							it: "Annota server di destinazione, ultimo IP e ultimo errore dall'avviso, dalla visualizzazione dei messaggi in coda o dalla traccia messaggi."
						}
					},
					{
						text: {
							en: 'Check that the server name resolves, port 25 answers from outside, and TLS completes with a valid certificate.',
							it: "Verifica che il nome del server si risolva, che la porta 25 risponda dall'esterno e che TLS si completi con un certificato valido."
						},
						commands: ['resolve-host', 'test-port-25', 'openssl-starttls']
					},
					{
						text: {
							en: 'Fix what fails, then watch the next retry.',
							it: 'Correggi ciò che non funziona, poi controlla il tentativo successivo.'
						}
					}
				],
				verify: ['resolve-host', 'test-port-25', 'openssl-starttls'],
				situations: {
					en: [
						'Messages have been delayed alert',
						'queued messages flyout',
						'unknown error on the connector',
						'Defer events with an unfamiliar code',
						'mail queued for hours then delivered'
					],
					it: [
						'avviso Messaggi ritardati',
						'report dei messaggi in coda',
						'errore sconosciuto sul connettore',
						'eventi Defer con un codice sconosciuto',
						'posta in coda per ore e poi consegnata'
					]
				}
			},
			{
				id: 'connector-misconfigured',
				title: {
					en: 'The connector is misconfigured',
					it: 'Il connettore è configurato male'
				},
				detail: {
					en: "The destination is reachable but the connector's settings do not fit it: wrong smart host, a TLS level or TlsDomain the server cannot meet, or a connector still on after the setup changed.",
					it: 'La destinazione è raggiungibile ma le impostazioni del connettore non corrispondono: smart host errato, un livello TLS o un TlsDomain che il server non soddisfa, oppure un connettore ancora attivo dopo un cambio di configurazione.'
				},
				fix: [
					{
						text: {
							en: 'Review the connector: enabled state, smart hosts, TLS settings.',
							it: 'Rivedi il connettore: stato di attivazione, smart host, impostazioni TLS.'
						},
						commands: ['get-outbound-connector']
					},
					{
						text: {
							en: 'Correct the settings in the Exchange admin center and let it validate the connector when saving.',
							it: "Correggi le impostazioni nell'interfaccia di amministrazione di Exchange e fai convalidare il connettore al salvataggio."
						},
						path: CONNECTORS
					}
				],
				verify: ['get-outbound-connector'],
				situations: {
					en: [
						'connector scoped to the wrong domains',
						'wrong recipient domains on the connector',
						'connector disabled by mistake',
						'transport rule sends mail to the wrong connector',
						'connector validation fails'
					],
					it: [
						'connettore con i domini sbagliati',
						'domini destinatari errati sul connettore',
						'connettore disattivato per errore',
						'regola di trasporto che usa il connettore sbagliato',
						'convalida del connettore non riuscita'
					]
				}
			},
			{
				id: 'partner-server',
				title: {
					en: "The destination is a partner's server",
					it: 'La destinazione è il server di un partner'
				},
				detail: {
					en: 'The destination server belongs to a partner, a hosting or a cloud provider, not to you: check the domain in LastAttemptedServerName. Nothing in your tenant can fix their side.',
					it: 'Il server di destinazione appartiene a un partner o a un provider di hosting o cloud, non alla tua organizzazione: controlla il dominio in LastAttemptedServerName. Dal tuo tenant non è possibile correggere il loro lato.'
				},
				fix: [
					{
						text: {
							en: "Contact the partner's mail or IT team.",
							it: 'Contatta il team di posta o IT del partner.'
						}
					},
					{
						text: {
							en: 'Give them the full code and error text, the destination server name and IP, the time of the last attempt with its time zone, and the link to the published Microsoft 365 (Exchange Online) IP ranges their firewall must allow on TCP 25.',
							it: "Fornisci il codice e il testo completo dell'errore, nome e IP del server di destinazione, l'ora dell'ultimo tentativo con il fuso orario e il link agli intervalli IP pubblicati di Microsoft 365 (Exchange Online) che il loro firewall deve consentire sulla porta TCP 25."
						}
					},
					{
						text: {
							en: 'Messages wait in the queue meanwhile. If their fix will outlast the retry period, warn the senders that the messages will come back as NDRs.',
							it: 'Nel frattempo i messaggi restano in coda. Se la correzione richiederà più del periodo di nuovi tentativi, avvisa i mittenti che riceveranno un rapporto di mancato recapito (NDR).'
						}
					}
				],
				verify: ['resolve-host', 'test-port-25'],
				situations: {
					en: [
						'partner not receiving our mail',
						"partner's server turns us away",
						"problem on a third party's gateway",
						'customer says nothing arrives',
						"supplier's mail server down"
					],
					it: [
						'il partner non riceve la nostra posta',
						'il server del partner ci respinge',
						'problema sul gateway di terze parti',
						'il cliente dice che non arriva niente',
						'server di posta del fornitore giù'
					]
				}
			},
			unlistedOther
		],
		sharedCauses: ['routed-elsewhere'],
		partner: {
			en: "When the destination is a partner's server, only they can fix it. Send them the code, the destination server, the time of the last attempt and the Microsoft 365 IP ranges to allow on TCP 25.",
			it: "Quando la destinazione è il server di un partner, solo il partner può correggere il problema. Invia al partner il codice, il server di destinazione, l'ora dell'ultimo tentativo e gli intervalli IP di Microsoft 365 da consentire sulla porta TCP 25."
		},
		queued: true,
		aliases: [
			'Other error codes',
			'Other connector errors',
			'Messages have been delayed',
			'Messages queued',
			// RFC 3463 §3.5: x.4.x is the network and routing subject. A code of it with no entry of
			// its own (4.4.8 MTA-STS, 4.4.4 unable to route) is one of the other connector errors.
			'4.4.2-999'
		],
		symptoms: {
			en: [
				'messages have been delayed alert',
				'mail queued for on-premises',
				'outbound connector not delivering',
				'partner not receiving email',
				'unknown connector error',
				'emails delayed exchange online',
				'mail to our on-premises server bouncing or stuck',
				'mail to the local Exchange server not delivered, no code yet'
			],
			it: [
				'avviso messaggi in ritardo',
				'posta in coda verso il server locale',
				'mail verso il nostro Exchange locale rimbalzano o restano bloccate',
				'posta per il server on-premises non consegnata, ancora nessun codice',
				'connettore in uscita non recapita',
				'il partner non riceve la posta',
				'errore sconosciuto del connettore',
				'email in ritardo exchange online'
			]
		},
		related: ['4.4.312', '4.4.315', '4.4.316', '4.4.317', '4.4.318', '4.7.320', '4.4.7', '5.4.300']
	}
];
