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
	// A lone "250 OK" answers MAIL FROM or RCPT TO; an EHLO reply has several lines.
	const multiLine = lines.some((line) => /^\s*250-/.test(line));
	// A 421 or 554 is a greeting only in a session (or as the text's first line): quoted in a
	// question or an NDR ("554 5.6.11 SMTPSEND.BareLinefeedsAreIllegal"), it is the error itself.
	const session = lines.some((line) => SESSION_LINE.test(line));
	const first = lines.findIndex((line) => line.trim() !== '');
	for (const [at, raw] of lines.entries()) {
		const line = raw.trim();
		if (TRANSCRIPT_START.test(line)) inTranscript = true;
		if (inTranscript) {
			if (line === 'DONE' || line.startsWith('closed')) inTranscript = false;
			continue;
		}
		const reply = REPLY.exec(line);
		if (!reply) continue;
		const [, code, separator, text = ''] = reply;
		const greeting =
			code === '220' || ((code === '421' || code === '554') && (session || at === first));
		if (!greeted && greeting) {
			greeted = true;
			if (MASKED_BANNER.test(line)) add('smtp-inspection', line, 'banner');
			else if (code === '220') add('smtp-banner-ok', line, text.slice(0, 80));
			else add('smtp-banner-error', line, `${code} ${text.slice(0, 80)}`);
			continue;
		}
		if (code === '250') {
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
		if (/^451 5\.7\.3\b/.test(line) || /STARTTLS is required/i.test(text)) {
			add('starttls-required', line);
		} else if (BUSY_REPLY.exec(line)?.index === 0) add('smtp-busy', line, line.slice(0, 9));
		else if (greeted && (code === '421' || code === '554') && !seen.has('smtp-banner-error')) {
			add('smtp-banner-error', line, `${code} ${text.slice(0, 80)}`);
		}
	}
	return findings;
}
