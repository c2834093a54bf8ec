import type { Command, Entry, Lang } from './types';
import { fillCommand } from './commands';

/** The headings a summary needs, in the reader's language (from the message catalogue). */
export interface SummaryLabels {
	readonly title: string;
	readonly meaning: string;
	readonly causes: string;
	readonly partner: string;
	readonly queue: string;
	readonly queueText: string;
	readonly link: string;
	/** Before the steps that wait for a cause's gate: "Only once this holds". */
	readonly gate: string;
}

/**
 * A plain-text summary of an entry, ready to paste into a ticket or a chat: the code and title,
 * the meaning, each cause with its numbered fix steps and checks, the partner case, the queue note,
 * and a link back to the entry (none for a page opened from disk: a file:// path helps no colleague
 * and tells them about the reader's disk).
 */
export function ticketSummary(
	entry: Entry,
	lang: Lang,
	labels: SummaryLabels,
	command: (id: string) => Command | undefined,
	link: string | null
): string {
	const lines: string[] = [labels.title, '', `${labels.meaning}: ${entry.meaning[lang]}`, ''];
	lines.push(`${labels.causes}:`);
	entry.causes.forEach((cause, i) => {
		lines.push(`${i + 1}. ${cause.title[lang]}`);
		const shown = new Set<string>();
		const addCommand = (id: string) => {
			const c = command(id);
			if (c && !shown.has(id)) lines.push(`      > ${fillCommand(c.text)}`);
			shown.add(id);
		};
		cause.fix.forEach((step, j) => {
			// Steps that stop mail flow come after the statement they depend on, never on their own.
			if (step.gated === true && cause.gate && cause.fix[j - 1]?.gated !== true) {
				lines.push(`   ${labels.gate}: ${cause.gate.prompt[lang]} ${cause.gate.warning[lang]}`);
			}
			const where = step.path ? ` (${step.path[lang]})` : '';
			lines.push(`   ${i + 1}.${j + 1} ${step.text[lang]}${where}`);
			(step.commands ?? []).forEach(addCommand);
		});
		cause.verify.forEach(addCommand);
	});
	lines.push('', `${labels.partner}: ${entry.partner[lang]}`);
	if (entry.queued) lines.push('', `${labels.queue}: ${labels.queueText}`);
	if (link !== null) lines.push('', `${labels.link}: ${link}`);
	return lines.join('\n');
}
