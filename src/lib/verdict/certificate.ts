/**
 * The certificate a paste shows, in a few facts: subject, names, issuer and the end of its
 * validity, for the page to state ("valid until 2026-11-27, 10 days ago"). Read from the forms an
 * admin pastes: an `openssl s_client` transcript's chain (`0 s:… i:… v:NotBefore: …; NotAfter: …`,
 * OpenSSL 3), `openssl x509 -text` (via `readCertificateText`), or decoded PEM facts. Pure.
 */
import type { CertificateFacts } from '../evidence/certcheck';
import { readCertificateText } from '../evidence/tls';
import { dateOfDetail } from './when';

export interface CertificateSummary {
	readonly subject: string;
	/** The DNS names it covers, when the paste shows them. */
	readonly names: readonly string[];
	readonly issuer: string | null;
	readonly notAfter: Date | null;
}

/** Lines read for a summary: a certificate's facts come early in any of these outputs. */
const MAX_LINES = 5_000;
const CHAIN_SUBJECT = /^\s*0 s:\s?(.{1,400})$/;
const CHAIN_ISSUER = /^\s*i:\s?(.{1,400})$/;
const CHAIN_DATES = /^\s*v:.*NotAfter:\s*(.{1,40}?)\s*$/;

/** The server's certificate from an s_client chain, or null when the paste has none. */
function fromChain(lines: readonly string[]): CertificateSummary | null {
	const at = lines.findIndex((line) => CHAIN_SUBJECT.test(line));
	if (at < 0) return null;
	const subject = CHAIN_SUBJECT.exec(lines[at] ?? '')?.[1]?.trim() ?? '';
	let issuer: string | null = null;
	let notAfter: Date | null = null;
	for (const line of lines.slice(at + 1, at + 5)) {
		issuer ??= CHAIN_ISSUER.exec(line)?.[1]?.trim() ?? null;
		const date = CHAIN_DATES.exec(line)?.[1];
		if (date) notAfter ??= dateOfDetail(date);
	}
	return { subject, names: [], issuer, notAfter };
}

/** A summary of decoded facts (a PEM block, `openssl x509 -text`). */
export function summaryOf(facts: CertificateFacts): CertificateSummary {
	return {
		subject: facts.subject,
		names: facts.dnsNames,
		issuer: facts.issuer || null,
		notAfter: facts.notAfter
	};
}

/** The first certificate the paste's text shows, or null. */
export function certificateSummary(text: string): CertificateSummary | null {
	if (!/NotAfter|Not After|0 s:/.test(text)) return null;
	const lines = text.split(/\r?\n/, MAX_LINES);
	const decoded = readCertificateText(lines)[0];
	return decoded ? summaryOf(decoded) : fromChain(lines);
}
