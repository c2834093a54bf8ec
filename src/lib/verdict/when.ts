/**
 * How long ago or ahead a certificate's date is, for "valid until 2025-11-01 (401 days ago)". The
 * date comes as a finding's detail: ISO (`2025-11-01T00:00:00Z`, the decoder's) or as OpenSSL and
 * Get-ExchangeCertificate print it (`Nov  1 00:00:00 2025 GMT`, `11/1/2025 12:00:00 AM`). Pure.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/;
const OPENSSL = /^([A-Za-z]{3}) {1,2}(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})(?: GMT)?$/;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2}):(\d{2})(?: ?([AP]M))?)?$/i;

/** The date a detail states, as UTC, or null when it is not one of the shapes above. */
export function dateOfDetail(detail: string | undefined): Date | null {
	if (detail === undefined) return null;
	const text = detail.trim();
	let m = ISO.exec(text);
	if (m)
		return valid(
			Date.UTC(
				Number(m[1]),
				Number(m[2]) - 1,
				Number(m[3]),
				Number(m[4] ?? 0),
				Number(m[5] ?? 0),
				Number(m[6] ?? 0)
			)
		);
	m = OPENSSL.exec(text);
	if (m) {
		const month = MONTHS.indexOf((m[1] ?? '').toLowerCase());
		if (month < 0) return null;
		return valid(
			Date.UTC(Number(m[6]), month, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]))
		);
	}
	m = US.exec(text);
	if (m) {
		let hour = Number(m[4] ?? 0);
		const half = m[7]?.toUpperCase();
		if (half === 'PM' && hour < 12) hour += 12;
		if (half === 'AM' && hour === 12) hour = 0;
		return valid(
			Date.UTC(
				Number(m[3]),
				Number(m[1]) - 1,
				Number(m[2]),
				hour,
				Number(m[5] ?? 0),
				Number(m[6] ?? 0)
			)
		);
	}
	return null;
}

function valid(time: number): Date | null {
	return Number.isNaN(time) ? null : new Date(time);
}

/** Whole days from `now` to `date`: negative in the past. */
export function daysFrom(now: Date, date: Date): number {
	return Math.trunc((date.getTime() - now.getTime()) / 86_400_000);
}
