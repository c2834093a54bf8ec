/**
 * The paste parser: whatever an admin pastes (an NDR's source or body, a message-trace detail, a
 * queue LastError, the alert flyout, a bare code) becomes a Diagnosis: the codes in order of
 * importance, the destination, the socket/DNS/TLS error, and the likely causes.
 *
 * Work is linear in the input: MIME is walked once per nesting level (bounded), lines are scanned
 * for codes from dot to dot with a bounded check at each, and the detail patterns are literal
 * markers with bounded character classes. Input past MAX_INPUT is not read.
 */
import { queuedForm } from '../codes/grammar';
import { findCodes, type CodeHit } from './codes';
import { readDetails } from './details';
import { readableTexts } from './mime';
import { codeContext, likelyCauses, readSignals } from './rules';
import { hasTraceField, MAX_INPUT } from './input';
import type { Diagnosis, FoundCode } from './types';
import { runSteps, type Steps } from '../reading/steps';

export type {
	CodeRole,
	Details,
	Diagnosis,
	DnsResult,
	FoundCode,
	TlsFinding,
	TlsKind
} from './types';
export { CAUSE_RULES, type CauseRule } from './rules';
export { looksLikePaste, MAX_INPUT } from './input';

/** Code occurrences collected before the scan stops looking for more. */
const MAX_OCCURRENCES = 500;
/** Distinct codes reported. */
const MAX_CODES = 50;

/**
 * How much a code's position says that it is the final code for the failed recipient. Ordered by
 * the sources the reference names: the delivery-status fields (RFC 3464 §2.3.4 Status, §2.3.6
 * Diagnostic-Code), the message trace's LED=, the attempt history of "Diagnostic information for
 * administrators" (newest attempt first), labelled lines, a line that starts with a reply, prose.
 */
const SCORE = {
	status: 100,
	diagnosticCode: 90,
	trace: 85,
	finalAttempt: 80,
	earlierAttempt: 75,
	labelled: 70,
	replyLine: 60,
	adminSection: 40,
	prose: 20,
	/** A second code on a line is the remote server's reply quoted inside the first one. */
	inner: 5
} as const;

/** Line starts and phrases that label the code after them as the error. */
const LABELS = [
	'status code:',
	'reported error:',
	'said:',
	'<<<',
	'(reason:',
	'lasterror',
	'last error'
];

/**
 * Where the copy of the original message starts in a text report (Exchange in English, Italian,
 * French, German and Spanish; qmail; Exim). Codes after it belong to other messages.
 */
const ORIGINAL_MESSAGE_MARKERS = [
	'original message headers',
	'intestazioni del messaggio originale',
	"en-têtes de message d'origine",
	'ursprüngliche nachrichtenkopfzeilen',
	'kopfzeilen der ursprünglichen nachricht',
	'encabezados del mensaje original',
	'below this line is a copy of the message',
	'this is a copy of the message, including all the headers'
];

/** The longest original-message marker: only that much of a line needs comparing. */
const LONGEST_MARKER = Math.max(...ORIGINAL_MESSAGE_MARKERS.map((marker) => marker.length));
/** Characters before a marker: white space and a rule of "-", "*" or "=", at most this many. */
const MARKER_LEAD = 60;
const LEAD_CHARS: ReadonlySet<number> = new Set([9, 32, 42, 45, 61]);

/** Headings of the section of an Exchange NDR written for administrators. */
const ADMIN_MARKERS = [
	'diagnostic information for administrators',
	'informazioni di diagnostica per gli amministratori',
	'informations de diagnostic pour les administrateurs',
	'diagnoseinformationen für administratoren',
	'información de diagnóstico para administradores',
	'more info for email admins'
];

interface Line {
	readonly text: string;
	readonly inAdmin: boolean;
}

