import type { Concept } from '../../lib/search/lexicon';

/*
 * The domain lexicon: the ways admins write one idea, in English and Italian, and the words tools
 * print for it. Collected from how admins write in forums, tickets and vendor knowledge bases
 * (Microsoft Q&A and TechCommunity, r/exchangeserver, admin blogs, Cisco/Fortinet/Sophos/KEMP
 * documentation, Microsoft's and Italian hosting providers' Italian help pages) and from what the
 * tools print (the command outputs of tests/fixtures/evidence). Search reads every variant as its concept in
 * the catalog and in the query, so "cert" finds "certificate" and "certificato" finds both.
 *
 * Only true equivalents go together. Words that mean two things here stay out or go in as the
 * phrase that disambiguates them: "scaduto" is "expired" but "connessione scaduta" is a timeout;
 * "inoltro" is relay, forwarding, port forwarding and the "Inoltro interno" domain type, so only its
 * phrases are listed; "ips" is a plural of IP far more often than an intrusion prevention system;
 * "bounce" the service (restart) is rarer than a bounce (NDR); "eol" is end of life, not Exchange
 * Online. Variants are folded and stemmed like everything else, so inflections need not be listed.
 */
export const lexicon: readonly Concept[] = [
	// Platforms and places
	{
		id: 'microsoft-365',
		label: { en: 'Microsoft 365', it: 'Microsoft 365' },
		en: ['Microsoft 365', 'Office 365', 'Exchange Online', 'Exchange Online Protection'],
		any: ['M365', 'O365', 'MS365', 'Office365', 'EXO', 'EOP', '365', 'onmicrosoft.com']
	},
	{
		id: 'on-premises',
		label: { en: 'on-premises', it: 'locale (on-premises)' },
		en: [
			'on-premises',
			'on premises',
			'on-premise',
			'on-prem',
			'onprem',
			'local Exchange',
			'local server',
			'local mail server',
			'our own server',
			'in-house server',
			// The product is always the on-premises one here: the cloud is "Exchange Online".
			'Exchange Server',
			'Exchange box',
			'Exchange 2010',
			'Exchange 2013',
			'Exchange 2016',
			'Exchange 2019'
		],
		it: [
			'server locale',
			'server di posta locale',
			'ambiente locale',
			'organizzazione locale',
			'Exchange locale',
			'in locale',
			'in sede',
			'server Exchange'
		],
		any: [
			'exch',
			'ex2013',
			'ex2016',
			'ex2019',
			'exch2013',
			'exch2016',
			'exch2019',
			'e2016',
			'e2019'
		]
	},
	{
		id: 'hybrid',
		label: { en: 'hybrid', it: 'ibrido' },
		en: ['hybrid', 'hybrid configuration wizard', 'hybrid wizard', 'coexistence'],
		it: ['ibrido', 'ibrida', 'configurazione guidata ibrida', 'coesistenza'],
		any: ['HCW']
	},
	{
		id: 'tenant',
		label: { en: 'tenant', it: 'tenant' },
		// Not "organization"/"organizzazione": on premises that is the Exchange organization
		// ("organizzazione di Exchange"), and in NDRs the recipient's organisation.
		en: ['tenant', 'tenancy', 'Microsoft 365 tenant'],
		it: ['tenant Microsoft 365']
	},
	// Connectors and routing
	{
		id: 'connector',
		label: { en: 'connector', it: 'connettore' },
		en: ['connector', 'connectors'],
		it: ['connettore', 'connettori']
	},
	{
		id: 'outbound-connector',
		label: { en: 'outbound connector', it: 'connettore in uscita' },
		en: ['outbound connector', 'Get-OutboundConnector', 'Set-OutboundConnector'],
		it: ['connettore in uscita']
	},
	{
		// The on-premises object that sends mail out of Exchange Server (to Microsoft 365 in hybrid):
		// the opposite direction of Exchange Online's outbound connector. Microsoft's Italian calls it
		// "connettore di invio".
		id: 'send-connector',
		label: { en: 'Send connector', it: 'connettore di invio' },
		en: ['send connector', 'Get-SendConnector', 'Set-SendConnector', 'New-SendConnector'],
		it: ['connettore di invio', "connettore d'invio"]
	},
	{
		id: 'receive-connector',
		label: { en: 'receive connector', it: 'connettore di ricezione' },
		en: [
			'receive connector',
			'Default Frontend',
			'frontend receive connector',
			'Get-ReceiveConnector'
		],
		it: ['connettore di ricezione', 'connettori di ricezione']
	},
	{
		id: 'inbound-connector',
		label: { en: 'inbound connector', it: 'connettore in ingresso' },
		en: ['inbound connector'],
		it: ['connettore in ingresso', 'connettore in entrata']
	},
	{
		id: 'smart-host',
		label: { en: 'smart host', it: 'smart host' },
		// Microsoft's Italian keeps "smart host"; "host di reindirizzamento" is not its term.
		en: ['smart host', 'smarthost', 'smart hosts', 'relay host', 'SmartHosts']
	},
	{
		id: 'mail-flow',
		label: { en: 'mail flow', it: 'flusso di posta' },
		en: ['mail flow', 'mailflow', 'email flow', 'mail routing'],
		it: ['flusso di posta', 'flusso della posta', 'flusso mail', 'instradamento della posta']
	},
	{
		id: 'accepted-domain',
		label: { en: 'accepted domain', it: 'dominio accettato' },
		en: ['accepted domain', 'Get-AcceptedDomain', 'Set-AcceptedDomain'],
		it: ['dominio accettato', 'domini accettati']
	},
	{
		id: 'authoritative',
		label: { en: 'Authoritative', it: 'Autorevole' },
		en: ['authoritative', 'DomainType Authoritative'],
		it: ['autorevole', 'autoritativo']
	},
	{
		id: 'internal-relay',
		label: { en: 'Internal Relay', it: 'Inoltro interno' },
		en: ['internal relay', 'InternalRelay'],
		it: ['inoltro interno']
	},
	{
		id: 'validation',
		label: { en: 'validation', it: 'convalida' },
		en: ['validation', 'validate', 'validating', 'verification', 'verify'],
		it: ['convalida', 'convalidare', 'validazione', 'verifica', 'verificare']
	},
	{
		id: 'allow-list',
		label: { en: 'allow list', it: 'elenco consentiti' },
		en: ['allow list', 'allowlist', 'allow-list', 'whitelist', 'white list', 'whitelisted'],
		it: ['lista bianca', 'elenco consentiti', 'ip consentiti', 'indirizzi consentiti']
	},
	{
		id: 'ip-ranges',
		label: { en: 'IP ranges', it: 'intervalli IP' },
		en: ['IP ranges', 'IP range', 'IP address ranges', 'address ranges', 'subnets', 'endpoints'],
		it: ['intervalli IP', 'intervalli di indirizzi IP', 'range di IP', 'range IP', 'sottoreti']
	},
	// Certificates and TLS
	{
		id: 'certificate',
		label: { en: 'certificate', it: 'certificato' },
		en: [
			'certificate',
			'cert',
			'certs',
			'SSL certificate',
			'SSL cert',
			'TLS certificate',
			'TLS cert',
			'digital certificate'
		],
		it: [
			'certificato',
			'certificati',
			'certificato SSL',
			'certificato digitale',
			'certificato TLS'
		],
		any: [
			'Zertifikat',
			'Zertifikate',
			'certificat',
			'certificats',
			'certificado',
			'certificados',
			'x509',
			'X.509',
			'Get-ExchangeCertificate'
		]
	},
	{
		id: 'expired',
		label: { en: 'expired', it: 'scaduto' },
		en: ['expired', 'expire', 'expiry', 'expiration', 'lapsed', 'out of date'],
		it: ['scaduto', 'scaduta', 'scaduti', 'scadute', 'scadenza', 'scadere', 'scade'],
		any: [
			'expiré',
			'expirée',
			'abgelaufen',
			'caducado',
			'caducada',
			'vencido',
			'vencida',
			'expirado',
			'NotAfter',
			'Not After'
		]
	},
	{
		id: 'renewal',
		label: { en: 'renewed', it: 'rinnovato' },
		en: ['renewed', 'renewal', 'renew', 'reissued', 're-issued'],
		it: ['rinnovato', 'rinnovo', 'rinnovare', 'rinnovata', 'rinnovati']
	},
	{
		id: 'self-signed',
		label: { en: 'self-signed', it: 'autofirmato' },
		en: ['self-signed', 'self signed', 'selfsigned'],
		it: ['autofirmato', 'autofirmati', 'auto-firmato', 'autofirma']
	},
	{
		id: 'mismatch',
		label: { en: 'mismatch', it: 'mancata corrispondenza' },
		en: [
			'mismatch',
			'mismatched',
			"doesn't match",
			'does not match',
			'not matching',
			'SubjectMismatch'
		],
		it: ['mancata corrispondenza', 'non corrisponde', 'non corrispondente', 'non coincide']
	},
	{
		id: 'certificate-name',
		label: { en: 'name on the certificate', it: 'nome nel certificato' },
		en: [
			'common name',
			'CN',
			'SAN',
			'SANs',
			'subject alternative name',
			'subject name',
			'TlsDomain'
		],
		it: ['nome comune', 'nome alternativo', 'nome del soggetto']
	},
	{
		id: 'chain',
		label: { en: 'certificate chain', it: 'catena di certificati' },
		en: ['chain', 'intermediate', 'intermediate certificate', 'root CA', 'issuer'],
		it: ['catena', 'catena di certificati', 'certificato intermedio', 'intermedio', 'emittente']
	},
	{
		id: 'trust',
		label: { en: 'trusted', it: 'attendibile' },
		en: ['trusted', 'untrusted', 'not trusted', 'trust'],
		it: ['attendibile', 'non attendibile', 'fidato', 'non fidato']
	},
	{
		id: 'revocation',
		label: { en: 'revocation', it: 'revoca' },
		en: ['revocation', 'revoked', 'CRL', 'OCSP', 'RevocationCheckFailure'],
		it: ['revoca', 'revocato', 'revocata']
	},
	{
		id: 'tls',
		label: { en: 'TLS', it: 'TLS' },
		en: ['TLS', 'SSL', 'encryption', 'encrypted'],
		it: ['crittografia', 'crittografato', 'cifratura', 'cifrato', 'connessione protetta']
	},
	{
		id: 'starttls',
		label: { en: 'STARTTLS', it: 'STARTTLS' },
		en: ['STARTTLS', 'start tls', 'STARTLS', 'explicit TLS', '250-STARTTLS'],
		it: ['TLS esplicito']
	},
	{
		id: 'handshake',
		label: { en: 'TLS negotiation', it: 'negoziazione TLS' },
		en: [
			'handshake',
			'negotiation',
			'negotiate',
			'TLS negotiation',
			'TLS handshake',
			'SSL handshake'
		],
		it: ['negoziazione', 'negoziazione TLS', 'handshake TLS']
	},
	{
		id: 'old-tls',
		label: { en: 'old TLS version', it: 'versione TLS obsoleta' },
		en: [
			'TLS 1.0',
			'TLS 1.1',
			'TLSv1',
			'TLSv1.0',
			'TLSv1.1',
			'TLS1.0',
			'SSLv3',
			'legacy TLS',
			'old TLS'
		],
		it: ['TLS obsoleto', 'vecchio TLS', 'versione TLS obsoleta']
	},
	{
		id: 'require-tls',
		label: { en: 'TLS required', it: 'TLS obbligatorio' },
		en: [
			'require TLS',
			'requires TLS',
			'required TLS',
			'TLS required',
			'TLS is required',
			'forced TLS',
			'enforced TLS',
			'mandatory TLS',
			'RequireTls'
		],
		it: ['richiede TLS', 'richiedere TLS', 'TLS obbligatorio', 'TLS richiesto', 'TLS forzato']
	},
	{
		id: 'dane',
		label: { en: 'DANE', it: 'DANE' },
		en: ['DANE', 'TLSA', 'TLSA record'],
		it: ['record TLSA']
	},
	// The network path
	{
		id: 'firewall',
		label: { en: 'firewall', it: 'firewall' },
		en: ['firewall', 'firewalls', 'FW', 'perimeter firewall', 'UTM', 'NGFW', 'firewall rules'],
		it: ['firewall perimetrale', 'regole del firewall', 'regole firewall'],
		any: [
			'pare-feu',
			'cortafuegos',
			'Sophos',
			'FortiGate',
			'Fortinet',
			'Cisco ASA',
			'ASA',
			'PIX',
			'Meraki',
			'SonicWall',
			'WatchGuard',
			'Check Point',
			'CheckPoint',
			'pfSense',
			'OPNsense',
			'Palo Alto',
			'Firepower'
		]
	},
	{
		id: 'smtp-inspection',
		label: { en: 'SMTP inspection', it: 'ispezione SMTP' },
		en: [
			'SMTP inspection',
			'ESMTP inspection',
			'inspect esmtp',
			'fixup smtp',
			'smtp fixup',
			'fixup',
			'SMTP proxy',
			'packet inspection',
			'deep inspection',
			'MailGuard'
		],
		it: [
			'ispezione SMTP',
			'ispezione ESMTP',
			'ispezione dei pacchetti',
			'verifica del pacchetto SMTP'
		],
		any: ['250-XXXXXXXA', 'XXXXXXXA', '250 XXXA']
	},
	{
		id: 'inspection',
		label: { en: 'inspection', it: 'ispezione' },
		en: ['inspection', 'inspect', 'inspects', 'inspecting'],
		it: ['ispezione', 'ispeziona', 'ispezionare']
	},
	{
		id: 'drop',
		label: { en: 'dropped', it: 'scartato' },
		en: ['drop', 'dropped', 'drops', 'dropping', 'blackholed', 'silently discarded'],
		it: ['scarta', 'scartato', 'scartati', 'scartano', 'scartare']
	},
	{
		id: 'nat',
		label: { en: 'NAT / port forwarding', it: 'NAT / inoltro delle porte' },
		en: [
			'NAT',
			'port forwarding',
			'port forward',
			'port mapping',
			'static NAT',
			'DNAT',
			'publishing rule'
		],
		it: ['inoltro porte', 'inoltro delle porte', 'regola NAT', 'apertura porte']
	},
	{
		id: 'load-balancer',
		label: { en: 'load balancer', it: 'bilanciatore di carico' },
		en: [
			'load balancer',
			'load balancing',
			'LB',
			'NLB',
			'KEMP',
			'LoadMaster',
			'F5',
			'BIG-IP',
			'NetScaler',
			'HAProxy'
		],
		it: ['bilanciatore', 'bilanciatore di carico', 'bilanciamento del carico', 'bilanciamento']
	},
	{
		id: 'port',
		label: { en: 'port', it: 'porta' },
		en: ['port', 'ports'],
		it: ['porta', 'porte']
	},
	{
		id: 'port-25',
		label: { en: 'port 25', it: 'porta 25' },
		en: ['port 25', 'TCP 25', 'TCP/25', '25/tcp', 'TCP port 25', 'SMTP port'],
		it: ['porta 25', 'porta TCP 25', 'porta SMTP']
	},
	{
		id: 'isp',
		label: { en: 'internet provider', it: 'provider' },
		// Not the bare "provider"/"gestore": they are as often the DNS host ("provider DNS", "gestore
		// DNS") or the mail provider. "connettività" alone is the network, not the company.
		en: ['ISP', 'internet provider', 'internet service provider', 'carrier', 'internet line'],
		it: [
			'operatore',
			'provider internet',
			'provider di connettività',
			'fornitore di connettività',
			'linea internet'
		],
		any: ['Telecom', 'Fastweb', 'Vodafone', 'Comcast']
	},
	{
		id: 'public-ip',
		label: { en: 'public IP', it: 'IP pubblico' },
		en: ['public IP', 'public IP address', 'WAN IP', 'external IP', 'static IP', 'new IP'],
		it: ['IP pubblico', 'indirizzo IP pubblico', 'IP esterno', 'IP statico', 'nuovo IP', 'IP nuovo']
	},
	{
		id: 'ip-address',
		label: { en: 'IP address', it: 'indirizzo IP' },
		en: ['IP', 'IPs', 'IP address', 'IP addresses', 'IPv4', 'LastAttemptedIP'],
		it: ['indirizzo IP', 'indirizzi IP']
	},
	{
		id: 'network',
		label: { en: 'network', it: 'rete' },
		en: ['network', 'networking', 'connectivity', 'packet loss', 'routing'],
		it: ['rete', 'reti', 'perdita di pacchetti', 'connettività']
	},
	{
		id: 'ipv6',
		label: { en: 'IPv6', it: 'IPv6' },
		en: ['IPv6', 'IP v6', 'v6', 'AAAA', 'AAAA record', 'quad A', 'dual stack'],
		it: ['record AAAA']
	},
	{
		id: 'change',
		label: { en: 'changed', it: 'cambiato' },
		en: ['change', 'changed', 'changes', 'changing', 'switched', 'modified', 'updated'],
		it: [
			'cambio',
			'cambiato',
			'cambiata',
			'cambiati',
			'cambiare',
			'modifica',
			'modificato',
			'modifiche',
			'aggiornato'
		]
	},
	{
		id: 'replace',
		label: { en: 'replaced', it: 'sostituito' },
		en: ['replaced', 'replace', 'replacement', 'swapped'],
		it: ['sostituito', 'sostituita', 'sostituire', 'sostituzione']
	},
	{
		id: 'move',
		label: { en: 'moved', it: 'spostato' },
		en: ['moved', 'move', 'moving', 'transferred', 'transfer'],
		it: [
			'spostato',
			'spostata',
			'spostati',
			'spostare',
			'spostamento',
			'trasferito',
			'trasferimento'
		]
	},
	// DNS
	{
		id: 'dns',
		label: { en: 'DNS', it: 'DNS' },
		en: ['DNS', 'name server', 'nameserver', 'name servers', 'DNS server', 'resolver', 'NS record'],
		it: ['server DNS', 'server dei nomi'],
		any: ['nslookup', 'Resolve-DnsName', 'dig']
	},
	{
		id: 'resolve',
		label: { en: 'resolve', it: 'risolvere' },
		en: ['resolve', 'resolves', 'resolving', 'resolution', 'name resolution', 'lookup', 'look up'],
		it: ['risolve', 'risolvere', 'risoluzione', 'risoluzione dei nomi', 'si risolve']
	},
	{
		id: 'nxdomain',
		label: { en: 'non-existent domain (NXDOMAIN)', it: 'dominio inesistente (NXDOMAIN)' },
		en: [
			'NXDOMAIN',
			'non-existent domain',
			'nonexistent domain',
			'NonExistentDomain',
			'name does not exist',
			'DNS name does not exist',
			'domain does not exist',
			'host not found',
			'unknown host',
			'name or service not known',
			"can't find"
		],
		it: ['dominio inesistente', 'dominio non esiste', 'il dominio non esiste', 'host sconosciuto']
	},
	{
		id: 'servfail',
		label: { en: 'DNS server failure (SERVFAIL)', it: 'errore del server DNS (SERVFAIL)' },
		en: [
			'SERVFAIL',
			'ServerFailure',
			'server failure',
			'DNS server failure',
			'server failed',
			'lame delegation'
		],
		it: ['errore del server DNS', 'server DNS in errore', 'delega non valida']
	},
	{
		id: 'no-records',
		label: { en: 'no record', it: 'nessun record' },
		en: [
			'InfoNoRecords',
			'no records',
			'no record',
			'no records found',
			'NODATA',
			'missing record'
		],
		it: ['nessun record', 'record mancante', 'record mancanti', 'senza record']
	},
	{
		id: 'mx',
		label: { en: 'MX record', it: 'record MX' },
		en: ['MX', 'MX record', 'MX records', 'mail exchanger'],
		it: ['record MX']
	},
	{
		id: 'a-record',
		label: { en: 'A record', it: 'record A' },
		en: ['A record', 'host record', 'A records', 'host A'],
		it: ['record A', 'record host']
	},
	{
		id: 'ptr',
		label: { en: 'reverse DNS (PTR)', it: 'DNS inverso (PTR)' },
		en: ['PTR', 'PTR record', 'reverse DNS', 'rDNS', 'reverse lookup'],
		it: ['DNS inverso', 'record PTR', 'risoluzione inversa']
	},
	{
		id: 'propagation',
		label: { en: 'propagation (TTL, cache)', it: 'propagazione (TTL, cache)' },
		en: ['propagation', 'propagate', 'propagated', 'TTL', 'cache', 'cached', 'caching'],
		it: ['propagazione', 'propagato', 'cache DNS', 'in cache', 'memorizzato nella cache']
	},
	{
		id: 'dns-hosting',
		label: { en: 'DNS hosting provider', it: 'provider di hosting DNS' },
		en: [
			'DNS hosting',
			'DNS host',
			'DNS provider',
			'DNS hosting provider',
			'Route 53',
			'Route53',
			'Azure DNS'
		],
		it: ['hosting DNS', 'provider DNS', 'gestore DNS', 'provider di hosting DNS'],
		any: ['Cloudflare', 'GoDaddy', 'Aruba', 'OVH', 'Namecheap']
	},
	{
		id: 'dnssec',
		label: { en: 'DNSSEC', it: 'DNSSEC' },
		en: ['DNSSEC', 'DS record', 'DNSKEY', 'RRSIG', 'bogus', 'chain of trust'],
		any: ['delv', 'DNSViz']
	},
	{
		id: 'domain',
		label: { en: 'domain', it: 'dominio' },
		en: ['domain', 'domains', 'domain name'],
		it: ['dominio', 'domini', 'nome di dominio']
	},
	{
		id: 'registrar',
		label: { en: 'registrar', it: 'registrar' },
		// Not the bare Italian "registrazione": in Microsoft's Italian that is logging ("registrazione
		// protocollo"), which the log concept holds.
		en: ['registrar', 'domain registration', 'whois', 'registry', 'domain renewal'],
		it: [
			'registrazione del dominio',
			'registrazione dominio',
			'rinnovo del dominio',
			'rinnovo dominio'
		]
	},
	{
		id: 'internal-dns',
		label: { en: 'internal DNS', it: 'DNS interno' },
		en: ['internal DNS', 'split DNS', 'split-brain DNS', 'internal only', 'internal zone'],
		it: ['DNS interno', 'zona interna', 'solo interno', 'solo internamente']
	},
	// What happened to the connection
	{
		id: 'refused',
		label: { en: 'refused', it: 'rifiutata' },
		en: [
			'refused',
			'refuse',
			'refuses',
			'refusing',
			'actively refused',
			'connection refused',
			'ECONNREFUSED'
		],
		it: [
			'connessione rifiutata',
			'connessioni rifiutate',
			'rifiuta la connessione',
			'rifiuta le connessioni',
			'rifiutano la connessione',
			'rifiutano le connessioni',
			'connessione respinta'
		],
		// French, German and Spanish, as admins write them and localised NDRs print them.
		any: [
			'Verbindung abgelehnt',
			'Verbindung verweigert',
			'connexion refusée',
			'conexión rechazada'
		]
	},
	{
		// Italian "rifiutato" is mostly a rejection (an SMTP reply, a policy); as a refused connection
		// it comes with "connessione", which the concept above reads first.
		id: 'rejected',
		label: { en: 'rejected', it: 'rifiutato' },
		en: ['rejected', 'reject', 'rejects', 'rejecting', 'rejection'],
		it: [
			'rifiutato',
			'rifiutata',
			'rifiutati',
			'rifiutate',
			'rifiuta',
			'rifiutano',
			'rifiutare',
			'respinto',
			'respinta',
			'respinti',
			'respinge',
			'respingono'
		],
		// French, German and Spanish, as admins write them and localised NDRs print them.
		any: ['abgelehnt', 'rejeté', 'rejetée', 'rechazado', 'rechazada']
	},
	{
		id: 'denied',
		label: { en: 'denied', it: 'negato' },
		en: ['denied', 'deny', 'access denied', 'not allowed', 'not authorized', 'not authorised'],
		it: ['negato', 'negata', 'negati', 'accesso negato', 'non autorizzato', 'non consentito'],
		// French, German and Spanish, as admins write them and localised NDRs print them.
		any: ['Zugriff verweigert', 'accès refusé', 'acceso denegado', 'denegado']
	},
	{
		id: 'timeout',
		label: { en: 'timed out', it: 'timeout' },
		en: [
			'timed out',
			'timeout',
			'time out',
			'times out',
			'timing out',
			'no response',
			'not responding',
			"doesn't respond",
			'does not respond',
			'no answer',
			'ETIMEDOUT'
		],
		it: [
			'timeout della connessione',
			'connessione scaduta',
			'tempo scaduto',
			'non risponde',
			'non rispondono',
			'nessuna risposta',
			'va in timeout',
			'andata in timeout'
		],
		// French, German and Spanish, as admins write them and localised NDRs print them.
		any: [
			'Zeitüberschreitung',
			'délai dépassé',
			"délai d'attente dépassé",
			'tiempo de espera',
			'tiempo de espera agotado',
			'keine Antwort',
			'pas de réponse',
			'sin respuesta'
		]
	},
	{
		id: 'unreachable',
		label: { en: 'unreachable', it: 'irraggiungibile' },
		en: ['unreachable', 'not reachable', "can't reach", 'cannot reach', 'no route'],
		it: ['irraggiungibile', 'non raggiungibile', 'non è raggiungibile', 'non si raggiunge']
	},
	{
		id: 'abrupt',
		label: { en: 'abruptly', it: 'improvvisamente' },
		en: ['abruptly', 'abrupt', 'suddenly', 'unexpectedly', 'mid-session', 'mid session'],
		it: ['improvvisamente', 'bruscamente', "all'improvviso", 'inaspettatamente', 'a metà sessione']
	},
	{
		id: 'closed',
		label: { en: 'closed', it: 'interrotta' },
		en: [
			'closed',
			'close',
			'closes',
			'disconnected',
			'disconnect',
			'disconnects',
			'cut off',
			'drops the connection'
		],
		it: [
			'interrotta',
			'interrotto',
			'interrompe',
			'interruzione',
			'chiusa',
			'chiuso',
			'chiude',
			'chiusura',
			'disconnesso',
			'disconnessione'
		],
		// French, German and Spanish, as admins write them and localised NDRs print them.
		any: [
			'getrennt',
			'Verbindung getrennt',
			'unterbrochen',
			'interrompue',
			'coupée',
			'fermée',
			'interrumpida',
			'cerrada'
		]
	},
	{
		id: 'reset',
		label: { en: 'reset', it: 'reimpostata' },
		en: [
			'reset',
			'reset by peer',
			'connection reset',
			'TCP RST',
			'ECONNRESET',
			'SuspiciousRemoteServerError'
		],
		it: ['reimpostata', 'reimpostato', 'resettata', 'resettato']
	},
	{
		id: 'connect',
		label: { en: 'connect', it: 'connettersi' },
		en: ['connect', 'connection', 'connections', 'connected', 'connecting', 'session', 'sessions'],
		it: [
			'connessione',
			'connessioni',
			'connettersi',
			'connettere',
			'connesso',
			'collegarsi',
			'collegamento',
			'sessione',
			'sessioni'
		],
		// French, German and Spanish, as admins write them and localised NDRs print them.
		any: [
			'Verbindung',
			'Verbindungen',
			'connexion',
			'connexions',
			'conexión',
			'conexiones',
			'conectar',
			'verbinden'
		]
	},
	{
		id: 'cannot',
		label: { en: 'cannot', it: 'impossibile' },
		en: [
			'cannot',
			"can't",
			'unable to',
			'unable',
			'failed to',
			'fails to',
			'could not',
			"couldn't"
		],
		it: [
			'impossibile',
			'non riesce',
			'non riesco',
			'non riusciamo',
			'non riescono',
			'non si riesce'
		]
	},
	{
		id: 'fail',
		label: { en: 'failed', it: 'non riuscito' },
		// "not working" is read here because "working" alone is a stop word.
		en: [
			'failed',
			'fail',
			'fails',
			'failure',
			'failing',
			'broken',
			'KO',
			'not working',
			'stopped working',
			"doesn't work",
			'does not work'
		],
		it: [
			'non riuscita',
			'non riuscito',
			'non riusciti',
			'fallito',
			'fallita',
			'fallisce',
			'fallimento',
			'non funziona'
		]
	},
	{
		id: 'error',
		label: { en: 'error', it: 'errore' },
		en: ['error', 'errors'],
		it: ['errore', 'errori']
	},
	{
		id: 'unavailable',
		label: { en: 'not available', it: 'non disponibile' },
		en: [
			'unavailable',
			'not available',
			'service not available',
			'service unavailable',
			'busy',
			'try again later'
		],
		it: [
			'non disponibile',
			'indisponibile',
			'servizio non disponibile',
			'occupato',
			'riprovare più tardi'
		]
	},
	{
		id: 'maintenance',
		label: { en: 'maintenance', it: 'manutenzione' },
		en: ['maintenance', 'maintenance mode', 'draining', 'Draining', 'Get-ServerComponentState'],
		it: ['manutenzione', 'modalità manutenzione', 'finestra di manutenzione']
	},
	{
		id: 'port-test',
		label: { en: 'port test (telnet)', it: 'test della porta (telnet)' },
		en: [
			'telnet',
			'Test-NetConnection',
			'TNC',
			'netcat',
			'ncat',
			'nc -vz',
			'nmap',
			'PortQry',
			'port test',
			'port check'
		],
		it: ['test della porta', 'verifica della porta']
	},
	{
		id: 'banner',
		label: { en: 'SMTP banner', it: 'banner SMTP' },
		// Italian admins say "banner"; "benvenuto" is only a synonym.
		en: ['banner', 'greeting', 'SMTP banner', '220 banner'],
		it: ['banner SMTP', 'banner 220', 'messaggio di benvenuto', 'benvenuto SMTP']
	},
	{
		id: 'ehlo',
		label: { en: 'EHLO / HELO', it: 'EHLO / HELO' },
		en: ['EHLO', 'HELO'],
		it: ['saluto EHLO']
	},
	// The state of the server
	{
		id: 'down',
		label: { en: 'down', it: 'spento' },
		en: [
			'down',
			'offline',
			'powered off',
			'switched off',
			'turned off',
			'crashed',
			'crash',
			'dead',
			'outage'
		],
		it: [
			'spento',
			'spenta',
			'spenti',
			'giù',
			'fermo',
			'ferma',
			'fermi',
			'guasto',
			'in crash',
			'disservizio'
		]
	},
	{
		id: 'decommission',
		label: { en: 'decommissioned', it: 'dismesso' },
		en: [
			'decommission',
			'decommissioned',
			'decom',
			'retired',
			'retire',
			'shut down',
			'shutdown',
			'torn down',
			'uninstalled',
			'cloud only',
			'cloud-only',
			'full cloud'
		],
		it: [
			'dismesso',
			'dismessi',
			'dismissione',
			'dismettere',
			'arrestato',
			'disinstallato',
			'solo cloud',
			'tutto in cloud'
		]
	},
	{
		id: 'migration',
		label: { en: 'migration', it: 'migrazione' },
		en: [
			'migration',
			'migrate',
			'migrated',
			'migrating',
			'cutover',
			'cut over',
			'cut-over',
			'moved to the cloud',
			'moved to Office 365'
		],
		it: ['migrazione', 'migrato', 'migrati', 'migrare', 'migrata', 'passaggio al cloud']
	},
	{
		id: 'hang',
		label: { en: 'hangs', it: 'si blocca' },
		en: ['hang', 'hangs', 'hung', 'freezes', 'frozen', 'unresponsive', 'stalls', 'stalled'],
		it: [
			'si blocca',
			'si bloccano',
			'si pianta',
			'piantato',
			'impallato',
			'congelato',
			'bloccato il servizio'
		]
	},
	{
		id: 'overload',
		label: { en: 'overloaded', it: 'sovraccarico' },
		en: [
			'overloaded',
			'overload',
			'back pressure',
			'backpressure',
			'under load',
			'high load',
			'heavy load',
			'insufficient system resources',
			'insufficient resources'
		],
		it: [
			'sovraccarico',
			'sovraccarica',
			'sovraccaricato',
			'sotto carico',
			'carico elevato',
			'risorse insufficienti',
			'risorse di sistema insufficienti'
		]
	},
	{
		id: 'resources',
		label: { en: 'resources', it: 'risorse' },
		en: ['resources', 'resource', 'CPU', 'RAM', 'memory', 'disk space', 'low disk'],
		it: ['risorse', 'risorsa', 'memoria', 'spazio su disco', 'disco pieno']
	},
	{
		id: 'reboot',
		label: { en: 'restart', it: 'riavvio' },
		en: ['restart', 'restarted', 'reboot', 'rebooted', 'restarting', 'rebooting'],
		it: ['riavvio', 'riavviare', 'riavviato', 'riavvia', 'riavviati']
	},
	{
		id: 'transport-service',
		label: { en: 'transport service', it: 'servizio di trasporto' },
		en: [
			'transport service',
			'MSExchangeTransport',
			'MSExchangeFrontEndTransport',
			'Front End Transport',
			'FrontEnd Transport',
			'EdgeTransport'
		],
		it: [
			'servizio di trasporto',
			'servizio trasporto',
			'Trasporto front-end',
			'servizio Trasporto front-end'
		]
	},
	{
		id: 'limit',
		label: { en: 'limit', it: 'limite' },
		en: [
			'limit',
			'limits',
			'limited',
			'throttling',
			'throttled',
			'rate limit',
			'rate limited',
			'threshold',
			'cap'
		],
		it: ['limite', 'limiti', 'limitato', 'limitazione', 'soglia', 'tetto']
	},
	{
		id: 'intermittent',
		label: { en: 'intermittent', it: 'intermittente' },
		en: [
			'intermittent',
			'intermittently',
			'sometimes',
			'some messages',
			'random',
			'randomly',
			'sporadic',
			'on and off'
		],
		it: [
			'intermittente',
			'a volte',
			'ogni tanto',
			'saltuariamente',
			'alcuni messaggi',
			'a singhiozzo',
			'sporadicamente'
		]
	},
	{
		id: 'wrong',
		label: { en: 'wrong', it: 'sbagliato' },
		en: ['wrong', 'incorrect', 'mistyped', 'typo', 'misconfigured', 'bad'],
		it: [
			'sbagliato',
			'sbagliata',
			'sbagliati',
			'errato',
			'errata',
			'errati',
			'non corretto',
			'configurato male'
		]
	},
	{
		id: 'hostname',
		label: { en: 'host name', it: 'nome host' },
		en: ['hostname', 'host name', 'FQDN', 'server name', 'LastAttemptedServerName'],
		it: ['nome host', 'nome del server', 'nome server']
	},
	// Queue, bounce, alert and trace
	{
		id: 'queue',
		label: { en: 'queued', it: 'in coda' },
		en: [
			'queue',
			'queued',
			'queues',
			'queuing',
			'stuck',
			'deferred',
			'defer',
			'deferral',
			'pending',
			'backlog',
			'retry',
			'retrying',
			'Get-Queue'
		],
		it: [
			'coda',
			'in coda',
			'accodati',
			'accodato',
			'accodata',
			'accodate',
			'bloccate in coda',
			'bloccati in coda',
			'fermi in coda',
			'ferme in coda',
			'rinviato',
			'rinviati',
			'in sospeso'
		],
		// French, German and Spanish, as admins write them and localised NDRs print them.
		any: ['Warteschlange', "file d'attente", 'en attente', 'en cola']
	},
	{
		id: 'delay',
		label: { en: 'delayed', it: 'in ritardo' },
		en: [
			'takes hours',
			'for hours',
			'hours later',
			'takes ages',
			'delay',
			'delayed',
			'delays',
			'late',
			'slow'
		],
		it: [
			'per ore',
			'dopo ore',
			'da ore',
			'ritardo',
			'ritardi',
			'ritardati',
			'ritardate',
			'ritardata',
			'in ritardo',
			'posticipati',
			'lento',
			'lenta'
		],
		// French, German and Spanish, as admins write them and localised NDRs print them.
		any: ['verzögert', 'Verzögerung', 'retardé', 'retardés', 'retrasado', 'retrasados', 'retraso']
	},
	{
		id: 'ndr',
		label: { en: 'NDR (bounce)', it: 'rapporto di mancato recapito (NDR)' },
		en: [
			'NDR',
			'NDRs',
			'non-delivery report',
			'non delivery report',
			'non-delivery receipt',
			'bounce',
			'bounced',
			'bounces',
			'bounceback',
			'bounce back',
			'bounce-back',
			'DSN',
			'undeliverable',
			'returned mail',
			'mailer-daemon',
			'delivery failure',
			'delivery failed'
		],
		it: [
			'rapporto di mancato recapito',
			'mancato recapito',
			'notifica di mancato recapito',
			'rimbalzo',
			'rimbalzi',
			'rimbalza',
			'rimbalzano',
			'rimbalzata',
			'rimbalzate',
			'torna indietro',
			'tornano indietro',
			'tornata indietro',
			'non recapitabile',
			'non recapitato',
			'non recapitati'
		],
		// The localized headers of an Exchange / Outlook NDR, as printed: French and German from real
		// NDRs (https://pastebin.com/HZca6aT2, https://pastebin.com/BsjRCWQL), Spanish and German of
		// the older Outlook report (https://pastebin.com/12qpX1rU, https://pastebin.com/dUJNHrB0).
		any: [
			'Unzustellbarkeitsbericht',
			'unzustellbar',
			'rapport de non-remise',
			'notification de non-remise',
			'informe de no entrega',
			'Delivery has failed to these recipients or groups',
			'Échec de la remise pour ces destinataires ou groupes',
			'Fehler bei der Nachrichtenzustellung an folgende Empfänger oder Gruppen',
			'Ihre Nachricht hat einige oder alle Empfänger nicht erreicht',
			'Algunos de los destinatarios no recibieron su mensaje',
			'No se puede localizar a los destinatarios siguientes'
		]
	},
	{
		// Mail that does not get there, said by someone who has no NDR in hand.
		id: 'not-delivered',
		label: { en: 'not delivered', it: 'non consegnata' },
		en: [
			'not delivered',
			'not being delivered',
			'not arriving',
			'not getting through',
			'never arrived',
			"aren't arriving",
			"isn't arriving"
		],
		it: ['non consegnata', 'non consegnate', 'non viene consegnata', 'non vengono consegnate'],
		// French, German and Spanish, as admins write them and localised NDRs print them.
		any: [
			'nicht zugestellt',
			'nicht zustellbar',
			'non remis',
			'non distribué',
			'no entregado',
			'no se pudo entregar'
		]
	},
	{
		id: 'delivery',
		label: { en: 'delivery', it: 'recapito' },
		en: ['delivery', 'deliver', 'delivered', 'delivering'],
		it: [
			'recapito',
			'recapitare',
			'recapitato',
			'recapitati',
			'consegna',
			'consegnare',
			'consegnato',
			'consegnati'
		]
	},
	{
		id: 'alert',
		label: { en: 'alert', it: 'avviso' },
		en: ['alert', 'alerts', 'notification', 'notifications', 'alert policy', 'warning email'],
		it: ['avviso', 'avvisi', 'notifica', 'notifiche', 'allarme', 'criterio di avviso']
	},
	{
		id: 'delayed-alert',
		label: { en: 'Messages have been delayed', it: 'Messaggi ritardati' },
		en: ['messages have been delayed', 'delayed messages', 'messages queued', 'queued messages'],
		it: ['messaggi ritardati', 'messaggi in ritardo', 'messaggi in coda', 'messaggi accodati']
	},
	{
		id: 'message-trace',
		label: { en: 'message trace', it: 'traccia dei messaggi' },
		en: [
			'message trace',
			'message tracing',
			'trace',
			'tracing',
			'message tracking',
			'tracking log',
			'Get-MessageTrace',
			'Get-MessageTraceV2'
		],
		it: [
			'traccia messaggi',
			'traccia dei messaggi',
			'ritrova messaggio',
			'tracciamento',
			'tracciamento dei messaggi'
		]
	},
	{
		id: 'log',
		label: { en: 'log', it: 'log' },
		en: ['log', 'logs', 'logging', 'protocol log', 'event log', 'event viewer'],
		it: [
			'registro eventi',
			'registro di protocollo',
			'registrazione protocollo',
			'registrazione di protocollo',
			'visualizzatore eventi'
		]
	},
	// Mail, people, addresses
	{
		id: 'email',
		label: { en: 'email', it: 'posta' },
		en: ['email', 'e-mail', 'emails', 'mail', 'mails', 'message', 'messages', 'msg'],
		it: ['posta', 'posta elettronica', 'messaggio', 'messaggi', 'missiva'],
		// French, German and Spanish, as admins write them and localised NDRs print them.
		any: [
			'Nachricht',
			'Nachrichten',
			'courriel',
			'courriels',
			'correo',
			'correos',
			'mensaje',
			'mensajes'
		]
	},
	{
		id: 'mailbox',
		label: { en: 'mailbox', it: 'cassetta postale' },
		en: ['mailbox', 'mailboxes', 'inbox'],
		it: [
			'cassetta postale',
			'cassette postali',
			'casella',
			'caselle',
			'casella di posta',
			'casella postale'
		],
		// French, German and Spanish, as admins write them and localised NDRs print them.
		any: ['boîte aux lettres', 'boîte mail', 'Postfach', 'buzón', 'buzón de correo']
	},
	{
		id: 'full',
		label: { en: 'full', it: 'piena' },
		en: ['full', 'over quota', 'quota exceeded', 'out of space'],
		it: ['pieno', 'piena', 'pieni', 'piene', 'quota superata', 'spazio esaurito'],
		// French, German and Spanish, as admins write them and localised NDRs print them.
		any: [
			'pleine',
			'plein',
			'saturée',
			'voll',
			'überfüllt',
			'Kontingent überschritten',
			'lleno',
			'llena',
			'cuota excedida'
		]
	},
	{
		id: 'quota',
		label: { en: 'quota', it: 'quota' },
		en: ['quota', 'quotas', 'storage limit'],
		it: ['limite di spazio', 'spazio disponibile']
	},
	{
		id: 'recipient',
		label: { en: 'recipient', it: 'destinatario' },
		en: ['recipient', 'recipients', 'addressee', 'RCPT TO'],
		it: ['destinatario', 'destinatari'],
		// French, German and Spanish, as admins write them and localised NDRs print them.
		any: ['destinataire', 'destinataires', 'Empfänger', 'destinatarios']
	},
	{
		// The Exchange recipient type (MailUser), kept as a phrase: "user" alone is a stop word.
		id: 'mail-user',
		label: { en: 'mail user', it: 'utente di posta' },
		en: ['mail user', 'mail users', 'MailUser', 'mail-enabled user'],
		it: ['utente di posta', 'utenti di posta', 'utente di posta elettronica']
	},
	{
		id: 'sender',
		label: { en: 'sender', it: 'mittente' },
		en: ['sender', 'senders', 'envelope sender', 'return-path'],
		it: ['mittente', 'mittenti'],
		// French, German and Spanish, as admins write them and localised NDRs print them.
		any: ['expéditeur', 'Absender', 'remitente']
	},
	{
		id: 'address',
		label: { en: 'address', it: 'indirizzo' },
		en: ['address', 'addresses', 'email address', 'SMTP address'],
		it: ['indirizzo', 'indirizzi', 'indirizzo email', 'indirizzo di posta']
	},
	{
		id: 'not-found',
		label: { en: 'not found', it: 'inesistente' },
		en: [
			'not found',
			'unknown',
			"doesn't exist",
			'does not exist',
			'non-existent',
			'nonexistent',
			'no such user',
			'user unknown'
		],
		it: [
			'inesistente',
			'non esiste',
			'sconosciuto',
			'sconosciuta',
			'non trovato',
			'non trovata',
			'utente sconosciuto'
		]
	},
	{
		id: 'receive',
		label: { en: 'receive', it: 'ricevere' },
		en: [
			'receive',
			'receiving',
			'received',
			'arrive',
			'arriving',
			'arrives',
			'incoming',
			'inbound'
		],
		it: [
			'ricevere',
			'riceve',
			'ricevo',
			'ricevono',
			'riceviamo',
			'ricevuto',
			'ricevuti',
			'ricezione',
			'arriva',
			'arrivano',
			'arrivare',
			'arrivo',
			'in arrivo',
			'in entrata',
			'in ingresso'
		]
	},
	{
		id: 'send',
		label: { en: 'send', it: 'inviare' },
		en: ['send', 'sending', 'sent', 'outbound', 'outgoing'],
		it: [
			'inviare',
			'invio',
			'inviato',
			'inviati',
			'invia',
			'inviano',
			'spedire',
			'spedito',
			'spediti',
			'in uscita'
		]
	},
	{
		id: 'partner',
		label: { en: 'partner', it: 'partner' },
		en: [
			'partner',
			'partners',
			'third party',
			'third-party',
			'3rd party',
			'supplier',
			'external organization'
		],
		// Not "customer"/"cliente" (Microsoft's "customer" is the tenant: "Customer Block list"), nor
		// "vendor"/"fornitore" (a firewall vendor, an internet "fornitore" are not partners).
		it: ['organizzazione partner', 'terze parti', 'terza parte', 'organizzazione esterna']
	},
	{
		id: 'group',
		label: { en: 'group', it: 'gruppo' },
		// Not "DG": it is also the middle of the x-dg-ref header (5.0.350).
		en: ['group', 'groups', 'distribution list', 'distribution group', 'DL', 'mailing list'],
		it: [
			'gruppo',
			'gruppi',
			'lista di distribuzione',
			'liste di distribuzione',
			'gruppo di distribuzione'
		]
	},
	{
		id: 'size',
		label: { en: 'size', it: 'dimensione' },
		en: ['size', 'sizes', 'too large', 'too big', 'large', 'oversized'],
		it: [
			'dimensione',
			'dimensioni',
			'troppo grande',
			'troppo grandi',
			'troppo pesante',
			'pesante',
			'grande'
		]
	},
	{
		id: 'attachment',
		label: { en: 'attachment', it: 'allegato' },
		en: ['attachment', 'attachments'],
		it: ['allegato', 'allegati']
	},
	{
		id: 'header',
		label: { en: 'header', it: 'intestazione' },
		en: ['header', 'headers'],
		it: ['intestazione', 'intestazioni']
	},
	{
		// The queue's retry window: "retries for a full day" is its 24 hours, not a full mailbox.
		id: 'day-long',
		label: { en: '24 hours', it: '24 ore' },
		en: ['24 hours', '24h', 'full day', 'a full day', 'whole day', 'all day', 'one day'],
		it: ['24 ore', 'un giorno intero', 'tutto il giorno', 'una giornata intera', 'un giorno']
	},
	{
		// One message to more recipients than the server takes (4.5.3), not a daily or hourly limit.
		id: 'too-many-recipients',
		label: { en: 'too many recipients', it: 'troppi destinatari' },
		en: ['too many recipients', 'too many envelope recipients', 'too many RCPT TO'],
		it: ['troppi destinatari']
	},
	{
		id: 'daily',
		label: { en: 'daily', it: 'giornaliero' },
		en: ['daily', 'per day', 'a day'],
		it: ['giornaliero', 'giornaliera', 'al giorno', 'quotidiano']
	},
	{
		id: 'hourly',
		label: { en: 'hourly', it: 'orario' },
		en: ['hourly', 'per hour', 'an hour', 'each hour'],
		it: ['orario', "all'ora", 'ogni ora']
	},
	// Authentication, reputation, policy
	{
		id: 'authentication',
		label: { en: 'authentication', it: 'autenticazione' },
		en: ['authentication', 'authenticated', 'authenticate', 'auth', 'unauthenticated'],
		it: ['autenticazione', 'autenticato', 'autenticati', 'autenticare', 'non autenticato']
	},
	{
		id: 'anonymous',
		label: { en: 'anonymous', it: 'anonimo' },
		en: ['anonymous', 'anonymously', 'unauthenticated sender'],
		it: ['anonimo', 'anonima', 'anonimi', 'in forma anonima']
	},
	{
		id: 'spf',
		label: { en: 'SPF', it: 'SPF' },
		en: ['SPF', 'SPF record', 'sender policy framework', 'v=spf1', 'softfail', 'hardfail'],
		it: ['record SPF']
	},
	{
		id: 'dkim',
		label: { en: 'DKIM', it: 'DKIM' },
		en: ['DKIM', 'DKIM signature', 'DomainKeys'],
		it: ['firma DKIM']
	},
	{
		id: 'dmarc',
		label: { en: 'DMARC', it: 'DMARC' },
		en: ['DMARC', 'DMARC policy', 'p=reject', 'p=quarantine'],
		it: ['criterio DMARC']
	},
	{
		id: 'spam',
		label: { en: 'spam', it: 'spam' },
		en: ['spam', 'junk', 'spamming', 'spammer', 'outbound spam'],
		it: ['posta indesiderata', 'indesiderata']
	},
	{
		// Microsoft's name for a recipient organisation's own block list (5.7.513); "customer" alone
		// is a stop word (a client company).
		id: 'customer-block-list',
		label: { en: 'Customer Block list', it: 'Customer Block list' },
		en: ['customer block list', 'customer blocklist', "customer's block list"],
		it: ['elenco di blocco del cliente', 'blocklist del cliente']
	},
	{
		id: 'blocklist',
		label: { en: 'block list', it: 'blacklist' },
		en: [
			'blocklist',
			'block list',
			'blacklist',
			'blacklisted',
			'blocklisted',
			'RBL',
			'DNSBL',
			'banned',
			'ban',
			'delist',
			'delisting',
			'Spamhaus',
			'SpamCop'
		],
		it: ['lista nera', 'liste nere', 'bannato', 'bannati', 'bannata', 'in blacklist']
	},
	{
		id: 'block',
		label: { en: 'blocked', it: 'bloccato' },
		en: ['block', 'blocked', 'blocking', 'blocks'],
		it: [
			'bloccato',
			'bloccata',
			'bloccati',
			'bloccate',
			'blocca',
			'bloccano',
			'bloccare',
			'blocco'
		],
		// French, German and Spanish, as admins write them and localised NDRs print them.
		any: ['blockiert', 'gesperrt', 'bloqué', 'bloquée', 'bloqueado', 'bloqueada']
	},
	{
		id: 'compromised',
		label: { en: 'compromised account', it: 'account compromesso' },
		en: ['compromised', 'hacked', 'phished', 'breached', 'compromised account'],
		it: ['compromesso', 'compromessa', 'violato', 'violata', 'hackerato', 'account compromesso']
	},
	{
		id: 'relay',
		label: { en: 'relay', it: 'inoltro (relay)' },
		en: ['relay', 'relaying', 'relayed', 'SMTP relay', 'open relay', 'mail relay'],
		it: ['inoltro SMTP', 'inoltro negato', 'relay SMTP']
	},
	{
		id: 'loop',
		label: { en: 'loop', it: 'loop' },
		en: [
			'back and forth',
			'too many hops',
			'hops',
			'loop',
			'loops',
			'looping',
			'mail loop',
			'routing loop',
			'ping-pong',
			'ping pong',
			'hop count'
		],
		it: ['avanti e indietro', 'troppi hop', 'ciclo', 'ciclo infinito', 'rimpallo']
	},
	{
		id: 'journal',
		label: { en: 'journaling', it: 'journaling' },
		en: ['journaling', 'journal', 'journalling', 'journal rule'],
		it: ['registrazione nel journal', 'regola di journaling', 'archiviazione journal']
	}
];
