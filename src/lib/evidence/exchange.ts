/**
 * The Exchange cmdlets as `Format-List` prints them (tests/fixtures/evidence): one `Name : value`
 * line per property, a blank line between objects, long values wrapped onto lines indented to the
 * value column. Three cmdlets hold the settings behind the hybrid causes of content/entries (4.4.317, 4.7.320):
 * Get-ExchangeCertificate (status, services, dates), Get-ReceiveConnector (the STARTTLS offer and the
 * certificate it names) and Get-OutboundConnector (how Exchange Online routes and what it checks).
 */
import { proof, type Finding, type FindingId } from './types';

/** One property of a listed object. */
export interface Field {
	/** The value, continuation lines joined with a space, at most `MAX_FIELD` characters. */
	readonly value: string;
	/** True when the value was longer than `MAX_FIELD` and was cut: it is not compared. */
	readonly cut: boolean;
	/** The line that shows the property (its first line) and its index in the paste. */
	readonly line: string;
	readonly at: number;
}

/** One object of the list: its properties by lower-cased name, the first of a repeated name kept. */
export type ListedObject = ReadonlyMap<string, Field>;

/** The property being read, while continuation lines may follow (an empty name: one skipped). */
interface OpenField {
	name: string;
	parts: string[];
	length: number;
	cut: boolean;
}

/** A finding and the index of its proving line, so findings come out in the order of the text. */
interface Placed {
	readonly at: number;
	readonly finding: Finding;
}

/**
 * Longest value kept. Real values (a certificate name, a list of bindings) are far shorter; a value
 * cut to this length is never compared, so a hostile paste cannot make a stale name out of a prefix.
 */
const MAX_FIELD = 4096;
/** Longest property name: Format-List pads names, but none of Exchange's is longer than this. */
const MAX_NAME = 64;
/**
 * A property line: a name, at least one space, then the colon. Format-List always pads the name
 * before ` : `; `Name: value` with no space is a mail header (an NDR's), not a listed property.
 */
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}[ \t]+$/;
/** A date as Get-ExchangeCertificate prints it in the server's culture, time optional. */
const DATE =
	/^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?)?$/;
/** Earliest year read as a date. */
const MIN_YEAR = 1970;
/** Longest date value tried against `DATE`. */
const MAX_DATE = 40;
/**
 * NotAfter is the server's local time in a zone the paste does not name: a date closer to `now`
 * than the widest UTC offset (14 hours) is left undecided.
 */
const ZONE_MARGIN_MS = 14 * 60 * 60 * 1000;

/** Properties only Get-OutboundConnector (and on-premises send connectors) list. */
const OUTBOUND_FIELDS = [
	'usemxrecord',
	'smarthosts',
	'tlssettings',
	'tlsdomain',
	'recipientdomains'
];
/** Properties only Get-ReceiveConnector lists. */
const RECEIVE_FIELDS = ['authmechanism', 'tlscertificatename', 'bindings', 'remoteipranges'];
/** Properties of Get-ExchangeCertificate. */
const CERTIFICATE_FIELDS = [
	'thumbprint',
	'subject',
	'issuer',
	'notafter',
	'notbefore',
	'services',
	'status',
	'certificatedomains',
	'isselfsigned'
];
/** Exchange's own self-signed certificate for OAuth: self-signed by design, never used for STARTTLS. */
export const AUTH_CERTIFICATE = 'CN=Microsoft Exchange Server Auth Certificate';

/**
 * Reads pasted Get-ExchangeCertificate, Get-ReceiveConnector and Get-OutboundConnector output
 * (Format-List) without a clock: `cert-revocation-failed`, `cert-no-smtp`, `cert-expired` (from the
 * status DateInvalid), `receive-connector-no-tls`, `receive-connector-stale-certificate`,
 * `connector-uses-mx`, `connector-smart-host` and `connector-tls-domain`. See `readExchangeAt`.
 */
export function readExchange(lines: readonly string[]): Finding[] {
	return readExchangeAt(lines, null);
}

/**
 * `readExchange`, with the certificates' NotAfter dates also judged on `now` (null: not judged).
 *
 * - `cert-expired`: a NotAfter before `now` proves it (its line, the date as shown). Without a
 *   decided date the status DateInvalid stands in, but only beside a shown NotAfter: DateInvalid also
 *   means "not yet valid", and the date lets the admin see which. A NotAfter decidedly after `now`
 *   turns a DateInvalid into that other case, which is not reported here.
 * - `cert-no-smtp`: only when no listed certificate serves SMTP (each then shows its Services); a
 *   paste without Services claims nothing.
 * - `receive-connector-stale-certificate`: the paste is read as the server's certificate list; the
 *   connector's `<I>issuer<S>subject` must name one of its certificates that serve SMTP (or whose
 *   services are not shown). Only when the paste lists certificates with both names.
 *
 * Linear in the input; never throws; an empty list for text that is none of these cmdlets.
 */
