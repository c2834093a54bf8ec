/**
 * Reading the facts around a code: destination host, IP and port, the diagnostic message, socket,
 * DNS and TLS errors, the last retry time. Every pattern here is a literal marker followed by a
 * bounded character class: no nested or unbounded quantifiers, so each one runs in linear time.
 */
import { portNumber } from '../net/address';
import type { Details, DnsResult, TlsFinding, TlsKind } from './types';

/** Matches of one marker examined before giving up on it: a bound on work, not on correctness. */
const MAX_TRIES = 64;
/** Longest diagnostic message kept. */
const MAX_DETAIL = 1000;

// Destination host sources, best first (as real bounces and traces print them, tests/fixtures): the transport's own fields, the message trace's,
// the flyout's, then the NDR's attempt history, then a Postfix or DSN report of the remote MTA.
const LAST_SERVER = /LastAttemptedServerName=([^\]\s;}]{0,255})/gi;
const TRACE_FQDN = /(?<![A-Za-z])FQDN=([^\]\s;}]{0,255})/gi;
const PROXY_HOST = /OutboundProxyTargetHostName:[ \t]{0,20}([^\s\]]{0,255})/gi;
const DESTINATION = /Destination server:[ \t]{0,20}([^\s\]]{1,255})/gi;
const SERVER_AT = /Server at[ \t]{1,5}([^\s()'"]{1,255})(?:[ \t]{1,5}\(([^()\s]{1,80})\))?/gi;
const POSTFIX_HOST = /(?<![A-Za-z])host[ \t]{1,5}([A-Za-z0-9.-]{1,255})\[([0-9A-Fa-f.:]{2,45})\]/gi;
const REMOTE_MTA = /^Remote-MTA:[ \t]{0,5}dns;[ \t]{0,5}([^\s;]{1,255})/gim;
/** Get-Queue's NextHopDomain (Format-List pads the name with spaces before the colon). */
const NEXT_HOP = /NextHopDomain[ \t]{0,40}:[ \t]{0,20}([^\s\]]{1,255})/gi;

// IP sources, best first.
const LAST_IP = /LastAttemptedIP=([^\]\s;}]{0,80})/gi;
const TRACE_IP = /[{;]IP=([^\]\s;}]{0,80})/gi;
const PROXY_IP = /OutboundProxyTargetIP:[ \t]{0,20}([^\s\]]{0,80})/gi;
const LAST_IP_ADDRESS = /Last IP address:[ \t]{0,20}([^\s\]]{1,80})/gi;
const ENDPOINT = /last endpoint attempted was[ \t]{1,5}([^\s'"]{1,80})/gi;
const REMOTE_SERVER_IP = /Remote server[ \t]{0,5}\(([^()\s]{1,80})\)/gi;

const MESSAGE_FIELD = /\[Message=/gi;
const TRACE_MSG = /\{MSG=([^}\n]{0,1000})/gi;
const TRACE_LRT = /(?<![A-Za-z])LRT=([^}\]\n;]{0,80})/gi;

/** "Socket error code 10061", "Winsock error code: 10060", "Win32 error code: 10060". */
const SOCKET_ERROR =
	/(?:socket error code|winsock error code|socket error|win32 error code)[ \t]{0,3}:?[ \t]{0,3}(\d{1,6})(?!\d)/i;
/** Winsock names standing for their numbers (WinError.h). */
const WSA_NAME = /WSA(ETIMEDOUT|ECONNREFUSED|ECONNRESET|EHOSTUNREACH|HOST_NOT_FOUND)/i;
const WSA_NUMBERS: Readonly<Record<string, number>> = {
	etimedout: 10060,
	econnrefused: 10061,
	econnreset: 10054,
	ehostunreach: 10065,
	host_not_found: 11001
};

const DNS_WORD = /(InfoNoRecords|ServerFailure|NonExistentDomain|ErrorRetry)/gi;
const DNS_RESULTS: Readonly<Record<string, DnsResult>> = {
	infonorecords: 'InfoNoRecords',
	serverfailure: 'ServerFailure',
	nonexistentdomain: 'NonExistentDomain',
	errorretry: 'ErrorRetry'
};

/**
 * TLS failures, most specific first: when a text names several (e.g. "TLS negotiation failed with
 * error UnknownCredentials"), the specific one wins over the generic negotiation failure.
 */
const TLS_PATTERNS: readonly (readonly [TlsKind, RegExp])[] = [
	['subject-mismatch', /SubjectMismatch|NameMismatch|certificate host mismatch/i],
	[
		'expired',
		/CertificateExpired|certificate has expired|certificate (?:is )?expired|expired cert/i
	],
	[
		'untrusted',
		/UntrustedRoot|PartialChain|CertificateRevoked|certificate (?:is )?not trusted|untrusted cert/i
	],
	['no-credentials', /UnknownCredentials|NoCredentials/i],
	[
		'starttls-required',
		/STARTTLS (?:is )?required|must issue a STARTTLS|requires? STARTTLS|STARTTLS (?:is )?not supported|does not support STARTTLS|TLS is required/i
	],
	['negotiation-failed', /TLS negotiation failed|TLS handshake failed|SSL handshake failed/i]
];
const EXPECTED_SUBJECT = /Expected Subject:[ \t]{0,5}([^\]\n]{1,300})/i;
const PRESENTED_SUBJECT = /Presented Subject:[ \t]{0,5}([^\]\n]{1,300})/i;

