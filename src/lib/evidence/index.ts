/**
 * Pasted command output, read as evidence: every reader runs over the same lines, so a paste that
 * mixes an NDR, a dig, a telnet session and an s_client transcript reads as one story. The text
 * readers are small and ship with the first visit; pasted PEM certificates need a DER decoder, which
 * `readPemEvidence` loads only when a paste holds one.
 */
import { judgeChain } from './certcheck';
import { readDns } from './dns';
import { readExchangeAt } from './exchange';
import { readSmtp } from './smtp';
import { readCertificateText, readTls } from './tls';
import { MAX_LINES, type Finding } from './types';
import { readTcp } from './tcp';

export type { Finding, FindingId } from './types';
export { FINDING_IDS } from './types';
export {
	codesFromFindings,
	factsFromFindings,
	provedAnswers,
	shownDetail,
	type ProvedAnswer
} from './effects';

/** What the findings are checked against, read from the same paste by the NDR parser. */
export interface EvidenceContext {
	/**
	 * The name a certificate must cover: the connector's TlsDomain or the "Expected Subject" of a
	 * SubjectMismatch. Only DomainValidation checks a name, and against TlsDomain (field-causes.md).
	 */
	readonly expectedName: string | null;
}

const PEM_BEGIN = '-----BEGIN CERTIFICATE-----';

/**
 * The name certificates must cover: the context's (an NDR's Expected Subject), else the TlsDomain of
 * a pasted Get-OutboundConnector with DomainValidation.
 */
export function expectedNameOf(
	findings: readonly Finding[],
	context: EvidenceContext
): string | null {
	return (
		context.expectedName ??
		findings.find((finding) => finding.id === 'connector-tls-domain')?.detail ??
		null
	);
}

/** The paste's lines, as the readers take them. */
export function linesOf(text: string): string[] {
	return text.split(/\r\n?|\n/, MAX_LINES);
}

/**
 * The findings of every text reader, in reader order (DNS, TCP, SMTP, TLS, Exchange, certificates
 * as text). `now` is the date certificates are judged on. Never throws.
 */
export function readEvidence(text: string, now: Date, context: EvidenceContext): Finding[] {
	const lines = linesOf(text);
	const exchange = readExchangeAt(lines, now);
	return [
		...readDns(lines),
		...readTcp(lines),
		...readSmtp(lines),
		...readTls(lines),
		...exchange,
		...judgeChain(readCertificateText(lines), now, expectedNameOf(exchange, context))
	];
}

/** True when the paste holds a PEM certificate block: `readPemEvidence` has something to read. */
export function hasPem(text: string): boolean {
	return text.includes(PEM_BEGIN);
}

/**
 * The findings of the paste's PEM certificates, judged on `now` against the expected name. Loads the
 * DER decoder on first use. Unreadable blocks become a `cert-unreadable` finding each.
 */
export async function readPemEvidence(
	text: string,
	now: Date,
	expectedName: string | null
): Promise<Finding[]> {
	const { readPemCertificates } = await import('./x509');
	const reading = readPemCertificates(text);
	const unreadable: Finding[] = reading.unreadable.map((line) => ({
		id: 'cert-unreadable',
		line: `${PEM_BEGIN} (line ${line})`
	}));
	return [...judgeChain(reading.certificates, now, expectedName), ...unreadable];
}

/**
 * Both sets of findings as one list: the PEM findings add what the transcript's words did not say,
 * and "certificate fine" stays only while nothing says otherwise.
 */
export function mergeFindings(text: readonly Finding[], pem: readonly Finding[]): Finding[] {
	const ids = new Set(text.map((finding) => finding.id));
	const merged = [...text, ...pem.filter((finding) => !ids.has(finding.id))];
	const problem = merged.some(
		(finding) => finding.id.startsWith('cert-') && finding.id !== 'cert-ok'
	);
	return problem ? merged.filter((finding) => finding.id !== 'cert-ok') : merged;
}
