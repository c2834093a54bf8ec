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
