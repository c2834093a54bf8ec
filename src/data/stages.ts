import type { Localized } from '../lib/catalog/types';
import type { Stage } from '../lib/path';

/** Each stage of a delivery as the picture names it: what happens, and where on the way. */
export const stageTexts: Readonly<Record<Stage, { name: Localized; where: Localized }>> = {
	dns: {
		name: { en: 'Name lookup', it: 'Risoluzione del nome' },
		where: { en: 'DNS', it: 'DNS' }
	},
	tcp: {
		name: { en: 'Connection on port 25', it: 'Connessione sulla porta 25' },
		where: { en: 'internet, firewall', it: 'Internet, firewall' }
	},
	smtp: {
		name: { en: 'SMTP greeting', it: 'Banner SMTP' },
		where: { en: 'mail server', it: 'server di posta' }
	},
	tls: {
		name: { en: 'STARTTLS and TLS', it: 'STARTTLS e TLS' },
		where: { en: 'mail server, firewall', it: 'server di posta, firewall' }
	},
	certificate: {
		name: { en: 'Certificate check', it: 'Verifica del certificato' },
		where: { en: 'connector TLS settings', it: 'impostazioni TLS del connettore' }
	},
	transfer: {
		name: { en: 'Message transfer', it: 'Trasferimento del messaggio' },
		where: { en: 'the session', it: 'la sessione' }
	}
};

/** The stage a table gives an id, or null for an id it does not hold. */
function stageIn(table: Readonly<Record<string, Stage | null>>, id: string): Stage | null {
	return Object.hasOwn(table, id) ? (table[id] ?? null) : null;
}

/** The stage each wizard question probes (highlighted in the picture while it is asked). */
export const questionStages: Readonly<Record<string, Stage>> = {
	'inner-reply': 'smtp',
	'last-attempted-ip': 'tcp',
	'smarthost-resolves': 'dns',
	'dns-own-servers': 'dns',
	'dns-outside-check': 'dns',
	'domain-registered': 'dns',
	'mx-changed': 'dns',
	'smarthost-value': 'tcp',
	'ipv6-open': 'tcp',
	'server-listening': 'tcp',
	'nat-target': 'tcp',
	'external-test': 'tcp',
	'connector-validation': 'tcp',
	'firewall-allows': 'tcp',
	'isp-port-25': 'tcp',
	'tls-required': 'tls',
	'ehlo-reply': 'smtp',
	'cert-expired': 'certificate',
	'cert-name-matches': 'certificate',
	'verify-result': 'certificate',
	'cert-renewed': 'certificate',
	'tls-certificate-name': 'tls',
	'tls-handshake': 'tls',
	'component-state': 'smtp',
	'lb-servers': 'tls',
	'cert-status': 'certificate',
	'smtp-inspection': 'transfer',
	'server-resources': 'transfer',
	'size-pattern': 'transfer',
	'path-quality': 'transfer'
};

/** The stage a question probes, or null (questions about the setup or its history). */
export function stageOfQuestion(question: string): Stage | null {
	return stageIn(questionStages, question);
}