function isOriginalMessageMarker(line: string): boolean {
	// Skip white space and a rule of "-", "*" or "=" by index: this runs on every line of a paste,
	// so it must not copy the line (100,000 header lines would mean 300,000 strings).
	let at = 0;
	while (at < line.length && at < MARKER_LEAD && LEAD_CHARS.has(line.charCodeAt(at))) at++;
	const start = line.slice(at, at + LONGEST_MARKER).toLowerCase();
	return ORIGINAL_MESSAGE_MARKERS.some((marker) => start.startsWith(marker));
}

/**
 * The logical lines of the readable texts: each text ends at the copy of the original message;
 * a line that starts with white space continues the previous one (as header folding does, RFC 5322
 * §2.2.3), which rejoins wrapped Postfix reports ("said: 550\n    5.4.1 …") and Format-List output.
 */
function logicalLines(texts: readonly string[]): Line[] {
	const lines: Line[] = [];
	for (const text of texts) {
		let inAdmin = false;
		let current: string | null = null;
		const flush = () => {
			if (current === null) return;
			lines.push({ text: current, inAdmin });
			if (!inAdmin) {
				const lower = current.toLowerCase();
				if (ADMIN_MARKERS.some((m) => lower.includes(m))) inAdmin = true;
			}
			current = null;
		};
		for (const raw of text.split('\n')) {
			if (isOriginalMessageMarker(raw)) break;
			const first = raw.charCodeAt(0);
			if ((first === 32 || first === 9) && current !== null) {
				const rest = raw.trim();
				if (rest.length > 0) current = `${current} ${rest}`;
				continue;
			}
			flush();
			current = raw;
		}
		flush();
	}
	return lines;
}

interface Occurrence {
	readonly hit: CodeHit;
	readonly score: number;
	readonly seq: number;
	/** Read from an earlier delivery attempt of the attempt history. */
	readonly attempt: boolean;
}

function lineScore(lower: string, first: CodeHit, inAdmin: boolean, attempts: number): number {
	const trimmed = lower.trimStart();
	if (trimmed.startsWith('status:')) return SCORE.status;
	if (trimmed.startsWith('diagnostic-code:')) return SCORE.diagnosticCode;
	if (hasTraceField(lower)) return SCORE.trace;
	if (isAttemptLine(lower)) return attempts === 0 ? SCORE.finalAttempt : SCORE.earlierAttempt;
	if (LABELS.some((label) => lower.includes(label))) return SCORE.labelled;
	if (first.reply !== null && trimmed.startsWith(first.asFound.toLowerCase())) {
		return SCORE.replyLine;
	}
	return inAdmin ? SCORE.adminSection : SCORE.prose;
}

/** "Remote Server at X returned '550 …'" / "Server at X (ip) returned '450 …'" (Exchange NDR). */
function isAttemptLine(lower: string): boolean {
	return lower.includes("returned '") || lower.includes('returned "');
}

function scanCodes(lines: readonly Line[]): Occurrence[] {
	const found: Occurrence[] = [];
	let attempts = 0;
	for (const line of lines) {
		if (found.length >= MAX_OCCURRENCES) break;
		const hits = findCodes(line.text, MAX_OCCURRENCES - found.length);
		const [first] = hits;
		if (first === undefined) continue;
		const lower = line.text.toLowerCase();
		const score = lineScore(lower, first, line.inAdmin, attempts);
		const attempt = isAttemptLine(lower);
		hits.forEach((hit, index) => {
			found.push({
				hit,
				score: index === 0 ? score : SCORE.inner,
				seq: found.length,
				attempt: attempt && attempts > 0 && index === 0
			});
		});
		if (attempt) attempts++;
	}
	return found;
}

interface Ranked {
	code: string;
	reply: string | null;
	asFound: string;
	attempt: boolean;
}

