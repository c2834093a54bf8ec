/**
 * Pasted command output, read as evidence: every reader runs over the same lines, so a paste that
 * mixes an NDR, a dig, a telnet session and an s_client transcript reads as one story. The text
 * readers are small and ship with the first visit; pasted PEM certificates need a DER decoder, which
 * `readPemEvidence` loads only when a paste holds one.
 */
import { judgeChain } from './certcheck';
import { readDns } from './dns';
import { readResolver } from './resolver';
import { readExchangeAt } from './exchange';
import { readOutside } from './outside';
import { readSmtp } from './smtp';
import { readCertificateText, readTls } from './tls';
import { MAX_LINES, type Finding } from './types';
import { readTcp } from './tcp';
import { runSteps, type Steps } from '../reading/steps';
import { readServerLogs, type NdrFacts } from '../logs';

export type { Finding, FindingId, Vantage } from './types';
export { FINDING_IDS, VANTAGES, isVantage } from './types';
export {
	codesFromFindings,
	factsFromFindings,
	factsFromProved,
	provedAnswers,
	shownDetail,
	type ProvedAnswer
} from './effects';

/** What the findings are checked against, read from the same paste by the NDR parser. */
export interface EvidenceContext {
	/**
	 * The name a certificate must cover: the connector's TlsDomain or the "Expected Subject" of a
	 * SubjectMismatch. Only DomainValidation checks a name, and against TlsDomain
	 * (docs/sources.md: Set-OutboundConnector).
	 */
	readonly expectedName: string | null;
	/** What the NDR of the same paste says, to match a server log's sessions to it. */
	readonly ndr?: NdrFacts;
}

const PEM_BEGIN = '-----BEGIN CERTIFICATE-----';

/** Findings whose subject is the host the paste tested (a DNS lookup, a connection). */
const TESTED_HOST = new Set([
	'dns-resolved',
	'tcp-open',
	'tcp-refused',
	'tcp-timeout',
	'tcp-failed'
]);
/** A host name (not an address, not this machine): a certificate can be checked against it. */
const HOST_NAME = /^(?!localhost$)(?=.{1,253}$)(?:[a-z0-9-]{1,63}\.)+[a-z]{2,63}$/i;

/**
 * The name certificates must cover: the context's (an NDR's Expected Subject), else the TlsDomain of
 * a pasted Get-OutboundConnector with DomainValidation, else the host the same paste tested.
 */
export function expectedNameOf(
	findings: readonly Finding[],
	context: EvidenceContext
): string | null {
	return (
		context.expectedName ??
		findings.find((finding) => finding.id === 'connector-tls-domain')?.detail ??
		findings.find(
			(finding) =>
				TESTED_HOST.has(finding.id) &&
				finding.subject !== undefined &&
				HOST_NAME.test(finding.subject)
		)?.subject ??
		null
	);
}

/**
 * Words without which a tool's output cannot be in a paste: a reader runs only where its tool shows.
 * An NDR with megabytes of attachment lines is then not read line by line by every reader.
 */
const DNS_OUTPUT =
	/resolve-dnsname|nslookup|\bdig\b|->>HEADER<<-|can't find|has (?:ipv6 )?address|mail is handled by|has no [a-z]{1,10} record|\bhost\s|not found: \d|request timed out|communications error to|no servers could be reached|connection timed out|non-authoritative|^\s*name:|\sIN\s+(?:A|AAAA|MX|CNAME|SOA|NS)\s/im;
const TCP_OUTPUT =
	/test-netconnection|tcptestsucceeded|\bnc\b|ncat|netcat|telnet|port \[?tcp|connected to|connection refused|timed out|trying [\d[]|could not open connection|unable to connect|name resolution of|name or service not known/i;

/**
 * A line of base64 (an attachment of the returned message, a certificate's body): no tool prints
 * its findings in one, and an NDR carries thousands of them.
 */
const BASE64_LINE = /^[A-Za-z0-9+/]{60,}={0,2}$/;

/** The paste's lines, as the text readers take them: base64 lines left out. */
export function linesOf(text: string): string[] {
	return text.split(/\r\n?|\n/, MAX_LINES).filter((line) => !BASE64_LINE.test(line));
}

/**
 * The findings of every text reader, in reader order (DNS, TCP, SMTP, TLS, Exchange, certificates
 * as text). `now` is the date certificates are judged on. Never throws.
 */
export function readEvidence(text: string, now: Date, context: EvidenceContext): Finding[] {
	return runSteps(readEvidenceSteps(text, now, context));
}

/**
 * `readEvidence` in steps (lib/reading/steps.ts): it yields after each reader, so a page reading
 * megabytes itself can paint between them. A reader is one entry of the list: it yields likewise.
 */
export function* readEvidenceSteps(
	text: string,
	now: Date,
	context: EvidenceContext
): Steps<Finding[]> {
	const lines = linesOf(text);
	const dns = DNS_OUTPUT.test(text);
	yield;
	const readers: (() => readonly Finding[])[] = [
		() => (dns ? readDns(lines) : []),
		() => (dns ? readResolver(lines) : []),
		() => (TCP_OUTPUT.test(text) ? readTcp(lines) : []),
		() => readSmtp(lines),
		() => readTls(lines),
		() => readOutside(lines),
		() => readExchangeAt(lines, now),
		() => readServerLogs(text, lines, context.ndr ?? { ip: null, present: false }, now)
	];
	const findings: Finding[] = [];
	for (const read of readers) {
		// One by one: a reader can return tens of thousands (too many for push's arguments).
		for (const finding of read()) findings.push(finding);
		yield;
	}
	const certificates = readCertificateText(lines);
	return [...findings, ...judgeChain(certificates, now, expectedNameOf(findings, context))];
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
	const reading = readPemCertificates(text, expectedName);
	// The reason is said in words on the page (unreadableTexts in src/data/evidence-text.ts).
	const unreadable: Finding[] = reading.unreadable.map(({ lineNumber, reason }) => ({
		id: 'cert-unreadable',
		line: PEM_BEGIN,
		lineNumber,
		detail: reason
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
		(finding) =>
			finding.id.startsWith('cert-') && finding.id !== 'cert-ok' && finding.id !== 'cert-many-names'
	);
	return problem ? merged.filter((finding) => finding.id !== 'cert-ok') : merged;
}
