import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog';
import { commands } from '../../src/data/commands';
import { indexCatalog } from '../../src/lib/catalog/lookup';
import { ticketSummary, type SummaryLabels } from '../../src/lib/catalog/summary';

const index = indexCatalog(catalog);
const labels: SummaryLabels = {
	title: 'TITLE',
	meaning: 'MEANING',
	causes: 'CAUSES',
	partner: 'PARTNER',
	queue: 'QUEUE',
	queueText: 'QUEUE TEXT',
	link: 'LINK',
	gate: 'GATE'
};
const command = (id: string) => commands.find((c) => c.id === id);

describe('ticket summary', () => {
	it('lists every cause of 4.4.316 with numbered steps, checks, partner, queue and link', () => {
		const entry = index.resolve('4.4.316')?.entry;
		expect(entry).toBeDefined();
		if (!entry) return;
		const text = ticketSummary(
			entry,
			'en',
			labels,
			command,
			'https://intranet.example/#/code/4.4.316'
		);
		const lines = text.split('\n');
		expect(lines[0]).toBe('TITLE');
		expect(lines).toContain(`MEANING: ${entry.meaning.en}`);
		entry.causes.forEach((cause, i) => {
			expect(lines).toContain(`${i + 1}. ${cause.title.en}`);
			expect(text).toContain(`${i + 1}.1 ${cause.fix[0]?.text.en}`);
		});
		expect(text).toContain('> Set-AcceptedDomain -Identity <domain> -DomainType Authoritative');
		expect(lines).toContain(`PARTNER: ${entry.partner.en}`);
		expect(lines).toContain('QUEUE: QUEUE TEXT');
		expect(lines.at(-1)).toBe('LINK: https://intranet.example/#/code/4.4.316');
	});

	it('writes Italian, leaves out the queue note of a final code and a link when there is none', () => {
		const entry = index.resolve('5.1.1')?.entry;
		expect(entry?.queued).toBe(false);
		if (!entry) return;
		const text = ticketSummary(entry, 'it', labels, command, null);
		expect(text).toContain(entry.meaning.it);
		expect(text).not.toContain('QUEUE');
		expect(text).not.toContain('LINK');
	});
});
