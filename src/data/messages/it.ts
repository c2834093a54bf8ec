import type { MessageKey } from './en';

/** Interface text, Italian: the same keys as English (a missing key fails the type check). */
export const it: Readonly<Record<MessageKey, string>> = {
	'app.name': 'Diagnosi connettori EOP',
	'app.tagline':
		'Trova la causa di un errore di recapito da Microsoft 365 verso il tuo server di posta o quello di un partner, e risolvilo.',
	'app.skip': 'Vai al contenuto',
	'nav.label': 'Principale',
	'nav.search': 'Cerca',
	'nav.wizard': 'Trova la causa',
	'footer.privacy':
		'Funziona interamente nel browser. Nulla di ciò che scrivi o incolli viene inviato altrove: gli NDR contengono indirizzi.',
	'footer.download': 'Scarica per l’uso offline',

	'lang.label': 'Lingua',
	'lang.en': 'English',
	'lang.it': 'Italiano',
	'theme.label': 'Combinazione di colori',
	'theme.auto': 'Automatico',
	'theme.light': 'Chiaro',
	'theme.dark': 'Scuro',

	'search.label': 'Codice di errore, sintomo o testo dell’errore incollato',
	'search.placeholder': 'es. 450 4.4.316, connessione rifiutata, oppure incolla un NDR',
	'search.hint': 'Qualsiasi notazione va bene: 4.4.316, 44316, 550 5.4.316 …',
	'search.all': 'Tutti gli errori ({count})',
	'search.count': '{count} risultati per “{query}”',
	'search.countPasted': '{count} voci corrispondono al testo incollato',
	'search.countPastedOne': '1 voce corrisponde al testo incollato',
	'search.countOne': '1 risultato per “{query}”',
	'search.none': 'Nessuna voce del catalogo corrisponde a “{query}”.',
	'search.noneHelp': 'Rispondi a qualche domanda per restringere le cause possibili.',
	'search.openWizard': 'Avvia la procedura guidata',
	'search.why.code': 'Codice {asTyped}',
	'search.why.alias': 'Codice {asTyped}: un’altra forma di {code}',
	'search.why.class': 'Codice {asTyped}: la forma finale (NDR) di {code}',
	'search.preparing': 'Preparazione della ricerca completa…',
	'search.why.identifier': 'Stato {asTyped}: riportato con {code}',
	'search.why.socket': 'Errore socket {asTyped}: Winsock {number} ({name}), {label}',
	'search.why.synonym': '{typed} ≈ {matched}',

	'search.why.typo': 'letto “{typed}” come “{matched}”',
	'search.why.field.situation': 'Situazione',
	'search.why.field.detail': 'Causa',
	'search.closest': 'Nessuna voce spiega bene “{query}”. Le più vicine:',
	'search.closestCount': 'Nessuna corrispondenza stretta per “{query}”: {count} voci più vicine',
	'search.why.field.code': 'Codice',
	'search.why.field.title': 'Titolo',
	'search.why.field.alias': 'Compare anche come',
	'search.why.field.symptom': 'Sintomo',
	'search.why.field.cause': 'Causa',
	'search.why.field.meaning': 'Significato',
	'search.why.field.fix': 'Soluzione',
	'search.group.connector': 'Errori di recapito tramite connettore',
	'search.group.neighbour': 'Altri codici di Exchange Online',
	'search.results': 'Risultati',

	'entry.meaning': 'Che cosa significa',
	'entry.causes': 'Cause probabili',
	'entry.fix': 'Soluzione',
	'entry.verify': 'Verifica',
	'entry.expect': 'Cosa controllare: {text}',
	'entry.partner': 'Se il server appartiene a un partner o a terze parti',
	'entry.queue': 'Coda e scadenza',
	'entry.queue.text':
		'Microsoft 365 tiene il messaggio in coda e ritenta per circa 24 ore (fino a 48 in alcuni tenant meno recenti). Poi il messaggio scade e il mittente riceve un rapporto di mancato recapito (NDR) con la forma 5.x.x di questo codice.',
	'entry.queue.expired':
		'Hai la forma NDR {asTyped}: i tentativi sono terminati e il messaggio è tornato al mittente. Risolvi la causa, poi chiedi al mittente di inviarlo di nuovo.',
	'entry.aliases': 'Compare anche come',
	'entry.related': 'Codici correlati',
	'entry.wizard': 'Trova la causa di {code}',
	'entry.copySummary': 'Copia il riepilogo per il ticket',
	'entry.decoded': 'Come si legge il codice (RFC 3463)',
	'entry.back': 'Torna alla ricerca',
	'entry.kind.connector': 'Errore del connettore',
	'entry.kind.other': 'Qualsiasi altro codice',
	'entry.kind.neighbour': 'Codice di Exchange Online',
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
	'page.missing.title': 'Pagina non trovata',
	'page.missing.text': 'Non esiste una pagina in “{path}”.',
	'page.home': 'Vai alla pagina iniziale',

	'wizard.title': 'Trova la causa',
	'wizard.titleFor': 'Trova la causa di {code}',
	'wizard.intro':
		'Rispondi a ciò che puoi. Ogni risposta mantiene, esclude o conferma delle cause; “Non lo so” non esclude mai nulla.',
	'wizard.progress': 'Domanda {n} (al massimo {max})',
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
		'Il messaggio è ancora in coda: il server mittente continua a ritentare (Microsoft 365 per circa 24 ore, fino a 48 in alcuni tenant meno recenti; Exchange locale per 2 giorni come impostazione predefinita), quindi, se risolvi ora la causa, verrà recapitato.',
	'detected.likely': 'Causa probabile',
	'detected.likelyMany': 'Cause probabili, dalla più probabile',
	'detected.wizard': 'Continua nella procedura guidata con ciò che l’errore dice già',
	'detected.verify': 'Verifica su {host}'
};