/**
 * Datacenter server names of Exchange Online. In an NDR's attempt history "Server at X" names them
 * when Microsoft's own server reports the expiry; they are never the customer's destination.
 */
const MICROSOFT_INTERNAL = [
	'.prod.protection.outlook.com',
	'.prod.outlook.com',
	'.exchangelabs.com'
];

function isMicrosoftInternal(host: string): boolean {
	const lower = host.toLowerCase();
	return MICROSOFT_INTERNAL.some((suffix) => lower.endsWith(suffix));
}

/** A host name or address as it appears in a field, or null for placeholders such as "...". */
function cleanHost(raw: string, needDot: boolean): string | null {
	const host = raw.replace(/\.$/, '');
	if (host.length === 0 || host.length > 253) return null;
	if (!/^[A-Za-z0-9*_][A-Za-z0-9._*:-]{0,252}$/.test(host)) return null;
	if (needDot && !host.includes('.')) return null;
	return host;
}

interface Endpoint {
	readonly ip: string;
	readonly port: number | null;
}

function isIpv4(text: string): boolean {
	const parts = text.split('.');
	return (
		parts.length === 4 &&
		parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255 && (p.length === 1 || p[0] !== '0'))
	);
}

function isIpv6(text: string): boolean {
	return /^[0-9A-Fa-f:.]{2,45}$/.test(text) && text.split(':').length >= 3;
}

/** "192.0.2.107:25", "192.0.2.107", "[2001:db8::1]:25", "2001:db8::1"; null for anything else. */
function parseEndpoint(raw: string): Endpoint | null {
	const text = raw.replace(/[.,;:'")\]]+$/, (tail) => (tail.startsWith(']') ? ']' : ''));
	if (text.startsWith('[')) {
		const close = text.indexOf(']');
		if (close < 0) return null;
		const ip = text.slice(1, close);
		if (!isIpv6(ip) && !isIpv4(ip)) return null;
		const rest = text.slice(close + 1);
		if (rest.length === 0) return { ip, port: null };
		const port = rest.startsWith(':') ? portNumber(rest.slice(1)) : null;
		return port === null ? null : { ip, port };
	}
	if (isIpv4(text)) return { ip: text, port: null };
	const colon = text.lastIndexOf(':');
	if (colon > 0 && isIpv4(text.slice(0, colon))) {
		const port = portNumber(text.slice(colon + 1));
		return port === null ? null : { ip: text.slice(0, colon), port };
	}
	return isIpv6(text) ? { ip: text, port: null } : null;
}

