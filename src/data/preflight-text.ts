import type { Localized } from '../lib/catalog/types';
import type { CheckId, CheckReason, CheckState, FixId } from '../lib/preflight';

/*
 * The certificate renewal checklist's words (lib/preflight, components/search/PreflightList.svelte),
 * in both languages: a module of its own, loaded with the checklist (the Detected panel), not with
 * the first screen.
 */

/** The checklist's headings and labels. */
export const preflightTexts: Readonly<
	Record<
		| 'title'
		| 'intro'
		| 'server'
		| 'serverUnnamed'
		| 'certificate'
		| 'notShownLine'
		| 'fix'
		| 'copyFix',
		Localized
	>
> = {
	title: {
		en: 'Certificate renewal checklist',
		it: 'Checklist per il rinnovo del certificato'
	},
	intro: {
		en: 'Each check from the pasted lists, per server: the line that proves it, or what to paste to show it.',
		it: 'Ogni verifica sugli elenchi incollati, per server: la riga che la dimostra, o che cosa incollare per mostrarla.'
	},
	server: {
		en: 'On server {server}',
		it: 'Il server {server}'
	},
	serverUnnamed: {
		en: 'Server (not named in the paste)',
		it: 'Server (non indicato nel testo incollato)'
	},
	certificate: {
		en: 'Certificate checked: {certificate}',
		it: 'Certificato verificato: {certificate}'
	},
	notShownLine: {
		en: 'Not shown in the paste.',
		it: 'Non presente nel testo incollato.'
	},
	fix: {
		en: 'Fix:',
		it: 'Soluzione:'
	},
	copyFix: {
		en: 'the fix command',
		it: 'il comando della soluzione'
	}
};

/** What each check asks. */
export const checkTexts: Readonly<Record<CheckId, Localized>> = {
	'certificate-name': {
		en: 'The receive connector’s TlsCertificateName names a listed certificate',
		it: 'Il TlsCertificateName del connettore di ricezione indica un certificato dell’elenco'
	},
	'smtp-enabled': {
		en: 'That certificate is enabled for SMTP',
		it: 'Quel certificato è abilitato per SMTP'
	},
	'certificate-valid': {
		en: 'It is valid and not self-signed',
		it: 'È valido e non autofirmato'
	},
	'tls-domain': {
		en: 'The outbound connector’s TlsDomain is among its names',
		it: 'Il TlsDomain del connettore in uscita è fra i suoi nomi'
	},
	'chain-sent': {
		en: 'The server sends the chain (its intermediate certificate)',
		it: 'Il server invia la catena (il suo certificato intermedio)'
	},
	'root-g2': {
		en: 'DigiCert Global Root G2 is a trusted root',
		it: 'DigiCert Global Root G2 è una radice attendibile'
	},
	expiry: {
		en: 'It expires more than 30 days from now',
		it: 'Scade fra più di 30 giorni'
	},
	'send-certificate-name': {
		en: 'The send connector’s TlsCertificateName names a listed certificate',
		it: 'Il TlsCertificateName del connettore di invio indica un certificato dell’elenco'
	}
};

/** Each state's word (beside its glyph: never colour alone). */
export const stateTexts: Readonly<Record<CheckState, Localized>> = {
	failed: {
		en: 'Failed',
		it: 'Non superata'
	},
	warning: {
		en: 'Warning',
		it: 'Attenzione'
	},
	passed: {
		en: 'Passed',
		it: 'Superata'
	},
	'not-shown': {
		en: 'Not shown',
		it: 'Non mostrata'
	}
};

