/**
 * The wizard tree: plain questions in priority order, each answer keeping, ruling out or confirming
 * causes of the catalog by id. The engine asks the first unanswered question that is about a cause
 * still in play; `validateTree` (tests) explores every answer path and checks that each cause can be
 * reached as the first-ranked conclusion, from scratch and from its own entry.
 *
 * Design rules:
 * - `unknown` ("I don't know / can't check") never rules out or confirms: it may only reorder.
 * - An answer confirms a cause only when the answer alone establishes it (an expired domain, a
 *   firewall that does not let Microsoft 365 in); weaker evidence only `keep`s (ranks higher).
 * - Rule-outs follow the order of a delivery: name resolution, then the TCP connection, then TLS and
 *   the certificate. A smart host whose name does not resolve cannot have refused a connection.
 */
import type { Question, WizardTree } from '../lib/wizard/types';

// Groups used by the history questions. A connector that never worked points to its setup; one that
// stopped points to something that broke; a recent change points to what changes with it.
const SETUP_PROBLEMS = [
	'wrong-smart-host',
	'firewall-blocks-m365',
	'tls-required-not-supported',
	'cert-subject-mismatch',
	'firewall-smtp-inspection',
	'connector-misconfigured'
];
const BREAKS_BY_ITSELF = [
	'dns-hosting-problem',
	'domain-expired',
	'server-down',
	'server-immediate-error',
	'server-unhealthy',
	'cert-expired',
	'cert-no-longer-valid',
	'other-destination-problem'
];
// Nothing changed on the sending side: look at the destination server itself.
const DESTINATION_TROUBLE = [
	'server-down',
	'server-immediate-error',
	'server-unhealthy',
	'cert-expired',
	'cert-no-longer-valid',
	'domain-expired',
	'other-destination-problem'
];
const FOLLOWS_A_CHANGE = [
	'wrong-smart-host',
	'connector-misconfigured',
	'firewall-blocks-m365',
	'network-problems',
	'mx-recently-changed',
	'tls-required-not-supported',
	'cert-subject-mismatch'
];
const CERTIFICATE_PROBLEMS = ['cert-expired', 'cert-subject-mismatch', 'cert-no-longer-valid'];
/** Causes that need Microsoft 365 to have reached the server: excluded when the name fails. */
const NEEDS_A_CONNECTION = [
	'server-down',
	'firewall-blocks-m365',
	'server-immediate-error',
	'tls-required-not-supported',
	'firewall-smtp-inspection',
	'server-unhealthy',
	'network-problems',
	...CERTIFICATE_PROBLEMS
];
/** Causes that need an SMTP session to have started: excluded when port 25 cannot be reached. */
const NEEDS_AN_SMTP_SESSION = [
	'server-immediate-error',
	'tls-required-not-supported',
	'firewall-smtp-inspection',
	...CERTIFICATE_PROBLEMS
];
const DNS_PROBLEMS = ['dns-hosting-problem', 'domain-expired', 'mx-recently-changed'];

const DONT_KNOW = { en: "I don't know", it: 'Non lo so' } as const;
const CANT_CHECK = { en: "I don't know / I can't check", it: 'Non lo so / non posso verificarlo' };

