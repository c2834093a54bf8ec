import { bySeverity, SEVERITY_GLYPH, severityOf, targetOf, type Verdict } from '../../lib/verdict';
import { ticketLines, type TicketData } from '../../lib/ticket';
import { findingTexts } from '../../data/evidence-text';
import { socketErrorTexts } from '../../data/parse-text';
import type { Lang, Localized } from '../../lib/catalog/types';
import type { MessageKey } from '../../data/messages';
import type { Incident } from '../../state/paste.svelte';

/*
 * The ticket summary a verdict card copies: its own chunk, loaded once the card is shown (the
 * texts of every finding and socket error, the ticket's wording and the paste's facts are needed
 * only when "Copy ticket" is pressed), so an entry page renders without them.
 */

/** What the card knows: its verdict, the paste it is about, the commands' values, its target. */
export interface TicketSource {
	readonly verdict: Verdict;
	readonly incident: Incident | null;
	readonly values: Readonly<Record<string, string>>;
	readonly target: string | null;
	/** The first step as the card words it, and its command filled with the values, if any. */
	readonly firstText: string;
	readonly firstCommand: string | null;
	/** The reader's language, and its interface text (`language.t`). */
	readonly lang: Lang;
	readonly t: (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;
}

/** The ticket summary of a verdict card, in the reader's language. */
export function ticketOf(source: TicketSource): string {
	const { verdict, incident, values, target, firstText, firstCommand, lang, t } = source;
	const pick = (text: Localized) => text[lang];
	const first = verdict.firstStep;
	const entry = verdict.entry;
	const d = incident?.diagnosis;
	const socket = d?.socketError ?? null;
	const socketText = socket !== null ? socketErrorTexts[socket] : undefined;
	const data: TicketData = {
		// A paste's own code as found; a paste with none (command output) states none. Without a
		// paste, the page's code.
		code: incident
			? incident.asFound
			: entry && entry.kind !== 'other'
				? `${entry.reply} ${entry.code}`
				: null,
		title: entry ? pick(entry.title) : null,
		recipientDomains: incident?.facts.recipientDomains ?? [],
		destination: target ?? targetOf(values),
		detail: d?.detail && d.detail !== `Socket error code ${socket}` ? d.detail : null,
		socket:
			socket === null
				? null
				: `${socket}${socketText ? ` ${socketText.name}: ${pick(socketText.meaning)}` : ''}`,
		attempts: incident?.facts.attempts ?? (d?.lastRetry ? [d.lastRetry] : []),
		firstAttempt: incident?.facts.firstAttempt ?? null,
		expired: d?.primary ? d.expired : null,
		findings: bySeverity(incident?.findings ?? []).map((f) => ({
			mark: `${SEVERITY_GLYPH[severityOf(f.id)]} ${t(`severity.${severityOf(f.id)}`)}`,
			text: `${f.subject ? `${f.subject}: ` : ''}${pick(findingTexts[f.id])}`,
			line: f.line
		})),
		cause: verdict.cause
			? `${pick(verdict.cause.title)} (${t(`verdict.certaintyWord.${verdict.certainty}`)})`
			: null,
		firstStep: first
			? {
					text: firstText,
					command: firstCommand
				}
			: null
	};
	return ticketLines(data, t).join('\n');
}
