/**
 * The incident ticket: at most `MAX_LINES` plain-text lines about this incident only (its code and
 * detail, the recipient domains, the destination, the attempts and the expiry, the findings with
 * the lines that prove them, the likely cause and the first step), to paste into a ticket or a
 * chat. Never the catalog entry, never a placeholder for a value the paste gave. Pure: the labels
 * come worded in the reader's language.
 */
import { expiresAt, EXPIRY_HOURS, SHORTEST_EXPIRY_HOURS, utcStamp } from './facts';

export { incidentFacts, type IncidentFacts } from './facts';

export const MAX_LINES = 15;

/** Worded by the page: `format(key, params)` returns the reader's language's text. */
export type TicketKey =
	| 'ticket.title'
	| 'ticket.titleNoCode'
	| 'ticket.recipients'
	| 'ticket.destination'
	| 'ticket.detail'
	| 'ticket.socket'
	| 'ticket.attempts'
	| 'ticket.expired'
	| 'ticket.queued'
	| 'ticket.queuedUntil'
	| 'ticket.finding'
	| 'ticket.moreFindings'
	| 'ticket.cause'
	| 'ticket.firstStep'
	| 'ticket.firstStepRun';
export type TicketFormat = (key: TicketKey, params?: Record<string, string | number>) => string;

export interface TicketFinding {
	/** Its mark and word: "✕ failed". */
	readonly mark: string;
	readonly text: string;
	/** The line of the paste that proves it. */
	readonly line: string;
}

export interface TicketData {
	/** The code as found ("550 5.4.316"), or the entry's ("450 4.4.316"); null when none. */
	readonly code: string | null;
	readonly title: string | null;
	readonly recipientDomains: readonly string[];
	/** The destination as named (`targetOf`), or null. */
	readonly destination: string | null;
	readonly detail: string | null;
	/** "10061 WSAECONNREFUSED: …", or null. */
	readonly socket: string | null;
	readonly attempts: readonly string[];
	readonly firstAttempt: Date | null;
	/** True once the retries are over; false while queued; null when the paste does not say. */
	readonly expired: boolean | null;
	/** Failed first (`bySeverity`). */
	readonly findings: readonly TicketFinding[];
	/** "A firewall rejects Microsoft 365 (most likely, not proved)". */
	readonly cause: string | null;
	readonly firstStep: { readonly text: string; readonly command: string | null } | null;
}

/** The ticket's lines, at most `MAX_LINES`. */
export function ticketLines(data: TicketData, format: TicketFormat): string[] {
	const head: string[] = [
		data.code
			? format('ticket.title', { code: data.code, title: data.title ?? '' }).trim()
			: format('ticket.titleNoCode', { title: data.title ?? '' }).trim()
	];
	if (data.recipientDomains.length > 0)
		head.push(format('ticket.recipients', { domains: data.recipientDomains.join(', ') }));
	if (data.destination) head.push(format('ticket.destination', { destination: data.destination }));
	if (data.detail) head.push(format('ticket.detail', { detail: data.detail }));
	if (data.socket) head.push(format('ticket.socket', { socket: data.socket }));
	if (data.attempts.length > 0) {
		const first = data.attempts[0] ?? '';
		const last = data.attempts.at(-1) ?? first;
		head.push(
			format('ticket.attempts', {
				count: data.attempts.length,
				attempts: first === last ? first : `${first} → ${last}`
			})
		);
	}
	if (data.expired === true) head.push(format('ticket.expired'));
	else if (data.expired === false) {
		head.push(
			data.firstAttempt
				? format('ticket.queuedUntil', {
						at: utcStamp(expiresAt(data.firstAttempt, EXPIRY_HOURS)),
						atShortest: utcStamp(expiresAt(data.firstAttempt, SHORTEST_EXPIRY_HOURS)),
						hours: EXPIRY_HOURS,
						shortest: SHORTEST_EXPIRY_HOURS
					})
				: format('ticket.queued', { hours: EXPIRY_HOURS, shortest: SHORTEST_EXPIRY_HOURS })
		);
	}
	const tail: string[] = [];
	if (data.cause) tail.push(format('ticket.cause', { cause: data.cause }));
	if (data.firstStep) {
		tail.push(
			data.firstStep.command
				? format('ticket.firstStepRun', {
						step: data.firstStep.text,
						command: data.firstStep.command
					})
				: format('ticket.firstStep', { step: data.firstStep.text })
		);
	}
	const room = Math.max(0, MAX_LINES - head.length - tail.length);
	const findings = data.findings.map((f) =>
		format('ticket.finding', { mark: f.mark, text: f.text, line: f.line })
	);
	const shown =
		findings.length <= room
			? findings
			: [
					...findings.slice(0, Math.max(0, room - 1)),
					format('ticket.moreFindings', { count: findings.length - Math.max(0, room - 1) })
				];
	return [...head, ...shown.slice(0, room), ...tail].slice(0, MAX_LINES).map(oneLine);
}

/** A ticket line never breaks: a pasted value with a line break stays on its line. */
function oneLine(line: string): string {
	return line.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
