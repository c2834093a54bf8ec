/**
 * What findings mean for the rest of the app: the catalog entries they point to (ranked first in the
 * results) and the wizard answers they prove. A finding answers a question only where its text is
 * the answer itself: "Didn't find STARTTLS" from s_client could be a server without TLS, a masking
 * firewall or a refusing server, so it answers nothing; the same absence in a complete EHLO reply
 * read from telnet answers "no STARTTLS".
 */
import type { Facts } from '../wizard/prefill';
import type { Finding, FindingId } from './types';

/** The entries each finding points to, most specific first (codes of the catalog). */
export const FINDING_CODES: Readonly<Record<FindingId, readonly string[]>> = {
	'dns-resolved': [],
	'dns-nxdomain': ['4.4.312'],
	'dns-servfail': ['4.4.312'],
	'dns-no-records': ['4.4.312'],
	'dns-timeout': ['4.4.312'],
	// The lookup failed before the name was asked: a DNS failure, of the test's resolver.
	'dns-resolver-unreachable': ['4.4.312'],
	'dns-aaaa': [],
	'dns-resolver': [],
	'tcp-open': [],
	'tcp-refused': ['4.4.316'],
	'tcp-timeout': ['4.4.315'],
	'tcp-failed': ['4.4.315', '4.4.316'],
	'tcp-name-unresolved': ['4.4.312'],
	'smtp-banner-ok': [],
	'smtp-banner-error': ['4.4.317'],
	'smtp-inspection': ['4.4.317', '4.4.318'],
	'starttls-offered': [],
	'starttls-missing': ['4.4.317'],
	'starttls-required': ['4.4.317'],
	'smtp-busy': ['4.4.317'],
	// A session the server closed after its greeting: "connection closed abruptly" (4.4.318); one
	// closed before any greeting is the session that could not be set up (4.4.317), then 4.4.318.
	'smtp-closed': ['4.4.318'],
	'smtp-closed-at-once': ['4.4.317', '4.4.318'],
	'tls-ok': [],
	'tls-handshake-failed': ['4.4.317'],
	'tls-old-version': ['4.4.317'],
	'cert-ok': [],
	'cert-expired': ['4.7.320'],
	'cert-not-yet-valid': ['4.7.320'],
	'cert-name-mismatch': ['4.7.320'],
	'cert-self-signed': ['4.7.320'],
	'cert-untrusted': ['4.7.320'],
	'cert-chain-incomplete': ['4.7.320'],
	'cert-weak': ['4.7.320'],
	'cert-revocation-failed': ['4.7.320'],
	'cert-no-smtp': ['4.4.317', '4.7.320'],
	'cert-unreadable': [],
	'cert-many-names': [],
	'receive-connector-no-tls': ['4.4.317'],
	'receive-connector-stale-certificate': ['4.4.317', '4.7.320'],
	'connector-uses-mx': ['4.4.312'],
	'connector-smart-host': [],
	'connector-tls-domain': [],
	'test-vantage': [],
	// The preflight's (lib/preflight): the outbound connector's TlsDomain is none of the certificate's
	// names (SubjectMismatch), the root Exchange Online's certificates chain to is not trusted (the
	// STARTTLS failure of 4.4.317: Exchange Team post on DigiCert Global Root G2), a send connector
	// naming a certificate the server no longer has (454 4.7.5).
	'connector-tls-domain-not-covered': ['4.7.320'],
	'root-g2-missing': ['4.4.317'],
	'cert-expiring-soon': [],
	'send-connector-stale-certificate': ['4.7.5'],
	// A server log (src/lib/logs). A session of Microsoft 365's that reached the server is a fact; a
	// TLS failure or a reply without STARTTLS is the session that could not be set up (4.4.317);
	// a cut one, the connection closed abruptly (4.4.318); no session at all at the NDR's time,
	// the connection that never reached the server (refused or timed out before it).
	'log-m365-session': [],
	'log-no-m365-session': ['4.4.316', '4.4.315'],
	'log-tls-failed': ['4.4.317'],
	'log-starttls-missing': ['4.4.317'],
	'log-certificate-sent': [],
	'log-session-reset': ['4.4.318'],
	// The code of the reply itself, when the catalog has it (codesFromFindings).
	'log-rejected': []
};

/** Where a finding's detail marks the reader that made it (see readSmtp and readTls). */
export const FROM_EHLO = 'EHLO';
export const FROM_OPENSSL = 'openssl';
/** Protocols a modern handshake settles on: a success with them proves TLS 1.2 works. */
const MODERN_TLS = /^TLSv1\.[23]$/;
/** Hosts that are the machine the test ran on: a result there is about the server itself. */
const LOCAL_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|::1)$/i;

/** The detail worth showing beside a finding: not the markers of the reader that made it. */
export function shownDetail(finding: Finding): string | null {
	const detail = finding.detail;
	// A test's vantage is said in words of its own (data/evidence-text.ts vantageTexts).
	if (finding.id === 'test-vantage') return null;
	return detail === undefined || detail === FROM_EHLO || detail === FROM_OPENSSL ? null : detail;
}

