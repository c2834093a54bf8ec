/**
 * Certificate renewal preflight: pasted Get-ExchangeCertificate, Get-ReceiveConnector,
 * Get-SendConnector and Get-OutboundConnector lists (Format-List, read by lib/evidence/exchange.ts),
 * with the new chain as PEM or an s_client transcript, checked per server before (or after) a
 * renewal. Each check says what proves it (the line of the paste) or that the paste does not show
 * it; a check is never passed on a guess. Pure: no DOM, no clock (the date is handed in).
 *
 * Sources (docs/sources.md): Get-ExchangeCertificate (Services, Status values, CertificateDomains,
 * IsSelfSigned, Identity as ServerFQDN\Thumbprint), Enable-ExchangeCertificate (-Services SMTP and
 * its prompt to replace the default SMTP certificate), Set-ReceiveConnector and Set-SendConnector
 * (TlsCertificateName as `<I>issuer<S>subject`), Set-OutboundConnector (TlsSettings, TlsDomain), and
 * the Exchange Team's post on trusting DigiCert Global Root G2 (its thumbprint).
 */
import { nameCovers, type CertificateFacts } from '../evidence/certcheck';
import {
	AUTH_CERTIFICATE,
	certificateNameKey,
	distinguishedNameKey,
	listedObjects,
	listOf,
	readingsOf,
	same,
	valueOf,
	type Field,
	type ListedObject
} from '../evidence/exchange';
import { proof, type Finding, type FindingId } from '../evidence/types';

