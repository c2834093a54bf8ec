/**
 * Reading a pasted DNS lookup: Resolve-DnsName (its table, its list form and its error records),
 * nslookup (Windows and Linux), dig (full and `+short`) and host. Each line is read once, by literal
 * markers, whitespace splitting and anchored patterns without nested quantifiers, so a hostile paste
 * costs time linear in its length.
 *
 * What a lookup proves about a name:
 * - `dns-resolved`: the name has an answer (an A, AAAA or MX record). One finding per name, the
 *   first answer as its detail: the diagnosis needs to know that the name resolves, and one address
 *   is enough to test port 25 against; further addresses of the same name repeat the fact.
 * - `dns-aaaa`: the name has an IPv6 address (Exchange Online tries IPv6 first when a smart host has
 *   one). One finding per name, the first IPv6 address as its detail.
 * - `dns-nxdomain`, `dns-servfail`, `dns-timeout`: the lookup's failure as the tool reports it.
 * - `dns-no-records`: the name exists but has no record of the type asked (its detail, when the text
 *   names the type).
 *
 * The subject is the name asked. An answer reached through a CNAME shown before it is reported for
 * the alias that was asked (`smtp` CNAME `mail`, `mail` A 198.51.100.20: `smtp` resolved).
 */
import { Findings } from './collect';
import { hostName, isAddress, isIPv4, isIPv6 } from '../net/address';
import type { Finding, FindingId, Reader } from './types';

/**
 * Lines longer than this are no lookup's output (a DNS name is at most 253 characters, RFC 1035
 * §2.3.4) and are skipped unread, which also bounds the work done on any one line.
 */
const MAX_READ_LINE = 1_000;

/** The record types a command line or an answer may name; anything else is not a type. */
const RECORD_TYPES = new Set([
	'A',
	'AAAA',
	'MX',
	'CNAME',
	'SOA',
	'NS',
	'TXT',
	'PTR',
	'SRV',
	'CAA',
	'ANY'
]);

/** Options of Resolve-DnsName, nslookup, dig and host that take the next word as their value. */
const VALUE_OPTIONS = new Set([
	'-type',
	'-t',
	'-server',
	'-c',
	'-class',
	'-p',
	'-port',
	'-b',
	'-k',
	'-y',
	'-f',
	'-querytype'
]);
/** Options whose value sets the record type. */
const TYPE_OPTIONS = new Set(['-type', '-t', '-querytype']);
/** Options whose value is the name asked (`Resolve-DnsName -Name x`, `dig -q x`). */
const NAME_OPTIONS = new Set(['-name', '-q']);

/** A lookup as its command line (or dig's banner) states it. */
interface Query {
	readonly tool: string;
	/** The name asked, null for a reverse lookup or when the line names none. */
	readonly name: string | null;
	readonly type: string | null;
	/** dig `+short`: bare answers follow, one a line. */
	readonly short: boolean;
	/** The thing asked is an address (`nslookup 198.51.100.20`, `dig -x`): its answers are PTRs. */
	readonly reverse: boolean;
}

/** The words after a tool's name: the name asked, the type, `+short`, a reverse lookup. */
function readArguments(tool: string, args: readonly string[]): Query {
	let name: string | null = null;
	let type: string | null = null;
	let short = false;
	let reverse = false;
	for (let i = 0; i < args.length; i++) {
		const word = args[i] ?? '';
		const lower = word.toLowerCase();
		const next = args[i + 1] ?? '';
		if (lower === '+short') short = true;
		else if (lower === '-x') reverse = true;
		else if (/^-(?:type|querytype|q|query)=/.test(lower)) {
			// nslookup's -type=mx: the value is in the same word.
			type = word.slice(word.indexOf('=') + 1).toUpperCase();
		} else if (NAME_OPTIONS.has(lower)) {
			name ??= hostName(next);
			i++;
		} else if (VALUE_OPTIONS.has(lower)) {
			if (TYPE_OPTIONS.has(lower)) type = next.toUpperCase();
			i++;
		} else if (/^[-+@]/.test(word)) {
			// Another option, a dig +flag or the @server to ask: not the name.
		} else if (RECORD_TYPES.has(word.toUpperCase())) {
			type = word.toUpperCase();
		} else if (name === null && !reverse) {
			// The first other word is the name asked; a later one is nslookup's or host's server.
			if (isAddress(word)) reverse = true;
			else name = hostName(word);
		}
	}
	return { tool, name, type, short, reverse };
}

