import type { StartMessageKey } from './en';

/** Interface text of the first screen, Italian: the same keys as en.ts (type-checked). */
export const it: Readonly<Record<StartMessageKey, string>> = {
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
	'search.countWords':
		'{count} voci corrispondono alle parole del testo incollato (non contiene codici di stato)',
	'search.countWordsOne':
		'1 voce corrisponde alle parole del testo incollato (non contiene codici di stato)',
	'search.closestPasted':
		'Nel testo incollato nulla indica chiaramente una voce. Le più vicine, per le sue parole:',
	'search.closestPastedCount':
		'Nessuna corrispondenza stretta per il testo incollato: {count} voci più vicine',
	'start.noCode': 'Nessun codice? Trova la causa con poche domande',
	'search.findCause': 'Trova la causa con la procedura guidata',
	'search.why.code': 'Codice {asTyped}',
	'search.why.alias': 'Codice {asTyped}: un’altra forma di {code}',
	'search.why.range':
		'Il codice {asTyped} non ha una voce propria: {code} documenta l’intervallo a cui appartiene',
	'search.why.sibling':
		'Il codice {asTyped} non ha una voce propria: il testo descrive {code}, il codice documentato accanto',
	'search.why.rangeOther':
		'Il codice {asTyped} non ha una voce propria: è uno degli altri errori del connettore (rete e instradamento)',
	'search.why.class': 'Codice {asTyped}: la forma finale (NDR) di {code}',
	'search.preparing': 'Preparazione della ricerca completa…',
	'app.loading': 'Caricamento…',
	'app.loadFailed':
		'Non è stato possibile caricare questa parte dello strumento: la connessione si è interrotta, o una nuova versione l’ha sostituita. Riprova; se non funziona ancora, ricarica la pagina (il testo incollato viene cancellato: incollalo di nuovo).',
	'app.retry': 'Riprova',
	'app.reload': 'Ricarica la pagina',
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
	'search.why.field.wording': "Testo dell'errore",
	'search.why.field.symptom': 'Sintomo',
	'search.why.field.cause': 'Causa',
	'search.why.field.meaning': 'Significato',
	'search.why.field.fix': 'Soluzione',
	'search.group.connector': 'Errori di recapito tramite connettore',
	'search.group.neighbour': 'Altri codici di Exchange Online',
	'search.results': 'Risultati',

	'entry.kind.connector': 'Errore del connettore',
	'entry.kind.other': 'Qualsiasi altro codice',
	'entry.kind.neighbour': 'Codice di Exchange Online',
	'page.missing.title': 'Pagina non trovata',
	'page.missing.text': 'Non esiste una pagina in “{path}”.',
	'page.home': 'Vai alla pagina iniziale',

	'update.ready':
		'È pronta una nuova versione dello strumento. Il ricaricamento cancella il testo incollato.',
	'update.reload': 'Ricarica ora',
	'paste.large': 'Incollati {size} caratteri.',
	'paste.file': 'Letto il file «{file}»: {size} caratteri.',
	'paste.full': 'Vengono letti tutti.',
	'paste.capped':
		'Vengono letti i primi {read} (oltre, un NDR contiene solo il messaggio restituito e i suoi allegati).',
	'paste.preview': 'Il campo mostra i primi {shown}; l’indirizzo non ne contiene nulla.',
	'paste.edited':
		'Hai modificato l’anteprima di un testo incollato di {size} caratteri: ora viene letto solo il testo nel campo. Incollalo di nuovo per leggerlo tutto.',
	'paste.chip': 'Incollato: {lines} righe, {size} caratteri.',
	'paste.clear': 'Cancella',
	'search.asTable': 'Mostra come tabella',
	'paste.reading': 'Lettura del testo incollato…'
};