/** The wizard answer (question id, answer id) a finding proves, or null. */
function answerOf(finding: Finding): readonly [string, string] | null {
	const local = finding.subject !== undefined && LOCAL_HOST.test(finding.subject);
	switch (finding.id) {
		case 'dns-nxdomain':
		case 'dns-servfail':
		case 'dns-no-records':
			return ['smarthost-resolves', 'no'];
		case 'tcp-open':
			return local ? ['server-listening', 'yes'] : null;
		case 'tcp-refused':
		case 'tcp-failed':
			return local ? ['server-listening', 'no'] : null;
		case 'smtp-banner-error':
			return ['ehlo-reply', 'error'];
		case 'smtp-inspection':
			return ['ehlo-reply', 'masked'];
		case 'starttls-offered':
			return ['ehlo-reply', 'starttls'];
		case 'starttls-missing':
			return finding.detail === FROM_EHLO ? ['ehlo-reply', 'no-starttls'] : null;
		case 'starttls-required':
			return ['inner-reply', 'starttls-required'];
		case 'smtp-busy':
			return ['inner-reply', 'busy'];
		case 'tls-ok':
			return finding.detail !== undefined && MODERN_TLS.test(finding.detail)
				? ['tls-handshake', 'yes']
				: null;
		case 'tls-old-version':
			return ['tls-handshake', 'only-old'];
		case 'cert-ok':
			return finding.detail === FROM_OPENSSL ? ['verify-result', 'ok'] : ['cert-expired', 'no'];
		case 'cert-expired':
			return ['cert-expired', 'yes'];
		case 'cert-self-signed':
		case 'cert-untrusted':
		case 'cert-chain-incomplete':
			return ['verify-result', 'untrusted'];
		case 'cert-revocation-failed':
			return ['cert-status', 'revocation'];
		case 'receive-connector-stale-certificate':
			return ['tls-certificate-name', 'old'];
		case 'connector-uses-mx':
			return ['connector-route', 'uses-mx'];
		case 'connector-tls-domain':
			return ['tls-required', 'domain-validation'];
		case 'connector-tls-domain-not-covered':
			return ['cert-name-matches', 'no'];
		// Only the Exchange Receive log writes the server's whole EHLO reply: its absence there is
		// the answer; Postfix's counters only show the client did not start TLS.
		case 'log-starttls-missing':
			return finding.log?.source === 'exchange-receive' ? ['ehlo-reply', 'no-starttls'] : null;
		// A session from Microsoft 365's address at the NDR's time reached the server: the firewall
		// let it in.
		case 'log-m365-session':
			return finding.log?.matches.includes('time') ? ['firewall-allows', 'yes'] : null;
		// Other clients' sessions at the NDR's time: the server was up and accepting connections.
		case 'log-no-m365-session':
			return finding.log?.matches.includes('time') && (finding.log.others ?? 0) > 0
				? ['server-listening', 'yes']
				: null;
		default:
			return null;
	}
}

/** One wizard answer proved by a finding, with the finding that proves it. */
export interface ProvedAnswer {
	readonly question: string;
	readonly answer: string;
	readonly finding: Finding;
}

/**
 * The wizard answers the findings prove. When two findings prove different answers to one question
 * (two transcripts that disagree), the question is left to the admin: nothing is claimed.
 */
export function provedAnswers(findings: readonly Finding[]): ProvedAnswer[] {
	const byQuestion = new Map<string, ProvedAnswer | null>();
	for (const finding of findings) {
		const proved = answerOf(finding);
		if (proved === null) continue;
		const [question, answer] = proved;
		const before = byQuestion.get(question);
		if (before === undefined) byQuestion.set(question, { question, answer, finding });
		else if (before !== null && before.answer !== answer) byQuestion.set(question, null);
	}
	return [...byQuestion.values()].filter((proved) => proved !== null);
}

/** Proved answers as wizard facts (question id -> answer id). */
export function factsFromProved(proved: readonly ProvedAnswer[]): Facts {
	return Object.fromEntries(proved.map((p) => [p.question, p.answer]));
}

/** The answers the findings prove, as wizard facts. */
export function factsFromFindings(findings: readonly Finding[]): Facts {
	return factsFromProved(provedAnswers(findings));
}

/** The catalog codes the findings point to, in the order of the findings, each once. */
export function codesFromFindings(findings: readonly Finding[]): string[] {
	return [...new Set(findings.flatMap(codesOf))];
}

/** A reply's enhanced status code (`454 4.7.1 …`: 4.7.1), for a `log-rejected` finding. */
const REPLY_CODE = /^[245]\d\d[ -]([245]\.\d{1,3}\.\d{1,3})\b/;

function codesOf(finding: Finding): readonly string[] {
	if (finding.id !== 'log-rejected') return FINDING_CODES[finding.id];
	const code = REPLY_CODE.exec(finding.detail ?? '')?.[1];
	return code === undefined ? [] : [code];
}
