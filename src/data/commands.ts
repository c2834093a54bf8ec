import type { Command } from '../lib/catalog/types';

/**
 * The commands an admin runs to confirm or rule out a cause. Causes and fix steps name them by id.
 * Placeholders ({host}, {domain}, {connector}) are filled in by the UI from the pasted error where it
 * can, otherwise shown as they are. Values only the admin knows (a server name, a thumbprint) are
 * written as <angle-bracket> text, which makes PowerShell stop at once if copied unedited.
 * The `expect` texts quote output as the tools print it (reference/command-outputs.md).
 */
export const commands: readonly Command[] = [
	{
		id: 'resolve-mx',
		label: { en: 'MX records of the domain', it: 'Record MX del dominio' },
		text: 'Resolve-DnsName -Type MX {domain}',
		shell: 'powershell',
		expect: {
			en: 'At least one MX record whose NameExchange host also resolves. "DNS name does not exist" or an empty answer points at the DNS provider or a lapsed domain.',
			it: 'Almeno un record MX il cui host NameExchange si risolve a sua volta. "DNS name does not exist" o una risposta vuota indicano un problema del provider DNS o un dominio scaduto.'
		}
	},
	{
		id: 'resolve-host',
		label: { en: 'Address of the smart host', it: 'Indirizzo dello smart host' },
		text: 'Resolve-DnsName {host}',
		shell: 'powershell',
		expect: {
			en: "An A record with the mail server's current public IP. It must match LastAttemptedIP in the error and the address your firewall forwards to the server. If an AAAA record is listed as well, Exchange Online may prefer it: port 25 must then be open on that IPv6 address too.",
			it: "Un record A con l'IP pubblico attuale del server di posta. Deve coincidere con LastAttemptedIP dell'errore e con l'indirizzo che il firewall inoltra al server. Se compare anche un record AAAA, Exchange Online può preferirlo: in quel caso la porta 25 deve essere aperta anche su quell'indirizzo IPv6."
		}
	},
	{
		id: 'nslookup-mx',
		label: { en: 'MX records with nslookup', it: 'Record MX con nslookup' },
		text: 'nslookup -type=mx {domain}',
		shell: 'any',
		expect: {
			en: 'Lines with "mail exchanger =". "Non-existent domain" or "can\'t find" means the name does not resolve. Add a public resolver (e.g. 1.1.1.1) at the end to bypass your local cache.',
			it: 'Righe con "mail exchanger =". "Non-existent domain" o "can\'t find" indicano che il nome non si risolve. Aggiungi in fondo un resolver pubblico (ad es. 1.1.1.1) per aggirare la cache locale.'
		}
	},
	{
		id: 'dig-mx',
		label: { en: 'MX records with dig', it: 'Record MX con dig' },
		text: 'dig +short MX {domain}',
		shell: 'posix',
		expect: {
			en: 'One line per MX: preference and host name. Empty output means no MX; drop +short to see whether the status is NXDOMAIN (name gone) or SERVFAIL (name servers failing).',
			it: 'Una riga per ogni MX: priorità e nome host. Un output vuoto indica che non esiste alcun MX; togli +short per vedere se lo stato è NXDOMAIN (nome inesistente) o SERVFAIL (server dei nomi in errore).'
		}
	},
	{
		id: 'whois-domain',
		label: { en: 'Registration of the domain', it: 'Registrazione del dominio' },
		text: 'whois {domain}',
		shell: 'posix',
		expect: {
			en: 'An expiry date in the future (called Registry Expiry Date, Expiration Date or Expire Date depending on the registry) and no clientHold or serverHold status, which take the domain out of DNS.',
			it: 'Una data di scadenza nel futuro (Registry Expiry Date, Expiration Date o Expire Date a seconda del registro) e nessuno stato clientHold o serverHold, che tolgono il dominio dal DNS.'
		}
	},
	{
		id: 'test-port-25',
		label: { en: 'TCP 25 reachable (PowerShell)', it: 'Porta TCP 25 raggiungibile (PowerShell)' },
		text: 'Test-NetConnection {host} -Port 25',
		shell: 'powershell',
		expect: {
			en: "TcpTestSucceeded : True: the port answered from where you ran it. False, with a WARNING line above, does not say whether the port refused or timed out; nc or telnet tell the two apart. A test from inside your network does not cross the firewall the way Microsoft 365 does, and many clouds (Azure among them) and consumer internet connections block outbound port 25, so a False from there proves nothing. The test that counts is the connector validation in the Exchange admin center, which connects from Microsoft 365's side.",
			it: "TcpTestSucceeded : True: la porta ha risposto dal punto in cui hai eseguito il test. False, con una riga WARNING sopra, non dice se la porta ha rifiutato o è andata in timeout; nc o telnet distinguono i due casi. Un test dall'interno della tua rete non attraversa il firewall come fa Microsoft 365, e molti cloud (Azure compreso) e molte connessioni Internet domestiche bloccano la porta 25 in uscita, quindi un False ottenuto da lì non dimostra nulla. Il test che conta è la convalida del connettore nell'interfaccia di amministrazione di Exchange, che si connette dal lato di Microsoft 365."
		}
	},
	{
		id: 'nc-port-25',
		label: { en: 'TCP 25 reachable (netcat)', it: 'Porta TCP 25 raggiungibile (netcat)' },
		text: 'nc -vz {host} 25',
		shell: 'posix',
		expect: {
			en: '"succeeded" or "open". "Connection refused" matches 4.4.316; a long wait ending in "timed out" matches 4.4.315. Run it from a network outside yours that allows outbound port 25: many clouds and consumer connections block it, and then a timeout proves nothing.',
			it: '"succeeded" oppure "open". "Connection refused" corrisponde a 4.4.316; una lunga attesa che finisce con "timed out" corrisponde a 4.4.315. Eseguilo da una rete esterna alla tua che consenta la porta 25 in uscita: molti cloud e connessioni domestiche la bloccano, e in quel caso un timeout non dimostra nulla.'
		}
	},
	{
		id: 'telnet-port-25',
		label: {
			en: 'SMTP greeting and EHLO reply of the server',
			it: 'Benvenuto SMTP e risposta EHLO del server'
		},
		text: 'telnet {host} 25',
		shell: 'any',
		expect: {
			en: "A greeting starting with 220. Then type EHLO test.example and read the 250 lines: 250-STARTTLS means TLS is offered. A greeting made of asterisks (220 ****) or a 250-XXXXXXXA line where STARTTLS should be means a firewall's SMTP inspection is rewriting the session. A 421 or 554 reply straight away means the server turns sessions down (see 4.4.317); a maintenance refusal only comes after MAIL FROM:<you@your-domain>. Type QUIT to close.",
			it: "Un messaggio di benvenuto che inizia con 220. Poi digita EHLO test.example e leggi le righe 250: 250-STARTTLS significa che TLS viene offerto. Un benvenuto fatto di asterischi (220 ****) o una riga 250-XXXXXXXA al posto di STARTTLS indicano che l'ispezione SMTP di un firewall sta riscrivendo la sessione. Una risposta 421 o 554 immediata indica che il server rifiuta le sessioni (vedi 4.4.317); il rifiuto di un server in manutenzione arriva solo dopo MAIL FROM:<tu@tuo-dominio>. Digita QUIT per chiudere."
		}
	},
	{
		id: 'openssl-starttls',
		label: {
			en: 'STARTTLS and certificate of the server',
			it: 'STARTTLS e certificato del server'
		},
		text: 'openssl s_client -connect {host}:25 -starttls smtp -servername {host} -showcerts',
		shell: 'posix',
		expect: {
			en: 'The handshake completes and ends with "Verify return code: 0 (ok)". Check the subject (s: line) and NotAfter (in the future; OpenSSL 3 prints it on the v: line). Alternative names are not printed: pipe the certificate into openssl x509 -noout -text to see them. With TlsSettings DomainValidation the subject or an alternative name must cover the connector\'s TlsDomain; with CertificateValidation only the chain and revocation are checked. "Didn\'t find STARTTLS in server response" means the server offers no TLS. To test one server behind a shared address, put its own address in place of the host name after -connect. Type QUIT to close.',
			it: 'L\'handshake si completa e termina con "Verify return code: 0 (ok)". Controlla il soggetto (riga s:) e NotAfter (nel futuro; OpenSSL 3 lo mostra nella riga v:). I nomi alternativi non vengono mostrati: passa il certificato a openssl x509 -noout -text per vederli. Con TlsSettings DomainValidation il soggetto o un nome alternativo deve coprire il TlsDomain del connettore; con CertificateValidation vengono controllate solo la catena e la revoca. "Didn\'t find STARTTLS in server response" significa che il server non offre TLS. Per provare un solo server dietro un indirizzo condiviso, metti il suo indirizzo al posto del nome host dopo -connect. Digita QUIT per chiudere.'
		}
	},
	{
		id: 'openssl-tls12',
		label: { en: 'TLS 1.2 handshake with the server', it: 'Handshake TLS 1.2 con il server' },
		text: 'openssl s_client -connect {host}:25 -starttls smtp -tls1_2',
		shell: 'posix',
		expect: {
			en: 'A line "New, TLSv1.2, Cipher is ..." followed by the session details: the server speaks TLS 1.2. "unsupported protocol", "alert protocol version" or "New, (NONE), Cipher is (NONE)" mean it does not. Then run it again with -tls1 in place of -tls1_2 and add -cipher "DEFAULT:@SECLEVEL=0" (without it OpenSSL 3 refuses the old version itself, with "legacy sigalg disallowed or unsupported"): if only this second test completes, the server offers nothing newer than TLS 1.0 or 1.1, which Exchange Online does not use. Type QUIT to close.',
			it: 'Una riga "New, TLSv1.2, Cipher is ..." seguita dai dettagli della sessione: il server parla TLS 1.2. "unsupported protocol", "alert protocol version" o "New, (NONE), Cipher is (NONE)" indicano che non lo fa. Poi eseguilo di nuovo con -tls1 al posto di -tls1_2 e aggiungi -cipher "DEFAULT:@SECLEVEL=0" (senza, è OpenSSL 3 stesso a rifiutare la vecchia versione, con "legacy sigalg disallowed or unsupported"): se riesce solo questo secondo test, il server non offre niente di più recente di TLS 1.0 o 1.1, che Exchange Online non usa. Digita QUIT per chiudere.'
		}
	},
	{
		id: 'get-exchange-certificate',
		label: {
			en: 'Certificates on the Exchange server',
			it: 'Certificati sul server Exchange'
		},
		text: 'Get-ExchangeCertificate | fl Thumbprint,Subject,Issuer,CertificateDomains,NotAfter,Services,Status',
		shell: 'exchange-onprem',
		expect: {
			en: 'The certificate in use shows SMTP in Services, Status : Valid, NotAfter in the future and, in CertificateDomains, the name the connector checks. Its Issuer and Subject are what TlsCertificateName on the receive connector must name. Status : RevocationCheckFailure means the server cannot reach the revocation list (CRL) or OCSP address of the issuer, a problem of its own; Invalid or DateInvalid mean the certificate cannot be used. A renewed certificate without SMTP in Services is not in use yet.',
			it: "Il certificato in uso ha SMTP in Services, Status : Valid, NotAfter nel futuro e, in CertificateDomains, il nome controllato dal connettore. Issuer e Subject sono ciò che TlsCertificateName del connettore di ricezione deve indicare. Status : RevocationCheckFailure significa che il server non raggiunge l'elenco di revoca (CRL) o l'indirizzo OCSP dell'emittente, un problema a sé; Invalid o DateInvalid indicano che il certificato non è utilizzabile. Un certificato rinnovato senza SMTP in Services non è ancora in uso."
		}
	},
	{
		id: 'get-receive-connector',
		label: {
			en: 'Receive connectors on the Exchange server',
			it: 'Connettori di ricezione sul server Exchange'
		},
		text: 'Get-ReceiveConnector | fl Identity,Bindings,RemoteIPRanges,AuthMechanism,RequireTLS,TlsCertificateName',
		shell: 'exchange-onprem',
		expect: {
			en: 'A connector bound to port 25 whose RemoteIPRanges covers the Microsoft 365 ranges, with Tls in AuthMechanism (otherwise STARTTLS is not offered).',
			it: 'Un connettore in ascolto sulla porta 25, con RemoteIPRanges che include gli intervalli di Microsoft 365 e Tls in AuthMechanism (altrimenti STARTTLS non viene offerto).'
		}
	},
	{
		id: 'get-receive-connector-tls',
		label: {
			en: 'Certificate named on each receive connector',
			it: 'Certificato indicato su ogni connettore di ricezione'
		},
		text: 'Get-ReceiveConnector -Server <server> | ft Server,Name,TlsCertificateName; Get-ExchangeCertificate -Server <server> | ? {$_.Services -match \'SMTP\'} | % {"$($_.Thumbprint) $($_.NotAfter) <I>$($_.Issuer)<S>$($_.Subject)"}',
		shell: 'exchange-onprem',
		expect: {
			en: "First the receive connectors of that server, then one line per certificate enabled for SMTP: thumbprint, end date and its name written the way TlsCertificateName holds it (<I> and <S> are part of the value, not something to fill in). The connector Microsoft 365 reaches (usually Default Frontend <server>) must show exactly the <I>...<S>... text of the certificate in use. An issuer or subject of the old certificate there is a stale name; an empty value lets Exchange pick a certificate by the connector's FQDN. Run it for every server that receives from Microsoft 365.",
			it: "Prima i connettori di ricezione di quel server, poi una riga per ogni certificato abilitato per SMTP: thumbprint, data di scadenza e nome scritto come lo contiene TlsCertificateName (<I> e <S> fanno parte del valore, non sono da sostituire). Il connettore raggiunto da Microsoft 365 (di solito Default Frontend <server>) deve riportare esattamente il testo <I>...<S>... del certificato in uso. Un emittente o un soggetto del vecchio certificato indica un nome non aggiornato; un valore vuoto lascia che Exchange scelga il certificato in base all'FQDN del connettore. Eseguilo per ogni server che riceve da Microsoft 365."
		}
	},
	{
		id: 'set-receive-connector-tls',
		label: {
			en: 'Point the receive connector at the new certificate',
			it: 'Associa il nuovo certificato al connettore di ricezione'
		},
		text: '$cert = Get-ExchangeCertificate -Server <server> -Thumbprint <new-thumbprint>; Set-ReceiveConnector "<server>\\Default Frontend <server>" -TlsCertificateName "<I>$($cert.Issuer)<S>$($cert.Subject)"',
		shell: 'exchange-onprem',
		expect: {
			en: 'No output when it works. Check the receive connectors again: TlsCertificateName now carries the issuer and subject of the new certificate, which must also be enabled for SMTP. Repeat it on every server behind the published name and on any other receive connector you set up for Microsoft 365. If the old certificate is still presented a few minutes later, restart the Microsoft Exchange Frontend Transport service in a maintenance window.',
			it: 'Nessun output se riesce. Controlla di nuovo i connettori di ricezione: TlsCertificateName ora riporta emittente e soggetto del nuovo certificato, che deve essere anche abilitato per SMTP. Ripeti il comando su ogni server dietro il nome pubblicato e su ogni altro connettore di ricezione che hai creato per Microsoft 365. Se dopo qualche minuto viene ancora presentato il vecchio certificato, riavvia il servizio Microsoft Exchange Frontend Transport in una finestra di manutenzione.'
		}
	},
	{
		id: 'get-server-component-state',
		label: {
			en: 'Maintenance state of the server',
			it: 'Stato di manutenzione del server'
		},
		text: 'Get-ServerComponentState <server> | ft Component,State',
		shell: 'exchange-onprem',
		expect: {
			en: 'HubTransport, FrontendTransport and ServerWideOffline show Active. Draining or Inactive means the server was put into maintenance (often for an update) and never taken out: port 25 still answers and the greeting looks normal, but new mail is turned away.',
			it: 'HubTransport, FrontendTransport e ServerWideOffline risultano Active. Draining o Inactive significano che il server è stato messo in manutenzione (spesso per un aggiornamento) e non ne è mai uscito: la porta 25 risponde ancora e il benvenuto sembra normale, ma la nuova posta viene rifiutata.'
		}
	},
	{
		id: 'get-receive-connector-limits',
		label: {
			en: 'Connection limits of the receive connectors',
			it: 'Limiti di connessione dei connettori di ricezione'
		},
		text: 'Get-ReceiveConnector -Server <server> | fl Identity,MaxInboundConnection,MaxInboundConnectionPerSource,MaxInboundConnectionPercentagePerSource',
		shell: 'exchange-onprem',
		expect: {
			en: 'The limits of the connector Microsoft 365 reaches. Microsoft 365 opens several sessions at once from the same addresses: a per-source limit or a percentage per source lowered to a few connections makes the server answer 421 4.3.2 "The maximum number of concurrent connections has exceeded a limit". Compare with the same connector on another server, or with a server that was never tuned, before raising a value.',
			it: 'I limiti del connettore raggiunto da Microsoft 365. Microsoft 365 apre più sessioni insieme dagli stessi indirizzi: un limite per origine o una percentuale per origine ridotti a poche connessioni fanno rispondere al server 421 4.3.2 "The maximum number of concurrent connections has exceeded a limit". Prima di aumentare un valore, confrontalo con lo stesso connettore su un altro server o con un server mai modificato.'
		}
	},
	{
		id: 'test-port-25-local',
		label: { en: 'Port 25 on the server itself', it: 'Porta 25 sul server stesso' },
		text: 'Test-NetConnection localhost -Port 25',
		shell: 'powershell',
		expect: {
			en: "Run it in PowerShell on the mail server itself. TcpTestSucceeded : True means something listens on port 25 there, so a refusal seen from outside comes from the way in: firewall, NAT or port forwarding (its target must be this server's internal address). False, with a WARNING line, means nothing listens: check the transport services.",
			it: "Eseguilo in PowerShell sul server di posta stesso. TcpTestSucceeded : True significa che lì qualcosa è in ascolto sulla porta 25, quindi un rifiuto visto dall'esterno nasce lungo il percorso: firewall, NAT o port forwarding (la cui destinazione deve essere l'indirizzo interno di questo server). False, con una riga WARNING, significa che non è in ascolto nulla: controlla i servizi di trasporto."
		}
	},
	{
		id: 'get-transport-services',
		label: {
			en: 'Exchange transport services',
			it: 'Servizi di trasporto di Exchange'
		},
		text: 'Get-Service MSExchangeFrontEndTransport,MSExchangeTransport | ft Name,DisplayName,Status,StartType',
		shell: 'powershell',
		expect: {
			en: 'Both Running. Microsoft Exchange Frontend Transport is the service that answers on port 25 on an Exchange 2013 or later Mailbox server: Stopped there fits a refused connection. StartType Disabled after an update means setup did not finish and the services will not come back by themselves. An Edge Transport server has only MSExchangeTransport.',
			it: "Entrambi Running. Microsoft Exchange Frontend Transport è il servizio che risponde sulla porta 25 su un server Cassette postali Exchange 2013 o successivo: Stopped è coerente con una connessione rifiutata. StartType Disabled dopo un aggiornamento indica che l'installazione non è terminata e che i servizi non ripartiranno da soli. Un server Trasporto Edge ha solo MSExchangeTransport."
		}
	},
	{
		id: 'smtp-receive-log',
		label: {
			en: 'Microsoft 365 sessions in the SMTP receive log',
			it: 'Sessioni di Microsoft 365 nel log di ricezione SMTP'
		},
		text: "Get-ChildItem (Join-Path $env:ExchangeInstallPath 'TransportRoles\\Logs\\FrontEnd\\ProtocolLog\\SmtpReceive') -Filter *.log | Sort-Object LastWriteTime | Select-Object -Last 24 | Select-String 'outbound.protection.outlook.com'",
		shell: 'powershell',
		expect: {
			en: 'Run it in PowerShell on the Exchange server. Lines of sessions whose EHLO names a host under outbound.protection.outlook.com: Microsoft 365 reached this server. Pick those at the failure times (the log is in UTC) and read how each session ended: its last lines show the reply your server gave or where it stopped. No line at those times means the sessions never got to this server: look before it (DNS, firewall, NAT, provider, routing). Protocol logging must be on for the receive connector (ProtocolLoggingLevel Verbose); with several servers, search each one. Raise -Last to reach further back.',
			it: 'Eseguilo in PowerShell sul server Exchange. Righe di sessioni il cui EHLO indica un host sotto outbound.protection.outlook.com: Microsoft 365 ha raggiunto questo server. Scegli quelle degli orari degli errori (il log è in UTC) e leggi come è finita ogni sessione: le ultime righe mostrano la risposta data dal server o il punto in cui si è fermata. Nessuna riga in quegli orari significa che le sessioni non sono mai arrivate a questo server: cerca prima di esso (DNS, firewall, NAT, provider, instradamento). La registrazione del protocollo deve essere attiva sul connettore di ricezione (ProtocolLoggingLevel Verbose); con più server, cerca su ognuno. Aumenta il valore di -Last per andare più indietro nel tempo.'
		}
	},
	{
		id: 'resolve-aaaa',
		label: { en: 'IPv6 address of the smart host', it: 'Indirizzo IPv6 dello smart host' },
		text: 'Resolve-DnsName {host} -Type AAAA',
		shell: 'powershell',
		expect: {
			en: 'A line of Type AAAA with an IPv6 address means Exchange Online can deliver over IPv6, and prefers it: port 25 must be open on that address through to the mail server, for the Microsoft 365 IPv6 ranges. No AAAA line (only an SOA line, or "No records found") means delivery uses IPv4 only. Add -Server 1.1.1.1 to see what the internet sees.',
			it: 'Una riga di tipo AAAA con un indirizzo IPv6 significa che Exchange Online può recapitare via IPv6, e lo preferisce: la porta 25 deve essere aperta su quell\'indirizzo fino al server di posta, per gli intervalli IPv6 di Microsoft 365. Nessuna riga AAAA (solo una riga SOA, o "No records found") significa che il recapito usa solo IPv4. Aggiungi -Server 1.1.1.1 per vedere ciò che vede Internet.'
		}
	},
	{
		id: 'resolve-public',
		label: {
			en: 'The name as public DNS sees it',
			it: 'Il nome come lo vede il DNS pubblico'
		},
		text: 'Resolve-DnsName {host} -Server 1.1.1.1 -DnsOnly',
		shell: 'powershell',
		expect: {
			en: 'The same public address your internal DNS gives: this name is fine on the internet. "DNS name does not exist" while the query without -Server works means the name lives only in your internal DNS: publish it in the public zone. A private address (10.x, 172.16-31.x, 192.168.x) means the public record points inside your network. "DNS server failure" points at the public zone itself (DNSSEC, delegation). A timeout means your network blocks direct DNS queries: run it from another connection.',
			it: 'Lo stesso indirizzo pubblico restituito dal tuo DNS interno: su Internet il nome funziona. "DNS name does not exist" mentre la query senza -Server funziona significa che il nome esiste solo nel DNS interno: pubblicalo nella zona pubblica. Un indirizzo privato (10.x, 172.16-31.x, 192.168.x) significa che il record pubblico punta dentro la tua rete. "DNS server failure" indica un problema della zona pubblica stessa (DNSSEC, delega). Un timeout significa che la tua rete blocca le query DNS dirette: eseguilo da un\'altra connessione.'
		}
	},
	{
		id: 'dig-trace',
		label: { en: 'DNS delegation step by step', it: 'Delega DNS passo per passo' },
		text: 'dig +trace {host}',
		shell: 'posix',
		expect: {
			en: 'The delegation from the root servers down to your zone\'s name servers, ending with the record itself. A lame delegation shows at the last step: a name server listed by the parent zone that times out, answers REFUSED or SERVFAIL, or whose own name cannot be resolved ("couldn\'t get address"). The name servers listed by the parent must be the ones your DNS host actually serves the zone from.',
			it: 'La delega dai server radice fino ai server dei nomi della tua zona, che termina con il record stesso. Una delega difettosa (lame delegation) si vede all\'ultimo passo: un server dei nomi indicato dalla zona padre che va in timeout, risponde REFUSED o SERVFAIL, o il cui nome non si risolve ("couldn\'t get address"). I server dei nomi indicati dalla zona padre devono essere quelli da cui il tuo provider DNS pubblica effettivamente la zona.'
		}
	},
	{
		id: 'delv-host',
		label: { en: 'DNSSEC validation of the name', it: 'Convalida DNSSEC del nome' },
		text: 'delv {host}',
		shell: 'posix',
		expect: {
			en: '"; fully validated" (signed zone, valid) or "; unsigned answer" (no DNSSEC, also fine), followed by the record. "resolution failed", "no valid signature found" or "broken trust chain" mean DNSSEC is broken: resolvers that validate answer SERVFAIL for the name while others still answer. Typical after a move to another DNS provider with the old DS record left at the registrar, or after expired signatures.',
			it: '"; fully validated" (zona firmata e valida) o "; unsigned answer" (senza DNSSEC, va bene lo stesso), seguito dal record. "resolution failed", "no valid signature found" o "broken trust chain" indicano un DNSSEC rotto: i resolver che convalidano rispondono SERVFAIL per quel nome mentre gli altri rispondono ancora. Succede tipicamente dopo il passaggio a un altro provider DNS con il vecchio record DS rimasto presso il registrar, o dopo la scadenza delle firme.'
		}
	},
	{
		id: 'ping-mtu',
		label: { en: 'Path MTU towards the server', it: 'MTU del percorso verso il server' },
		text: 'ping -f -l 1472 {host}',
		shell: 'powershell',
		expect: {
			en: 'Replies: a full 1500-byte packet crosses the path without being split. "Packet needs to be fragmented but DF set." means a link on the way has a smaller MTU: lower -l step by step until replies come back; that size plus 28 is the path MTU, for the network team to fix (or to clamp the TCP MSS on the firewall or VPN). "Request timed out" proves nothing where ICMP is filtered. The switches are those of Windows ping.',
			it: 'Risposte: un pacchetto completo da 1500 byte attraversa il percorso senza essere frammentato. "Packet needs to be fragmented but DF set." significa che un collegamento lungo il percorso ha una MTU più piccola: abbassa -l un po\' alla volta finché tornano le risposte; quella dimensione più 28 è la MTU del percorso, che il team di rete deve correggere (o limitare l\'MSS TCP sul firewall o sulla VPN). "Request timed out" non dimostra nulla dove ICMP è filtrato. Le opzioni sono quelle del ping di Windows.'
		}
	},
	{
		id: 'get-outbound-connector',
		label: {
			en: 'Outbound connectors in Exchange Online',
			it: 'Connettori in uscita in Exchange Online'
		},
		text: 'Get-OutboundConnector | fl Name,Enabled,ConnectorType,UseMXRecord,SmartHosts,RecipientDomains,IsTransportRuleScoped,TlsSettings,TlsDomain',
		shell: 'exchange-online',
		expect: {
			en: 'The connector to your servers shows Enabled True and ConnectorType OnPremises (Partner for a third party). UseMXRecord True (the default) means it delivers to the MX of the recipient domain and SmartHosts is not used, so the smart host you are testing may not be where mail goes. RecipientDomains and IsTransportRuleScoped say which mail it takes: a connector scoped to transport rules is used only when a mail flow rule sends mail to it. TlsSettings CertificateValidation checks only the chain and revocation of the certificate; DomainValidation also requires a name on it that covers TlsDomain (the Expected Subject of a SubjectMismatch error).',
			it: "Il connettore verso i tuoi server ha Enabled True e ConnectorType OnPremises (Partner per terze parti). UseMXRecord True (il valore predefinito) significa che recapita all'MX del dominio destinatario e che SmartHosts non viene usato, quindi lo smart host che stai provando potrebbe non essere la destinazione effettiva della posta. RecipientDomains e IsTransportRuleScoped indicano quale posta prende: un connettore limitato alle regole di trasporto viene usato solo quando una regola del flusso di posta gli invia la posta. TlsSettings CertificateValidation controlla solo la catena e la revoca del certificato; DomainValidation richiede anche che un nome del certificato copra TlsDomain (l'Expected Subject di un errore SubjectMismatch)."
		}
	},
	{
		id: 'disable-outbound-connector',
		label: { en: 'Turn off an outbound connector', it: 'Disattiva un connettore in uscita' },
		text: 'Set-OutboundConnector -Identity "{connector}" -Enabled $false',
		shell: 'exchange-online',
		expect: {
			en: 'No output when it works; Get-OutboundConnector then shows Enabled False. Only for a connector that must stop delivering for good.',
			it: 'Nessun output se riesce; Get-OutboundConnector mostra poi Enabled False. Solo per un connettore che non deve più recapitare.'
		}
	},
	{
		id: 'get-accepted-domain',
		label: { en: 'Accepted domains and their type', it: 'Domini accettati e relativo tipo' },
		text: 'Get-AcceptedDomain | fl Name,DomainName,DomainType',
		shell: 'exchange-online',
		expect: {
			en: 'DomainType per domain. InternalRelay passes recipients unknown to Exchange Online on through the connector; Authoritative means every recipient must exist in Exchange Online.',
			it: 'DomainType per ogni dominio. InternalRelay inoltra tramite il connettore i destinatari sconosciuti a Exchange Online; Authoritative significa che ogni destinatario deve esistere in Exchange Online.'
		}
	},
	{
		id: 'set-accepted-domain-authoritative',
		label: {
			en: 'Make an accepted domain Authoritative',
			it: 'Imposta un dominio accettato come Autorevole'
		},
		text: 'Set-AcceptedDomain -Identity {domain} -DomainType Authoritative',
		shell: 'exchange-online',
		expect: {
			en: 'No output when it works; Get-AcceptedDomain then shows Authoritative. From then on, mail to addresses that do not exist in Exchange Online is rejected instead of relayed.',
			it: 'Nessun output se riesce; Get-AcceptedDomain mostra poi Authoritative. Da quel momento la posta per indirizzi che non esistono in Exchange Online viene rifiutata invece che inoltrata.'
		}
	},
	{
		id: 'get-onprem-mailboxes',
		label: {
			en: 'Mailboxes still on premises',
			it: 'Cassette postali ancora in locale'
		},
		text: 'Get-Mailbox -ResultSize Unlimited | ft Name,RecipientTypeDetails,Database',
		shell: 'exchange-onprem',
		expect: {
			en: 'Before retiring the on-premises side: nothing but built-in system mailboxes (such as DiscoverySearchMailbox). Every user, shared, room or equipment mailbox listed still lives on premises and stops receiving mail from Exchange Online once the connector is off. Also run Get-Mailbox -PublicFolder for public folder mailboxes.',
			it: 'Prima di dismettere il lato locale: solo le cassette postali di sistema predefinite (come DiscoverySearchMailbox). Ogni cassetta postale utente, condivisa, di sala o di attrezzatura elencata si trova ancora in locale e smette di ricevere la posta da Exchange Online quando il connettore viene disattivato. Esegui anche Get-Mailbox -PublicFolder per le cassette postali delle cartelle pubbliche.'
		}
	},
	{
		id: 'get-mail-users',
		label: {
			en: 'Mail users in Exchange Online',
			it: 'Utenti di posta in Exchange Online'
		},
		text: 'Get-MailUser -ResultSize Unlimited | ft Name,ExternalEmailAddress',
		shell: 'exchange-online',
		expect: {
			en: 'In a hybrid setup, each user whose mailbox is still on premises shows up here as a mail user whose ExternalEmailAddress is in one of your own domains (or your on-premises routing domain): mail for them still needs the connector. Mail users pointing at outside addresses (contacts, guests) do not. Before retiring the connector there should be none of the first kind.',
			it: 'In un ambiente ibrido, ogni utente la cui cassetta postale è ancora in locale compare qui come utente di posta con ExternalEmailAddress in uno dei tuoi domini (o nel dominio di instradamento locale): la posta per questi utenti ha ancora bisogno del connettore. Gli utenti di posta che puntano a indirizzi esterni (contatti, ospiti) no. Prima di dismettere il connettore non deve esserci nessun utente del primo tipo.'
		}
	},
	{
		id: 'get-queue',
		label: { en: 'Queues on the Exchange server', it: 'Code sul server Exchange' },
		text: 'Get-Queue | fl Identity,Status,MessageCount,LastError,NextHopDomain',
		shell: 'exchange-onprem',
		expect: {
			en: 'Queues Active or Ready with small counts: transport is working. Queues stuck in Retry with a growing MessageCount, or the cmdlet failing, mean transport itself is in trouble; read LastError.',
			it: 'Code Active o Ready con pochi messaggi: il trasporto funziona. Code ferme in Retry con MessageCount in crescita, o un errore del cmdlet stesso, indicano un problema del trasporto stesso; leggi LastError.'
		}
	}
];
