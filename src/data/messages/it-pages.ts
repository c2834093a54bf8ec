import type { PageMessageKey } from './en-pages';

/** Interface text of the pages loaded when used, Italian: the same keys as en-pages.ts. */
export const itPages: Readonly<Record<PageMessageKey, string>> = {
	'entry.meaning': 'Che cosa significa',
	'entry.causes': 'Cause probabili',
	'entry.fix': 'Soluzione',
	'entry.verify': 'Verifica',
	'entry.expect': 'Cosa controllare: {text}',
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
	'entry.copySummary': 'Copia il riepilogo per il ticket',
	'entry.decoded': 'Come si legge il codice (RFC 3463)',
	'entry.back': 'Torna alla ricerca',
	'entry.path': 'Dove: {path}',
	'entry.sharedFrom': 'È anche una causa di {code}, dove è descritta a sua volta.',
	'entry.gateClosed':
		'I passaggi che interrompono il flusso di posta non vengono mostrati: sono sicuri solo se vale quanto segue, e le tue risposte non lo hanno confermato. “{statement}”',

	'summary.title': 'Errore di recapito {reply} {code} — {title}',
	'summary.meaning': 'Significato',
	'summary.causes': 'Cause possibili e soluzioni',
	'summary.partner': 'Se la destinazione è un partner',
	'summary.queue': 'Coda',
	'summary.link': 'Riferimento',
	'summary.gate': 'Solo se vale quanto segue',

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
	'detected.verify': 'Verifica su {host}'
};