export function readExchangeAt(lines: readonly string[], now: Date | null): Finding[] {
	const objects = listedObjects(lines);
	const certificates = objects.filter((object) => kindOf(object) === 'certificate');
	const placed: Placed[] = [];
	const seen = new Set<string>();
	const add = (id: FindingId, field: Field, subject?: string, detail?: string) => {
		const shownSubject = subject === undefined ? undefined : proof(subject);
		const shownDetail = detail === undefined ? undefined : proof(detail);
		// The same paste twice (or the same object listed twice) says nothing new.
		const key = `${id}\n${shownSubject ?? ''}\n${shownDetail ?? ''}`;
		if (seen.has(key)) return;
		seen.add(key);
		placed.push({
			at: field.at,
			finding: {
				id,
				line: proof(field.line),
				...(shownSubject !== undefined ? { subject: shownSubject } : {}),
				...(shownDetail !== undefined ? { detail: shownDetail } : {})
			}
		});
	};
	const names = smtpCertificateNames(certificates);
	// A list always holds certificates for other services (WMSvc, IIS): only a list in which none
	// serves SMTP says something about STARTTLS.
	const noneServesSmtp = !certificates.some((certificate) => {
		const services = certificate.get('services');
		return services === undefined || listOf(services.value).some((name) => same(name, 'SMTP'));
	});
	for (const object of objects) {
		const kind = kindOf(object);
		if (kind === 'certificate') readCertificate(object, now, noneServesSmtp, add);
		else if (kind === 'receive') readReceiveConnector(object, names, add);
		else if (kind === 'outbound') readOutboundConnector(object, add);
	}
	// Objects are read one after the other; their findings are put back in the order of the text.
	return placed.sort((a, b) => a.at - b.at).map((entry) => entry.finding);
}

type Add = (id: FindingId, field: Field, subject?: string, detail?: string) => void;

function readCertificate(
	object: ListedObject,
	now: Date | null,
	noneServesSmtp: boolean,
	add: Add
): void {
	const about = valueOf(object, 'subject') ?? valueOf(object, 'thumbprint');
	const status = object.get('status');
	const notAfter = object.get('notafter');
	const services = object.get('services');
	if (status !== undefined && same(status.value, 'RevocationCheckFailure')) {
		add('cert-revocation-failed', status, about, status.value);
	}
	const selfSigned = object.get('isselfsigned');
	const servesSmtp =
		services === undefined || listOf(services.value).some((name) => same(name, 'SMTP'));
	if (
		selfSigned !== undefined &&
		same(selfSigned.value, 'True') &&
		servesSmtp &&
		!same(valueOf(object, 'subject') ?? '', AUTH_CERTIFICATE)
	) {
		// A certificate that signed itself: no partner trusts it, Exchange Online included.
		add('cert-self-signed', selfSigned, about);
	}
	if (noneServesSmtp && services !== undefined) {
		add('cert-no-smtp', services, about, services.value);
	}
	if (notAfter === undefined || notAfter.value === '') return;
	const side = now === null ? null : sideOf(notAfter.value, now);
	if (side === 'past') add('cert-expired', notAfter, about, notAfter.value);
	else if (side === null && status !== undefined && same(status.value, 'DateInvalid')) {
		add('cert-expired', status, about, notAfter.value);
	}
}

function readReceiveConnector(
	object: ListedObject,
	smtpNames: ReadonlySet<string> | null,
	add: Add
): void {
	const about = valueOf(object, 'identity') ?? valueOf(object, 'name');
	const auth = object.get('authmechanism');
	// `BasicAuthRequireTLS` is not `Tls`: only the whole item offers STARTTLS.
	if (auth !== undefined && !listOf(auth.value).some((item) => same(item, 'Tls'))) {
		add('receive-connector-no-tls', auth, about, auth.value);
	}
	const named = object.get('tlscertificatename');
	if (smtpNames === null || named === undefined || named.cut) return;
	const key = certificateNameKey(named.value);
	if (key !== null && !smtpNames.has(key)) {
		add('receive-connector-stale-certificate', named, about, named.value);
	}
}

