import { bench, describe } from 'vitest';
import { parseCsvPapa, readTraceCsv } from '../../src/lib/trace/csv';
import { readTraceCsvWith } from '../../src/lib/trace/csv-core';
import { parseCsvLite } from '../../src/lib/trace/csv-lite';
import { readTrace } from '../../src/lib/trace/view';
import { runSteps } from '../../src/lib/reading/steps';
import { viewTraceSteps } from '../../src/lib/trace/steps';

/** An Extended-report-shaped export of `count` rows. */
function extended(count: number): string {
	const lines = [
		'date_time_utc,event_id,recipient_status,server_hostname,recipient_address,message_id'
	];
	for (let i = 0; i < count; i++) {
		const status =
			i % 2 === 0
				? '"450 4.4.316 Connection refused [Message=Socket error code 10061]"'
				: '"450 4.4.317 Cannot connect to remote server [Message=451 5.7.3 STARTTLS is required to send mail]"';
		const hour = String(i % 24).padStart(2, '0');
		lines.push(
			`2026-12-07T${hour}:${String(i % 60).padStart(2, '0')}:00Z,${i % 5 === 0 ? 'FAIL' : 'DEFER'},${status},mx${i % 9}.fabrikam.example,u${i}@fabrikam.example,<m${i}@contoso.com>`
		);
	}
	return lines.join('\n');
}

const HUNDRED_THOUSAND = extended(100_000);

/** A Graph messageTraces response of `count` exchangeMessageTrace objects. */
function graph(count: number): string {
	const value = Array.from({ length: count }, (_, i) => ({
		id: `t${i}`,
		messageId: `<m${i}@contoso.com>`,
		receivedDateTime: `2026-12-07T${String(i % 24).padStart(2, '0')}:00:00Z`,
		senderAddress: 'ana@contoso.com',
		recipientAddress: `u${i}@fabrikam.example`,
		subject: 'Order',
		status: i % 3 === 0 ? 'failed' : 'pending',
		size: 1024,
		fromIP: '',
		toIP: `198.51.100.${i % 200}`
	}));
	return JSON.stringify({ value });
}
const GRAPH = graph(100_000);

describe('message trace export (issue 25: 100,000 rows within 2 s)', () => {
	bench('parse and summarise 100,000 rows', () => {
		readTraceCsv(HUNDRED_THOUSAND);
	});
	bench('the same with the single file’s reader (csv-lite.ts)', () => {
		readTraceCsvWith(parseCsvLite, HUNDRED_THOUSAND);
	});
	bench('100,000 Graph exchangeMessageTrace objects (JSON)', () => {
		readTrace(parseCsvPapa, GRAPH);
	});
	bench('the single file’s reader in steps (steps.ts), run at once', () => {
		runSteps(viewTraceSteps(HUNDRED_THOUSAND));
	});
});
