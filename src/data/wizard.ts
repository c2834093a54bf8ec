/**
 * The wizard tree: plain questions in priority order, each answer keeping, ruling out or confirming
 * causes of the catalog by id. The engine asks the first unanswered question that is about a listed
 * cause still in play; `validateTree` (tests) explores every answer path.
 *
 * Design rules:
 * - `unknown` ("I don't know / can't check") never rules out or confirms: it may only reorder.
 * - `confirm` is declared only on answers that show the cause itself: a reply quoted in the error, a
 *   command output that names it, a setting read from the configuration. Ruling the others out only
 *   makes a cause "likely": the catalog's list is never complete (each wizard entry ends with its
 *   "not listed here" cause, content/entries).
 * - Rule-outs follow the order of a delivery: name resolution, then the TCP connection, then the
 *   SMTP session, TLS and the certificate. A smart host whose name does not resolve cannot have
 *   refused a connection.
 * - Questions the error itself answers come first (they cost nothing), then cheap checks, then the
 *   ones that need the firewall team or the server.
 */
import { catalog } from './catalog';
import type { Localized } from '../lib/catalog/types';
import type { Question, WizardTree } from '../lib/wizard/types';

const CERTIFICATE_PROBLEMS = [
	'cert-expired',
	'cert-subject-mismatch',
	'cert-no-longer-valid',
	'cert-revocation-check-failed'
];
/** Causes that need an SMTP session to have started: excluded when port 25 cannot be reached. */
const NEEDS_AN_SMTP_SESSION = [
	'server-immediate-error',
	'server-busy-or-maintenance',
	'tls-required-not-supported',
	'stale-tls-certificate-name',
	'smtp-inspection-strips-starttls',
	'tls-old-versions-only',
	'partial-fix-behind-balancer',
	'firewall-smtp-inspection',
	'server-unhealthy',
	...CERTIFICATE_PROBLEMS
];
/** Causes that need Microsoft 365 to have reached an address: excluded when the name fails. */
const NEEDS_A_CONNECTION = [
	'server-down',
	'nothing-listening',
	'firewall-blocks-m365',
	'firewall-drops-m365',
	'aaaa-without-ipv6',
	'isp-blocks-port-25',
	'network-problems',
	'migrated-on-prem-shut-down',
	...NEEDS_AN_SMTP_SESSION
];
const DNS_PROBLEMS = [
	'dns-hosting-problem',
	'domain-expired',
	'mx-recently-changed',
	'dns-unresolvable-outside'
];
const FIREWALL_REFUSES = ['firewall-blocks-m365', 'firewall-drops-m365'];

// Groups used by the history questions: they only rank. A connector that never worked points to its
// setup; one that stopped points to something that broke; a recent change to what changes with it.
const SETUP_PROBLEMS = [
	'wrong-smart-host',
	...FIREWALL_REFUSES,
	'isp-blocks-port-25',
	'aaaa-without-ipv6',
	'dns-unresolvable-outside',
	'routed-elsewhere',
	'tls-required-not-supported',
	'tls-old-versions-only',
	'cert-subject-mismatch',
	'smtp-inspection-strips-starttls',
	'firewall-smtp-inspection',
	'connector-misconfigured'
];
const BREAKS_BY_ITSELF = [
	'dns-hosting-problem',
	'domain-expired',
	'server-down',
	'nothing-listening',
	'server-immediate-error',
	'server-busy-or-maintenance',
	'server-unhealthy',
	'network-problems',
	'cert-expired',
	'cert-no-longer-valid',
	'cert-revocation-check-failed',
	'other-destination-problem'
];
const FOLLOWS_A_CHANGE = [
	'wrong-smart-host',
	'connector-misconfigured',
	'routed-elsewhere',
	...FIREWALL_REFUSES,
	'nothing-listening',
	'aaaa-without-ipv6',
	'network-problems',
	'mx-recently-changed',
	'tls-required-not-supported',
	'stale-tls-certificate-name',
	'partial-fix-behind-balancer',
	'smtp-inspection-strips-starttls',
	'firewall-smtp-inspection',
	'cert-subject-mismatch'
];

const DONT_KNOW: Localized = { en: "I don't know", it: 'Non lo so' };
const CANT_CHECK: Localized = {
	en: "I don't know / I can't check",
	it: 'Non lo so / non posso verificarlo'
};
const unknown = (label: Localized = CANT_CHECK) => ({ id: 'unknown', label, effect: {} });

/** Every connector entry and "other": the codes the wizard covers. */
const wizardEntries = catalog.filter((entry) => entry.kind !== 'neighbour');
const listedCauses = wizardEntries.flatMap((entry) =>
	entry.causes.filter((cause) => cause.unlisted !== true).map((cause) => cause.id)
);