/** Why a check is in its state; `{detail}` is the check's value. */
export const reasonTexts: Readonly<Record<CheckReason, Localized>> = {
	named: {
		en: 'It names one of the listed certificates ({detail}).',
		it: 'Indica uno dei certificati dell’elenco ({detail}).'
	},
	stale: {
		en: 'It names a certificate that is not in the pasted list: the old one, or one that was removed.',
		it: 'Indica un certificato che non è nell’elenco incollato: quello vecchio, o uno rimosso.'
	},
	'empty-name': {
		en: 'It is empty: Exchange then picks a certificate by the connector’s FQDN. Hybrid setups set it.',
		it: 'È vuoto: Exchange sceglie allora un certificato in base all’FQDN del connettore. Le configurazioni ibride lo impostano.'
	},
	'no-connector': {
		en: 'The paste shows no connector’s TlsCertificateName (Get-ReceiveConnector | fl Identity,TlsCertificateName).',
		it: 'Il testo incollato non mostra il TlsCertificateName di un connettore (Get-ReceiveConnector | fl Identity,TlsCertificateName).'
	},
	'no-certificates': {
		en: 'The paste has no certificate list with Issuer and Subject to compare it with (Get-ExchangeCertificate | fl).',
		it: 'Il testo incollato non ha un elenco di certificati con Issuer e Subject con cui confrontarlo (Get-ExchangeCertificate | fl).'
	},
	'no-certificate': {
		en: 'The paste shows no certificate of this server (Get-ExchangeCertificate | fl).',
		it: 'Il testo incollato non mostra un certificato di questo server (Get-ExchangeCertificate | fl).'
	},
	smtp: {
		en: 'Its Services include SMTP.',
		it: 'I suoi Services comprendono SMTP.'
	},
	'no-smtp': {
		en: 'Its Services do not include SMTP: the server cannot offer STARTTLS with it.',
		it: 'I suoi Services non comprendono SMTP: il server non può offrire STARTTLS con esso.'
	},
	'no-services': {
		en: 'The list does not show its Services.',
		it: 'L’elenco non mostra i suoi Services.'
	},
	valid: {
		en: 'Its Status is Valid.',
		it: 'Il suo Status è Valid.'
	},
	'self-signed': {
		en: 'It is self-signed: Exchange Online does not trust it.',
		it: 'È autofirmato: Exchange Online non lo considera attendibile.'
	},
	status: {
		en: 'Its Status is {detail}.',
		it: 'Il suo Status è {detail}.'
	},
	revocation: {
		en: 'Its Status is RevocationCheckFailure: the server cannot reach the CRL or OCSP address.',
		it: 'Il suo Status è RevocationCheckFailure: il server non raggiunge l’indirizzo CRL o OCSP.'
	},
	'no-status': {
		en: 'The list does not show its Status.',
		it: 'L’elenco non mostra il suo Status.'
	},
	covered: {
		en: '{detail} is among its names.',
		it: '{detail} è fra i suoi nomi.'
	},
	'not-covered': {
		en: '{detail} is none of its names: Exchange Online will report SubjectMismatch.',
		it: '{detail} non è fra i suoi nomi: Exchange Online segnalerà SubjectMismatch.'
	},
	'not-required': {
		en: 'The connector does not check names (TlsSettings {detail}).',
		it: 'Il connettore non controlla i nomi (TlsSettings {detail}).'
	},
	'empty-domain': {
		en: 'TlsSettings is DomainValidation but TlsDomain is empty.',
		it: 'TlsSettings è DomainValidation ma TlsDomain è vuoto.'
	},
	'no-outbound': {
		en: 'The paste shows no outbound connector (Get-OutboundConnector | fl TlsSettings,TlsDomain).',
		it: 'Il testo incollato non mostra un connettore in uscita (Get-OutboundConnector | fl TlsSettings,TlsDomain).'
	},
	'no-names': {
		en: 'The paste shows none of the certificate’s names (CertificateDomains) to compare {detail} with.',
		it: 'Il testo incollato non mostra i nomi del certificato (CertificateDomains) con cui confrontare {detail}.'
	},
	'chain-pem': {
		en: 'In the pasted chain, the issuer’s certificate follows the server’s.',
		it: 'Nella catena incollata, il certificato dell’emittente segue quello del server.'
	},
	'chain-text': {
		en: 'The transcript shows the issuer’s certificate after the server’s.',
		it: 'La trascrizione mostra il certificato dell’emittente dopo quello del server.'
	},
	'chain-gap': {
		en: 'A certificate of the pasted chain is not followed by its issuer: {detail}.',
		it: 'Un certificato della catena incollata non è seguito dal suo emittente: {detail}.'
	},
	'chain-unverified': {
		en: 'The verification did not find the issuer of the server’s certificate: the server does not send its intermediate certificate.',
		it: 'La verifica non ha trovato l’emittente del certificato del server: il server non invia il suo certificato intermedio.'
	},
	'chain-local-issuer': {
		en: 'The verification found no local issuer: the intermediate is not sent, or the testing machine lacks the root.',
		it: 'La verifica non ha trovato un emittente locale: l’intermedio non viene inviato, oppure alla macchina della prova manca la radice.'
	},
	'single-pem': {
		en: 'Only the server’s own certificate was pasted: that does not show what the server sends (openssl s_client -starttls smtp -showcerts shows it).',
		it: 'È stato incollato solo il certificato del server: non mostra che cosa invia il server (lo mostra openssl s_client -starttls smtp -showcerts).'
	},
	'no-chain': {
		en: 'The paste shows no chain (paste openssl s_client -starttls smtp -showcerts output, or the PEM chain).',
		it: 'Il testo incollato non mostra una catena (incolla l’output di openssl s_client -starttls smtp -showcerts, o la catena PEM).'
	},
	'root-listed': {
		en: 'The trusted root store lists it.',
		it: 'L’archivio delle radici attendibili la elenca.'
	},
	'root-missing': {
		en: 'The trusted root store does not have it.',
		it: 'L’archivio delle radici attendibili non la contiene.'
	},
	'no-root': {
		en: 'The paste does not show the root store: Get-ChildItem Cert:\\LocalMachine\\Root | ? Thumbprint -eq DF3C24F9BFD666761B268073FE06D1CC8D4F82A4',
		it: 'Il testo incollato non mostra l’archivio delle radici: Get-ChildItem Cert:\\LocalMachine\\Root | ? Thumbprint -eq DF3C24F9BFD666761B268073FE06D1CC8D4F82A4'
	},
	'days-ahead': {
		en: 'It expires in {detail} days.',
		it: 'Scade fra {detail} giorni.'
	},
	'far-ahead': {
		en: 'It expires on {detail}: more than 30 days from now, whichever way the date is read.',
		it: 'Scade il {detail}: fra più di 30 giorni, in qualunque modo si legga la data.'
	},
	expiring: {
		en: 'It expires in {detail} days.',
		it: 'Scade fra {detail} giorni.'
	},
	expired: {
		en: 'It expired on {detail}.',
		it: 'È scaduto il {detail}.'
	},
	'date-unclear': {
		en: 'The date {detail} reads two ways (day or month first), or is too close to now to tell: check it.',
		it: 'La data {detail} si legge in due modi (prima il giorno o il mese), oppure è troppo vicina a oggi per decidere: controllala.'
	},
	'no-date': {
		en: 'The paste shows no NotAfter of the certificate.',
		it: 'Il testo incollato non mostra il NotAfter del certificato.'
	}
};