const questions: readonly Question[] = [
	{
		id: 'symptom',
		text: {
			en: 'Which error code do you see?',
			it: 'Quale codice di errore vedi?'
		},
		help: {
			en: 'It is in the "Diagnostic information for administrators" part of the bounce, in the alert about delayed messages, among the queued messages of the mail flow dashboard, or in the Defer events of message trace. A bounce that says 5.4.316 once the retries are over stands for 4.4.316, and so on.',
			it: 'Si trova nella parte "Informazioni di diagnostica per gli amministratori" del rapporto di mancato recapito (NDR), nell\'avviso sui messaggi in ritardo, tra i messaggi in coda del dashboard del flusso di posta o negli eventi Defer della traccia messaggi. Un rapporto che riporta 5.4.316 a tentativi finiti equivale a 4.4.316, e così via.'
		},
		appliesTo: [
			'dns-hosting-problem',
			'domain-expired',
			'mx-recently-changed',
			'server-down',
			'wrong-smart-host',
			'firewall-blocks-m365',
			'migrated-on-prem-shut-down',
			'server-immediate-error',
			'tls-required-not-supported',
			'firewall-smtp-inspection',
			'server-unhealthy',
			'network-problems',
			'cert-expired',
			'cert-subject-mismatch',
			'cert-no-longer-valid',
			'other-destination-problem',
			'connector-misconfigured'
		],
		answers: [
			{
				id: '4.4.312',
				label: { en: '4.4.312 (or 5.4.312)', it: '4.4.312 (o 5.4.312)' },
				effect: { code: '4.4.312' }
			},
			{
				id: '4.4.315',
				label: { en: '4.4.315 (or 5.4.315)', it: '4.4.315 (o 5.4.315)' },
				effect: { code: '4.4.315' }
			},
			{
				id: '4.4.316',
				label: { en: '4.4.316 (or 5.4.316)', it: '4.4.316 (o 5.4.316)' },
				effect: { code: '4.4.316' }
			},
			{
				id: '4.4.317',
				label: { en: '4.4.317 (or 5.4.317)', it: '4.4.317 (o 5.4.317)' },
				effect: { code: '4.4.317' }
			},
			{
				id: '4.4.318',
				label: { en: '4.4.318 (or 5.4.318)', it: '4.4.318 (o 5.4.318)' },
				effect: { code: '4.4.318' }
			},
			{
				id: '4.7.320',
				label: { en: '4.7.320', it: '4.7.320' },
				effect: { code: '4.7.320' }
			},
			{
				id: 'other',
				label: { en: 'Another code', it: 'Un altro codice' },
				effect: { code: 'other' }
			},
			{
				id: 'unknown',
				label: { en: "No code, or I don't know which", it: 'Nessun codice, o non so quale' },
				effect: {}
			}
		]
	},
	{
		id: 'partner-destination',
		text: {
			en: "Does this connector deliver to a partner's or a third party's server rather than to a server of yours?",
			it: 'Questo connettore recapita la posta al server di un partner o di terze parti, anziché a un server della tua organizzazione?'
		},
		help: {
			en: 'For example a cloud filtering, archiving or hosting service. The connector type (Partner or OnPremises) is a hint, not proof.',
			it: 'Per esempio un servizio cloud di filtro, archiviazione o hosting. Il tipo di connettore (Partner oppure OnPremises) è un indizio, non una prova.'
		},
		commands: ['get-outbound-connector'],
		appliesTo: ['partner-server'],
		answers: [
			{
				id: 'yes',
				label: {
					en: "Yes, a partner's or third party's server",
					it: 'Sì, il server di un partner o di terze parti'
				},
				effect: { confirm: ['partner-server'] }
			},
			{
				id: 'no',
				label: { en: 'No, a server of ours', it: 'No, un nostro server' },
				effect: { ruleOut: ['partner-server'] }
			},
			{ id: 'unknown', label: DONT_KNOW, effect: {} }
		]
	},
	{
		id: 'fully-migrated',
		text: {
			en: 'Have all mailboxes moved to Exchange Online, and has the on-premises server been shut down?',
			it: 'Tutte le cassette postali sono passate a Exchange Online e il server locale è stato spento?'
		},
		help: {
			en: 'Answer yes only if no mailbox of the domain is left on a server of yours and that server is off or retired: the connector then has nowhere left to deliver.',
			it: 'Rispondi sì solo se nessuna cassetta postale del dominio è rimasta su un server della tua organizzazione e quel server è spento o dismesso: in quel caso il connettore non ha più dove recapitare.'
		},
		appliesTo: ['migrated-on-prem-shut-down'],
		answers: [
			{
				id: 'yes',
				label: {
					en: 'Yes, everything moved and the server is off',
					it: 'Sì, è stato spostato tutto e il server è spento'
				},
				effect: { confirm: ['migrated-on-prem-shut-down'] }
			},
			{
				id: 'no',
				label: {
					en: 'No, some mailboxes are still on premises',
					it: 'No, alcune cassette postali sono ancora sul server locale'
				},
				effect: { ruleOut: ['migrated-on-prem-shut-down'] }
			},
			{ id: 'unknown', label: DONT_KNOW, effect: {} }
		]
	},
	{
		id: 'ever-worked',
		text: {
			en: 'Has mail ever been delivered through this connector?',
			it: 'La posta è mai stata recapitata attraverso questo connettore?'
		},
		help: {
			en: 'Message trace shows earlier deliveries to the same domain. A connector that never worked points to how it was set up; one that stopped points to something that broke or changed.',
			it: 'La traccia messaggi mostra i recapiti precedenti verso lo stesso dominio. Un connettore che non ha mai funzionato fa pensare a come è stato configurato; uno che ha smesso, a qualcosa che si è guastato o è cambiato.'
		},
		appliesTo: [
			'server-down',
			'wrong-smart-host',
			'other-destination-problem',
			'connector-misconfigured'
		],
		answers: [
			{
				id: 'yes',
				label: { en: 'Yes, it used to work', it: 'Sì, prima funzionava' },
				effect: { keep: [...BREAKS_BY_ITSELF, 'mx-recently-changed', 'network-problems'] }
			},
			{
				id: 'no',
				label: { en: 'No, it never worked', it: 'No, non ha mai funzionato' },
				effect: { keep: SETUP_PROBLEMS }
			},
			{ id: 'unknown', label: DONT_KNOW, effect: {} }
		]
	},
	{
		id: 'recent-change',
		text: {
			en: 'Did the connector, the smart host, your internet provider or your public IP address change lately?',
			it: "Di recente sono cambiati il connettore, lo smart host, il provider Internet o l'indirizzo IP pubblico?"
		},
		help: {
			en: 'Think of the days before the first delayed message: a new firewall or provider, a moved server, an edited connector.',
			it: 'Pensa ai giorni prima del primo messaggio in ritardo: un nuovo firewall o provider, un server spostato, un connettore modificato.'
		},
		commands: ['get-outbound-connector'],
		appliesTo: [
			'server-down',
			'wrong-smart-host',
			'other-destination-problem',
			'connector-misconfigured'
		],
		answers: [
			{
				id: 'yes',
				label: { en: 'Yes, something changed', it: 'Sì, qualcosa è cambiato' },
				effect: { keep: FOLLOWS_A_CHANGE }
			},
			{
				id: 'no',
				label: { en: 'No, nothing changed', it: 'No, non è cambiato nulla' },
				effect: { keep: DESTINATION_TROUBLE }
			},
			{ id: 'unknown', label: DONT_KNOW, effect: {} }
		]
	},
	{
		id: 'smarthost-resolves',
		text: {
			en: "Does the smart host name in the connector resolve to your server's current public address?",
			it: "Il nome dello smart host indicato nel connettore si risolve nell'indirizzo pubblico attuale del server?"
		},
		help: {
			en: 'Ask public DNS, not only your internal DNS servers, which may answer differently. If the connector routes by MX record, check the host named in the MX record.',
			it: "Interroga il DNS pubblico, non solo i server DNS interni, che possono rispondere in modo diverso. Se il connettore instrada in base al record MX, controlla l'host indicato nel record MX."
		},
		commands: ['resolve-host', 'get-outbound-connector'],
		appliesTo: [...DNS_PROBLEMS, 'wrong-smart-host'],
		answers: [
			{
				id: 'yes',
				label: { en: 'Yes, to the right address', it: "Sì, nell'indirizzo giusto" },
				// A current answer from public DNS: the registration is alive and the connector
				// points at the server; a stale copy held by other resolvers is still possible.
				effect: {
					ruleOut: ['domain-expired', 'wrong-smart-host'],
					keep: ['mx-recently-changed']
				}
			},
			{
				id: 'wrong-address',
				label: {
					en: 'It resolves, but to an old or wrong address',
					it: 'Si risolve, ma in un indirizzo vecchio o sbagliato'
				},
				// An expired domain is often parked on the registrar's address.
				effect: { keep: ['wrong-smart-host', 'mx-recently-changed', 'domain-expired'] }
			},
			{
				id: 'no',
				label: { en: 'No, the name does not resolve', it: 'No, il nome non si risolve' },
				effect: { ruleOut: NEEDS_A_CONNECTION }
			},
			{
				id: 'ip-address',
				label: {
					en: 'The connector uses an IP address, not a name',
					it: 'Il connettore usa un indirizzo IP, non un nome'
				},
				effect: { ruleOut: DNS_PROBLEMS }
			},
			{ id: 'unknown', label: CANT_CHECK, effect: {} }
		]
	},
	{
		id: 'domain-registered',
		text: {
			en: "Is your domain's registration still current?",
			it: 'La registrazione del dominio è ancora valida?'
		},
		help: {
			en: "The expiry date is in the domain's whois record and in your account with the registrar.",
			it: 'La data di scadenza si trova nei dati whois del dominio e nel tuo account presso il registrar.'
		},
		commands: ['whois-domain'],
		appliesTo: ['domain-expired'],
		answers: [
			{
				id: 'yes',
				label: { en: 'Yes, it is current', it: 'Sì, è valida' },
				effect: { ruleOut: ['domain-expired'] }
			},
			{
				id: 'no',
				label: { en: 'No, it has expired', it: 'No, è scaduta' },
				effect: { confirm: ['domain-expired'] }
			},
			{ id: 'unknown', label: CANT_CHECK, effect: {} }
		]
	},
	{
		id: 'mx-changed',
		text: {
			en: "Did the domain's MX record change in the last few days?",
			it: 'Il record MX del dominio è cambiato negli ultimi giorni?'
		},
		help: {
			en: 'Resolvers keep the old record until its time to live (TTL) runs out: compare what public resolvers return with the new value.',
			it: 'I resolver conservano il vecchio record finché non scade il suo TTL: confronta ciò che restituiscono i resolver pubblici con il nuovo valore.'
		},
		commands: ['resolve-mx', 'nslookup-mx', 'dig-mx'],
		appliesTo: ['mx-recently-changed'],
		answers: [
			{
				id: 'yes',
				label: { en: 'Yes, it changed recently', it: 'Sì, è cambiato di recente' },
				effect: { keep: ['mx-recently-changed'] }
			},
			{
				id: 'no',
				label: { en: 'No, it is unchanged', it: 'No, è invariato' },
				effect: { ruleOut: ['mx-recently-changed'] }
			},
			{ id: 'unknown', label: CANT_CHECK, effect: {} }
		]
	},
	{
		id: 'server-reachable',
		text: {
			en: 'Is the server up, and does it answer on TCP port 25 from outside your network?',
			it: "Il server è attivo e risponde sulla porta TCP 25 dall'esterno della tua rete?"
		},
		help: {
			en: "Test from outside your firewall, against the server's current public address: a test from inside proves nothing. The connector validation in the Exchange admin center connects from Microsoft 365 itself.",
			it: "Fai la prova dall'esterno del firewall, verso l'indirizzo pubblico attuale del server: una prova dall'interno non dimostra nulla. La convalida del connettore nell'interfaccia di amministrazione di Exchange si collega direttamente da Microsoft 365."
		},
		commands: ['test-port-25', 'nc-port-25'],
		appliesTo: ['server-down', 'wrong-smart-host'],
		answers: [
			{
				id: 'yes',
				label: { en: 'Yes, it answers on port 25', it: 'Sì, risponde sulla porta 25' },
				// The server works, so a timeout means Microsoft 365 is sent somewhere else.
				effect: {
					ruleOut: ['server-down', 'migrated-on-prem-shut-down'],
					keep: ['wrong-smart-host']
				}
			},
			{
				id: 'down',
				label: {
					en: 'No, the server or its mail service is down',
					it: 'No, il server o il suo servizio di posta è fermo'
				},
				effect: { confirm: ['server-down'] }
			},
			{
				id: 'no',
				label: {
					en: 'It runs, but port 25 cannot be reached from outside',
					it: "È in funzione, ma la porta 25 non è raggiungibile dall'esterno"
				},
				// Unreachable is down as far as Microsoft 365 can tell; the smart host setting
				// does not matter while the server itself cannot be reached.
				effect: {
					ruleOut: ['wrong-smart-host', ...NEEDS_AN_SMTP_SESSION],
					keep: ['server-down', 'firewall-blocks-m365', 'network-problems']
				}
			},
			{
				id: 'unknown',
				label: {
					en: "I can't test from outside",
					it: "Non posso fare la prova dall'esterno"
				},
				effect: {}
			}
		]
	},
	{
		id: 'firewall-allows',
		text: {
			en: "Does your firewall let Microsoft 365's IP address ranges in on TCP port 25?",
			it: 'Il firewall accetta le connessioni dagli intervalli di indirizzi IP di Microsoft 365 sulla porta TCP 25?'
		},
		help: {
			en: 'Microsoft publishes the ranges in "Microsoft 365 URLs and IP address ranges" (Exchange Online section). A rule built from an old copy of the list blocks the newer addresses.',
			it: 'Microsoft pubblica gli intervalli nella pagina "URL e intervalli di indirizzi IP di Microsoft 365" (sezione Exchange Online). Una regola costruita su una copia vecchia dell\'elenco blocca gli indirizzi più recenti.'
		},
		appliesTo: ['firewall-blocks-m365'],
		answers: [
			{
				id: 'yes',
				label: { en: 'Yes, all of them', it: 'Sì, tutti' },
				effect: { ruleOut: ['firewall-blocks-m365'] }
			},
			{
				id: 'no',
				label: { en: 'No, or only some of them', it: 'No, o solo alcuni' },
				effect: { confirm: ['firewall-blocks-m365'] }
			},
			{ id: 'unknown', label: CANT_CHECK, effect: {} }
		]
	},
	{
		id: 'tls-required',
		text: {
			en: 'Does the connector require TLS?',
			it: 'Il connettore richiede TLS?'
		},
		help: {
			en: "Look at TlsSettings. Empty: TLS is used only when the server offers it. EncryptionOnly: encryption is required but the certificate isn't checked. CertificateValidation and DomainValidation: the certificate is checked too.",
			it: 'Guarda TlsSettings. Vuoto: TLS si usa solo se il server lo offre. EncryptionOnly: la cifratura è obbligatoria ma il certificato non viene controllato. CertificateValidation e DomainValidation: viene controllato anche il certificato.'
		},
		commands: ['get-outbound-connector'],
		appliesTo: ['tls-required-not-supported'],
		answers: [
			{
				id: 'validate',
				label: {
					en: 'Yes, and it checks the certificate (CertificateValidation or DomainValidation)',
					it: 'Sì, e controlla il certificato (CertificateValidation o DomainValidation)'
				},
				// Certificate problems stop delivery only when the certificate is checked.
				effect: { keep: ['tls-required-not-supported', ...CERTIFICATE_PROBLEMS] }
			},
			{
				id: 'encryption-only',
				label: {
					en: 'Yes, encryption only (EncryptionOnly)',
					it: 'Sì, solo cifratura (EncryptionOnly)'
				},
				// Without a certificate check, certificate problems cannot stop delivery.
				effect: { keep: ['tls-required-not-supported'], ruleOut: CERTIFICATE_PROBLEMS }
			},
			{
				id: 'no',
				label: { en: 'No, TlsSettings is empty', it: 'No, TlsSettings è vuoto' },
				// Opportunistic TLS: delivery goes ahead without TLS or certificate checks.
				effect: { ruleOut: ['tls-required-not-supported', ...CERTIFICATE_PROBLEMS] }
			},
			{ id: 'unknown', label: CANT_CHECK, effect: {} }
		]
	},
	{
		id: 'starttls-offered',
		text: {
			en: 'When you connect to the server on port 25, does it offer STARTTLS and complete the TLS handshake?',
			it: "Quando ti colleghi al server sulla porta 25, offre STARTTLS e completa l'handshake TLS?"
		},
		help: {
			en: 'Test the smart host from outside your network. A server limited to outdated TLS versions (TLS 1.0 or 1.1) or old ciphers may offer STARTTLS and still fail the handshake.',
			it: "Prova lo smart host dall'esterno della tua rete. Un server limitato a versioni TLS obsolete (TLS 1.0 o 1.1) o a cifrari datati può offrire STARTTLS e non riuscire comunque a completare l'handshake."
		},
		commands: ['openssl-starttls'],
		appliesTo: ['tls-required-not-supported', 'server-immediate-error'],
		answers: [
			{
				id: 'yes',
				label: {
					en: 'Yes, STARTTLS is offered and the handshake completes',
					it: "Sì, offre STARTTLS e l'handshake va a buon fine"
				},
				// The server greets normally and speaks TLS: neither refusal reproduces.
				effect: { ruleOut: ['tls-required-not-supported', 'server-immediate-error'] }
			},
			{
				id: 'no',
				label: {
					en: 'No STARTTLS, or the handshake fails',
					it: "STARTTLS assente, oppure l'handshake non riesce"
				},
				// The server greeted normally; without a TLS session no certificate is checked.
				effect: {
					keep: ['tls-required-not-supported'],
					ruleOut: ['server-immediate-error', ...CERTIFICATE_PROBLEMS]
				}
			},
			{
				id: 'error-reply',
				label: {
					en: 'It answers with an error straight away (for example 421 Service not available)',
					it: 'Risponde subito con un errore (per esempio 421 Service not available)'
				},
				effect: { confirm: ['server-immediate-error'] }
			},
			{ id: 'unknown', label: CANT_CHECK, effect: {} }
		]
	},
	{
		id: 'cert-expired',
		text: {
			en: 'Has the certificate the server presents expired?',
			it: 'Il certificato presentato dal server è scaduto?'
		},
		help: {
			en: 'Read the NotAfter date of the certificate offered on port 25, which is not necessarily the one of your website.',
			it: 'Leggi la data NotAfter del certificato offerto sulla porta 25, che non è per forza quello del sito web.'
		},
		commands: ['openssl-starttls', 'get-exchange-certificate'],
		appliesTo: ['cert-expired'],
		answers: [
			{
				id: 'yes',
				label: { en: 'Yes, it has expired', it: 'Sì, è scaduto' },
				effect: { confirm: ['cert-expired'] }
			},
			{
				id: 'no',
				label: { en: 'No, it is within its dates', it: 'No, è nel periodo di validità' },
				effect: { ruleOut: ['cert-expired'] }
			},
			{ id: 'unknown', label: CANT_CHECK, effect: {} }
		]
	},
	{
		id: 'cert-name-matches',
		text: {
			en: "Does the certificate's subject, or one of its alternative names (SAN), match the smart host name?",
			it: 'Il soggetto del certificato, o uno dei suoi nomi alternativi (SAN), corrisponde al nome dello smart host?'
		},
		help: {
			en: "A wildcard such as *.contoso.com covers one level only. With DomainValidation, the name to match is the connector's TlsDomain.",
			it: 'Un nome con carattere jolly (wildcard) come *.contoso.com copre un solo livello. Con DomainValidation il nome da confrontare è il TlsDomain del connettore.'
		},
		commands: ['openssl-starttls', 'get-exchange-certificate', 'get-outbound-connector'],
		appliesTo: ['cert-subject-mismatch'],
		answers: [
			{
				id: 'yes',
				label: { en: 'Yes, it matches', it: 'Sì, corrisponde' },
				effect: { ruleOut: ['cert-subject-mismatch'] }
			},
			{
				id: 'no',
				label: { en: 'No, it does not match', it: 'No, non corrisponde' },
				effect: { confirm: ['cert-subject-mismatch'] }
			},
			{ id: 'unknown', label: CANT_CHECK, effect: {} }
		]
	},
	{
		id: 'smtp-inspection',
		text: {
			en: 'Does a firewall between the internet and the server inspect or filter SMTP traffic?',
			it: 'Un firewall tra Internet e il server ispeziona o filtra il traffico SMTP?'
		},
		help: {
			en: 'Features called SMTP fixup, ESMTP inspection or mail guard. They may cut connections they do not understand, STARTTLS included.',
			it: 'Funzioni chiamate SMTP fixup, ispezione ESMTP o mail guard. Possono interrompere le connessioni che non riconoscono, STARTTLS compreso.'
		},
		appliesTo: ['firewall-smtp-inspection'],
		answers: [
			{
				id: 'yes',
				label: { en: 'Yes, SMTP inspection is on', it: "Sì, l'ispezione SMTP è attiva" },
				effect: { keep: ['firewall-smtp-inspection'] }
			},
			{
				id: 'no',
				label: { en: 'No', it: 'No' },
				effect: { ruleOut: ['firewall-smtp-inspection'] }
			},
			{ id: 'unknown', label: CANT_CHECK, effect: {} }
		]
	},
	{
		id: 'server-resources',
		text: {
			en: 'Is the server short of resources or unstable (hangs, crashes, service restarts, full disk)?',
			it: 'Il server è a corto di risorse o instabile (blocchi, arresti anomali, riavvii del servizio, disco pieno)?'
		},
		help: {
			en: "Look at the server's event log, its transport service, free disk space and memory, and its queues.",
			it: 'Controlla il registro eventi del server, il servizio di trasporto, lo spazio libero su disco, la memoria e le code.'
		},
		commands: ['get-queue'],
		appliesTo: ['server-unhealthy'],
		answers: [
			{
				id: 'yes',
				label: { en: 'Yes, it struggles or crashes', it: 'Sì, è in difficoltà o si blocca' },
				effect: { keep: ['server-unhealthy'] }
			},
			{
				id: 'no',
				label: { en: 'No, it runs normally', it: 'No, funziona normalmente' },
				effect: { ruleOut: ['server-unhealthy'] }
			},
			{ id: 'unknown', label: CANT_CHECK, effect: {} }
		]
	}
];

/** The wizard tree (questions in the order they are asked). */
export const wizardTree: WizardTree = {
	questions,
	alwaysInPlay: ['partner-server']
};