/** The checks of every server, in the order a renewal goes. */
export const CHECK_IDS = [
	'certificate-name',
	'smtp-enabled',
	'certificate-valid',
	'tls-domain',
	'chain-sent',
	'root-g2',
	'expiry',
	'send-certificate-name'
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/** `not-shown`: the paste does not hold what would decide the check. */
export type CheckState = 'failed' | 'warning' | 'passed' | 'not-shown';
export const CHECK_STATES: readonly CheckState[] = ['failed', 'warning', 'not-shown', 'passed'];

/**
 * Why a check is in its state, worded by the page (`preflight.reason.<reason>`). Its values come
 * in `detail` (a name, a date, a number of days).
 */
export type CheckReason =
	| 'named'
	| 'stale'
	| 'empty-name'
	| 'no-connector'
	| 'no-certificates'
	| 'no-certificate'
	| 'smtp'
	| 'no-smtp'
	| 'no-services'
	| 'valid'
	| 'self-signed'
	| 'status'
	| 'revocation'
	| 'no-status'
	| 'covered'
	| 'not-covered'
	| 'not-required'
	| 'empty-domain'
	| 'no-outbound'
	| 'no-names'
	| 'chain-pem'
	| 'chain-text'
	| 'chain-gap'
	| 'chain-unverified'
	| 'chain-local-issuer'
	| 'single-pem'
	| 'no-chain'
	| 'root-listed'
	| 'root-missing'
	| 'no-root'
	| 'days-ahead'
	| 'far-ahead'
	| 'expiring'
	| 'expired'
	| 'date-unclear'
	| 'no-date';

/** A command that fixes a failed check, filled with the names the paste gave. */
export type FixId =
	| 'enable-smtp'
	| 'set-receive-name'
	| 'set-send-name'
	| 'set-tls-domain'
	| 'renew'
	| 'send-chain'
	| 'trust-g2';

export interface PreflightCheck {
	readonly id: CheckId;
	readonly state: CheckState;
	readonly reason: CheckReason;
	/** The line of the paste that proves the state; null when nothing in the paste shows it. */
	readonly line: string | null;
	/** Its number, when the line alone does not say which it is (a PEM block's BEGIN line). */
	readonly lineNumber?: number;
	/** The value that makes the point (a TlsDomain, a status, a date, a number of days). */
	readonly detail?: string;
	/** What to do, for a check that failed or warns; the command filled in, when there is one. */
	readonly fix?: { readonly id: FixId; readonly command: string | null };
}

export interface ServerPreflight {
	/** The server as the paste names it (EX01), or null when it names none. */
	readonly server: string | null;
	/** The certificate the checks are about: its subject and thumbprint, when known. */
	readonly certificate: string | null;
	/** Failed first, then warnings, not shown, passed (the order of `CHECK_STATES`). */
	readonly checks: readonly PreflightCheck[];
}

export interface Preflight {
	readonly servers: readonly ServerPreflight[];
}

/** Days ahead an expiry must be for the check to pass. */
export const EXPIRY_DAYS = 30;
/** DigiCert Global Root G2's SHA-1 thumbprint, as the Exchange Team's post gives it. */
export const G2_THUMBPRINT = 'DF3C24F9BFD666761B268073FE06D1CC8D4F82A4';
const DAY_MS = 86_400_000;
/** NotAfter is in the server's local time: the widest UTC offset is left undecided. */
const ZONE_MARGIN_MS = 14 * 3_600_000;
/** Words without which no listed object of these cmdlets is in the paste. */
const MARKERS =
	/tlscertificatename|certificatedomains|tlsdomain|thumbprint|isselfsigned|-----BEGIN CERTIFICATE|DF3C24F9/i;
/** Properties only Send connectors list (Get-SendConnector). */
const SEND_FIELDS = ['sourcetransportservers', 'addressspaces', 'tlsauthlevel'];
const OUTBOUND_FIELDS = ['tlssettings', 'usemxrecord', 'connectortype'];
const RECEIVE_FIELDS = ['bindings', 'authmechanism', 'remoteipranges', 'permissiongroups'];
const CERTIFICATE_FIELDS = ['certificatedomains', 'isselfsigned', 'services', 'notafter', 'status'];

type Kind = 'certificate' | 'receive' | 'send' | 'outbound';

function kindOf(object: ListedObject): Kind | null {
	if (SEND_FIELDS.some((name) => object.has(name))) return 'send';
	if (OUTBOUND_FIELDS.some((name) => object.has(name))) return 'outbound';
	if (RECEIVE_FIELDS.some((name) => object.has(name))) return 'receive';
	if (object.has('tlscertificatename')) return 'receive';
	if (object.has('thumbprint') && CERTIFICATE_FIELDS.some((name) => object.has(name)))
		return 'certificate';
	return null;
}

interface Certificate {
	readonly object: ListedObject;
	/** The server's first label, lower case, or null when the list does not say. */
	readonly server: string | null;
	readonly key: string | null;
	readonly subject: string;
	readonly thumbprint: string | null;
}

interface Connector {
	readonly object: ListedObject;
	readonly servers: readonly string[];
	readonly identity: string | null;
}

/** A server's first label, lower case: EX01, ex01.fabrikam.example and EX01\… are one server. */
function serverKey(name: string): string {
	return (name.split(/[\\.]/, 1)[0] ?? '').trim().toLowerCase();
}

function serverOfIdentity(identity: string | undefined): string | null {
	if (identity === undefined) return null;
	const at = identity.indexOf('\\');
	return at > 0 ? identity.slice(0, at).trim() : null;
}

/** What the paste shows beyond the lists: the chain sent and the root store. */
interface TextEvidence {
	readonly chain: { state: CheckState; reason: CheckReason; line: string } | null;
	readonly root: { state: CheckState; reason: CheckReason; line: string } | null;
}

/** True when the paste may hold something for the preflight (a cheap test before reading). */
export function mayHoldPreflight(text: string): boolean {
	return MARKERS.test(text);
}

/**
 * The checklist of every server the paste names, or null when it lists no certificate and no
 * connector (nothing to check). `pem` are the pasted PEM certificates once decoded (the server's
 * first), `now` the date expiry is judged on.
 */
export function readPreflight(
	lines: readonly string[],
	now: Date,
	pem: readonly CertificateFacts[] = []
): Preflight | null {
	const objects = listedObjects(lines);
	const certificates: Certificate[] = [];
	const receive: Connector[] = [];
	const send: Connector[] = [];
	const outbound: ListedObject[] = [];
	const names: string[] = [];
	const addName = (name: string | null) => {
		if (name !== null && name !== '' && !names.some((n) => serverKey(n) === serverKey(name)))
			names.push(name);
	};
	for (const object of objects) {
		const kind = kindOf(object);
		if (kind === 'certificate') {
			const identity = valueOf(object, 'identity');
			const server = serverOfIdentity(identity) ?? valueOf(object, 'pscomputername') ?? null;
			addName(server);
			const issuer = valueOf(object, 'issuer');
			const subject = valueOf(object, 'subject') ?? '';
			certificates.push({
				object,
				server: server === null ? null : serverKey(server),
				key:
					issuer !== undefined && subject !== '' && !object.get('issuer')?.cut
						? distinguishedNameKey(`<I>${issuer}<S>${subject}`)
						: null,
				subject,
				thumbprint: valueOf(object, 'thumbprint') ?? null
			});
		} else if (kind === 'receive' || kind === 'send') {
			const identity = valueOf(object, 'identity') ?? valueOf(object, 'name') ?? null;
			const own =
				kind === 'receive'
					? [valueOf(object, 'server') ?? serverOfIdentity(identity ?? undefined)]
					: listOf(valueOf(object, 'sourcetransportservers') ?? '');
			const servers = own.filter((name): name is string => name !== null && name !== undefined);
			servers.forEach(addName);
			(kind === 'receive' ? receive : send).push({ object, servers, identity });
		} else if (kind === 'outbound') outbound.push(object);
	}
	const evidence = textEvidence(lines);
	if (
		certificates.length === 0 &&
		receive.length === 0 &&
		send.length === 0 &&
		outbound.length === 0
	)
		return null;
	const servers = names.length > 0 ? names : [null];
	return {
		servers: servers.map((server) =>
			checkServer(server, { certificates, receive, send, outbound, evidence, pem, now })
		)
	};
}

interface Inputs {
	readonly certificates: readonly Certificate[];
	readonly receive: readonly Connector[];
	readonly send: readonly Connector[];
	readonly outbound: readonly ListedObject[];
	readonly evidence: TextEvidence;
	readonly pem: readonly CertificateFacts[];
	readonly now: Date;
}

function checkServer(server: string | null, inputs: Inputs): ServerPreflight {
	const key = server === null ? null : serverKey(server);
	const mine = <T extends { servers: readonly string[] }>(list: readonly T[]) =>
		list.filter(
			(item) =>
				key === null || item.servers.length === 0 || item.servers.some((s) => serverKey(s) === key)
		);
	// A list that does not say its server is the paste's list for every server it names.
	const certificates = inputs.certificates.filter(
		(certificate) => key === null || certificate.server === null || certificate.server === key
	);
	const receive = preferFrontend(mine(inputs.receive));
	const send = mine(inputs.send);
	const named = receive?.object.get('tlscertificatename');
	const namedKey = named && !named.cut ? certificateNameKey(named.value) : null;
	const byName = namedKey === null ? undefined : certificates.find((c) => c.key === namedKey);
	const domain = tlsDomainOf(inputs.outbound);
	// The certificate in question: the one the connector names, else the one that should be.
	const candidate = byName ?? bestCandidate(certificates, domain?.value ?? null);
	const checks: PreflightCheck[] = [
		certificateNameCheck(receive, named, namedKey, byName, certificates, candidate),
		smtpCheck(candidate, server),
		validityCheck(candidate),
		tlsDomainCheck(inputs.outbound, domain, candidate, inputs.pem),
		chainCheck(inputs.evidence, inputs.pem, candidate),
		rootCheck(inputs.evidence),
		expiryCheck(candidate, inputs.pem, inputs.now)
	];
	if (send.length > 0) checks.push(sendCheck(send, certificates, candidate));
	const order = (check: PreflightCheck) => CHECK_STATES.indexOf(check.state);
	return {
		server,
		certificate: candidate
			? [candidate.subject, candidate.thumbprint].filter((v) => v).join(' · ') || null
			: (inputs.pem[0]?.subject ?? null),
		checks: checks
			.map((check, i) => ({ check, i }))
			.sort((a, b) => order(a.check) - order(b.check) || a.i - b.i)
			.map(({ check }) => check)
	};
}

/** The hybrid receive connector (Default Frontend) when several are listed for a server. */
function preferFrontend(connectors: readonly Connector[]): Connector | undefined {
	const withName = connectors.filter((c) => c.object.has('tlscertificatename'));
	return (
		withName.find((c) => /default frontend/i.test(c.identity ?? '')) ?? withName[0] ?? connectors[0]
	);
}

/** The name the outbound connector checks (DomainValidation), with its connector's fields. */
function tlsDomainOf(outbound: readonly ListedObject[]): Field | null {
	for (const connector of outbound) {
		const settings = connector.get('tlssettings');
		const domain = connector.get('tlsdomain');
		if (settings && same(settings.value, 'DomainValidation') && domain) return domain;
	}
	return null;
}

function isSelfSigned(certificate: Certificate): boolean {
	const field = certificate.object.get('isselfsigned');
	return field !== undefined && same(field.value, 'True');
}

function servesSmtp(certificate: Certificate): boolean | null {
	const services = certificate.object.get('services');
	if (services === undefined) return null;
	return listOf(services.value).some((name) => same(name, 'SMTP'));
}

function domainsOf(certificate: Certificate): string[] | null {
	const field = certificate.object.get('certificatedomains');
	if (field === undefined) return null;
	return listOf(field.value).map((name) => name.toLowerCase());
}

/** The latest NotAfter a certificate may mean, for ordering candidates (0 when unread). */
function latest(certificate: Certificate): number {
	const value = certificate.object.get('notafter')?.value ?? '';
	return Math.max(0, ...readingsOf(value));
}

/**
 * The certificate that should serve STARTTLS when the connector names none of the list: not the
 * Auth certificate, not self-signed, covering the TlsDomain when one is checked, SMTP before not,
 * latest expiry first.
 */
function bestCandidate(
	certificates: readonly Certificate[],
	domain: string | null
): Certificate | undefined {
	const usable = certificates.filter((c) => !same(c.subject, AUTH_CERTIFICATE) && !isSelfSigned(c));
	const covers = (c: Certificate) =>
		domain !== null &&
		domain !== '' &&
		(domainsOf(c) ?? []).some((name) => nameCovers(name, domain));
	return [...usable].sort(
		(a, b) =>
			Number(covers(b)) - Number(covers(a)) ||
			Number(servesSmtp(b) === true) - Number(servesSmtp(a) === true) ||
			latest(b) - latest(a)
	)[0];
}

function lineOf(field: Field | undefined): string | null {
	return field === undefined ? null : proof(field.line);
}

/** The TlsCertificateName value for a listed certificate. */
function tlsNameOf(certificate: Certificate): string | null {
	const issuer = valueOf(certificate.object, 'issuer');
	return issuer === undefined || certificate.subject === ''
		? null
		: `<I>${issuer}<S>${certificate.subject}`;
}

/** A PowerShell single-quoted string. */
function quoted(value: string): string {
	return `'${value.replace(/'/g, "''")}'`;
}

function certificateNameCheck(
	receive: Connector | undefined,
	named: Field | undefined,
	namedKey: string | null,
	byName: Certificate | undefined,
	certificates: readonly Certificate[],
	candidate: Certificate | undefined
): PreflightCheck {
	const id = 'certificate-name';
	if (receive === undefined || named === undefined)
		return { id, state: 'not-shown', reason: 'no-connector', line: null };
	const fixCommand =
		candidate && tlsNameOf(candidate)
			? `Set-ReceiveConnector ${quoted(receive.identity ?? '<connector>')} -TlsCertificateName ${quoted(tlsNameOf(candidate) ?? '')}`
			: null;
	if (named.value === '')
		return {
			id,
			state: 'warning',
			reason: 'empty-name',
			line: lineOf(named),
			fix: { id: 'set-receive-name', command: fixCommand }
		};
	if (certificates.every((c) => c.key === null))
		return { id, state: 'not-shown', reason: 'no-certificates', line: lineOf(named) };
	if (byName !== undefined)
		return {
			id,
			state: 'passed',
			reason: 'named',
			line: lineOf(named),
			...(byName.thumbprint ? { detail: byName.thumbprint } : {})
		};
	return {
		id,
		state: 'failed',
		reason: namedKey === null ? 'status' : 'stale',
		line: lineOf(named),
		detail: named.value,
		fix: { id: 'set-receive-name', command: fixCommand }
	};
}

function smtpCheck(candidate: Certificate | undefined, server: string | null): PreflightCheck {
	const id = 'smtp-enabled';
	if (candidate === undefined)
		return { id, state: 'not-shown', reason: 'no-certificate', line: null };
	const services = candidate.object.get('services');
	if (services === undefined) return { id, state: 'not-shown', reason: 'no-services', line: null };
	if (servesSmtp(candidate))
		return { id, state: 'passed', reason: 'smtp', line: lineOf(services), detail: services.value };
	const target = candidate.thumbprint ?? '<thumbprint>';
	return {
		id,
		state: 'failed',
		reason: 'no-smtp',
		line: lineOf(services),
		detail: services.value,
		fix: {
			id: 'enable-smtp',
			command: `Enable-ExchangeCertificate ${server ? `-Server ${quoted(server)} ` : ''}-Thumbprint ${target} -Services SMTP`
		}
	};
}

/** Get-ExchangeCertificate's Status values that fail (Get-ExchangeCertificate: Status). */
const BAD_STATUS = ['DateInvalid', 'Invalid', 'Revoked', 'Untrusted', 'PendingRequest', 'Unknown'];

function validityCheck(candidate: Certificate | undefined): PreflightCheck {
	const id = 'certificate-valid';
	if (candidate === undefined)
		return { id, state: 'not-shown', reason: 'no-certificate', line: null };
	const selfSigned = candidate.object.get('isselfsigned');
	if (isSelfSigned(candidate))
		return {
			id,
			state: 'failed',
			reason: 'self-signed',
			line: lineOf(selfSigned),
			fix: { id: 'renew', command: null }
		};
	const status = candidate.object.get('status');
	if (status === undefined || status.value === '')
		return { id, state: 'not-shown', reason: 'no-status', line: null };
	if (same(status.value, 'Valid'))
		return { id, state: 'passed', reason: 'valid', line: lineOf(status), detail: status.value };
	if (same(status.value, 'RevocationCheckFailure'))
		return {
			id,
			state: 'warning',
			reason: 'revocation',
			line: lineOf(status),
			detail: status.value
		};
	return {
		id,
		state: BAD_STATUS.some((bad) => same(bad, status.value)) ? 'failed' : 'warning',
		reason: 'status',
		line: lineOf(status),
		detail: status.value,
		fix: { id: 'renew', command: null }
	};
}

function tlsDomainCheck(
	outbound: readonly ListedObject[],
	domain: Field | null,
	candidate: Certificate | undefined,
	pem: readonly CertificateFacts[]
): PreflightCheck {
	const id = 'tls-domain';
	if (outbound.length === 0) return { id, state: 'not-shown', reason: 'no-outbound', line: null };
	if (domain === null) {
		const settings = outbound.map((o) => o.get('tlssettings')).find((f) => f !== undefined);
		return settings
			? {
					id,
					state: 'passed',
					reason: 'not-required',
					line: lineOf(settings),
					detail: settings.value
				}
			: { id, state: 'not-shown', reason: 'no-outbound', line: null };
	}
	if (domain.value === '')
		return {
			id,
			state: 'warning',
			reason: 'empty-domain',
			line: lineOf(domain),
			fix: { id: 'set-tls-domain', command: null }
		};
	const listed = candidate ? domainsOf(candidate) : null;
	const leaf = leafOf(pem);
	const names =
		listed ?? (leaf ? (leaf.dnsNames.length > 0 ? leaf.dnsNames : [leaf.commonName ?? '']) : null);
	const shownBy = listed
		? lineOf(candidate?.object.get('certificatedomains'))
		: (leaf?.line ?? null);
	if (names === null || names.length === 0)
		return {
			id,
			state: 'not-shown',
			reason: 'no-names',
			line: lineOf(domain),
			detail: domain.value
		};
	const covered = names.some((name) => nameCovers(name, domain.value));
	return covered
		? { id, state: 'passed', reason: 'covered', line: shownBy, detail: domain.value }
		: {
				id,
				state: 'failed',
				reason: 'not-covered',
				line: lineOf(domain),
				detail: domain.value,
				fix: {
					id: 'set-tls-domain',
					command: names[0] ? `Set-OutboundConnector <connector> -TlsDomain ${names[0]}` : null
				}
			};
}

/** The server's certificate of a pasted chain: the first that is not a CA. */
function leafOf(pem: readonly CertificateFacts[]): CertificateFacts | undefined {
	return pem.find((cert) => !cert.isCA) ?? pem[0];
}

/** True when a listed certificate and a decoded one are the same (subject and issuer). */
function samePair(candidate: Certificate, leaf: CertificateFacts): boolean {
	const issuer = valueOf(candidate.object, 'issuer');
	return (
		issuer !== undefined &&
		dnKey(issuer) === dnKey(leaf.issuer) &&
		dnKey(candidate.subject) === dnKey(leaf.subject)
	);
}

function pemLine(cert: CertificateFacts): { line: string; lineNumber?: number } {
	const line = proof(cert.line);
	return cert.lineNumber === undefined ? { line } : { line, lineNumber: cert.lineNumber };
}

/** A distinguished name compared without spaces, case or order (Exchange and OpenSSL differ). */
function dnKey(dn: string): string {
	return dn
		.split(/\s*,\s*/)
		.map((part) => part.replace(/\s*=\s*/, '=').toLowerCase())
		.sort()
		.join(',');
}

function chainCheck(
	evidence: TextEvidence,
	pem: readonly CertificateFacts[],
	candidate: Certificate | undefined
): PreflightCheck {
	const id = 'chain-sent';
	const leaf = leafOf(pem);
	// A chain of another certificate than this server's says nothing about it.
	const pemCounts =
		leaf !== undefined &&
		(candidate === undefined || candidate.key === null || samePair(candidate, leaf));
	if (pemCounts && leaf) {
		const at = pem.indexOf(leaf);
		const next = pem[at + 1];
		const selfIssued = dnKey(leaf.subject) === dnKey(leaf.issuer);
		if (next === undefined && !selfIssued && evidence.chain === null)
			// A lone certificate says nothing about the intermediates the server sends.
			return { id, state: 'not-shown', reason: 'single-pem', ...pemLine(leaf) };
		if (next !== undefined) {
			return dnKey(leaf.issuer) === dnKey(next.subject)
				? { id, state: 'passed', reason: 'chain-pem', ...pemLine(next) }
				: {
						id,
						state: 'failed',
						reason: 'chain-gap',
						...pemLine(next),
						detail: `${leaf.issuer} ≠ ${next.subject}`,
						fix: { id: 'send-chain', command: null }
					};
		}
	}
	if (evidence.chain) {
		const { state, reason, line } = evidence.chain;
		return {
			id,
			state,
			reason,
			line,
			...(state === 'failed' ? { fix: { id: 'send-chain' as const, command: null } } : {})
		};
	}
	return { id, state: 'not-shown', reason: 'no-chain', line: null };
}

function rootCheck(evidence: TextEvidence): PreflightCheck {
	const id = 'root-g2';
	if (evidence.root === null) return { id, state: 'not-shown', reason: 'no-root', line: null };
	const { state, reason, line } = evidence.root;
	return {
		id,
		state,
		reason,
		line,
		detail: G2_THUMBPRINT,
		...(state === 'failed' ? { fix: { id: 'trust-g2' as const, command: null } } : {})
	};
}

function expiryCheck(
	candidate: Certificate | undefined,
	pem: readonly CertificateFacts[],
	now: Date
): PreflightCheck {
	const id = 'expiry';
	const field = candidate?.object.get('notafter');
	const leaf = leafOf(pem);
	let times: number[];
	let line: string | null;
	let lineNumber: number | undefined;
	let shown: string;
	if (field !== undefined && field.value !== '') {
		times = readingsOf(field.value);
		line = lineOf(field);
		shown = field.value;
		if (times.length === 0)
			return { id, state: 'not-shown', reason: 'date-unclear', line, detail: shown };
	} else if (leaf !== undefined && (candidate === undefined || samePair(candidate, leaf))) {
		times = [leaf.notAfter.getTime()];
		line = proof(leaf.line);
		lineNumber = leaf.lineNumber;
		shown = `${leaf.notAfter.toISOString().slice(0, 10)}`;
	} else return { id, state: 'not-shown', reason: 'no-date', line: null };
	const at = now.getTime();
	const days = times.map((time) => Math.floor((time - at) / DAY_MS));
	const fix = { id: 'renew' as const, command: null };
	const where = lineNumber === undefined ? { line } : { line, lineNumber };
	if (times.every((time) => time + ZONE_MARGIN_MS < at))
		return { id, state: 'failed', reason: 'expired', ...where, detail: shown, fix };
	if (times.every((time) => time - ZONE_MARGIN_MS > at + EXPIRY_DAYS * DAY_MS))
		// Two readings of the date (day and month order open): its text, not a number of days.
		return times.length === 1
			? { id, state: 'passed', reason: 'days-ahead', ...where, detail: String(days[0]) }
			: { id, state: 'passed', reason: 'far-ahead', ...where, detail: shown };
	const soon = (time: number) => time - ZONE_MARGIN_MS > at && time <= at + EXPIRY_DAYS * DAY_MS;
	if (times.every(soon))
		return {
			id,
			state: 'warning',
			reason: 'expiring',
			...where,
			detail: String(Math.max(0, Math.min(...days))),
			fix
		};
	// Day and month order open (05/06/2027), or within the zone margin of now.
	return { id, state: 'warning', reason: 'date-unclear', ...where, detail: shown, fix };
}

function sendCheck(
	send: readonly Connector[],
	certificates: readonly Certificate[],
	candidate: Certificate | undefined
): PreflightCheck {
	const id = 'send-certificate-name';
	const connector = send.find((c) => c.object.has('tlscertificatename'));
	const named = connector?.object.get('tlscertificatename');
	if (connector === undefined || named === undefined || named.value === '')
		return { id, state: 'not-shown', reason: 'no-connector', line: lineOf(named) };
	if (certificates.every((c) => c.key === null))
		return { id, state: 'not-shown', reason: 'no-certificates', line: lineOf(named) };
	const key = named.cut ? null : certificateNameKey(named.value);
	const found = key === null ? undefined : certificates.find((c) => c.key === key);
	if (found)
		return {
			id,
			state: 'passed',
			reason: 'named',
			line: lineOf(named),
			...(found.thumbprint ? { detail: found.thumbprint } : {})
		};
	const name = candidate ? tlsNameOf(candidate) : null;
	return {
		id,
		state: 'failed',
		reason: 'stale',
		line: lineOf(named),
		detail: named.value,
		fix: {
			id: 'set-send-name',
			command: name
				? `Set-SendConnector ${quoted(connector.identity ?? '<connector>')} -TlsCertificateName ${quoted(name)}`
				: null
		}
	};
}

/**
 * The chain and root store as the text shows them: an s_client chain (` 1 s:` lines, or verify
 * error 20/21 on the first certificate), Test-Certificate's partial chain, and a listing of the
 * root store that holds DigiCert Global Root G2 (or says it is not there).
 */
function textEvidence(lines: readonly string[]): TextEvidence {
	let chain: TextEvidence['chain'] = null;
	let root: TextEvidence['root'] = null;
	for (const raw of lines) {
		if (raw.length > 2000) continue;
		const line = raw.trim();
		if (chain?.state !== 'failed') {
			if (/^1 s:/.test(line) && chain?.state !== 'passed')
				chain = { state: 'passed', reason: 'chain-text', line: proof(line) };
			else if (
				/verify error:num=21:|unable to verify the first certificate|CERT_TRUST_IS_PARTIAL_CHAIN/i.test(
					line
				)
			)
				chain = { state: 'failed', reason: 'chain-unverified', line: proof(line) };
			// Error 20 is also a root the testing machine lacks: a warning, not a proof.
			else if (/verify error:num=20:/.test(line) && chain === null)
				chain = { state: 'warning', reason: 'chain-local-issuer', line: proof(line) };
		}
		if (root === null || root.state !== 'passed') {
			const upper = line.toUpperCase().replace(/\s+/g, '');
			if (upper.includes(G2_THUMBPRINT)) {
				if (/cannot find|not find|does not exist|non trov/i.test(line))
					root = { state: 'failed', reason: 'root-missing', line: proof(line) };
				else if (!/^get-childitem|^\[?ps\]?.*>|\?\s*thumbprint|-eq/i.test(line))
					root = { state: 'passed', reason: 'root-listed', line: proof(line) };
			}
		}
	}
	return { chain, root };
}

/** The findings of a checklist, for the verdict and the ticket: its failures and warnings. */
const FINDING_OF: Partial<Record<CheckReason, FindingId>> = {
	stale: 'receive-connector-stale-certificate',
	'no-smtp': 'cert-no-smtp',
	'self-signed': 'cert-self-signed',
	revocation: 'cert-revocation-failed',
	'not-covered': 'connector-tls-domain-not-covered',
	'chain-gap': 'cert-chain-incomplete',
	'chain-unverified': 'cert-chain-incomplete',
	'root-missing': 'root-g2-missing',
	expiring: 'cert-expiring-soon',
	expired: 'cert-expired'
};

/**
 * The findings a checklist adds to the reading (each once per proving line): what failed or
 * warns, so it reaches the verdict, the first step and the ticket as every other finding does.
 */
export function preflightFindings(preflight: Preflight | null): Finding[] {
	if (preflight === null) return [];
	const findings: Finding[] = [];
	const seen = new Set<string>();
	for (const server of preflight.servers) {
		for (const check of server.checks) {
			if (check.state !== 'failed' && check.state !== 'warning') continue;
			let id = FINDING_OF[check.reason];
			if (check.id === 'send-certificate-name' && check.reason === 'stale')
				id = 'send-connector-stale-certificate';
			if (id === undefined || check.line === null) continue;
			const key = `${id}\n${check.line}`;
			if (seen.has(key)) continue;
			seen.add(key);
			findings.push({
				id,
				line: check.line,
				...(check.lineNumber !== undefined ? { lineNumber: check.lineNumber } : {}),
				...(server.server ? { subject: server.server } : {}),
				...(check.detail !== undefined ? { detail: proof(check.detail) } : {})
			});
		}
	}
	return findings;
}

/**
 * The findings with the checklist's added: each that no reader already made from the same line (the
 * Exchange reader proves a stale name or a self-signed certificate from the lines the checklist does).
 */
export function withPreflight(
	findings: readonly Finding[],
	preflight: Preflight | null
): Finding[] {
	const added = preflightFindings(preflight);
	if (added.length === 0) return [...findings];
	const key = (f: Finding) => `${f.id}\n${f.line}\n${f.lineNumber ?? ''}`;
	const seen = new Set(findings.map(key));
	return [...findings, ...added.filter((f) => !seen.has(key(f)))];
}

/** The checklist of a paste's text, or null when it holds nothing to check (cheap for an NDR). */
export function preflightOf(
	text: string,
	lines: () => readonly string[],
	now: Date
): Preflight | null {
	return mayHoldPreflight(text) ? readPreflight(lines(), now) : null;
}