/** What to do about a failed check (its command is filled in by lib/preflight). */
export const fixTexts: Readonly<Record<FixId, Localized>> = {
	'enable-smtp': {
		en: 'Enable it for SMTP. Asked whether to overwrite the default SMTP certificate, answer No unless you mean to replace the self-signed one internal SMTP uses (-Force replaces it without asking).',
		it: 'Abilitalo per SMTP. Alla domanda se sovrascrivere il certificato SMTP predefinito rispondi No, a meno che tu voglia sostituire quello autofirmato usato da SMTP interno (-Force lo sostituisce senza chiedere).'
	},
	'set-receive-name': {
		en: 'Point the receive connector at the new certificate (its issuer and subject as listed), on every server that receives from Microsoft 365.',
		it: 'Indica il nuovo certificato nel connettore di ricezione (emittente e soggetto come nell’elenco), su ogni server che riceve da Microsoft 365.'
	},
	'set-send-name': {
		en: 'Point the send connector at the new certificate (its issuer and subject as listed).',
		it: 'Indica il nuovo certificato nel connettore di invio (emittente e soggetto come nell’elenco).'
	},
	'set-tls-domain': {
		en: 'Make TlsDomain a name the certificate carries, or use a certificate that carries TlsDomain.',
		it: 'Imposta come TlsDomain un nome che il certificato contiene, oppure usa un certificato che contiene il TlsDomain.'
	},
	renew: {
		en: 'Renew or replace the certificate with one from a public CA, enable it for SMTP and name it in the connectors.',
		it: 'Rinnova o sostituisci il certificato con uno di una CA pubblica, abilitalo per SMTP e indicalo nei connettori.'
	},
	'send-chain': {
		en: 'Install the intermediate certificate on the server (or on the device that ends TLS), so that it sends the whole chain.',
		it: 'Installa il certificato intermedio sul server (o sul dispositivo che termina TLS), così che invii l’intera catena.'
	},
	'trust-g2': {
		en: 'Add DigiCert Global Root G2 to the trusted root store of this server and of any gateway that does TLS with Exchange Online.',
		it: 'Aggiungi DigiCert Global Root G2 all’archivio delle radici attendibili di questo server e di ogni gateway che esegue TLS con Exchange Online.'
	}
};
