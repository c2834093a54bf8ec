import type { PageMessageKey } from './en-pages';

/** Interface text of the pages loaded when used, Italian: the same keys as en-pages.ts. */
export const itPages: Readonly<Record<PageMessageKey, string>> = {
	'entry.meaning': 'Che cosa significa',
	'entry.causes': 'Cause probabili',
	'entry.fix': 'Soluzione',
	'entry.verify': 'Verifica',
	'entry.partner': 'Se il server appartiene a un partner o a terze parti',
	'entry.queue': 'Coda e scadenza',
	'entry.queue.text':
		'Microsoft 365 tiene il messaggio in coda e ritenta per 24 ore come impostazione predefinita (anche solo 12 se il MessageExpiration del tenant è più basso: Get-TransportConfig | fl MessageExpiration). Poi il messaggio scade e il mittente riceve un rapporto di mancato recapito (NDR) con la forma 5.x.x di questo codice.',
	'entry.range':
		'Il codice {asTyped} non ha una voce propria. Microsoft lo documenta nell’intervallo descritto da questa voce ({code}): valgono le sue cause e correzioni.',
	'entry.rangeOther':
		'Il codice {asTyped} non ha una voce propria. È un errore di rete e instradamento (RFC 3463: x.4.x), uno degli altri errori del connettore trattati da questa voce.',
	'entry.queue.expired':
		'Hai la forma NDR {asTyped}: i tentativi sono terminati e il messaggio è tornato al mittente. Risolvi la causa, poi chiedi al mittente di inviarlo di nuovo.',
	'entry.aliases': 'Compare anche come',
	'entry.related': 'Codici correlati',
	'entry.wizard': 'Trova la causa di {code}',
	'entry.decoded': 'Come si legge il codice (RFC 3463)',
	'entry.back': 'Torna alla ricerca',
	'entry.path': 'Dove: {path}',
	'entry.sharedFrom': 'È anche una causa di {code}, dove è descritta a sua volta.',
	'entry.gateClosed':
		'I passaggi che interrompono il flusso di posta non vengono mostrati: sono sicuri solo se vale quanto segue, e le tue risposte non lo hanno confermato. “{statement}”',

	'command.replace': 'Prima sostituisci {markers} con i tuoi valori.',
	'copy.copy': 'Copia',
	'copy.copyLabel': 'Copia {what}',
	'copy.done': 'Copiato negli appunti',
	'copy.failed': 'Copia non riuscita: seleziona il testo e copialo manualmente',

	'missing.title': 'Nessuna voce per “{code}”',
	'missing.text': 'Questo codice non è nel catalogo.',
	'missing.notCode':
		'“{code}” non sembra un codice di stato (formato atteso classe.oggetto.dettaglio, es. 4.4.316).',
	'missing.search': 'Cerca “{code}”',
	'wizard.title': 'Trova la causa',
	'wizard.titleFor': 'Trova la causa di {code}',
	'wizard.intro':
		'Rispondi a ciò che puoi. Ogni risposta mantiene, esclude o conferma delle cause; “Non lo so” non esclude mai nulla.',
	'wizard.progress': 'Domanda {n} · cause ancora possibili: {left}',
	'wizard.check': 'Come verificarlo',
	'wizard.inPlay': 'Cause ancora possibili ({count})',
	'wizard.ruledOut': 'Escluse ({count})',
	'wizard.ruledOutBy': 'dalla risposta “{answer}” alla domanda “{question}”',
	'wizard.back': 'Indietro',
	'wizard.restart': 'Ricomincia',
	'wizard.fromScratch': 'Inizia senza un codice',
	'wizard.notice.malformed':
		'Non è stato possibile leggere per intero il collegamento della procedura: si riparte dal passaggio più vicino che è stato possibile ricostruire.',
	'wizard.notice.outdated':
		'Alcune risposte di questo collegamento non corrispondono più alle domande attuali: si riprende dall’ultima risposta ancora valida.',
	'wizard.notice.uncovered':
		'La procedura guidata non ha domande per “{code}”: copre gli errori dei connettori. Si parte senza codice; la pagina di quel codice ne elenca cause e soluzioni.',
	'wizard.conclusion.uninformed': 'Le risposte non hanno ristretto le cause',
	'wizard.conclusion.uninformedHelp':
		'Tutte le cause restano possibili. Sono elencate nel consueto ordine di probabilità; le verifiche accanto a ciascuna dicono quale si applica, oppure torna indietro e rispondi a ciò che puoi verificare.',
	'wizard.conclusion.confirmed': 'Causa confermata',
	'wizard.conclusion.likely': 'Causa più probabile',
	'wizard.conclusion.leading':
		'Le tue risposte indicano questa causa più delle altre, ma nessuna la dimostra. Verificala per prima; le altre restano possibili.',
	'wizard.conclusion.beyond': 'Se nessuna di queste corrisponde',
	'wizard.certainty.confirmed': 'Confermata.',
	'wizard.certainty.likely': 'Più probabile, non dimostrata.',
	'wizard.certainty.open': 'Aperta.',
	'wizard.conclusion.ranked': 'Restano più cause, dalla più probabile',
	'wizard.conclusion.rankedHelp':
		'Le risposte non bastano a distinguerle. Verificale in questo ordine: i comandi mostrano quale si applica.',
	'wizard.conclusion.exhausted':
		'Nessuna delle cause elencate per questo errore corrisponde alle tue risposte',
	'wizard.conclusion.exhaustedHelp':
		'Le tue risposte hanno escluso tutte le cause elencate, quindi la causa è una che questo elenco non conosce. Le verifiche qui sotto indicano dove cercare.',
	'wizard.conclusion.confirmedBy':
		'Confermata dalla risposta “{answer}” alla domanda “{question}”.',
	'wizard.conclusion.eliminated':
		'Le tue risposte hanno escluso tutte le altre cause elencate per questo errore. Questa è quindi la più probabile, non una certezza: un errore può avere una causa che l’elenco non conosce. Le verifiche qui sotto la confermano.',
	'wizard.conclusion.others': 'Altre cause possibili',
	'wizard.conclusion.partnerChecks': 'Cosa deve verificare il partner',
	'wizard.conclusion.entry': 'Apri la voce completa di {code}',
	'wizard.answer.code': '{code} — {title}',
	'wizard.live': 'Domanda {n}: {question}',
	'wizard.liveDone': 'Conclusione: {title}',

	'trace.title': 'Esportazione della traccia messaggi',
	'trace.reading': 'Lettura dell’esportazione della traccia…',
	'trace.rows': '{rows} righe lette.',
	'trace.leftOut': 'Circa {rows} righe in più non sono state lette (il limite è 200.000).',
	'trace.noFailures': 'Nessuna riga di questa esportazione è un errore o un rinvio.',
	'trace.destination': 'Destinazione',
	'trace.code': 'Codice',
	'trace.count': 'Messaggi',
	'trace.first': 'Primo errore',
	'trace.last': 'Ultimo errore',
	'trace.queued': 'Ancora in coda',
	'trace.expires':
		'scadono da {first} a {last} (24 ore dopo il primo rinvio), poi i mittenti ricevono un NDR',
	'trace.status.pending': 'In sospeso (nessun codice in questa esportazione)',
	'trace.status.failed': 'Non riuscito (nessun codice in questa esportazione)',
	'trace.picture': 'Errori per ora in {hours} ore, da {from} a {to} UTC, per codice',
	'trace.pictureCaption': 'Errori per ora (UTC), per codice: ogni barra è un’ora.',
	'trace.showRows': 'Righe dietro {destination}, {code}',
	'trace.private':
		'Le righe sono lette solo in questo browser: non vengono inviate da nessuna parte.',
	'trace.problem.malformed':
		'Questa esportazione non si legge come CSV: un campo tra virgolette non viene mai chiuso (il file potrebbe essere troncato). Esportala di nuovo, oppure incolla il file intero.',
	'trace.problem.too-many-columns':
		'Questo CSV ha più di 200 colonne: nessuna esportazione della traccia messaggi ne ha tante, quindi non viene letto come tale.',
	'trace.problem.no-trace-columns':
		'Questo CSV non ha nessuna delle colonne di un’esportazione della traccia messaggi.',
	'trace.problem.empty': 'Questa esportazione ha un’intestazione e nessuna riga.',
	'evidence.title': 'Cosa mostra l’output incollato',
	'evidence.line': 'Dimostrato dalla riga: ',
	'evidence.lineNumber': '(riga {number} del testo incollato)',
	'evidence.confirms': 'Conferma: {causes}',
	'evidence.rulesOut': 'Esclude: {causes}',
	'evidence.reading': 'Lettura del certificato incollato…',
	'list.more': 'Mostra altri {count} ({shown} di {total} mostrati)',
	'evidence.unreadable': 'Questo certificato non è leggibile: {reason}',
	'evidence.wizard': 'Continua nella procedura guidata con ciò che l’output dimostra',
	'wizard.conclusion.confirmedByEvidence': 'Confermata da ciò che hai incollato: {finding}',
	'path.from': 'Microsoft 365 (EOP), connettore in uscita',
	'path.to': 'Destinazione: il tuo server di posta',
	'path.toPartner': 'Destinazione: il server di posta del partner',
	'path.state.passed': 'superata',
	'path.state.failed': 'non riuscita qui',
	'path.state.unknown': 'non nota',
	'path.state.notReached': 'non raggiunta',
	'path.summary.broke': 'Dove si è interrotto il recapito: {stage}',
	'path.summary.none': 'Dove si è interrotto il recapito: non ancora noto',
	'command.lookFor': 'Cosa controllare',
	'command.heldBack':
		'Non inserito al posto di {marker}, perché non è un semplice nome host, indirizzo o porta:',
	'detected.title': 'Rilevato nel testo incollato',
	'detected.private':
		'Letto solo in questo browser: il testo incollato non viene inviato altrove né inserito nell’indirizzo.',
	'detected.none': 'Nessun codice di stato trovato nel testo incollato.',
	'detected.noneHelp':
		'Numeri di versione, indirizzi IP e date non sono codici. Cerca la parte “Informazioni di diagnostica per gli amministratori” dell’NDR, oppure descrivi il sintomo.',
	'detected.role.primary': 'Codice principale',
	'detected.role.retry': 'Tentativo precedente',
	'detected.role.other': 'Presente anche nel testo',
	'detected.host': 'Server di destinazione',
	'detected.ip': 'Indirizzo',
	'detected.detail': 'Dettaglio',
	'detected.socket': 'Errore socket',
	'detected.dns': 'Risultato DNS',
	'detected.tls': 'TLS',
	'detected.tlsNames': 'Atteso: {expected} · Presentato: {presented}',
	'detected.lastRetry': 'Ultimo tentativo',
	'detected.expired':
		'Il messaggio è già scaduto: i tentativi sono terminati e il mittente ha ricevuto un NDR. Risolvi la causa, poi chiedi al mittente di inviarlo di nuovo.',
	'detected.queued':
		'Il messaggio è ancora in coda: il server mittente continua a ritentare (Microsoft 365 per 24 ore come impostazione predefinita, anche solo 12 con un MessageExpiration più breve; Exchange locale per 2 giorni come impostazione predefinita), quindi, se risolvi ora la causa, verrà recapitato.',
	'detected.likely': 'Causa probabile',
	'detected.likelyMany': 'Cause probabili, dalla più probabile',
	'detected.wizard': 'Continua nella procedura guidata con ciò che l’errore dice già',
	'verdict.label': 'Verdetto',
	'verdict.stage.dns': 'La risoluzione del nome {target} non è riuscita',
	'verdict.stage.tcp': 'Microsoft 365 non è riuscito ad aprire una connessione verso {target}',
	'verdict.stage.smtp': '{target} non ha completato il banner SMTP con Microsoft 365',
	'verdict.stage.tls': 'STARTTLS o l’handshake TLS con {target} non è riuscito',
	'verdict.stage.certificate': 'Microsoft 365 non ha accettato il certificato di {target}',
	'verdict.stage.transfer': 'La connessione con {target} si è interrotta durante il trasferimento',
	'verdict.stage.none': 'Il recapito verso {target} non è riuscito',
	'verdict.target': 'il server di destinazione',
	'verdict.certainty.confirmed': 'Causa confermata',
	'verdict.certainty.likely': 'Causa più probabile, non dimostrata',
	'verdict.certainty.open': 'Causa più comune, non ancora verificata',
	'verdict.certaintyWord.confirmed': 'confermata',
	'verdict.certaintyWord.likely': 'la più probabile, non dimostrata',
	'verdict.certaintyWord.open': 'la più comune, non ancora verificata',
	'verdict.noCause':
		'Per ora nulla indica una causa precisa: la procedura guidata la restringe in poche domande.',
	'verdict.first': 'Fai questo per primo',
	'verdict.check': 'Verifica: {label}',
	'verdict.copyTicket': 'Copia il ticket',
	'verdict.copyTicketLabel': 'Copia il ticket di questo incidente',
	'verdict.copyLink': 'Copia il link',
	'verdict.copyLinkLabel': 'Copia un link a questa pagina, senza il testo incollato',
	'verdict.print': 'Stampa la checklist',
	'verdict.host': 'Il tuo smart host, per i comandi',
	'verdict.contents': 'In questa pagina',
	'verdict.helpdesk': 'Per l’help desk',
	'verdict.helpdesk.tellQueued':
		'Agli utenti: la posta verso questi destinatari è in ritardo, non persa. Microsoft 365 ritenta per circa 24 ore (12 se il tenant ha ridotto MessageExpiration); se il problema si risolve in tempo, arriva da sola.',
	'verdict.helpdesk.tellOther':
		'Agli utenti: la posta verso questi destinatari non viene recapitata finché la causa non è risolta; riceveranno un rapporto di mancato recapito.',
	'verdict.helpdesk.collect':
		'Raccogli: l’NDR o la riga della traccia messaggi (il codice e la parte “Informazioni di diagnostica per gli amministratori”), il dominio del destinatario e da quando succede.',
	'verdict.helpdesk.escalate':
		'Inoltra a: l’amministratore della posta di Microsoft 365; per un server vostro anche chi gestisce firewall e DNS; per il server di un partner, l’amministratore della posta del partner.',
	'verdict.helpdesk.summary': 'Cosa dire agli utenti, cosa raccogliere, a chi inoltrare',
	'verdict.showAll': 'Mostra tutti ({count})',
	'verdict.showDecoded': 'Classe, oggetto e dettaglio di {code}',
	'verdict.showChecks': 'Mostra i {count} comandi',
	'verdict.toc.meaning': 'Significato',
	'verdict.toc.causes': 'Cause',
	'verdict.toc.helpdesk': 'Assistenza',
	'verdict.toc.partner': 'Partner',
	'verdict.toc.related': 'Correlati',
	'overview.title': 'Tutti gli errori',
	'overview.filter': 'Filtra',
	'overview.count': '{shown} su {count}',
	'overview.column.code': 'Codice',
	'overview.column.title': 'Titolo',
	'overview.column.class': 'Classe',
	'overview.column.meaning': 'Che cosa significa',
	'overview.class.transient': 'Temporaneo: ritentato',
	'overview.class.permanent': 'Permanente: NDR',
	'overview.class.other': 'Qualsiasi codice',
	'certificate.title': 'Il certificato nel testo incollato',
	'certificate.subject': 'Soggetto',
	'certificate.names': 'Nomi',
	'certificate.issuer': 'Emittente',
	'certificate.notAfter': 'Valido fino al',
	'certificate.expiredAgo': 'scaduto {days} giorni fa',
	'verdict.partnerCopy': 'Copia il messaggio per il partner',
	'verdict.partnerCopyLabel': 'Copia il messaggio da inviare al partner',
	'verdict.partnerTitle': 'Cosa inviare al partner',
	'verdict.partnerIntro':
		'Buongiorno, la posta dal nostro tenant Microsoft 365 verso il vostro server non viene recapitata: {code} ({title}).',
	'verdict.partnerAsk': 'Vi chiediamo di verificare: {advice}',
	'verdict.done': 'Già presente in ciò che hai incollato: {label}',
	'verdict.seeCommand': 'Stesso comando mostrato sopra: {label}',
	'severity.failed': 'Non riuscito',
	'severity.warning': 'Attenzione',
	'severity.passed': 'Riuscito',
	'severity.info': 'Da notare',
	'evidence.notAfter': 'Valido fino al {date} ({when})',
	'evidence.daysAgo': '{days} giorni fa',
	'evidence.daysAhead': 'tra {days} giorni',
	'evidence.today': 'oggi',
	'ticket.title': 'Incidente di recapito posta: {code} {title}',
	'ticket.titleNoCode': 'Incidente di recapito posta: {title}',
	'ticket.recipients': 'Dominio del destinatario: {domains}',
	'ticket.destination': 'Server di destinazione: {destination}',
	'ticket.detail': 'Dettaglio: {detail}',
	'ticket.socket': 'Errore socket: {socket}',
	'ticket.attempts': 'Tentativi ({count}, orari come nell’NDR, UTC): {attempts}',
	'ticket.expired':
		'Stato: scaduto, i tentativi sono finiti e il mittente ha ricevuto un NDR; da reinviare dopo la correzione',
	'ticket.queued':
		'Stato: in coda, ritentato; scade {hours} h dopo l’invio ({shortest} h se il MessageExpiration del tenant è ridotto)',
	'ticket.queuedUntil':
		'Stato: in coda, ritentato fino a circa {at} ({hours} h; {atShortest} se MessageExpiration è {shortest} h)',
	'ticket.finding': 'Risultato [{mark}] {text} Riga: “{line}”',
	'ticket.moreFindings': '… e altri {count} risultati',
	'ticket.cause': 'Causa probabile: {cause}',
	'ticket.firstStep': 'Primo passo: {step}',
	'ticket.firstStepRun': 'Primo passo: {step} Esegui: {command}',
	'detected.verify': 'Verifica su {host}',
	'detected.verifyNoHost': 'Comandi di verifica',
	// La conclusione della procedura guidata: il caso indicato da una risposta.
	'wizard.case.title': 'Il tuo caso:',

	'sources.cause': 'Fonti',
	'sources.count': 'Fonti ({count})',
	'sources.checked': 'verificata il {date}',
	'sources.holdsFrom': 'in vigore dal {date}',
	// Certificate renewal preflight (lib/preflight, PreflightList.svelte).
	'preflight.title': 'Checklist per il rinnovo del certificato',
	'preflight.intro':
		'Ogni verifica sugli elenchi incollati, per server: la riga che la dimostra, o che cosa incollare per mostrarla.',
	'preflight.server': 'Il server {server}',
	'preflight.serverUnnamed': 'Server (non indicato nel testo incollato)',
	'preflight.certificate': 'Certificato verificato: {certificate}',
	'preflight.notShownLine': 'Non presente nel testo incollato.',
	'preflight.fix': 'Soluzione:',
	'preflight.copyFix': 'il comando della soluzione',
	'preflight.state.failed': 'Non superata',
	'preflight.state.warning': 'Attenzione',
	'preflight.state.passed': 'Superata',
	'preflight.state.not-shown': 'Non mostrata',
	'preflight.check.certificate-name':
		'Il TlsCertificateName del connettore di ricezione indica un certificato dell’elenco',
	'preflight.check.smtp-enabled': 'Quel certificato è abilitato per SMTP',
	'preflight.check.certificate-valid': 'È valido e non autofirmato',
	'preflight.check.tls-domain': 'Il TlsDomain del connettore in uscita è fra i suoi nomi',
	'preflight.check.chain-sent': 'Il server invia la catena (il suo certificato intermedio)',
	'preflight.check.root-g2': 'DigiCert Global Root G2 è una radice attendibile',
	'preflight.check.expiry': 'Scade fra più di 30 giorni',
	'preflight.check.send-certificate-name':
		'Il TlsCertificateName del connettore di invio indica un certificato dell’elenco',
	'preflight.reason.named': 'Indica uno dei certificati dell’elenco ({detail}).',
	'preflight.reason.stale':
		'Indica un certificato che non è nell’elenco incollato: quello vecchio, o uno rimosso.',
	'preflight.reason.empty-name':
		'È vuoto: Exchange sceglie allora un certificato in base all’FQDN del connettore. Le configurazioni ibride lo impostano.',
	'preflight.reason.no-connector':
		'Il testo incollato non mostra il TlsCertificateName di un connettore (Get-ReceiveConnector | fl Identity,TlsCertificateName).',
	'preflight.reason.no-certificates':
		'Il testo incollato non ha un elenco di certificati con Issuer e Subject con cui confrontarlo (Get-ExchangeCertificate | fl).',
	'preflight.reason.no-certificate':
		'Il testo incollato non mostra un certificato di questo server (Get-ExchangeCertificate | fl).',
	'preflight.reason.smtp': 'I suoi Services comprendono SMTP.',
	'preflight.reason.no-smtp':
		'I suoi Services non comprendono SMTP: il server non può offrire STARTTLS con esso.',
	'preflight.reason.no-services': 'L’elenco non mostra i suoi Services.',
	'preflight.reason.valid': 'Il suo Status è Valid.',
	'preflight.reason.self-signed': 'È autofirmato: Exchange Online non lo considera attendibile.',
	'preflight.reason.status': 'Il suo Status è {detail}.',
	'preflight.reason.revocation':
		'Il suo Status è RevocationCheckFailure: il server non raggiunge l’indirizzo CRL o OCSP.',
	'preflight.reason.no-status': 'L’elenco non mostra il suo Status.',
	'preflight.reason.covered': '{detail} è fra i suoi nomi.',
	'preflight.reason.not-covered':
		'{detail} non è fra i suoi nomi: Exchange Online segnalerà SubjectMismatch.',
	'preflight.reason.not-required': 'Il connettore non controlla i nomi (TlsSettings {detail}).',
	'preflight.reason.empty-domain': 'TlsSettings è DomainValidation ma TlsDomain è vuoto.',
	'preflight.reason.no-outbound':
		'Il testo incollato non mostra un connettore in uscita (Get-OutboundConnector | fl TlsSettings,TlsDomain).',
	'preflight.reason.no-names':
		'Il testo incollato non mostra i nomi del certificato (CertificateDomains) con cui confrontare {detail}.',
	'preflight.reason.chain-pem':
		'Nella catena incollata, il certificato dell’emittente segue quello del server.',
	'preflight.reason.chain-text':
		'La trascrizione mostra il certificato dell’emittente dopo quello del server.',
	'preflight.reason.chain-gap':
		'Un certificato della catena incollata non è seguito dal suo emittente: {detail}.',
	'preflight.reason.chain-unverified':
		'La verifica non ha trovato l’emittente del certificato del server: il server non invia il suo certificato intermedio.',
	'preflight.reason.chain-local-issuer':
		'La verifica non ha trovato un emittente locale: l’intermedio non viene inviato, oppure alla macchina della prova manca la radice.',
	'preflight.reason.single-pem':
		'È stato incollato solo il certificato del server: non mostra che cosa invia il server (lo mostra openssl s_client -starttls smtp -showcerts).',
	'preflight.reason.no-chain':
		'Il testo incollato non mostra una catena (incolla l’output di openssl s_client -starttls smtp -showcerts, o la catena PEM).',
	'preflight.reason.root-listed': 'L’archivio delle radici attendibili la elenca.',
	'preflight.reason.root-missing': 'L’archivio delle radici attendibili non la contiene.',
	'preflight.reason.no-root':
		'Il testo incollato non mostra l’archivio delle radici: Get-ChildItem Cert:\\LocalMachine\\Root | ? Thumbprint -eq DF3C24F9BFD666761B268073FE06D1CC8D4F82A4',
	'preflight.reason.days-ahead': 'Scade fra {detail} giorni.',
	'preflight.reason.far-ahead':
		'Scade il {detail}: fra più di 30 giorni, in qualunque modo si legga la data.',
	'preflight.reason.expiring': 'Scade fra {detail} giorni.',
	'preflight.reason.expired': 'È scaduto il {detail}.',
	'preflight.reason.date-unclear':
		'La data {detail} si legge in due modi (prima il giorno o il mese), oppure è troppo vicina a oggi per decidere: controllala.',
	'preflight.reason.no-date': 'Il testo incollato non mostra il NotAfter del certificato.',
	'preflight.fixText.enable-smtp':
		'Abilitalo per SMTP. Alla domanda se sovrascrivere il certificato SMTP predefinito rispondi No, a meno che tu voglia sostituire quello autofirmato usato da SMTP interno (-Force lo sostituisce senza chiedere).',
	'preflight.fixText.set-receive-name':
		'Indica il nuovo certificato nel connettore di ricezione (emittente e soggetto come nell’elenco), su ogni server che riceve da Microsoft 365.',
	'preflight.fixText.set-send-name':
		'Indica il nuovo certificato nel connettore di invio (emittente e soggetto come nell’elenco).',
	'preflight.fixText.set-tls-domain':
		'Imposta come TlsDomain un nome che il certificato contiene, oppure usa un certificato che contiene il TlsDomain.',
	'preflight.fixText.renew':
		'Rinnova o sostituisci il certificato con uno di una CA pubblica, abilitalo per SMTP e indicalo nei connettori.',
	'preflight.fixText.send-chain':
		'Installa il certificato intermedio sul server (o sul dispositivo che termina TLS), così che invii l’intera catena.',
	'preflight.fixText.trust-g2':
		'Aggiungi DigiCert Global Root G2 all’archivio delle radici attendibili di questo server e di ogni gateway che esegue TLS con Exchange Online.'
};