/** The first capture of `pattern` in `doc` that `accept` turns into a value. */
function firstValue<T>(
	doc: string,
	pattern: RegExp,
	accept: (m: RegExpExecArray) => T | null
): T | null {
	pattern.lastIndex = 0;
	for (let tries = 0; tries < MAX_TRIES; tries++) {
		const m = pattern.exec(doc);
		if (m === null) break;
		const value = accept(m);
		if (value !== null) return value;
		if (!pattern.global) break;
		if (m[0].length === 0) pattern.lastIndex++;
	}
	return null;
}

interface HostFinding {
	readonly host: string;
	/** The address written next to the host, when the source gives one. */
	readonly endpoint: Endpoint | null;
}

function findHost(doc: string): HostFinding | null {
	const plain = (needDot: boolean) => (m: RegExpExecArray) => {
		const host = cleanHost(m[1] ?? '', needDot);
		return host === null ? null : { host, endpoint: null };
	};
	const serverAt = (withAddress: boolean) => (m: RegExpExecArray) => {
		const host = cleanHost(m[1] ?? '', true);
		if (host === null || isMicrosoftInternal(host)) return null;
		const endpoint = m[2] === undefined ? null : parseEndpoint(m[2]);
		if (withAddress && endpoint === null) return null;
		return { host, endpoint };
	};
	const postfix = (m: RegExpExecArray) => {
		const host = cleanHost(m[1] ?? '', true);
		return host === null ? null : { host, endpoint: parseEndpoint(m[2] ?? '') };
	};
	const remoteMta = (m: RegExpExecArray) => {
		const host = cleanHost(m[1] ?? '', true);
		return host === null || isMicrosoftInternal(host) ? null : { host, endpoint: null };
	};
	return (
		firstValue(doc, LAST_SERVER, plain(false)) ??
		firstValue(doc, TRACE_FQDN, plain(false)) ??
		firstValue(doc, PROXY_HOST, plain(true)) ??
		firstValue(doc, DESTINATION, plain(true)) ??
		firstValue(doc, SERVER_AT, serverAt(true)) ??
		firstValue(doc, SERVER_AT, serverAt(false)) ??
		firstValue(doc, POSTFIX_HOST, postfix) ??
		firstValue(doc, REMOTE_MTA, remoteMta) ??
		firstValue(doc, NEXT_HOP, plain(true))
	);
}

/**
 * The address the attempt history gives for the chosen host when the host came from a field without
 * one: "[LastAttemptedServerName=example.org]" … "Server at example.org (192.0.2.27) returned".
 */
function serverAtAddress(doc: string, host: HostFinding | null): Endpoint | null {
	if (host === null) return null;
	const name = host.host.toLowerCase();
	return firstValue(doc, SERVER_AT, (m) =>
		(m[1] ?? '').toLowerCase() === name && m[2] !== undefined ? parseEndpoint(m[2]) : null
	);
}

function findEndpoint(doc: string, host: HostFinding | null): Endpoint | null {
	const endpoint = (m: RegExpExecArray) => parseEndpoint(m[1] ?? '');
	const found =
		firstValue(doc, LAST_IP, endpoint) ??
		firstValue(doc, TRACE_IP, endpoint) ??
		firstValue(doc, PROXY_IP, endpoint) ??
		firstValue(doc, LAST_IP_ADDRESS, endpoint) ??
		firstValue(doc, ENDPOINT, endpoint) ??
		host?.endpoint ??
		serverAtAddress(doc, host) ??
		firstValue(doc, REMOTE_SERVER_IP, endpoint);
	if (found === null || found.port !== null) return found;
	// The address often comes without a port in one place and with it in another
	// ("Remote Server at host (10.1.1.3)" … "The last endpoint attempted was 10.1.1.3:25").
	const samePort = (m: RegExpExecArray) => {
		const other = parseEndpoint(m[1] ?? '');
		return other !== null && other.ip === found.ip ? other.port : null;
	};
	const port =
		firstValue(doc, LAST_IP, samePort) ??
		firstValue(doc, ENDPOINT, samePort) ??
		firstValue(doc, TRACE_IP, samePort);
	return { ip: found.ip, port };
}