/**
 * A command line, after an optional prompt (`PS C:\>`, `C:\>`, `user@host:~$`, `#`): the prompt is
 * at most 100 characters ending in `>`, `$` or `#`, the tool's name one of the four.
 */
const COMMAND =
	/^(?:[^$#>]{0,100}[$#>]\s?)?(resolve-dnsname|nslookup(?:\.exe)?|dig|host)\s+([^:].{0,500})$/i;

/** The lookup a command line starts, or null when the line is none or names nothing to look up. */
function readCommand(line: string): Query | null {
	const m = COMMAND.exec(line);
	if (m === null) return null;
	const tool = (m[1] ?? '').toLowerCase().replace(/\.exe$/, '');
	const query = readArguments(tool, (m[2] ?? '').trim().split(/\s+/));
	return query.name === null && !query.reverse ? null : query;
}

/** A DNS response code as a finding; REFUSED is none (see `DIG_STATUS`). */
type Rcode = 'dns-nxdomain' | 'dns-servfail';

/**
 * dig's and host's response codes (RFC 1035 §4.1.1). REFUSED is left out on purpose: it is the asked
 * server's policy (it does not recurse for this client), a fact about the resolver, not about the
 * name or its zone, and reporting it as a server failure would claim what the text does not say.
 */
const DIG_STATUS: ReadonlyMap<string, Rcode> = new Map([
	['NXDOMAIN', 'dns-nxdomain'],
	['SERVFAIL', 'dns-servfail']
]);

/** Resolve-DnsName's error messages (the text after `Resolve-DnsName : <name> : `). */
const RESOLVE_MESSAGES: readonly (readonly [string, FindingId])[] = [
	['dns name does not exist', 'dns-nxdomain'],
	['dns server failure', 'dns-servfail'],
	['no records found', 'dns-no-records'],
	['this operation returned because the timeout period expired', 'dns-timeout']
];

/** Resolve-DnsName's FullyQualifiedErrorId codes: the Win32 DNS error names. */
const RESOLVE_ERROR_IDS: ReadonlyMap<string, FindingId> = new Map([
	['DNS_ERROR_RCODE_NAME_ERROR', 'dns-nxdomain'],
	['DNS_ERROR_RCODE_SERVER_FAILURE', 'dns-servfail'],
	['DNS_INFO_NO_RECORDS', 'dns-no-records'],
	['ERROR_TIMEOUT', 'dns-timeout']
]);

/** nslookup's reasons after `can't find <name>: ` (Windows wording, then Linux rcode names). */
const NSLOOKUP_REASONS: ReadonlyMap<string, FindingId> = new Map([
	['non-existent domain', 'dns-nxdomain'],
	['nxdomain', 'dns-nxdomain'],
	['server failed', 'dns-servfail'],
	['servfail', 'dns-servfail'],
	['no response from server', 'dns-timeout'],
	['no answer', 'dns-no-records']
]);

/** The same timeout, as dig, host and Linux nslookup print it. */
const NO_SERVERS = ';; connection timed out; no servers could be reached';
/**
 * BIND 9.18's dig, host and nslookup print one line per failed try, then give up
 * (tests/fixtures/evidence/real: dig-timeout.txt, dig-refused-resolver.txt): "timed out" is a
 * resolver that never answered, "connection refused" (an ICMP port unreachable) one that is not
 * there at all. The tries come before dig's banner, the verdict after it.
 */
const COMMUNICATIONS_ERROR =
	/^;; communications error to ([0-9A-Fa-f.:]{2,45})#\d{1,5}: (.{1,60})$/;
const GAVE_UP = ';; no servers could be reached';

const HOST_ADDRESS = /^(\S+) has (?:IPv6 )?address (\S+)$/;
const HOST_MX = /^(\S+) mail is handled by \d{1,5} (\S+)$/;
const HOST_ALIAS = /^(\S+) is an alias for (\S+)$/;
const HOST_NO_RECORD = /^(\S+) has no (\S+) record$/;
const HOST_NOT_FOUND = /^Host (\S+) not found: \d\(([A-Z]{1,10})\)$/;

/** `Key : value` (Resolve-DnsName's list form) and `Key: value` (nslookup). */
const KEY_VALUE = /^([A-Za-z][A-Za-z0-9]{0,19})\s{0,40}:(.*)$/;
/** A zone-file shaped record, as dig and `host -v` print them: name TTL class type data. */
const TTL = /^\d{1,10}$/;
/** dig's section markers. */
const DIG_SECTION = /^;; ([A-Z]{1,12}) SECTION:$/;
/** An MX answer of dig +short: preference and exchange. */
const SHORT_MX = /^\d{1,5} (\S+)$/;

/** A dig response being read: its rcode waits for the QUESTION section to name the name. */
interface DigResponse {
	readonly line: string;
	readonly status: string;
	name: string | null;
	type: string | null;
	/** The header's `ANSWER: 0`: the response holds no answer at all. */
	empty: boolean;
}

/** The state of one pass over a paste. */
class DnsScan {
	readonly findings = new Findings();
	/** The lookup the last command line (or dig banner) started. */
	#query: Query | null = null;
	/** Answers seen so far, to tell an empty response from one with answers. */
	#answers = 0;
	/** `#answers` when the current lookup began. */
	#answersAtQuery = 0;
	/** CNAME targets, lower case, to the name that was asked. */
	readonly #askedFor = new Map<string, string>();

	/** After nslookup's `Server:`, the next Address is the resolver's. */
	#resolverNext = false;
	/** A `Server:` header was seen for this lookup: later nslookup timeouts are about the name. */
	#nslookupBody = false;
	/** The name of the record being listed (`Name:` of nslookup, `Name :` of Resolve-DnsName). */
	#recordName: string | null = null;
	#recordType: string | null = null;
	#recordSection: string | null = null;
	/** The last line was an nslookup address: Windows lists further ones on indented lines. */
	#addressList = false;
	/** The name of Resolve-DnsName's error record, from its CategoryInfo line. */
	#errorName: string | null = null;

	#dig: DigResponse | null = null;
	/** The last failed try of dig, host or nslookup (BIND 9.18), until their verdict. */
	#tried: { readonly line: string; readonly server: string; readonly reason: string } | null = null;
	#digSection: string | null = null;
	/** dig +short output is being read. */
	#short = false;

	read(raw: string): void {
		if (raw.length > MAX_READ_LINE) return;
		const line = raw.trim();
		const indented = line !== '' && raw !== raw.trimStart();
		const continuesList = this.#addressList;
		this.#addressList = false;
		if (line === '') {
			this.#short = false;
			return;
		}
		if (this.#short && this.#readShort(line)) return;
		this.#short = false;
		if (continuesList && indented && isAddress(line)) {
			this.#answer(this.#recordName, line, line);
			this.#addressList = true;
			return;
		}
		if (
			this.#readResolveError(line) ||
			this.#readNslookupError(line) ||
			this.#readDigMarker(line) ||
			this.#readHost(line) ||
			this.#readRecord(line) ||
			this.#readNslookupRecord(line) ||
			this.#readKeyValue(line)
		) {
			return;
		}
		const query = readCommand(line);
		if (query !== null) this.#startQuery(query);
	}

	finish(): Finding[] {
		this.#flushDig();
		return this.findings.list;
	}

	#startQuery(query: Query): void {
		this.#flushDig();
		this.#query = query;
		this.#answersAtQuery = this.#answers;
		this.#resolverNext = false;
		this.#nslookupBody = false;
		this.#recordName = null;
		this.#recordType = null;
		this.#recordSection = null;
		this.#errorName = null;
		this.#digSection = null;
		this.#short = query.tool === 'dig' && query.short && query.name !== null;
	}

	/** The name asked that `name` answers for: itself, or the alias that led to it. */
	#asked(name: string): string {
		return this.#askedFor.get(name.toLowerCase()) ?? name;
	}

	#alias(owner: string | null, target: string | null): void {
		if (owner === null || target === null) return;
		const asked = this.#asked(owner);
		if (asked.toLowerCase() !== target.toLowerCase())
			this.#askedFor.set(target.toLowerCase(), asked);
	}

	/** An answer: `value` is an address or an MX host of `name`. */
	#answer(name: string | null, value: string, line: string): void {
		if (name === null) return;
		const asked = this.#asked(name);
		this.#answers++;
		this.findings.add('dns-resolved', line, asked, value, true);
		if (isIPv6(value)) this.findings.add('dns-aaaa', line, asked, value, true);
	}

	/** An answer record: A and AAAA with their address, MX with its exchange, CNAME as an alias. */
	#record(name: string | null, type: string, data: string, line: string): void {
		if (type === 'A' && isIPv4(data)) this.#answer(name, data, line);
		else if (type === 'AAAA' && isIPv6(data)) this.#answer(name, data, line);
		else if (type === 'MX') {
			const exchange = hostName(data);
			if (exchange !== null) this.#answer(name, exchange, line);
		} else if (type === 'CNAME') this.#alias(name, hostName(data));
	}

	/** The failure of the current lookup, about the name asked when the line does not name it. */
	#failure(id: FindingId, line: string, name: string | null = this.#query?.name ?? null): void {
		const type = name !== null && name === this.#query?.name ? this.#query.type : null;
		this.findings.add(id, line, name, id === 'dns-no-records' ? type : null);
	}

	/** Resolve-DnsName's error record: the message line, CategoryInfo and FullyQualifiedErrorId. */
	#readResolveError(line: string): boolean {
		const prefix = /^Resolve-DnsName ?: /i.exec(line);
		if (prefix !== null) {
			const rest = line.slice(prefix[0].length);
			const cut = rest.indexOf(' : ');
			if (cut < 0) return false;
			const message = rest
				.slice(cut + 3)
				.trim()
				.toLowerCase();
			const hit = RESOLVE_MESSAGES.find(([text]) => message.startsWith(text));
			if (hit !== undefined) this.#failure(hit[1], line, hostName(rest.slice(0, cut)));
			return true;
		}
		if (line.startsWith('+ CategoryInfo')) {
			const m = /\(([^():\s]{1,254}):String\)/.exec(line);
			this.#errorName = m === null ? null : hostName(m[1] ?? '');
			return true;
		}
		if (line.startsWith('+ FullyQualifiedErrorId')) {
			const code = line.slice(line.indexOf(':') + 1).split(',')[0] ?? '';
			const id = RESOLVE_ERROR_IDS.get(code.trim());
			// The message line, when PowerShell did not wrap it, already reported this same fact.
			if (id !== undefined) this.#failure(id, line, this.#errorName ?? this.#query?.name ?? null);
			this.#errorName = null;
			return true;
		}
		return false;
	}

	/** nslookup's `*** ... can't find <name>: <reason>` and its timeouts. */
	#readNslookupError(line: string): boolean {
		if (line.startsWith('*')) {
			const lower = line.toLowerCase();
			const at = lower.indexOf("can't find ");
			if (at >= 0) {
				const rest = line.slice(at + "can't find ".length);
				const colon = rest.indexOf(': ');
				if (colon < 0) return false;
				const id = NSLOOKUP_REASONS.get(
					rest
						.slice(colon + 2)
						.trim()
						.toLowerCase()
				);
				if (id !== undefined) this.#failure(id, line, hostName(rest.slice(0, colon)));
				return true;
			}
			if (lower.startsWith('*** request to ') && lower.endsWith(' timed-out')) {
				// Windows: the server (named in the line) never answered the query.
				this.#failure('dns-timeout', line);
				return true;
			}
			if (lower.startsWith('*** no internal type for both ipv4 and ipv6 addresses')) {
				// Windows: the name exists, with neither an A nor an AAAA record.
				const words = line.split(/\s+/);
				this.#failure('dns-no-records', line, hostName(words[words.length - 1] ?? ''));
				return true;
			}
			return false;
		}
		if (line === 'DNS request timed out.') {
			// Before the Server: header it is nslookup's reverse lookup of the resolver's own address,
			// which says nothing about the name asked.
			if (this.#nslookupBody) this.#failure('dns-timeout', line);
			return true;
		}
		if (line === NO_SERVERS) {
			this.#failure('dns-timeout', line, this.#dig?.name ?? this.#query?.name ?? null);
			return true;
		}
		const tried = COMMUNICATIONS_ERROR.exec(line);
		if (tried !== null) {
			this.#tried = { line, server: tried[1] ?? '', reason: (tried[2] ?? '').toLowerCase() };
			return true;
		}
		if (line === GAVE_UP && this.#tried !== null) {
			const { line: triedLine, server, reason } = this.#tried;
			this.#tried = null;
			const name = this.#dig?.name ?? this.#query?.name ?? null;
			// Only "timed out" is a timeout; a refused query reached no DNS server at all.
			if (reason === 'timed out') this.#failure('dns-timeout', triedLine, name);
			else this.findings.add('dns-resolver-unreachable', triedLine, name, server);
			return true;
		}
		return false;
	}

	/** dig's banner, header, flags and section lines (a question line too). */
	#readDigMarker(line: string): boolean {
		const banner = line.indexOf('<<>> DiG ');
		if (banner >= 0) {
			const after = line.indexOf('<<>> ', banner + 5);
			const args =
				after < 0
					? []
					: line
							.slice(after + 5)
							.trim()
							.split(/\s+/);
			this.#startQuery({ ...readArguments('dig', args), short: false });
			return true;
		}
		if (line.startsWith(';; ->>HEADER<<-')) {
			this.#flushDig();
			const status = /status: ([A-Z]{1,10})/.exec(line)?.[1] ?? '';
			this.#answersAtQuery = this.#answers;
			this.#digSection = null;
			this.#dig = {
				line,
				status,
				name: this.#query?.name ?? null,
				type: this.#query?.type ?? null,
				empty: false
			};
			return true;
		}
		if (line.startsWith(';; flags:')) {
			if (this.#dig !== null) this.#dig.empty = /\bANSWER: 0\b/.test(line);
			return true;
		}
		const section = DIG_SECTION.exec(line);
		if (section !== null) {
			this.#digSection = section[1] ?? null;
			return true;
		}
		if (line.startsWith(';; Query time:')) {
			// The statistics follow the last section: the response is complete.
			this.#flushDig();
			return true;
		}
		if (this.#digSection === 'QUESTION' && line.startsWith(';') && !line.startsWith(';;')) {
			const [name = '', , type = ''] = line.slice(1).split(/\s+/);
			if (this.#dig !== null) {
				this.#dig.name = hostName(name) ?? this.#dig.name;
				this.#dig.type = RECORD_TYPES.has(type) ? type : this.#dig.type;
			}
			return true;
		}
		return false;
	}

	/** Reports the rcode of the dig response read so far, once its question is known. */
	#flushDig(): void {
		const dig = this.#dig;
		if (dig === null) return;
		this.#dig = null;
		const id = DIG_STATUS.get(dig.status);
		if (id !== undefined) this.findings.add(id, dig.line, dig.name, null);
		else if (dig.status === 'NOERROR' && dig.empty && this.#answers === this.#answersAtQuery) {
			// NOERROR with no answer: the name exists without a record of the type (RFC 2308 §2.2).
			this.findings.add('dns-no-records', dig.line, dig.name, dig.type);
		}
	}

	/** host's sentences. */
	#readHost(line: string): boolean {
		const address = HOST_ADDRESS.exec(line);
		if (address !== null) {
			const value = address[2] ?? '';
			if (isAddress(value)) this.#answer(hostName(address[1] ?? ''), value, line);
			return true;
		}
		const mx = HOST_MX.exec(line);
		if (mx !== null) {
			const exchange = hostName(mx[2] ?? '');
			if (exchange !== null) this.#answer(hostName(mx[1] ?? ''), exchange, line);
			return true;
		}
		const alias = HOST_ALIAS.exec(line);
		if (alias !== null) {
			this.#alias(hostName(alias[1] ?? ''), hostName(alias[2] ?? ''));
			return true;
		}
		const none = HOST_NO_RECORD.exec(line);
		if (none !== null) {
			const type = (none[2] ?? '').toUpperCase();
			if (RECORD_TYPES.has(type)) {
				this.findings.add('dns-no-records', line, hostName(none[1] ?? ''), type);
			}
			return true;
		}
		const notFound = HOST_NOT_FOUND.exec(line);
		if (notFound !== null) {
			const id = DIG_STATUS.get(notFound[2] ?? '');
			if (id !== undefined) this.findings.add(id, line, hostName(notFound[1] ?? ''), null);
			return true;
		}
		return false;
	}

	/**
	 * A record line: dig's (and `host -v`'s) zone-file form `name TTL IN type data`, or a row of
	 * Resolve-DnsName's table `Name Type TTL Section data`.
	 */
	#readRecord(line: string): boolean {
		const words = line.split(/\s+/);
		const [first = '', second = '', third = '', fourth = '', fifth = '', sixth = ''] = words;
		if (words.length >= 5 && TTL.test(second) && third === 'IN' && RECORD_TYPES.has(fourth)) {
			// Records of the AUTHORITY and ADDITIONAL sections are not answers to the question.
			if (this.#digSection === null || this.#digSection === 'ANSWER') {
				this.#record(hostName(first), fourth, fourth === 'MX' ? sixth : fifth, line);
			}
			return true;
		}
		if (words.length >= 5 && RECORD_TYPES.has(second) && TTL.test(third)) {
			if (fourth === 'Answer') this.#record(hostName(first), second, fifth, line);
			else if (
				fourth === 'Authority' &&
				second === 'SOA' &&
				this.#answers === this.#answersAtQuery
			) {
				// Only the zone's SOA, in the Authority section: the name has no record of the type.
				this.#failure('dns-no-records', line);
			}
			return fourth === 'Answer' || fourth === 'Authority' || fourth === 'Additional';
		}
		return false;
	}

	/** nslookup's record sentences: `mail exchanger =`, `canonical name =`, `internet address =`. */
	#readNslookupRecord(line: string): boolean {
		const at = line.indexOf(' = ');
		if (at < 0) return false;
		const words = line.split(/\s+/);
		const owner = hostName(words[0] ?? '');
		const value = words[words.length - 1] ?? '';
		if (line.includes('mail exchanger = ')) {
			// Windows: "MX preference = 10, mail exchanger = host"; Linux: "mail exchanger = 10 host."
			const exchange = hostName(value);
			if (exchange !== null) this.#answer(owner, exchange, line);
			return true;
		}
		if (line.includes('canonical name = ')) {
			this.#alias(owner, hostName(value));
			return true;
		}
		if (line.includes('internet address = ') || line.includes('AAAA IPv6 address = ')) {
			if (isAddress(value)) this.#answer(owner, value, line);
			return true;
		}
		return false;
	}

	/** `Key: value` lines of nslookup and of Resolve-DnsName's list form. */
	#readKeyValue(line: string): boolean {
		const m = KEY_VALUE.exec(line);
		if (m === null) return false;
		const key = (m[1] ?? '').toLowerCase();
		const value = (m[2] ?? '').trim();
		switch (key) {
			case 'server':
				this.#resolverNext = true;
				this.#nslookupBody = true;
				this.#recordName = null;
				return true;
			case 'name':
				this.#recordName = hostName(value);
				this.#recordType = null;
				this.#recordSection = null;
				return true;
			case 'address':
			case 'addresses':
				// The header's Address (Linux writes it as address#port) is the resolver, not an answer;
				// an nslookup of an address answers with its PTR name, not the name's address.
				if (this.#resolverNext || value.includes('#') || this.#query?.reverse === true) {
					this.#resolverNext = false;
					return true;
				}
				if (isAddress(value)) {
					this.#answer(this.#recordName, value, line);
					this.#addressList = true;
				}
				return true;
			case 'querytype':
				this.#recordType = value.toUpperCase();
				return true;
			case 'section':
				this.#recordSection = value;
				return true;
			case 'ip4address':
			case 'ip6address':
			case 'nameexchange':
			case 'namehost':
				if (this.#recordSection === null || this.#recordSection === 'Answer') {
					const type = key === 'namehost' ? 'CNAME' : (this.#recordType ?? '');
					this.#record(this.#recordName, key === 'ip6address' ? 'AAAA' : type, value, line);
				}
				return true;
			default:
				return false;
		}
	}

	/** A line of dig +short output; false when the line is not one (the output has ended). */
	#readShort(line: string): boolean {
		const name = this.#query?.name ?? null;
		if (isAddress(line)) {
			this.#answer(name, line, line);
			return true;
		}
		const mx = SHORT_MX.exec(line);
		const exchange = mx === null ? null : hostName(mx[1] ?? '');
		if (exchange !== null) {
			this.#answer(name, exchange, line);
			return true;
		}
		// A CNAME's target, absolute: the addresses that follow are the asked name's.
		return line.endsWith('.') && hostName(line) !== null;
	}
}

/**
 * Reads the output of Resolve-DnsName, nslookup, dig or host: `dns-resolved` (one per name, its
 * first address or MX host as detail), `dns-aaaa` (one per name, its first IPv6 address),
 * `dns-nxdomain`, `dns-servfail`, `dns-no-records` (detail: the record type when the text names it)
 * and `dns-timeout`, each proved by its line and about the name asked. dig's REFUSED is not reported
 * (a resolver's policy, not a fact about the name); dig `+short` answers are read only after the dig
 * command line with `+short`, the only sign that bare addresses are its output.
 */
export const readDns: Reader = (lines) => {
	const scan = new DnsScan();
	for (const line of lines) scan.read(line);
	return scan.finish();
};
