/**
 * An SMTP conversation as telnet, nc or PuTTY show it: the greeting, the EHLO reply and what came
 * after (the transcripts of tests/fixtures/evidence). What a firewall's SMTP inspection does to it is visible
 * here and nowhere else: a greeting of asterisks, `250-XXXXXXXA` where STARTTLS was.
 */
import { FROM_EHLO } from './effects';
import { proof, type Finding, type FindingId } from './types';

/** A reply line: three digits, then a space (last line) or a hyphen (more lines follow). */
const REPLY = /^([2-5]\d\d)([ -])(.{0,400})$/;
/** What an SMTP inspection puts in place of the banner or of an extension it does not allow. */
const MASKED_BANNER = /^220[ -][*\s]{6,}/;
const MASKED_EXTENSION = /^250[ -]X{4,}A?\s*$/i;
/**
 * Back pressure, the per-source limit and a draining server
 * (docs/sources.md: Back pressure, Message rate limits): the replies, where
 * a transcript's line starts with them or an NDR's diagnostic quotes them.
 */
export const BUSY_REPLY = /\b(?:452 4\.3\.1|421 4\.3\.2)\b/;
/** Lines that open or close an s_client transcript: its replies are after TLS, not the greeting. */
/** Lines of a session transcript: telnet's and nc's connection lines, commands, replies to EHLO. */
const SESSION_LINE =
	/^\s*(?:Trying \S|Connected to |Escape character|Connection to \S+ \S+ port|EHLO |HELO |250[- ])/i;
const TRANSCRIPT_START = /^(?:CONNECTED\(|depth=\d|Didn't find STARTTLS)/;
/**
 * What swaks and `curl -v` put before each line of the conversation (tests/fixtures/evidence/real:
 * swaks-*.txt, curl-*.txt): swaks `<-  `, `<** ` (an error reply), `<~  ` (after TLS), ` -> `,
 * `=== `; curl `< `, `> `. Without it the replies read as telnet's.
 */
const TOOL_PREFIX = /^(?:<[-~*][* ]?\s{1,2}|<\*\*\s|<\s|[-~]>\s{1,2}|>\s|===\s)/;
/** The session ends: telnet's, swaks's and ncat's words for a connection the server closed. */
const CLOSED = [
	'Connection closed by foreign host.',
	'*** Remote host closed connection unexpectedly.',
	'Ncat: Broken pipe.',
	'Ncat: Connection reset by peer.'
];
/** Replies after which a close is the server's answer, not a cut: 221 (QUIT), 421, 554. */
const CLOSING_REPLY = /^(?:221|421|554)$/;

/**
 * Reads the replies of an SMTP conversation: `smtp-banner-ok` or `smtp-banner-error` (a 421 or 554
 * in place of the greeting), `smtp-inspection` (asterisks, or `250-XXXXXXXA`), `starttls-offered`,
 * `starttls-missing` (a complete EHLO reply without it), `starttls-required` (451 5.7.3) and
 * `smtp-busy` (452 4.3.1, 421 4.3.2 later in the session). Lines inside an s_client transcript are
 * left to the TLS reader: the EHLO it shows is the one sent after the handshake.
 */
export function readSmtp(lines: readonly string[]): Finding[] {
	const findings: Finding[] = [];
	const seen = new Set<FindingId>();
	const add = (id: FindingId, line: string, detail?: string) => {
		if (seen.has(id)) return;
		seen.add(id);
		findings.push({ id, line: proof(line), ...(detail !== undefined ? { detail } : {}) });
	};
	let greeted = false;
	let ehloHasStarttls = false;
	let ehloMasked = false;
	let inTranscript = false;
	// After "220 Ready to start TLS" the EHLO repeated inside TLS lists no STARTTLS, rightly.
	let tlsStarted = false;
	let lastCode: string | null = null;
	// A lone "250 OK" answers MAIL FROM or RCPT TO; an EHLO reply has several lines.
	const multiLine = lines.some((line) => /^\s*250-/.test(line.replace(TOOL_PREFIX, '')));
	// A 421 or 554 is a greeting only in a session (or as the text's first line): quoted in a
	// question or an NDR ("554 5.6.11 SMTPSEND.BareLinefeedsAreIllegal"), it is the error itself.
	const session = lines.some((line) => SESSION_LINE.test(line.replace(TOOL_PREFIX, '')));
	const first = lines.findIndex((line) => line.trim() !== '');
	for (const [at, raw] of lines.entries()) {
		const trimmed = raw.trim();
		const line = raw.replace(TOOL_PREFIX, '').trim();
		if (CLOSED.includes(trimmed)) {
			if (lastCode === null || !CLOSING_REPLY.test(lastCode)) {
				add(greeted ? 'smtp-closed' : 'smtp-closed-at-once', trimmed);
			}
			continue;
		}
		if (TRANSCRIPT_START.test(line)) inTranscript = true;
		if (inTranscript) {
			if (line === 'DONE' || line.startsWith('closed')) inTranscript = false;
			continue;
		}
		const reply = REPLY.exec(line);
		if (!reply) continue;
		const [, code = '', separator, text = ''] = reply;
		lastCode = code;
		const greeting =
			code === '220' || ((code === '421' || code === '554') && (session || at === first));
		if (!greeted && greeting) {
			greeted = true;
			if (MASKED_BANNER.test(line)) add('smtp-inspection', line, 'banner');
			else if (code === '220') add('smtp-banner-ok', line, text.slice(0, 80));
			else add('smtp-banner-error', line, `${code} ${text.slice(0, 80)}`);
			continue;
		}
		if (code === '220' && /\bready to start TLS\b|\bstart TLS\b/i.test(text)) {
			tlsStarted = true;
			continue;
		}
		if (code === '250') {
			if (tlsStarted) continue;
			if (/^STARTTLS\b/i.test(text)) ehloHasStarttls = true;
			if (MASKED_EXTENSION.test(line)) ehloMasked = true;
			if (separator === ' ') {
				// The last line of a multi-line EHLO reply: the extension list is complete.
				if (ehloMasked) add('smtp-inspection', line, '250-XXXXXXXA');
				else if (ehloHasStarttls) add('starttls-offered', line);
				else if (multiLine) add('starttls-missing', line, FROM_EHLO);
			}
			continue;
		}
		// Exchange's 451 5.7.3, and Postfix's 530 5.7.0 (smtpd_tls_security_level = encrypt).
		if (
			/^451 5\.7\.3\b/.test(line) ||
			/STARTTLS is required|Must issue a STARTTLS command first/i.test(text)
		) {
			add('starttls-required', line);
		} else if (BUSY_REPLY.exec(line)?.index === 0) add('smtp-busy', line, line.slice(0, 9));
		else if (greeted && (code === '421' || code === '554') && !seen.has('smtp-banner-error')) {
			add('smtp-banner-error', line, `${code} ${text.slice(0, 80)}`);
		}
	}
	return findings;
}