function readOutboundConnector(object: ListedObject, add: Add): void {
	const about = valueOf(object, 'name') ?? valueOf(object, 'identity');
	const useMx = object.get('usemxrecord');
	const smartHosts = object.get('smarthosts');
	const tlsSettings = object.get('tlssettings');
	const tlsDomain = object.get('tlsdomain');
	if (useMx !== undefined && same(useMx.value, 'True')) add('connector-uses-mx', useMx, about);
	const firstHost = smartHosts === undefined ? undefined : listOf(smartHosts.value)[0];
	if (useMx !== undefined && same(useMx.value, 'False') && smartHosts && firstHost) {
		add('connector-smart-host', smartHosts, about, firstHost);
	}
	if (
		tlsSettings !== undefined &&
		same(tlsSettings.value, 'DomainValidation') &&
		tlsDomain !== undefined &&
		tlsDomain.value !== ''
	) {
		add('connector-tls-domain', tlsDomain, about, tlsDomain.value);
	}
}

/**
 * The keys (see `certificateNameKey`) of the listed certificates a receive connector may name: those
 * whose Services include SMTP, or do not show (then not knowing is not a reason to call it stale).
 * Null when no listed certificate shows both Issuer and Subject: nothing to compare with.
 */
function smtpCertificateNames(certificates: readonly ListedObject[]): Set<string> | null {
	const names = new Set<string>();
	let listed = false;
	for (const certificate of certificates) {
		const issuer = certificate.get('issuer');
		const subject = certificate.get('subject');
		if (!issuer || !subject || issuer.value === '' || subject.value === '') continue;
		listed = true;
		if (issuer.cut || subject.cut) continue;
		const services = certificate.get('services');
		if (services && !listOf(services.value).some((name) => same(name, 'SMTP'))) continue;
		names.add(distinguishedNameKey(`<I>${issuer.value}<S>${subject.value}`));
	}
	return listed ? names : null;
}

/** The comparison key of a `<I>issuer<S>subject` value, or null when it is not of that form. */
export function certificateNameKey(value: string): string | null {
	const issuerAt = value.indexOf('<I>');
	const subjectAt = value.indexOf('<S>');
	if (issuerAt !== 0 || subjectAt < 0) return null;
	return distinguishedNameKey(value);
}

/**
 * A distinguished name compared without white space or case. Exchange writes `CN=a, O=b`; a wrap of
 * Format-List may fall inside a word or at a space, and the paste does not say which, so removing
 * every space is the only reading that cannot call a correct name stale.
 */
export function distinguishedNameKey(value: string): string {
	return value.replace(/\s+/g, '').toLowerCase();
}

/** What a listed object is, from the properties only its cmdlet has. */
export function kindOf(object: ListedObject): 'certificate' | 'receive' | 'outbound' | null {
	if (OUTBOUND_FIELDS.some((name) => object.has(name))) return 'outbound';
	if (RECEIVE_FIELDS.some((name) => object.has(name))) return 'receive';
	if (CERTIFICATE_FIELDS.some((name) => object.has(name))) return 'certificate';
	return null;
}

/**
 * The objects of a Format-List paste. An object ends at a blank line or at any line that is neither
 * a property nor a continuation (a prompt, prose); a continuation is indented further than the
 * object's property lines, so a paste indented as a whole still reads.
 */
export function listedObjects(lines: readonly string[]): ListedObject[] {
	const objects: ListedObject[] = [];
	let current = new Map<string, Field>();
	let indent = 0;
	let open: OpenField | null = null;
	const closeField = () => {
		if (open === null) return;
		const field = current.get(open.name);
		if (field !== undefined && open.parts.length > 1) {
			// A wrapped value; an empty first part is a value that starts on the line after the name.
			const value = open.parts.filter((part) => part !== '').join(' ');
			current.set(open.name, { ...field, value, cut: open.cut });
		}
		open = null;
	};
	const closeObject = () => {
		closeField();
		if (current.size > 0) objects.push(current);
		current = new Map<string, Field>();
	};
	for (let at = 0; at < lines.length; at++) {
		const line = lines[at] ?? '';
		const lead = leadingSpace(line);
		if (lead === line.length) {
			closeObject();
			continue;
		}
		if (open !== null && lead > indent) {
			appendPart(open, line.trim());
			continue;
		}
		const property = propertyOf(line, lead);
		if (property === null) {
			closeObject();
			continue;
		}
		closeField();
		if (current.size === 0) indent = lead;
		const [name, raw] = property;
		const value = raw.length > MAX_FIELD ? raw.slice(0, MAX_FIELD) : raw;
		if (current.has(name)) {
			// A repeated name is not Format-List's; the first one stands and its lines are skipped.
			open = { name: '', parts: [], length: 0, cut: false };
			continue;
		}
		current.set(name, { value, cut: raw.length > MAX_FIELD, line, at });
		open = { name, parts: [value], length: value.length, cut: raw.length > MAX_FIELD };
	}
	closeObject();
	return objects;
}