const questions: readonly Question[] = [
	{
		id: 'symptom',
		text: {
			en: 'Which error code do you see?',
			it: 'Quale codice di errore vedi?'
		},
		help: {
			en: 'It is in the "Diagnostic information for administrators" part of the bounce, in the alert about delayed messages, among the queued messages of the mail flow dashboard, or in the Defer events of message trace. A bounce that says 5.4.316 once the retries are over stands for 4.4.316, and so on.',
			it: 'Lo trovi nella parte "Informazioni di diagnostica per gli amministratori" del rapporto di mancato recapito (NDR), nell\'avviso sui messaggi in ritardo, tra i messaggi in coda del dashboard del flusso di posta o negli eventi Defer della traccia messaggi. Un rapporto che riporta 5.4.316 a tentativi finiti equivale a 4.4.316, e così via.'
		},
		appliesTo: listedCauses,
		answers: [
			...['4.4.312', '4.4.315', '4.4.316', '4.4.317', '4.4.318'].map((code) => ({
				id: code,
				label: { en: `${code} (or 5${code.slice(1)})`, it: `${code} (o 5${code.slice(1)})` },
				effect: { code }
			})),
			{ id: '4.7.320', label: { en: '4.7.320', it: '4.7.320' }, effect: { code: '4.7.320' } },
			{
				id: 'other',
				label: { en: 'Another code', it: 'Un altro codice' },
				effect: { code: 'other' }
			},
			unknown({ en: "No code, or I don't know which", it: 'Nessun codice, o non so quale' })
		]
	},
	{
		id: 'stage',
		text: {
			en: 'Without a code: what happens when Microsoft 365 tries to deliver?',
			it: 'Senza un codice: cosa succede quando Microsoft 365 prova a recapitare?'
		},
		help: {
			en: 'Message trace (the Defer events), the queued messages view and the "Messages have been delayed" alert describe the last error in words. If none of these fits, the wizard walks through every stage of the delivery.',
			it: 'La traccia messaggi (eventi Defer), la visualizzazione dei messaggi in coda e l\'avviso "Messages have been delayed" descrivono a parole l\'ultimo errore. Se nessuna di queste voci corrisponde, la procedura guidata controlla una per una tutte le fasi del recapito.'
		},
		appliesTo: listedCauses,
		answers: [
			{
				id: 'name',
				label: {
					en: 'The destination name does not resolve (DNS)',
					it: 'Il nome di destinazione non si risolve (DNS)'
				},
				effect: { code: '4.4.312' }
			},
			{
				id: 'timeout',
				label: { en: 'The connection times out', it: 'La connessione va in timeout' },
				effect: { code: '4.4.315' }
			},
			{
				id: 'refused',
				label: { en: 'The connection is refused', it: 'La connessione viene rifiutata' },
				effect: { code: '4.4.316' }
			},
			{
				id: 'session',
				label: {
					en: 'The server answers but turns the session down, or TLS fails',
					it: 'Il server risponde ma rifiuta la sessione, oppure TLS non riesce'
				},
				effect: { code: '4.4.317' }
			},
			{
				id: 'dropped',
				label: {
					en: 'The connection drops during the transfer',
					it: 'La connessione cade durante il trasferimento'
				},
				effect: { code: '4.4.318' }
			},
			{
				id: 'certificate',
				label: { en: 'A certificate error', it: 'Un errore di certificato' },
				effect: { code: '4.7.320' }
			},
			{
				id: 'unknown',
				label: {
					en: "I can't tell: check every stage",
					it: 'Non saprei: controlla tutte le fasi'
				},
				// Not a guess at a cause: the catch-all entry's first check walks every stage of the
				// delivery (name, port 25, TLS), which is what an unknown stage needs.
				effect: { code: 'other' }
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
			unknown(DONT_KNOW)
		]
	},
	{
		id: 'fully-migrated',
		text: {
			en: 'Is the migration to Exchange Online complete, with no mailbox of the domain left on premises?',
			it: 'La migrazione a Exchange Online è completata, senza più cassette postali del dominio in locale?'
		},
		help: {
			en: 'Answer yes only when you know it: every mailbox is in Exchange Online, and no server, application or device of yours still expects to receive mail from Microsoft 365 for the domain. The fix for this cause stops mail flow to on-premises, so it is shown only after this answer, and with the checks that prove it first.',
			it: 'Rispondi sì solo se ne sei certo: tutte le cassette postali sono in Exchange Online e nessun server, applicazione o dispositivo della tua organizzazione deve ancora ricevere posta da Microsoft 365 per il dominio. La correzione per questa causa interrompe il flusso di posta verso il locale, quindi compare solo dopo questa risposta, preceduta dai controlli che lo dimostrano.'
		},
		commands: ['get-onprem-mailboxes', 'get-mail-users'],
		appliesTo: ['migrated-on-prem-shut-down'],
		answers: [
			{
				id: 'yes',
				label: {
					en: 'Yes: everything moved, nothing on premises should receive mail',
					it: 'Sì: è stato spostato tutto, nulla in locale deve ricevere posta'
				},
				effect: { confirm: ['migrated-on-prem-shut-down'] }
			},
			{
				id: 'no',
				label: {
					en: 'No, some mailboxes or systems are still on premises',
					it: 'No, alcune cassette postali o sistemi sono ancora in locale'
				},
				effect: { ruleOut: ['migrated-on-prem-shut-down'] }
			},
			unknown(DONT_KNOW)
		]
	},
	{
		id: 'inner-reply',
		text: {
			en: 'What does the error quote after 4.4.317, in [Message=...] or the last error?',
			it: "Cosa riporta l'errore dopo 4.4.317, in [Message=...] o nell'ultimo errore?"
		},
		help: {
			en: 'Message trace (the Defer event of an extended report) and the queued messages view show the full text. The reply quoted there is what the server itself said.',
			it: 'La traccia messaggi (evento Defer di un report esteso) e la visualizzazione dei messaggi in coda mostrano il testo completo. La risposta riportata lì è quella del server stesso.'
		},
		appliesTo: [
			'server-immediate-error',
			'server-busy-or-maintenance',
			'tls-required-not-supported',
			'tls-old-versions-only',
			'smtp-inspection-strips-starttls'
		],
		answers: [
			{
				id: 'starttls-required',
				label: {
					en: '451 5.7.3 STARTTLS is required to send mail',
					it: '451 5.7.3 STARTTLS is required to send mail (STARTTLS obbligatorio)'
				},
				// The server wants TLS but never offered it: its certificate binding or something on
				// the way took STARTTLS off. It greeted and answered, so it is neither busy nor refusing.
				effect: {
					keep: [
						'stale-tls-certificate-name',
						'tls-required-not-supported',
						'smtp-inspection-strips-starttls'
					],
					ruleOut: ['server-immediate-error', 'server-busy-or-maintenance', 'tls-old-versions-only']
				}
			},
			{
				id: 'tls-failed',
				label: {
					en: 'TLS negotiation failed (or SmtpSecurity)',
					it: 'TLS negotiation failed (o SmtpSecurity)'
				},
				effect: {
					keep: [
						'tls-old-versions-only',
						'tls-required-not-supported',
						'stale-tls-certificate-name'
					],
					ruleOut: ['server-immediate-error', 'server-busy-or-maintenance']
				}
			},
			{
				id: 'busy',
				label: {
					en: '452 4.3.1 Insufficient system resources, or 421 4.3.2 (Service not available, or too many connections)',
					it: '452 4.3.1 Insufficient system resources, oppure 421 4.3.2 (Service not available, o troppe connessioni)'
				},
				// Back pressure, the per-source limit and a draining server answer with exactly these.
				effect: { confirm: ['server-busy-or-maintenance'] }
			},
			{
				id: 'refusal',
				label: {
					en: 'Another 421 or 554 refusal as soon as Microsoft 365 connects',
					it: 'Un altro rifiuto 421 o 554 appena Microsoft 365 si connette'
				},
				effect: { confirm: ['server-immediate-error'] }
			},
			{
				id: 'winsock-995',
				label: {
					en: 'Failed to connect. Winsock error code: 995',
					it: 'Failed to connect. Winsock error code: 995 (tentativo interrotto)'
				},
				// The attempt was aborted before any session existed: nothing of the session applies.
				effect: { ruleOut: NEEDS_AN_SMTP_SESSION }
			},
			unknown({ en: 'Something else, or I cannot see it', it: 'Altro, oppure non lo vedo' })
		]
	},
	{
		id: 'last-attempted-ip',
		text: {
			en: "Is LastAttemptedIP in the error your server's current public IPv4 address?",
			it: "LastAttemptedIP nell'errore è l'attuale indirizzo IPv4 pubblico del tuo server?"
		},
		help: {
			en: 'It is in the queued messages view and in the Defer details of message trace. Compare it with the address your firewall publishes for port 25.',
			it: "Lo trovi nella visualizzazione dei messaggi in coda e nei dettagli Defer della traccia messaggi. Confrontalo con l'indirizzo che il firewall pubblica per la porta 25."
		},
		appliesTo: ['wrong-smart-host', 'aaaa-without-ipv6'],
		answers: [
			{
				id: 'yes',
				label: { en: 'Yes, it is our address', it: 'Sì, è il nostro indirizzo' },
				effect: { ruleOut: ['wrong-smart-host', 'aaaa-without-ipv6'] }
			},
			{
				id: 'ipv6',
				label: { en: 'It is an IPv6 address', it: 'È un indirizzo IPv6' },
				effect: { keep: ['aaaa-without-ipv6'] }
			},
			{
				id: 'other',
				label: {
					en: 'It is another address (old, private or unknown)',
					it: 'È un altro indirizzo (vecchio, privato o sconosciuto)'
				},
				effect: {
					keep: ['wrong-smart-host', 'routed-elsewhere', 'mx-recently-changed'],
					ruleOut: ['aaaa-without-ipv6']
				}
			},
			unknown()
		]
	},
	{
		id: 'smarthost-resolves',
		text: {
			en: "Does the destination name resolve in public DNS to your server's current public address?",
			it: "Il nome di destinazione si risolve nel DNS pubblico nell'indirizzo pubblico attuale del server?"
		},
		help: {
			en: 'Ask a public resolver, not only your internal DNS servers, which may answer differently. The name is the smart host in the connector, or the host of the MX record when the connector routes by MX (LastAttemptedServerName in the error).',
			it: "Interroga un resolver pubblico, non solo i server DNS interni, che possono rispondere in modo diverso. Il nome è lo smart host del connettore, oppure l'host del record MX se il connettore instrada tramite MX (LastAttemptedServerName nell'errore)."
		},
		commands: ['resolve-public', 'resolve-host', 'get-outbound-connector'],
		appliesTo: [...DNS_PROBLEMS, 'wrong-smart-host'],
		answers: [
			{
				id: 'yes',
				label: { en: 'Yes, to the right address', it: "Sì, nell'indirizzo giusto" },
				// A current answer from public DNS: the registration is alive and the name reaches
				// the server; a stale copy held by other resolvers is still possible.
				effect: {
					ruleOut: ['domain-expired', 'wrong-smart-host', 'dns-unresolvable-outside'],
					keep: ['mx-recently-changed', 'dns-hosting-problem', 'routed-elsewhere']
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
				// No name of the connector was looked up: a DNS failure then comes from another
				// route (MX routing, another connector).
				effect: { ruleOut: DNS_PROBLEMS, keep: ['routed-elsewhere'] }
			},
			unknown()
		]
	},
	{
		id: 'connector-route',
		text: {
			en: 'Does the connector you checked really carry this mail: UseMXRecord False, its smart host listed, and no other connector for the domain?',
			it: 'Il connettore che hai controllato trasporta effettivamente questa posta: UseMXRecord False, il suo smart host indicato e nessun altro connettore per il dominio?'
		},
		help: {
			en: 'Get-OutboundConnector shows UseMXRecord, SmartHosts, RecipientDomains and IsTransportRuleScoped of every connector. UseMXRecord is True by default: the connector then follows the MX record and never uses the smart host you tested.',
			it: 'Get-OutboundConnector mostra UseMXRecord, SmartHosts, RecipientDomains e IsTransportRuleScoped di ogni connettore. UseMXRecord è True per impostazione predefinita: in quel caso il connettore segue il record MX e non usa mai lo smart host che hai provato.'
		},
		commands: ['get-outbound-connector'],
		appliesTo: ['routed-elsewhere'],
		answers: [
			{
				id: 'yes',
				label: {
					en: 'Yes: smart host, UseMXRecord False, the only connector for the domain',
					it: 'Sì: smart host, UseMXRecord False, unico connettore per il dominio'
				},
				effect: { ruleOut: ['routed-elsewhere'] }
			},
			{
				id: 'uses-mx',
				label: { en: 'No, UseMXRecord is True', it: 'No, UseMXRecord è True' },
				effect: { confirm: ['routed-elsewhere'] }
			},
			{
				id: 'other-connector',
				label: {
					en: 'No, another connector (or one scoped by a transport rule) also covers the domain',
					it: 'No, anche un altro connettore (o uno legato a una regola di trasporto) copre il dominio'
				},
				effect: { confirm: ['routed-elsewhere'] }
			},
			unknown()
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
				effect: { keep: [...BREAKS_BY_ITSELF, 'mx-recently-changed', 'stale-tls-certificate-name'] }
			},
			{
				id: 'no',
				label: { en: 'No, it never worked', it: 'No, non ha mai funzionato' },
				effect: { keep: SETUP_PROBLEMS }
			},
			unknown(DONT_KNOW)
		]
	},
	{
		id: 'recent-change',
		text: {
			en: 'Did anything change shortly before the failures: the connector, a certificate, the firewall, the internet provider or the public IP address?',
			it: "Poco prima degli errori è cambiato qualcosa: il connettore, un certificato, il firewall, il provider Internet o l'indirizzo IP pubblico?"
		},
		help: {
			en: 'Think of the days before the first delayed message: a renewed certificate, a new firewall or provider, a moved server, an edited connector.',
			it: 'Pensa ai giorni prima del primo messaggio in ritardo: un certificato rinnovato, un nuovo firewall o provider, un server spostato, un connettore modificato.'
		},
		commands: ['get-outbound-connector'],
		appliesTo: [
			'server-down',
			'wrong-smart-host',
			'other-destination-problem',
			'connector-misconfigured',
			'firewall-smtp-inspection',
			'server-unhealthy'
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
				effect: { keep: BREAKS_BY_ITSELF }
			},
			unknown(DONT_KNOW)
		]
	},
	{
		id: 'dns-own-servers',
		text: {
			en: "Do the domain's own name servers (its NS records) answer for the name?",
			it: 'I server dei nomi del dominio (i suoi record NS) rispondono per il nome?'
		},
		help: {
			en: 'dig +trace follows the delegation from the root and shows which name server fails. A provider outage makes all of them fail at once.',
			it: 'dig +trace segue la delega a partire dalla radice e mostra quale server dei nomi non risponde. Un guasto del provider li fa fallire tutti insieme.'
		},
		commands: ['dig-trace', 'resolve-public'],
		appliesTo: ['dns-hosting-problem'],
		answers: [
			{
				id: 'yes',
				label: { en: 'Yes, they answer with the record', it: 'Sì, rispondono con il record' },
				effect: { ruleOut: ['dns-hosting-problem'] }
			},
			{
				id: 'provider-outage',
				label: {
					en: 'No, and the DNS provider reports an outage',
					it: 'No, e il provider DNS segnala un guasto'
				},
				effect: { confirm: ['dns-hosting-problem'] }
			},
			{
				id: 'no',
				label: {
					en: 'No: they time out, refuse or return SERVFAIL',
					it: 'No: vanno in timeout, rifiutano o restituiscono SERVFAIL'
				},
				// A lame delegation fails the same way as a provider outage.
				effect: { keep: ['dns-hosting-problem', 'dns-unresolvable-outside'] }
			},
			unknown()
		]
	},
	{
		id: 'dns-outside-check',
		text: {
			en: 'Does a DNSSEC or delegation check fail, or does the name exist only in your internal DNS?',
			it: 'Un controllo DNSSEC o della delega non riesce, oppure il nome esiste solo nel DNS interno?'
		},
		help: {
			en: 'delv validates DNSSEC; dig +trace shows a broken delegation; a name that resolves on your network but not with Resolve-DnsName -Server 1.1.1.1 exists only inside.',
			it: "delv convalida DNSSEC; dig +trace mostra una delega non funzionante; un nome che si risolve nella tua rete ma non con Resolve-DnsName -Server 1.1.1.1 esiste solo all'interno."
		},
		commands: ['delv-host', 'dig-trace', 'resolve-public'],
		appliesTo: ['dns-unresolvable-outside'],
		answers: [
			{
				id: 'dnssec',
				label: { en: 'DNSSEC validation fails', it: 'La convalida DNSSEC non riesce' },
				effect: { confirm: ['dns-unresolvable-outside'] }
			},
			{
				id: 'lame',
				label: {
					en: 'A name server listed for the zone does not answer for it (lame delegation)',
					it: 'Un server dei nomi indicato per la zona non risponde per essa (delega difettosa)'
				},
				effect: { confirm: ['dns-unresolvable-outside'] }
			},
			{
				id: 'internal-only',
				label: {
					en: 'The name resolves only inside our network',
					it: 'Il nome si risolve solo nella nostra rete'
				},
				effect: { confirm: ['dns-unresolvable-outside'] }
			},
			{
				id: 'no',
				label: {
					en: 'None of these: DNSSEC and the delegation check out',
					it: 'Nessuno di questi: DNSSEC e delega sono corretti'
				},
				effect: { ruleOut: ['dns-unresolvable-outside'] }
			},
			unknown()
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
			unknown()
		]
	},
	{
		id: 'mx-changed',
		text: {
			en: "Did the domain's MX record, or the smart host's address, change in the last few days?",
			it: "Il record MX del dominio, o l'indirizzo dello smart host, è cambiato negli ultimi giorni?"
		},
		help: {
			en: 'Resolvers keep the old record until its time to live (TTL) runs out: compare what public resolvers return with the new value.',
			it: 'I resolver conservano il vecchio record finché non scade il suo TTL: confronta ciò che restituiscono i resolver pubblici con il nuovo valore.'
		},
		commands: ['resolve-mx', 'nslookup-mx', 'dig-mx'],
		appliesTo: ['mx-recently-changed'],
		answers: [
			{
				id: 'stale',
				label: {
					en: 'Yes, and some resolvers still return the old value',
					it: 'Sì, e alcuni resolver restituiscono ancora il vecchio valore'
				},
				effect: { confirm: ['mx-recently-changed'] }
			},
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
			unknown()
		]
	},
	{
		id: 'smarthost-value',
		text: {
			en: "Does the connector's SmartHosts value name your server's current public address, or a name that resolves to it?",
			it: "Il valore SmartHosts del connettore indica l'attuale indirizzo pubblico del server, o un nome che si risolve in esso?"
		},
		commands: ['get-outbound-connector', 'resolve-host'],
		appliesTo: ['wrong-smart-host'],
		answers: [
			{
				id: 'yes',
				label: { en: 'Yes, it is right', it: 'Sì, è corretto' },
				effect: { ruleOut: ['wrong-smart-host'] }
			},
			{
				id: 'no',
				label: {
					en: 'No: an old, private or mistyped address',
					it: 'No: un indirizzo vecchio, privato o scritto male'
				},
				effect: { confirm: ['wrong-smart-host'] }
			},
			unknown()
		]
	},
	{
		id: 'ipv6-open',
		text: {
			en: 'Does the destination name have an AAAA (IPv6) record, and if so, does port 25 answer over IPv6?',
			it: 'Il nome di destinazione ha un record AAAA (IPv6) e, in tal caso, la porta 25 risponde via IPv6?'
		},
		help: {
			en: 'Exchange Online prefers IPv6 when the destination publishes an AAAA record, so an IPv6 path that is not open fails even though IPv4 works.',
			it: 'Exchange Online preferisce IPv6 quando la destinazione pubblica un record AAAA, quindi un percorso IPv6 non aperto fallisce anche se IPv4 funziona.'
		},
		commands: ['resolve-aaaa'],
		appliesTo: ['aaaa-without-ipv6'],
		answers: [
			{
				id: 'no-aaaa',
				label: { en: 'There is no AAAA record', it: 'Non esiste un record AAAA' },
				effect: { ruleOut: ['aaaa-without-ipv6'] }
			},
			{
				id: 'closed',
				label: {
					en: 'There is one, but port 25 is not open over IPv6',
					it: 'Esiste, ma la porta 25 non è aperta via IPv6'
				},
				effect: { confirm: ['aaaa-without-ipv6'] }
			},
			{
				id: 'open',
				label: {
					en: 'There is one, and port 25 answers over IPv6',
					it: 'Esiste, e la porta 25 risponde via IPv6'
				},
				effect: { ruleOut: ['aaaa-without-ipv6'] }
			},
			unknown()
		]
	},
	{
		id: 'server-listening',
		text: {
			en: 'On the mail server itself, does port 25 answer (a 220 greeting from localhost)?',
			it: 'Sul server di posta stesso, la porta 25 risponde (un benvenuto 220 da localhost)?'
		},
		help: {
			en: 'Run the test on the server: it takes the network out of the picture. On Exchange 2013 or later, the Microsoft Exchange Frontend Transport service listens on port 25.',
			it: 'Esegui la prova sul server: così la rete resta fuori dal quadro. Su Exchange 2013 o successivo il servizio in ascolto sulla porta 25 è Microsoft Exchange Frontend Transport.'
		},
		commands: ['test-port-25-local', 'get-transport-services'],
		appliesTo: ['server-down', 'nothing-listening'],
		answers: [
			{
				id: 'yes',
				label: { en: 'Yes, it greets with 220', it: 'Sì, risponde con 220' },
				// The server and its service run; a NAT rule to another host is still possible.
				effect: { ruleOut: ['server-down'] }
			},
			{
				id: 'no',
				label: {
					en: 'No: nothing listens, or the transport service is stopped',
					it: 'No: nessun servizio in ascolto, oppure il servizio di trasporto è fermo'
				},
				effect: { confirm: ['nothing-listening', 'server-down'] }
			},
			{
				id: 'off',
				label: {
					en: 'The server is off or unreachable even from inside',
					it: "Il server è spento o irraggiungibile anche dall'interno"
				},
				effect: { confirm: ['server-down', 'nothing-listening'] }
			},
			unknown()
		]
	},
	{
		id: 'nat-target',
		text: {
			en: "Does the firewall's port 25 NAT or port-forwarding rule send traffic to this server's current internal address?",
			it: "La regola NAT o di port forwarding del firewall per la porta 25 inoltra il traffico all'attuale indirizzo interno di questo server?"
		},
		appliesTo: ['nothing-listening'],
		answers: [
			{
				id: 'yes',
				label: { en: 'Yes, to this server', it: 'Sì, a questo server' },
				effect: { ruleOut: ['nothing-listening'] }
			},
			{
				id: 'no',
				label: {
					en: 'No, to another or an old address',
					it: 'No, a un altro indirizzo o a uno vecchio'
				},
				effect: { confirm: ['nothing-listening'] }
			},
			unknown()
		]
	},
	{
		id: 'external-test',
		text: {
			en: "From a connection outside your network that allows outbound port 25, does your server's public address answer on port 25?",
			it: "Da una connessione esterna alla tua rete che consente la porta 25 in uscita, l'indirizzo pubblico del server risponde sulla porta 25?"
		},
		help: {
			en: 'Most cloud virtual machines and home lines block outbound port 25, so a failure from there proves nothing. A test from inside your network does not cross the firewall as Microsoft 365 does.',
			it: "La maggior parte delle macchine virtuali cloud e delle linee domestiche blocca la porta 25 in uscita, quindi un errore da lì non dimostra nulla. Una prova dall'interno della rete non attraversa il firewall come fa Microsoft 365."
		},
		commands: ['nc-port-25', 'test-port-25', 'telnet-port-25'],
		appliesTo: ['server-down', 'isp-blocks-port-25', ...FIREWALL_REFUSES],
		answers: [
			{
				id: 'yes',
				label: { en: 'Yes, it answers', it: 'Sì, risponde' },
				// Reachable from the internet: what stops Microsoft 365 is specific to its addresses.
				effect: {
					ruleOut: ['server-down', 'isp-blocks-port-25', 'nothing-listening'],
					keep: FIREWALL_REFUSES
				}
			},
			{
				id: 'no',
				label: { en: 'No, it does not', it: 'No, non risponde' },
				effect: { keep: ['server-down', 'isp-blocks-port-25', ...FIREWALL_REFUSES] }
			},
			unknown({
				en: 'I have no such connection to test from',
				it: 'Non ho una connessione simile da cui provare'
			})
		]
	},
	{
		id: 'connector-validation',
		text: {
			en: 'Does the connector validation in the Exchange admin center succeed?',
			it: "La convalida del connettore nell'interfaccia di amministrazione di Exchange riesce?"
		},
		help: {
			en: "Mail flow > Connectors > the connector > Validate this connector. It connects from Microsoft 365's own addresses: the one outside test that goes through your firewall the way the failing messages do.",
			it: "Flusso di posta > Connettori > il connettore > Convalida questo connettore. Si collega dagli indirizzi di Microsoft 365: è l'unica prova esterna che attraversa il firewall come i messaggi che non vengono recapitati."
		},
		appliesTo: ['isp-blocks-port-25', ...FIREWALL_REFUSES],
		answers: [
			{
				id: 'yes',
				label: { en: 'Yes, it succeeds', it: 'Sì, riesce' },
				// Microsoft 365 gets through now: a failure that remains took another route or has
				// been fixed meanwhile.
				effect: {
					ruleOut: ['isp-blocks-port-25', ...FIREWALL_REFUSES, 'server-down', 'nothing-listening'],
					keep: ['routed-elsewhere']
				}
			},
			{
				id: 'no',
				label: {
					en: 'No, it cannot connect to the server',
					it: 'No, non riesce a connettersi al server'
				},
				effect: { keep: ['isp-blocks-port-25', ...FIREWALL_REFUSES, 'server-down'] }
			},
			unknown()
		]
	},
	{
		id: 'firewall-allows',
		text: {
			en: 'Does your firewall let every Microsoft 365 address range in on TCP port 25?',
			it: 'Il firewall accetta sulla porta TCP 25 tutti gli intervalli di indirizzi di Microsoft 365?'
		},
		help: {
			en: 'Microsoft publishes the ranges in "Microsoft 365 URLs and IP address ranges" (Exchange Online section). A rule left from a previous filtering service, an old copy of the list, geo-blocking or an IPS can drop the newer addresses. The firewall log shows the drops.',
			it: 'Microsoft pubblica gli intervalli nella pagina "URL e intervalli di indirizzi IP di Microsoft 365" (sezione Exchange Online). Una regola rimasta da un servizio di filtro precedente, una copia vecchia dell\'elenco, il blocco geografico o un IPS possono scartare gli indirizzi più recenti. Il log del firewall mostra i pacchetti scartati.'
		},
		commands: ['smtp-receive-log'],
		appliesTo: FIREWALL_REFUSES,
		answers: [
			{
				id: 'yes',
				label: {
					en: 'Yes, all of them, and its log shows no drops',
					it: 'Sì, tutti, e il log non mostra scarti'
				},
				effect: { ruleOut: FIREWALL_REFUSES }
			},
			{
				id: 'no',
				label: {
					en: 'No: only some sources, or its log shows Microsoft 365 dropped or rejected',
					it: 'No: solo alcune origini, oppure il log mostra Microsoft 365 scartato o rifiutato'
				},
				effect: { confirm: FIREWALL_REFUSES }
			},
			unknown()
		]
	},
	{
		id: 'isp-port-25',
		text: {
			en: 'Does your internet provider block inbound TCP port 25 on this line?',
			it: 'Il provider Internet blocca la porta TCP 25 in ingresso su questa linea?'
		},
		help: {
			en: 'Consumer and some small-business lines do. The provider, or its contract terms, can tell.',
			it: 'Lo fanno le linee domestiche e alcune linee per piccole aziende. Puoi verificarlo con il provider o nelle condizioni del contratto.'
		},
		appliesTo: ['isp-blocks-port-25'],
		answers: [
			{
				id: 'yes',
				label: { en: 'Yes, the provider blocks it', it: 'Sì, il provider la blocca' },
				effect: { confirm: ['isp-blocks-port-25'] }
			},
			{
				id: 'no',
				label: {
					en: 'No, port 25 is open on the line',
					it: 'No, la porta 25 è aperta sulla linea'
				},
				effect: { ruleOut: ['isp-blocks-port-25'] }
			},
			unknown()
		]
	},
	{
		id: 'tls-required',
		text: {
			en: 'What does the connector require of TLS (its TlsSettings)?',
			it: 'Cosa richiede il connettore in fatto di TLS (il suo TlsSettings)?'
		},
		help: {
			en: "Empty: TLS only when the server offers it. EncryptionOnly: encryption required, certificate not checked. CertificateValidation: the chain and its revocation are checked, not the name. DomainValidation: the certificate's names must also cover the connector's TlsDomain.",
			it: 'Vuoto: TLS solo se il server lo offre. EncryptionOnly: cifratura obbligatoria, certificato non controllato. CertificateValidation: vengono controllate la catena e la revoca, non il nome. DomainValidation: i nomi del certificato devono coprire anche il TlsDomain del connettore.'
		},
		commands: ['get-outbound-connector'],
		appliesTo: ['tls-required-not-supported', ...CERTIFICATE_PROBLEMS],
		answers: [
			{
				id: 'domain-validation',
				label: {
					en: 'DomainValidation (with a TlsDomain)',
					it: 'DomainValidation (con un TlsDomain)'
				},
				effect: { keep: ['tls-required-not-supported', ...CERTIFICATE_PROBLEMS] }
			},
			{
				id: 'certificate-validation',
				label: { en: 'CertificateValidation', it: 'CertificateValidation' },
				// Only DomainValidation compares names: a name mismatch cannot fail this connector.
				effect: {
					keep: [
						'tls-required-not-supported',
						'cert-expired',
						'cert-no-longer-valid',
						'cert-revocation-check-failed'
					],
					ruleOut: ['cert-subject-mismatch']
				}
			},
			{
				id: 'encryption-only',
				label: { en: 'EncryptionOnly', it: 'EncryptionOnly' },
				// Without a certificate check, certificate problems cannot stop delivery.
				effect: { keep: ['tls-required-not-supported'], ruleOut: CERTIFICATE_PROBLEMS }
			},
			{
				id: 'no',
				label: { en: 'Nothing: TlsSettings is empty', it: 'Niente: TlsSettings è vuoto' },
				// Opportunistic TLS: no certificate check. A server that demands TLS without offering
				// it still fails, so TLS itself stays in play.
				effect: { ruleOut: CERTIFICATE_PROBLEMS }
			},
			unknown()
		]
	},
	{
		id: 'ehlo-reply',
		text: {
			en: 'Connect to port 25 from outside, wait for the greeting and send EHLO: what comes back?',
			it: "Connettiti manualmente alla porta 25 dall'esterno, attendi il banner SMTP e invia EHLO: cosa risponde il server?"
		},
		help: {
			en: 'A server that can do TLS lists STARTTLS among its 250 lines. A firewall that inspects SMTP masks what it does not allow: a greeting of asterisks, or 250-XXXXXXXA where STARTTLS should be.',
			it: 'Un server in grado di usare TLS elenca STARTTLS tra le righe 250. Un firewall che ispeziona SMTP maschera ciò che non consente: un banner di asterischi, oppure 250-XXXXXXXA al posto di STARTTLS.'
		},
		commands: ['telnet-port-25'],
		appliesTo: [
			'smtp-inspection-strips-starttls',
			'firewall-smtp-inspection',
			'tls-required-not-supported',
			'server-immediate-error'
		],
		answers: [
			{
				id: 'starttls',
				label: {
					en: 'A 220 greeting, and STARTTLS among the 250 lines',
					it: 'Un benvenuto 220 e STARTTLS tra le righe 250'
				},
				effect: {
					ruleOut: [
						'smtp-inspection-strips-starttls',
						'tls-required-not-supported',
						'server-immediate-error'
					]
				}
			},
			{
				id: 'masked',
				label: {
					en: 'Asterisks in the greeting, or 250-XXXXXXXA',
					it: 'Asterischi nel banner, oppure 250-XXXXXXXA'
				},
				effect: { confirm: ['smtp-inspection-strips-starttls', 'firewall-smtp-inspection'] }
			},
			{
				id: 'no-starttls',
				label: {
					en: 'A normal greeting, but no STARTTLS',
					it: 'Un benvenuto normale, ma senza STARTTLS'
				},
				effect: {
					keep: ['tls-required-not-supported', 'stale-tls-certificate-name'],
					ruleOut: ['server-immediate-error', 'tls-old-versions-only']
				}
			},
			{
				id: 'error',
				label: {
					en: 'An error such as 421 or 554 instead of the greeting',
					it: 'Un errore come 421 o 554 al posto del benvenuto'
				},
				effect: { keep: ['server-immediate-error', 'server-busy-or-maintenance'] }
			},
			unknown()
		]
	},
	{
		id: 'cert-expired',
		text: {
			en: 'Has the certificate the server presents on port 25 expired?',
			it: 'Il certificato presentato dal server sulla porta 25 è scaduto?'
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
			unknown()
		]
	},
	{
		id: 'cert-name-matches',
		text: {
			en: "Does the certificate's subject, or one of its alternative names (SAN), cover the connector's TlsDomain?",
			it: 'Il soggetto del certificato, o uno dei suoi nomi alternativi (SAN), copre il TlsDomain del connettore?'
		},
		help: {
			en: 'The error shows both: Expected Subject (the TlsDomain) and Presented Subject. A wildcard such as *.contoso.com covers one level only.',
			it: "L'errore li mostra entrambi: Expected Subject (il TlsDomain) e Presented Subject. Un nome con carattere jolly come *.contoso.com copre un solo livello."
		},
		commands: ['openssl-starttls', 'get-exchange-certificate', 'get-outbound-connector'],
		appliesTo: ['cert-subject-mismatch'],
		answers: [
			{
				id: 'yes',
				label: { en: 'Yes, it covers it', it: 'Sì, lo copre' },
				effect: { ruleOut: ['cert-subject-mismatch'] }
			},
			{
				id: 'no',
				label: { en: 'No, it does not', it: 'No, non lo copre' },
				effect: { confirm: ['cert-subject-mismatch'] }
			},
			{
				id: 'server-name',
				label: {
					en: "The presented subject is the server's own name (CN=<server>)",
					it: 'Il soggetto presentato è il nome del server stesso (CN=<server>)'
				},
				// The default self-signed certificate: usually a receive connector still bound to a
				// certificate that is gone, on every server or on one of several.
				effect: {
					keep: ['stale-tls-certificate-name', 'partial-fix-behind-balancer']
				}
			},
			unknown()
		]
	},
	{
		id: 'verify-result',
		text: {
			en: 'What does openssl s_client print on its "Verify return code" line?',
			it: 'Cosa mostra openssl s_client nella riga "Verify return code"?'
		},
		commands: ['openssl-starttls'],
		appliesTo: ['cert-no-longer-valid'],
		answers: [
			{
				id: 'ok',
				label: { en: '0 (ok)', it: '0 (ok): catena valida' },
				// openssl checked the chain and the dates; it does not check revocation by default.
				effect: { ruleOut: ['cert-no-longer-valid', 'cert-expired'] }
			},
			{
				id: 'untrusted',
				label: {
					en: 'A trust error: unable to get local issuer certificate, self-signed certificate in chain, unable to verify the first certificate',
					it: 'Un errore di attendibilità: unable to get local issuer certificate, self-signed certificate in chain, unable to verify the first certificate'
				},
				effect: { confirm: ['cert-no-longer-valid'] }
			},
			{
				id: 'expired',
				label: {
					en: 'certificate has expired',
					it: 'certificate has expired (certificato scaduto)'
				},
				effect: { confirm: ['cert-expired'] }
			},
			unknown()
		]
	},
	{
		id: 'cert-renewed',
		text: {
			en: "Was the server's certificate renewed or replaced shortly before the failures began?",
			it: 'Il certificato del server è stato rinnovato o sostituito poco prima che iniziassero gli errori?'
		},
		commands: ['get-exchange-certificate'],
		appliesTo: ['stale-tls-certificate-name', 'partial-fix-behind-balancer'],
		answers: [
			{
				id: 'yes',
				label: { en: 'Yes, it was renewed', it: 'Sì, è stato rinnovato' },
				effect: { keep: ['stale-tls-certificate-name', 'partial-fix-behind-balancer'] }
			},
			{
				id: 'no',
				label: { en: 'No', it: 'No' },
				effect: {
					keep: [
						'tls-required-not-supported',
						'smtp-inspection-strips-starttls',
						'cert-expired',
						'cert-no-longer-valid'
					]
				}
			},
			unknown(DONT_KNOW)
		]
	},
	{
		id: 'tls-certificate-name',
		text: {
			en: "Does the receive connector's TlsCertificateName name the certificate now enabled for SMTP?",
			it: 'Il TlsCertificateName del connettore di ricezione indica il certificato ora abilitato per SMTP?'
		},
		help: {
			en: 'Compare it with "<I>issuer<S>subject" of the certificate in use, built from Get-ExchangeCertificate. Hybrid setups set it on the Default Frontend receive connector; event 12014 reports a certificate it cannot find.',
			it: 'Confrontalo con "<I>emittente<S>soggetto" del certificato in uso, ricavato da Get-ExchangeCertificate. Le configurazioni ibride lo impostano sul connettore di ricezione Default Frontend; l\'evento 12014 segnala un certificato che non viene trovato.'
		},
		commands: ['get-receive-connector-tls', 'get-exchange-certificate'],
		appliesTo: ['stale-tls-certificate-name'],
		answers: [
			{
				id: 'current',
				label: { en: 'Yes, the current certificate', it: 'Sì, il certificato attuale' },
				effect: { ruleOut: ['stale-tls-certificate-name'] }
			},
			{
				id: 'old',
				label: {
					en: 'No, an older or removed certificate',
					it: 'No, un certificato precedente o rimosso'
				},
				effect: { confirm: ['stale-tls-certificate-name'] }
			},
			{
				id: 'empty',
				label: { en: 'It is empty', it: 'È vuoto' },
				// With no name set, Exchange picks a certificate by itself: nothing stale to point at.
				effect: { ruleOut: ['stale-tls-certificate-name'] }
			},
			unknown()
		]
	},
	{
		id: 'tls-handshake',
		text: {
			en: 'Does openssl s_client with -starttls smtp -tls1_2 complete the handshake with the server?',
			it: "openssl s_client con -starttls smtp -tls1_2 completa l'handshake con il server?"
		},
		help: {
			en: 'Exchange Online never sends over TLS 1.0 or 1.1. If TLS 1.2 fails but -tls1 works, the server is limited to old versions.',
			it: 'Exchange Online non invia mai con TLS 1.0 o 1.1. Se TLS 1.2 non riesce ma -tls1 funziona, il server è limitato alle versioni obsolete.'
		},
		commands: ['openssl-tls12'],
		appliesTo: ['tls-old-versions-only'],
		answers: [
			{
				id: 'yes',
				label: { en: 'Yes, TLS 1.2 works', it: 'Sì, TLS 1.2 funziona' },
				effect: { ruleOut: ['tls-old-versions-only'] }
			},
			{
				id: 'only-old',
				label: {
					en: 'No, only TLS 1.0 or 1.1 complete',
					it: 'No, si completano solo TLS 1.0 o 1.1'
				},
				effect: { confirm: ['tls-old-versions-only'] }
			},
			{
				id: 'fails',
				label: {
					en: 'It fails with every version',
					it: 'Non riesce con nessuna versione'
				},
				effect: { keep: ['tls-required-not-supported', 'stale-tls-certificate-name'] }
			},
			unknown()
		]
	},
	{
		id: 'component-state',
		text: {
			en: 'Is the Exchange server in maintenance, under back pressure, or at its connection limits?',
			it: 'Il server Exchange è in manutenzione, in back pressure o al limite delle connessioni?'
		},
		help: {
			en: 'Get-ServerComponentState shows HubTransport or FrontendTransport Draining or Inactive in maintenance. Back pressure logs events 15004 to 15007 of MSExchangeTransport. A draining server answers 421 4.3.2 only after MAIL FROM, so a greeting check misses it.',
			it: 'Get-ServerComponentState mostra HubTransport o FrontendTransport in stato Draining o Inactive durante la manutenzione. Il back pressure registra gli eventi da 15004 a 15007 di MSExchangeTransport. Un server in draining risponde 421 4.3.2 solo dopo MAIL FROM, quindi un controllo del solo banner non se ne accorge.'
		},
		commands: ['get-server-component-state', 'get-receive-connector-limits'],
		appliesTo: ['server-busy-or-maintenance'],
		answers: [
			{
				id: 'yes',
				label: {
					en: 'Yes: a component is not Active, back pressure events, or the limits are hit',
					it: 'Sì: un componente non è Active, ci sono eventi di back pressure o i limiti sono raggiunti'
				},
				effect: { confirm: ['server-busy-or-maintenance'] }
			},
			{
				id: 'no',
				label: {
					en: 'No: every component Active, no back pressure',
					it: 'No: tutti i componenti Active, nessun back pressure'
				},
				effect: { ruleOut: ['server-busy-or-maintenance'] }
			},
			unknown()
		]
	},
	{
		id: 'lb-servers',
		text: {
			en: 'Does more than one server receive mail behind this address (a load balancer or several NAT targets)?',
			it: 'Dietro questo indirizzo ricevono posta più server (un bilanciatore di carico o più destinazioni NAT)?'
		},
		help: {
			en: 'A failure that comes and goes, and a LastAttemptedIP or a result that varies between messages, point to one server left out of a fix. Check each server on its own.',
			it: "Un errore che va e viene, e un LastAttemptedIP o un esito diverso da un messaggio all'altro, indicano un server escluso da una correzione. Controlla ogni server singolarmente."
		},
		commands: ['get-receive-connector-tls'],
		appliesTo: ['partial-fix-behind-balancer'],
		answers: [
			{
				id: 'single',
				label: { en: 'No, a single server', it: 'No, un solo server' },
				effect: { ruleOut: ['partial-fix-behind-balancer'] }
			},
			{
				id: 'one-differs',
				label: {
					en: 'Several, and at least one still has the old certificate or setting',
					it: 'Più di uno, e almeno uno ha ancora il vecchio certificato o la vecchia impostazione'
				},
				effect: { confirm: ['partial-fix-behind-balancer'] }
			},
			{
				id: 'several',
				label: {
					en: "Several; I haven't checked each one",
					it: 'Più di uno; non li ho controllati uno per uno'
				},
				effect: { keep: ['partial-fix-behind-balancer'] }
			},
			unknown(DONT_KNOW)
		]
	},
	{
		id: 'cert-status',
		text: {
			en: 'What Status does Get-ExchangeCertificate show for the certificate enabled for SMTP?',
			it: 'Quale Status mostra Get-ExchangeCertificate per il certificato abilitato per SMTP?'
		},
		commands: ['get-exchange-certificate'],
		appliesTo: ['cert-revocation-check-failed'],
		answers: [
			{
				id: 'valid',
				label: { en: 'Valid', it: 'Valid' },
				effect: { ruleOut: ['cert-revocation-check-failed'] }
			},
			{
				id: 'revocation',
				label: { en: 'RevocationCheckFailure', it: 'RevocationCheckFailure' },
				effect: { confirm: ['cert-revocation-check-failed'] }
			},
			{
				id: 'other-status',
				label: {
					en: 'Another status (Invalid, Untrusted, …)',
					it: 'Un altro stato (Invalid, Untrusted, …)'
				},
				effect: {
					keep: ['cert-no-longer-valid'],
					ruleOut: ['cert-revocation-check-failed']
				}
			},
			unknown({
				en: 'Not an Exchange server, or I cannot check',
				it: 'Non è un server Exchange, oppure non posso verificarlo'
			})
		]
	},
	{
		id: 'smtp-inspection',
		text: {
			en: 'Does a firewall between the internet and the server inspect or filter SMTP traffic?',
			it: 'Un firewall tra Internet e il server ispeziona o filtra il traffico SMTP?'
		},
		help: {
			en: 'Features called SMTP fixup, ESMTP inspection or mail guard. They may cut connections they do not understand, STARTTLS and BDAT included.',
			it: 'Si tratta di funzioni chiamate SMTP fixup, ispezione ESMTP o mail guard. Possono interrompere le connessioni che non riconoscono, compresi STARTTLS e BDAT.'
		},
		appliesTo: ['firewall-smtp-inspection', 'smtp-inspection-strips-starttls'],
		answers: [
			{
				id: 'yes',
				label: { en: 'Yes, SMTP inspection is on', it: "Sì, l'ispezione SMTP è attiva" },
				effect: { keep: ['firewall-smtp-inspection', 'smtp-inspection-strips-starttls'] }
			},
			{
				id: 'no',
				label: { en: 'No', it: 'No' },
				effect: { ruleOut: ['firewall-smtp-inspection', 'smtp-inspection-strips-starttls'] }
			},
			unknown()
		]
	},
	{
		id: 'server-resources',
		text: {
			en: 'Is the server short of resources or unstable (hangs, crashes, service restarts, full disk)?',
			it: 'Il server è a corto di risorse o instabile (blocchi, arresti anomali, riavvii del servizio, disco pieno)?'
		},
		help: {
			en: "Look at the server's Application event log at the times of the failures, its transport services, free disk space, memory and queues.",
			it: 'Controlla il registro eventi Applicazione del server negli orari degli errori, i servizi di trasporto, lo spazio libero su disco, la memoria e le code.'
		},
		commands: ['get-queue', 'get-transport-services'],
		appliesTo: ['server-unhealthy'],
		answers: [
			{
				id: 'crashes',
				label: {
					en: 'Yes: the event log shows transport crashes or restarts at those times',
					it: 'Sì: il registro eventi mostra arresti o riavvii del trasporto in quegli orari'
				},
				effect: { confirm: ['server-unhealthy'] }
			},
			{
				id: 'yes',
				label: {
					en: 'It struggles, but nothing matches the failure times',
					it: 'È in difficoltà, ma nulla coincide con gli orari degli errori'
				},
				effect: { keep: ['server-unhealthy'] }
			},
			{
				id: 'no',
				label: { en: 'No, it runs normally', it: 'No, funziona normalmente' },
				effect: { ruleOut: ['server-unhealthy'] }
			},
			unknown()
		]
	},
	{
		id: 'size-pattern',
		text: {
			en: 'Do large messages fail while small ones to the same server go through?',
			it: 'I messaggi grandi non vengono recapitati mentre quelli piccoli verso lo stesso server passano?'
		},
		appliesTo: ['network-problems', 'firewall-smtp-inspection'],
		answers: [
			{
				id: 'large-only',
				label: {
					en: 'Yes, mostly large ones fail',
					it: 'Sì, falliscono soprattutto quelli grandi'
				},
				effect: { keep: ['network-problems', 'firewall-smtp-inspection'] }
			},
			{
				id: 'all',
				label: { en: 'No, any message can fail', it: 'No, può fallire qualsiasi messaggio' },
				effect: { keep: ['server-unhealthy'] }
			},
			unknown(DONT_KNOW)
		]
	},
	{
		id: 'path-quality',
		text: {
			en: 'Does a check of the path to the server show packet loss or an MTU problem?',
			it: 'Un controllo del percorso verso il server mostra perdita di pacchetti o un problema di MTU?'
		},
		help: {
			en: 'A ping that may not be fragmented, at 1472 bytes, finds a path with a smaller MTU (VPN, tunnel). The network team or the line monitor shows loss.',
			it: 'Un ping non frammentabile da 1472 byte individua un percorso con MTU più piccola (VPN, tunnel). Il team di rete o il monitoraggio della linea mostrano la perdita di pacchetti.'
		},
		commands: ['ping-mtu'],
		appliesTo: ['network-problems'],
		answers: [
			{
				id: 'yes',
				label: { en: 'Yes, loss or an MTU problem', it: 'Sì, perdita o un problema di MTU' },
				effect: { confirm: ['network-problems'] }
			},
			{
				id: 'no',
				label: { en: 'No, the path is clean', it: 'No, il percorso è pulito' },
				effect: { ruleOut: ['network-problems'] }
			},
			unknown()
		]
	},
	{
		id: 'destination-checks',
		text: {
			en: 'Checked from outside, does one of these fail: the name lookup, port 25, or TLS with a valid certificate?',
			it: "Controllando dall'esterno, non riesce una di queste verifiche: la risoluzione del nome, la porta 25 o TLS con un certificato valido?"
		},
		help: {
			en: 'The failing check is where the destination breaks; its own code (4.4.312, 4.4.315 or 4.4.316, 4.4.317, 4.7.320) has the detailed causes.',
			it: 'La verifica che non riesce indica dove sta il problema; il codice corrispondente (4.4.312, 4.4.315 o 4.4.316, 4.4.317, 4.7.320) ne descrive le cause in dettaglio.'
		},
		commands: ['resolve-host', 'nc-port-25', 'openssl-starttls'],
		appliesTo: ['other-destination-problem'],
		answers: [
			{
				id: 'one-fails',
				label: { en: 'Yes, one of them fails', it: 'Sì, una non riesce' },
				effect: { confirm: ['other-destination-problem'] }
			},
			{
				id: 'all-pass',
				label: { en: 'No, all three pass', it: 'No, riescono tutte e tre' },
				effect: { ruleOut: ['other-destination-problem'] }
			},
			unknown()
		]
	},
	{
		id: 'connector-settings',
		text: {
			en: 'Compared with the destination, is something wrong in the connector: disabled, wrong smart host or recipient domains, or a TLS level the server cannot meet?',
			it: "Rispetto alla destinazione, c'è qualcosa di sbagliato nel connettore: disattivato, smart host o domini destinatari errati, o un livello TLS che il server non può soddisfare?"
		},
		commands: ['get-outbound-connector'],
		appliesTo: ['connector-misconfigured'],
		answers: [
			{
				id: 'wrong',
				label: { en: 'Yes, a setting is wrong', it: "Sì, un'impostazione è sbagliata" },
				effect: { confirm: ['connector-misconfigured'] }
			},
			{
				id: 'right',
				label: { en: 'No, every setting fits', it: 'No, ogni impostazione è corretta' },
				effect: { ruleOut: ['connector-misconfigured'] }
			},
			unknown()
		]
	}
];

/** Each code's "not listed" cause, read from the catalog (the cause marked `unlisted`). */
const unlistedByCode: Record<string, string> = {};
for (const entry of wizardEntries) {
	const cause = entry.causes.find((candidate) => candidate.unlisted === true);
	if (cause) unlistedByCode[entry.code] = cause.id;
}

/** The wizard tree (questions in the order they are asked). */
export const wizardTree: WizardTree = {
	questions,
	alwaysInPlay: ['partner-server'],
	unlisted: { byCode: unlistedByCode, withoutCode: unlistedByCode['other'] ?? 'unlisted-other' },
	// Turning the connector off or making the domain Authoritative stops mail to on-premises: only
	// once the admin has said that nothing is left there.
	gates: [{ cause: 'migrated-on-prem-shut-down', question: 'fully-migrated', answer: 'yes' }]
};