/** The text of `[Message=…]`, up to its matching bracket (the text itself may hold brackets). */
function bracketValue(doc: string, start: number): string {
	let depth = 1;
	let i = start;
	const limit = Math.min(doc.length, start + MAX_DETAIL);
	for (; i < limit; i++) {
		const c = doc.charCodeAt(i);
		if (c === 10) break;
		if (c === 91) depth++;
		else if (c === 93 && --depth === 0) break;
	}
	return doc.slice(start, i).trim();
}

function findDetail(doc: string): string | null {
	const message = firstValue(doc, MESSAGE_FIELD, (m) => {
		const value = bracketValue(doc, m.index + m[0].length);
		return value.length > 0 ? value : null;
	});
	if (message !== null) return message;
	return firstValue(doc, TRACE_MSG, (m) => {
		const value = (m[1] ?? '').trim();
		return value.length > 0 ? value : null;
	});
}

function findSocketError(doc: string): number | null {
	const m = SOCKET_ERROR.exec(doc);
	if (m !== null) return Number(m[1]);
	const name = WSA_NAME.exec(doc);
	return name === null ? null : (WSA_NUMBERS[(name[1] ?? '').toLowerCase()] ?? null);
}

function isLetter(c: number): boolean {
	return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The DNS result word. "PTR:InfoNoRecords" in X-Forefront-Antispam-Report is the spam filter's
 * reverse lookup of the sender, not a delivery failure, and is ignored.
 */
function findDns(doc: string): DnsResult | null {
	return firstValue(doc, DNS_WORD, (m) => {
		const before = doc.charCodeAt(m.index - 1);
		const after = doc.charCodeAt(m.index + m[0].length);
		if (isLetter(before) || isLetter(after)) return null;
		if (doc.slice(Math.max(0, m.index - 4), m.index).toUpperCase() === 'PTR:') return null;
		return DNS_RESULTS[m[0].toLowerCase()] ?? null;
	});
}

/** A subject value up to where the next field of the message starts. */
function subjectValue(raw: string | undefined, nextField: string): string | null {
	if (raw === undefined) return null;
	let value = raw;
	const next = value.toLowerCase().indexOf(`. ${nextField.toLowerCase()}`);
	if (next >= 0) value = value.slice(0, next);
	value = value.trim().replace(/\.$/, '').trim();
	return value.length > 0 ? value : null;
}

function findTls(doc: string): TlsFinding | null {
	const entry = TLS_PATTERNS.find(([, pattern]) => pattern.test(doc));
	if (entry === undefined) return null;
	const kind = entry[0];
	if (kind !== 'subject-mismatch') return { kind, expected: null, presented: null };
	return {
		kind,
		// "[Message=SubjectMismatch Expected Subject: *.contoso.com. Presented Subject:
		// CN=ExchangeServer01. Thumbprint: …]": each value ends where the next label starts.
		expected: subjectValue(EXPECTED_SUBJECT.exec(doc)?.[1], 'Presented Subject'),
		presented: subjectValue(PRESENTED_SUBJECT.exec(doc)?.[1], 'Thumbprint')
	};
}

function findLastRetry(doc: string): string | null {
	return firstValue(doc, TRACE_LRT, (m) => {
		const value = (m[1] ?? '').trim();
		return value.length > 0 ? value : null;
	});
}

/** Reads every fact other than the codes from the cleaned text of a paste. */
export function readDetails(doc: string): Details {
	const host = findHost(doc);
	const endpoint = findEndpoint(doc, host);
	return {
		host: host?.host ?? null,
		ip: endpoint?.ip ?? null,
		port: endpoint?.port ?? null,
		detail: findDetail(doc),
		socketError: findSocketError(doc),
		dns: findDns(doc),
		tls: findTls(doc),
		lastRetry: findLastRetry(doc)
	};
}