/** Adds a continuation line to the open value, up to `MAX_FIELD` characters. */
function appendPart(open: OpenField, part: string): void {
	if (open.name === '' || open.cut) return;
	if (open.length + 1 + part.length > MAX_FIELD) {
		open.cut = true;
		return;
	}
	open.parts.push(part);
	open.length += 1 + part.length;
}

/** A property line's lower-cased name and trimmed value, or null. */
function propertyOf(line: string, lead: number): [string, string] | null {
	const colon = line.indexOf(':', lead);
	if (colon < 0 || colon - lead > MAX_NAME * 2) return null;
	const name = line.slice(lead, colon);
	if (!FIELD_NAME.test(name)) return null;
	return [name.trim().toLowerCase(), line.slice(colon + 1).trim()];
}

/** How many white-space characters a line starts with. */
function leadingSpace(line: string): number {
	let count = 0;
	while (count < line.length && (line[count] === ' ' || line[count] === '\t')) count++;
	return count;
}

/** A property's value, or undefined when it is not listed or empty. */
export function valueOf(object: ListedObject, name: string): string | undefined {
	const value = object.get(name)?.value;
	return value === undefined || value === '' ? undefined : value;
}

/** The items of a list value: `{a, b}` or `a, b`, without braces or empty items. */
export function listOf(value: string): string[] {
	return value
		.replace(/^\{/, '')
		.replace(/\}$/, '')
		.split(',')
		.map((item) => item.trim())
		.filter((item) => item !== '');
}

/** Values compared as PowerShell compares them: without regard to case. */
export function same(value: string, expected: string): boolean {
	return value.toLowerCase() === expected.toLowerCase();
}

/**
 * Whether a shown date is before or after `now`, or null when that is not certain: unparsed, within
 * `ZONE_MARGIN_MS`, or a day/month order that the value leaves open (both under 13) with the two
 * readings on different sides.
 */
function sideOf(value: string, now: Date): 'past' | 'future' | null {
	const sides = new Set(readingsOf(value).map((time) => sideOfTime(time, now.getTime())));
	if (sides.size !== 1) return null;
	const [side] = sides;
	return side ?? null;
}

function sideOfTime(time: number, now: number): 'past' | 'future' | null {
	if (time + ZONE_MARGIN_MS < now) return 'past';
	if (time - ZONE_MARGIN_MS > now) return 'future';
	return null;
}

/**
 * The instants a date may mean, as UTC: one for `2026-11-27`, one for `27/11/2026` or `11/27/2026`
 * (a part over 12 is the day), two for `05/06/2027` (US month first, most others day first).
 */
export function readingsOf(value: string): number[] {
	if (value.length > MAX_DATE) return [];
	const match = DATE.exec(value);
	if (!match) return [];
	const [, a = '', b = '', c = '', hh = '0', mm = '0', ss = '0', half] = match;
	let hour = Number(hh);
	if (half !== undefined) {
		if (hour < 1 || hour > 12) return [];
		hour = (hour % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
	}
	const time = { hour, minute: Number(mm), second: Number(ss) };
	if (a.length === 4) return validTimes([[Number(a), Number(b), Number(c)]], time);
	if (c.length !== 4) return [];
	const year = Number(c);
	const [first, second] = [Number(a), Number(b)];
	if (first === second) return validTimes([[year, first, second]], time);
	return validTimes(
		[
			[year, first, second],
			[year, second, first]
		],
		time
	);
}

/** The instants of the (year, month, day) readings that are real dates at a real time. */
function validTimes(
	dates: readonly (readonly [number, number, number])[],
	time: { hour: number; minute: number; second: number }
): number[] {
	if (time.hour > 23 || time.minute > 59 || time.second > 59) return [];
	const times: number[] = [];
	for (const [year, month, day] of dates) {
		// Date.UTC reads years under 100 as 19xx; no certificate of a running server is that old.
		if (year < MIN_YEAR) continue;
		const instant = new Date(Date.UTC(year, month - 1, day, time.hour, time.minute, time.second));
		// Date.UTC rolls 31/02 over into March: a reading that moved is not a date.
		if (instant.getUTCMonth() === month - 1 && instant.getUTCDate() === day) {
			times.push(instant.getTime());
		}
	}
	return times;
}
