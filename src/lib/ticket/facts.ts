/**
 * The facts of one incident that the paste reader does not keep: the recipient domains and the
 * times of the delivery attempts, read from the NDR's report parts (quoted-printable decoded, the
 * returned original message left out: `readableTexts`). Linear scans with bounded patterns; only
 * the first `MAX_CHARS` are read (an NDR's report comes before the returned message). Pure.
 *
 * Shapes read: the recipients listed under "Delivery has failed to these recipients or groups:"
 * (and its Italian form), "Your message to … couldn't be delivered", the delivery-status fields
 * `Final-Recipient` / `Original-Recipient` (RFC 3464 §2.3), and the attempt lines of "Diagnostic
 * information for administrators" (`6/19/2018 7:26:11 AM - Server at … returned '…'`), which
 * Exchange Online writes in UTC, plus the message trace's `LRT=`.
 */
import { readableTexts } from '../parse/mime';

/** How much of a paste is read for these facts. */
export const MAX_CHARS = 200_000;
/** At most this many recipient domains are kept. */
const MAX_DOMAINS = 5;

export interface IncidentFacts {
	/** The domains of the failed recipients, lower case, in order of appearance (addresses never). */
	readonly recipientDomains: readonly string[];
	/** The attempt times as printed, oldest first. */
	readonly attempts: readonly string[];
	/** The oldest attempt as a date (UTC), when it could be read. */
	readonly firstAttempt: Date | null;
}

const ADDRESS = /[A-Za-z0-9._%+-]{1,64}@((?:[A-Za-z0-9-]{1,63}\.){1,10}[A-Za-z]{2,63})\b/;
const RECIPIENT_FIELD = /^(?:final|original)-recipient:\s*rfc822;\s*(.{1,320})$/i;
const FAILED_TO =
	/^(?:delivery has failed to these recipients or groups|recapito non riuscito a questi destinatari o gruppi)\s*:?\s*$/i;
const MESSAGE_TO = /^your message to (\S{1,320}) couldn['’]t be delivered/i;
const ATTEMPT =
	/^\s{0,8}(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?: ?([AP]M))? - (?:server at|remote server at)\b/i;
const LRT = /\{LRT=(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?: ?([AP]M))?\}/i;

/** A date from month/day/year hour:minute:second [AM|PM] groups, as UTC; null when impossible. */
function utc(m: RegExpMatchArray): Date | null {
	const [month, day, year, hour, minute, second] = m.slice(1, 7).map(Number) as number[];
	const half = m[7]?.toUpperCase();
	let h = hour ?? 0;
	if (half === 'PM' && h < 12) h += 12;
	if (half === 'AM' && h === 12) h = 0;
	if (!month || month > 12 || !day || day > 31 || h > 23 || (minute ?? 60) > 59) return null;
	return new Date(Date.UTC(year ?? 0, month - 1, day, h, minute, second));
}

/** The text the attempt line printed, without what follows the time. */
function printed(m: RegExpMatchArray): string {
	return m[0]
		.replace(/\s*-\s*(?:remote )?server at$/i, '')
		.replace(/^\{LRT=|\}$/g, '')
		.trim();
}

/** What the paste says of the recipients and the attempts. */
export function incidentFacts(text: string): IncidentFacts {
	const texts = readableTexts(text.slice(0, MAX_CHARS));
	const domains: string[] = [];
	const addDomain = (candidate: string) => {
		const domain = ADDRESS.exec(candidate)?.[1]?.toLowerCase();
		if (domain && !domains.includes(domain) && domains.length < MAX_DOMAINS) domains.push(domain);
	};
	const attempts: { shown: string; at: Date | null; order: number }[] = [];
	const addAttempt = (m: RegExpMatchArray) => {
		const shown = printed(m);
		if (!attempts.some((a) => a.shown === shown))
			attempts.push({ shown, at: utc(m), order: attempts.length });
	};
	for (const part of texts) {
		const lines = part.split('\n');
		for (let i = 0; i < lines.length; i++) {
			const line = (lines[i] ?? '').trim();
			if (line.length > 2000) continue;
			const field = RECIPIENT_FIELD.exec(line);
			if (field?.[1]) addDomain(field[1]);
			const to = MESSAGE_TO.exec(line);
			if (to?.[1]) addDomain(to[1]);
			if (FAILED_TO.test(line)) {
				// The recipients follow, one a line, until the first line that is not one.
				let j = i + 1;
				while (j < lines.length && (lines[j] ?? '').trim() === '') j++;
				for (; j < lines.length && j < i + 40; j++) {
					const next = (lines[j] ?? '').trim();
					if (!ADDRESS.test(next)) break;
					addDomain(next);
				}
			}
			const attempt = ATTEMPT.exec(line);
			if (attempt) addAttempt(attempt);
			const lrt = LRT.exec(line);
			if (lrt) addAttempt(lrt);
		}
	}
	// Oldest first: by date where every one reads, else as printed (an NDR lists the latest first).
	const dated = attempts.every((a) => a.at !== null);
	const ordered = dated
		? [...attempts].sort(
				(a, b) => (a.at?.getTime() ?? 0) - (b.at?.getTime() ?? 0) || a.order - b.order
			)
		: [...attempts].reverse();
	return {
		recipientDomains: domains,
		attempts: ordered.map((a) => a.shown),
		firstAttempt: ordered[0]?.at ?? null
	};
}

/** The default expiry of a queued message in Exchange Online, and the shortest MessageExpiration. */
export const EXPIRY_HOURS = 24;
export const SHORTEST_EXPIRY_HOURS = 12;

/** When a message first tried at `first` expires after `hours`. */
export function expiresAt(first: Date, hours: number): Date {
	return new Date(first.getTime() + hours * 3_600_000);
}

/** A date as `2018-06-20 07:26 UTC`: the same in every language, unambiguous in a ticket. */
export function utcStamp(date: Date): string {
	return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
