import { bench, describe } from 'vitest';
import { readTraceCsv } from '../../src/lib/trace/csv';

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

describe('message trace export (issue 25: 100,000 rows within 2 s)', () => {
	bench('parse and summarise 100,000 rows', () => {
		readTraceCsv(HUNDRED_THOUSAND);
	});
});