/** One entry per code, best occurrence first; the reply is taken from any occurrence that has one. */
function rankCodes(found: readonly Occurrence[]): FoundCode[] {
	const sorted = [...found].sort((a, b) => b.score - a.score || a.seq - b.seq);
	const byCode = new Map<string, Ranked>();
	for (const { hit, attempt } of sorted) {
		const entry = byCode.get(hit.code);
		if (entry === undefined) {
			byCode.set(hit.code, { code: hit.code, reply: hit.reply, asFound: hit.asFound, attempt });
			continue;
		}
		entry.attempt ||= attempt;
		if (entry.reply === null && hit.reply !== null) {
			entry.reply = hit.reply;
			entry.asFound = hit.asFound;
		}
	}
	const ranked = [...byCode.values()];
	// A success code (a telnet session's "221 2.0.0" goodbye) is never the failure being reported.
	const failing = ranked.findIndex((r) => !r.code.startsWith('2.'));
	const head = ranked[failing];
	if (head === undefined) {
		return ranked
			.map((r): FoundCode => ({ code: r.code, reply: r.reply, asFound: r.asFound, role: 'other' }))
			.slice(0, MAX_CODES);
	}
	const rest = ranked.filter((_, i) => i !== failing);
	const primary: FoundCode = {
		code: head.code,
		reply: head.reply,
		asFound: head.asFound,
		role: 'primary'
	};
	const related = rest.map((r): FoundCode => {
		const retry = r.code.startsWith('4.') && (r.attempt || sameFailure(head.code, r.code));
		return { code: r.code, reply: r.reply, asFound: r.asFound, role: retry ? 'retry' : 'other' };
	});
	return [
		primary,
		...related.filter((c) => c.role === 'retry'),
		...related.filter((c) => c.role === 'other')
	].slice(0, MAX_CODES);
}

/**
 * 5.4.316 and 4.4.316: the permanent NDR form of a queued code
 * (docs/sources.md: Mail flow intelligence). `other` is never the
 * primary code itself (codes are distinct here), so a 4.x.x primary matches nothing.
 */
function sameFailure(primary: string, other: string): boolean {
	return queuedForm(primary) === other;
}

/**
 * Codes that mean the retries are over: RFC 3463 X.4.7 (delivery time expired) and Exchange
 * Online's 5.4.3xx NDR forms ("550 5.4.316 Message expired, …", 5.4.300 "message expired").
 */
function isExpiryCode(code: string): boolean {
	const [cls, subject, detail] = code.split('.');
	if (subject !== '4') return false;
	if (detail === '7') return true;
	const n = Number(detail);
	return cls === '5' && n >= 300 && n <= 399;
}

/**
 * Reads a pasted error text. Never throws; reports only what the text shows (no code is ever
 * derived from version numbers, addresses or dates).
 */
export function parsePaste(text: string): Diagnosis {
	return runSteps(parsePasteSteps(text));
}

/**
 * `parsePaste` in steps (lib/reading/steps.ts): it yields between its phases (decoding, lines,
 * codes, details), so a page reading megabytes itself can paint between them.
 */
export function* parsePasteSteps(text: string): Steps<Diagnosis> {
	const input = text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text;
	const texts = readableTexts(input);
	yield;
	const lines = logicalLines(texts);
	yield;
	const codes = rankCodes(scanCodes(lines));
	yield;
	const primary = codes.find((c) => c.role === 'primary') ?? null;
	const doc = lines.map((l) => l.text).join('\n');
	const lower = doc.toLowerCase();
	const details = readDetails(doc);
	yield;
	const main = codes.filter((c) => c.role !== 'other');
	const expired =
		main.some((c) => isExpiryCode(c.code)) ||
		lower.includes('queue.expired') ||
		lower.includes('message expired');
	const signals = readSignals(lower, codes);
	yield;
	const causes = likelyCauses({
		codes: main,
		context: codeContext(primary),
		socket: details.socketError,
		dns: details.dns,
		tls: details.tls?.kind ?? null,
		signals
	});
	return { codes, primary, ...details, expired, causes };
}
