import type { Command } from '../lib/catalog/types';

/**
 * The commands an admin runs to confirm or rule out a cause. Causes and fix steps name them by id.
 * Placeholders ({host}, {domain}, {connector}) are filled in by the UI from the pasted error where it
 * can, otherwise shown as they are.
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
			en: "An A (or AAAA) record with the mail server's current public IP. It must match LastAttemptedIP in the error and the address your firewall forwards to the server.",
			it: "Un record A (o AAAA) con l'IP pubblico attuale del server di posta. Deve coincidere con LastAttemptedIP dell'errore e con l'indirizzo che il firewall inoltra al server."
		}
	},
	{
		id: 'nslookup-mx',
		label: { en: 'MX records with nslookup', it: 'Record MX con nslookup' },
		text: 'nslookup -type=mx {domain}',
		shell: 'any',
		expect: {
			en: 'Lines with "mail exchanger =". "Non-existent domain" or "can\'t find" means the name does not resolve. Add a public resolver (e.g. 1.1.1.1) at the end to bypass your local cache.',
			it: 'Righe con "mail exchanger =". "Non-existent domain" o "can\'t find" indicano che il nome non si risolve. Aggiungere in fondo un resolver pubblico (ad es. 1.1.1.1) per aggirare la cache locale.'
		}
	},
	{
		id: 'dig-mx',
		label: { en: 'MX records with dig', it: 'Record MX con dig' },
		text: 'dig +short MX {domain}',
		shell: 'posix',
		expect: {
			en: 'One line per MX: preference and host name. Empty output means no MX; drop +short to see whether the status is NXDOMAIN (name gone) or SERVFAIL (name servers failing).',
			it: 'Una riga per ogni MX: priorità e nome host. Un output vuoto indica che non esiste alcun MX; togliere +short per vedere se lo stato è NXDOMAIN (nome inesistente) o SERVFAIL (server dei nomi in errore).'
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
			en: 'TcpTestSucceeded : True. Run it from outside your network (e.g. a cloud VM): from inside, traffic does not cross the firewall the way Microsoft 365 does. Many consumer ISPs block outbound port 25, so False from a home line proves nothing.',
			it: "TcpTestSucceeded : True. Eseguirlo da fuori della propria rete (ad es. una VM nel cloud): dall'interno il traffico non attraversa il firewall come quello di Microsoft 365. Molti provider di linee domestiche bloccano la porta 25 in uscita, quindi False da una linea domestica non dimostra nulla."
		}
	},
	{
		id: 'nc-port-25',
		label: { en: 'TCP 25 reachable (netcat)', it: 'Porta TCP 25 raggiungibile (netcat)' },
		text: 'nc -vz {host} 25',
		shell: 'posix',
		expect: {
			en: '"succeeded" or "open". "Connection refused" matches 4.4.316; a long wait ending in a timeout matches 4.4.315. Run it from outside your network.',
			it: '"succeeded" oppure "open". "Connection refused" corrisponde a 4.4.316; una lunga attesa che finisce in timeout corrisponde a 4.4.315. Eseguirlo da fuori della propria rete.'
		}
	},
	{
		id: 'telnet-port-25',
		label: { en: 'SMTP greeting of the server', it: 'Messaggio di benvenuto SMTP del server' },
		text: 'telnet {host} 25',
		shell: 'any',
		expect: {
			en: 'A greeting line starting with 220. A 421 or 554 reply straight away means the server turns sessions down (see 4.4.317). Type QUIT to close.',
			it: 'Una riga di benvenuto che inizia con 220. Una risposta 421 o 554 immediata indica che il server rifiuta le sessioni (vedere 4.4.317). Digitare QUIT per chiudere.'
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
			en: 'The handshake completes and ends with "Verify return code: 0 (ok)". Check the subject (s: line) and NotAfter (in the future; OpenSSL 3 prints it on the v: line). Alternative names are not printed: pipe the certificate into openssl x509 -noout -text to see them. The subject or an alternative name must be the name the connector expects. "Didn\'t find STARTTLS in server response" means the server offers no TLS. Type QUIT to close.',
			it: 'L\'handshake si completa e termina con "Verify return code: 0 (ok)". Controllare il soggetto (riga s:) e NotAfter (nel futuro; OpenSSL 3 lo mostra nella riga v:). I nomi alternativi non vengono mostrati: passare il certificato a openssl x509 -noout -text per vederli. Il soggetto o un nome alternativo deve corrispondere al nome atteso dal connettore. "Didn\'t find STARTTLS in server response" significa che il server non offre TLS. Digitare QUIT per chiudere.'
		}
	},
	{
		id: 'get-exchange-certificate',
		label: {
			en: 'Certificates on the Exchange server',
			it: 'Certificati sul server Exchange'
		},
		text: 'Get-ExchangeCertificate | fl Subject,CertificateDomains,NotAfter,Services,Thumbprint',
		shell: 'exchange-onprem',
		expect: {
			en: 'One certificate with SMTP in Services, NotAfter in the future and the host name the connector expects in CertificateDomains. A renewed certificate without SMTP in Services is not being used yet.',
			it: 'Un certificato con SMTP in Services, NotAfter nel futuro e il nome host atteso dal connettore in CertificateDomains. Un certificato rinnovato senza SMTP in Services non è ancora in uso.'
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
		id: 'get-outbound-connector',
		label: {
			en: 'Outbound connectors in Exchange Online',
			it: 'Connettori in uscita in Exchange Online'
		},
		text: 'Get-OutboundConnector | fl Name,Enabled,ConnectorType,SmartHosts,TlsSettings,TlsDomain',
		shell: 'exchange-online',
		expect: {
			en: 'The connector to your servers shows Enabled True, ConnectorType OnPremises (Partner for a third party) and SmartHosts with their public name or IP. With TlsSettings CertificateValidation or DomainValidation the certificate must be trusted; with DomainValidation its names must also cover TlsDomain.',
			it: 'Il connettore verso i propri server ha Enabled True, ConnectorType OnPremises (Partner per terze parti) e SmartHosts con il loro nome o IP pubblico. Con TlsSettings CertificateValidation o DomainValidation il certificato deve essere attendibile; con DomainValidation i suoi nomi devono anche coprire TlsDomain.'
		}
	},
	{
		id: 'disable-outbound-connector',
		label: { en: 'Turn off an outbound connector', it: 'Disattivare un connettore in uscita' },
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
			it: 'Impostare un dominio accettato come Autorevole'
		},
		text: 'Set-AcceptedDomain -Identity {domain} -DomainType Authoritative',
		shell: 'exchange-online',
		expect: {
			en: 'No output when it works; Get-AcceptedDomain then shows Authoritative. From then on, mail to addresses that do not exist in Exchange Online is rejected instead of relayed.',
			it: 'Nessun output se riesce; Get-AcceptedDomain mostra poi Authoritative. Da quel momento la posta per indirizzi che non esistono in Exchange Online viene rifiutata invece che inoltrata.'
		}
	},
	{
		id: 'get-queue',
		label: { en: 'Queues on the Exchange server', it: 'Code sul server Exchange' },
		text: 'Get-Queue | fl Identity,Status,MessageCount,LastError,NextHopDomain',
		shell: 'exchange-onprem',
		expect: {
			en: 'Queues Active or Ready with small counts: transport is working. Queues stuck in Retry with a growing MessageCount, or the cmdlet failing, mean transport itself is in trouble; read LastError.',
			it: 'Code Active o Ready con pochi messaggi: il trasporto funziona. Code ferme in Retry con MessageCount in crescita, o un errore del cmdlet stesso, indicano un problema del trasporto stesso; leggere LastError.'
		}
	}
];
