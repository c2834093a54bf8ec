/**
 * Reading a pasted port test: Test-NetConnection, nc (OpenBSD, traditional, ncat) and telnet. Each
 * line is read once, by literal markers and anchored patterns without nested quantifiers, so a hostile
 * paste costs time linear in its length.
 *
 * A tool reports what it saw and no more: `tcp-refused` and `tcp-timeout` only where the text says
 * "refused" or "timed out"; Test-NetConnection's `False` and Windows telnet's "Connect failed" do not
 * tell them apart and are `tcp-failed`, as are the failures that are neither (no route to host).
 *
 * The subject is the host tested: the name on the proving line, else the host of the command line
 * pasted above it, else the address. The detail is the endpoint as far as the text shows it:
 * `198.51.100.20:25`, `[2001:db8::25]:25`, the address alone, or the port alone (`25`).
 */
import { Findings } from './collect';
import { hostName, isAddress, isIPv6 } from '../net/address';
import type { Finding, FindingId, Reader } from './types';

/** Lines longer than this are no port test's output and are skipped unread (bounds the work). */
const MAX_READ_LINE = 1_000;

/** A port as the tools print it. */
const PORT = /^\d{1,5}$/;

/** Options of Test-NetConnection, nc, ncat and telnet that take the next word as their value. */
const VALUE_OPTIONS = new Set([
	'-port',
	'-computername',
	'-informationlevel',
	'-hops',
	'-commontcpport',
	'-constrainsourceaddress',
	'-constraininterface',
	'-warningaction',
	'-wa',
	'-w',
	'-s',
	'-p',
	'-i',
	'-q',
	'-x',
	'-X',
	'-W',
	'-T',
	'-O',
	'-I',
	'-e',
	'-l',
	'-b',
	'--wait',
	'--source',
	'--source-port'
]);

/**
 * A command line, after an optional prompt (`PS C:\>`, `C:\>`, `user@host:~$`, `#`): the prompt is
 * at most 100 characters ending in `>`, `$` or `#`.
 */
const COMMAND =
	/^(?:[^$#>]{0,100}[$#>]\s?)?(test-netconnection|tnc|nc|ncat|netcat|nc\.traditional|nc\.openbsd|telnet)(?:\.exe)?\s+(.{1,500})$/i;

/** The host and port a command line tests. */
interface Target {
	readonly host: string | null;
	readonly port: string | null;
}

/** The host and port of a command line, or null when the line is none or names no host. */
function readCommand(line: string): Target | null {
	const m = COMMAND.exec(line);
	if (m === null) return null;
	const words = (m[2] ?? '').trim().split(/\s+/);
	let host: string | null = null;
	let port: string | null = null;
	for (let i = 0; i < words.length; i++) {
		const word = words[i] ?? '';
		const lower = word.toLowerCase();
		const next = words[i + 1] ?? '';
		if (lower === '-computername') host ??= hostOrAddress(next);
		if (lower === '-port' && PORT.test(next)) port = next;
		if (VALUE_OPTIONS.has(word) || VALUE_OPTIONS.has(lower)) i++;
		else if (word.startsWith('-')) {
			// A switch (-v, -z, -InformationLevel's siblings): not the host.
		} else if (host === null) host = hostOrAddress(word);
		else if (port === null && PORT.test(word)) port = word;
	}
	return host === null ? null : { host, port };
}

/** A host name (without its trailing dot) or an address, or null. */
function hostOrAddress(text: string): string | null {
	return isAddress(text) ? text : hostName(text);
}

/** The endpoint as far as it is known: `a:p`, `[v6]:p`, the address, the port, or null. */
function endpoint(address: string | null, port: string | null): string | null {
	if (address === null) return port;
	if (port === null) return address;
	return isIPv6(address) ? `[${address}]:${port}` : `${address}:${port}`;
}

/** The finding a failure reason of the socket API stands for. */
function failureOf(reason: string): FindingId {
	const lower = reason.toLowerCase();
	if (lower.includes('refused')) return 'tcp-refused';
	if (lower.includes('timed out') || lower.includes('timeout')) return 'tcp-timeout';
	return 'tcp-failed';
}

/** getaddrinfo's and the resolver's words for a name that does not resolve. */
const UNRESOLVED_REASONS = [
	'name or service not known',
	'temporary failure in name resolution',
	'no address associated with hostname',
	'nodename nor servname provided, or not known',
	'unknown host',
	'host name lookup failure'
];

function isUnresolved(reason: string): boolean {
	const lower = reason.toLowerCase();
	return UNRESOLVED_REASONS.some((text) => lower.includes(text));
}

/** OpenBSD nc, and macOS's (which writes "port 25" before the service and says "connectx"). */
const NC_SUCCEEDED =
	/^Connection to (\S+) (?:\((\S+)\) )?(?:(\d{1,5}) port|port (\d{1,5})) \[[^\]]{0,40}\] succeeded!$/;
const NC_CONNECT =
	/^nc: connectx? to (\S+) (?:\((\S+)\) )?port (\d{1,5}) \([a-z]{1,5}\) (failed|timed out): (.{1,80})$/;
const NC_GETADDRINFO = /^nc: getaddrinfo(?: for host "([^"]{1,254})" port (\S{1,20}))?: (.{1,80})$/;
/** Traditional netcat (nc.traditional): "host [address] port (service) open" or ": reason". */
const NETCAT_RESULT = /^(\S+) \[(\S+)\] (\d{1,5}) \([^)]{0,20}\) (?:(open)|: (.{1,80}))$/;
const NETCAT_LOOKUP = /^(\S+): forward host lookup failed: (.{1,80})$/;
const NCAT_CONNECTED = /^Ncat: Connected to (\S+)\.$/;
const NCAT_RESOLVE = /^Ncat: Could not resolve hostname "([^"]{1,254})": (.{1,80})$/;
/** Linux telnet. */
const TELNET_TRYING = /^Trying (\S+)\.\.\.$/;
const TELNET_CONNECTED = /^Connected to (\S+)\.$/;
const TELNET_ADDRESS = /^telnet: connect to address (\S+): (.{1,80})$/;
const TELNET_UNABLE = 'telnet: Unable to connect to remote host: ';
const TELNET_RESOLVE = /^telnet: could not resolve (\S+)\/(\S{1,20}): (.{1,80})$/;
/** netkit telnet (Debian's `telnet` package, tests/fixtures/evidence/real/telnet-unresolved.txt). */
const TELNET_LOOKUP = /^Server lookup failure:\s+(\S+?):(\S{1,20}), (.{1,80})$/;
/** Windows telnet, on the "Connecting To" line or the next. */
const WINDOWS_CONNECTING = 'Connecting To ';
const WINDOWS_FAILED = /Could not open connection to the host, on port (\d{1,5}): Connect failed$/;
/** Test-NetConnection. */
const TNC_TCP_WARNING = /^WARNING: TCP connect to \((\S+) : (\d{1,5})\) failed$/;
const TNC_NAME_WARNING = /^WARNING: Name resolution of (\S+) failed/;
const TNC_FIELD = /^(ComputerName|RemoteAddress|RemotePort|TcpTestSucceeded)\s{0,40}:(.*)$/;

/** One Test-NetConnection result being read; its fields follow its warnings. */
interface TncResult {
	computerName: string | null;
	remoteAddress: string | null;
	remotePort: string | null;
	/** The per-address "TCP connect to (a : p) failed" warnings, in order. */
	readonly failedConnects: {
		readonly line: string;
		readonly address: string;
		readonly port: string;
	}[];
	unresolved: { readonly line: string; readonly name: string } | null;
	outcome: { readonly line: string; readonly succeeded: boolean } | null;
}

/** The state of one pass over a paste. */
class TcpScan {
	readonly findings = new Findings();
	/** The host and port of the last command line. */
	#target: Target = { host: null, port: null };
	#tnc: TncResult | null = null;
	/** The address of Linux telnet's last "Trying" line: telnet is talking. */
	#trying: string | null = null;
	/** A per-address telnet failure was reported since the last "Trying" of this command. */
	#telnetReported = false;
	/** The host of Windows telnet's "Connecting To" line. */
	#connecting: string | null = null;

	read(raw: string): void {
		if (raw.length > MAX_READ_LINE) return;
		const line = raw.trim();
		if (line === '') return;
		if (
			this.#readTestNetConnection(line) ||
			this.#readNc(line) ||
			this.#readNcat(line) ||
			this.#readTelnet(line)
		) {
			return;
		}
		const target = readCommand(line);
		if (target !== null) {
			this.#flushTnc();
			this.#target = target;
			this.#trying = null;
			this.#telnetReported = false;
			this.#connecting = null;
		}
	}

	finish(): Finding[] {
		this.#flushTnc();
		return this.findings.list;
	}

	/** The subject when the line names no host: the command's host, else the address. */
	#subject(address: string | null): string | null {
		return this.#target.host ?? address;
	}

	/** The command's host when it is an address: the endpoint then shows it. */
	#targetAddress(): string | null {
		const host = this.#target.host;
		return host !== null && isAddress(host) ? host : null;
	}

	/** A finding about `host` (named on the line) at `address`:`port`. */
	#add(
		id: FindingId,
		line: string,
		host: string | null,
		address: string | null,
		port: string | null
	): void {
		const subject = host ?? this.#subject(address);
		const shown = address ?? (subject !== null && isAddress(subject) ? subject : null);
		this.findings.add(id, line, subject, endpoint(shown, port));
	}

	#readTestNetConnection(line: string): boolean {
		const tcpWarning = TNC_TCP_WARNING.exec(line);
		const nameWarning = tcpWarning === null ? TNC_NAME_WARNING.exec(line) : null;
		if (tcpWarning !== null || nameWarning !== null) {
			// A warning comes before its result's fields: after a complete result it starts the next.
			if (this.#tnc !== null && this.#tnc.computerName !== null) this.#flushTnc();
			const tnc = this.#openTnc();
			if (tcpWarning !== null && isAddress(tcpWarning[1] ?? '')) {
				tnc.failedConnects.push({ line, address: tcpWarning[1] ?? '', port: tcpWarning[2] ?? '' });
			}
			const name = hostOrAddress(nameWarning?.[1] ?? '');
			if (name !== null) tnc.unresolved = { line, name };
			return true;
		}
		const field = TNC_FIELD.exec(line);
		if (field === null) return false;
		const value = (field[2] ?? '').trim();
		if (field[1] === 'ComputerName') {
			if (this.#tnc !== null && this.#tnc.computerName !== null) this.#flushTnc();
			this.#openTnc().computerName = hostOrAddress(value);
		} else if (field[1] === 'RemoteAddress') {
			this.#openTnc().remoteAddress = isAddress(value) ? value : null;
		} else if (field[1] === 'RemotePort') {
			this.#openTnc().remotePort = PORT.test(value) ? value : null;
		} else if (value === 'True' || value === 'False') {
			// TcpTestSucceeded is the last field of the default view: the result is complete.
			this.#openTnc().outcome = { line, succeeded: value === 'True' };
			this.#flushTnc();
		}
		return true;
	}

	#openTnc(): TncResult {
		this.#tnc ??= {
			computerName: null,
			remoteAddress: null,
			remotePort: null,
			failedConnects: [],
			unresolved: null,
			outcome: null
		};
		return this.#tnc;
	}

	/** Reports the Test-NetConnection result read so far. */
	#flushTnc(): void {
		const tnc = this.#tnc;
		if (tnc === null) return;
		this.#tnc = null;
		const port = tnc.remotePort ?? this.#target.port;
		if (tnc.unresolved !== null) {
			// No address to connect to: its TcpTestSucceeded False is no port test at all.
			this.findings.add('tcp-name-unresolved', tnc.unresolved.line, tnc.unresolved.name, port);
			return;
		}
		const host = tnc.computerName;
		for (const failed of tnc.failedConnects) {
			// The warning about the address the result names is that result's own: its
			// TcpTestSucceeded line proves it. A warning about another address (the IPv6 one tried
			// first) is a fact of its own.
			const reported = tnc.outcome !== null && failed.address === tnc.remoteAddress;
			if (!reported) this.#add('tcp-failed', failed.line, host, failed.address, failed.port);
		}
		if (tnc.outcome !== null) {
			const id = tnc.outcome.succeeded ? 'tcp-open' : 'tcp-failed';
			this.#add(id, tnc.outcome.line, host, tnc.remoteAddress, port);
		}
	}

	/** OpenBSD (and macOS) nc, and traditional netcat. */
	#readNc(line: string): boolean {
		const ok = NC_SUCCEEDED.exec(line);
		if (ok !== null) {
			const host = hostOrAddress(ok[1] ?? '');
			this.#add('tcp-open', line, host, addressOf(ok[2]), ok[3] ?? ok[4] ?? null);
			return true;
		}
		const connect = NC_CONNECT.exec(line);
		if (connect !== null) {
			const id = connect[4] === 'timed out' ? 'tcp-timeout' : failureOf(connect[5] ?? '');
			this.#add(
				id,
				line,
				hostOrAddress(connect[1] ?? ''),
				addressOf(connect[2]),
				connect[3] ?? null
			);
			return true;
		}
		const lookup = NC_GETADDRINFO.exec(line);
		if (lookup !== null) {
			if (isUnresolved(lookup[3] ?? '')) {
				const host = lookup[1] === undefined ? this.#target.host : hostName(lookup[1]);
				const port = lookup[2] ?? this.#target.port;
				this.findings.add('tcp-name-unresolved', line, host, port);
			}
			return true;
		}
		const netcat = NETCAT_RESULT.exec(line);
		if (netcat !== null) {
			const address = addressOf(netcat[2]);
			// "(UNKNOWN)": netcat found no name for the address.
			const host = netcat[1] === '(UNKNOWN)' ? null : hostOrAddress(netcat[1] ?? '');
			const id = netcat[4] === 'open' ? 'tcp-open' : failureOf(netcat[5] ?? '');
			this.#add(id, line, host, address, netcat[3] ?? null);
			return true;
		}
		const forward = NETCAT_LOOKUP.exec(line);
		if (forward !== null) {
			const host = hostName(forward[1] ?? '');
			if (host !== null) this.findings.add('tcp-name-unresolved', line, host, this.#target.port);
			return true;
		}
		return false;
	}

	/** ncat (Nmap's): it names the address it reached, never the host. */
	#readNcat(line: string): boolean {
		if (!line.startsWith('Ncat: ')) return false;
		const connected = NCAT_CONNECTED.exec(line);
		if (connected !== null) {
			const [address, port] = splitEndpoint(connected[1] ?? '');
			if (address !== null) this.#add('tcp-open', line, null, address, port);
			return true;
		}
		const resolve = NCAT_RESOLVE.exec(line);
		if (resolve !== null) {
			if (isUnresolved(resolve[2] ?? '')) {
				this.findings.add(
					'tcp-name-unresolved',
					line,
					hostName(resolve[1] ?? ''),
					this.#target.port
				);
			}
			return true;
		}
		const message = line.slice('Ncat: '.length);
		if (
			message === 'Connection refused.' ||
			message === 'TIMEOUT.' ||
			message === 'Connection timed out.' ||
			message === 'No route to host.' ||
			message === 'Network is unreachable.'
		) {
			this.#add(failureOf(message), line, null, this.#targetAddress(), this.#target.port);
		}
		return true;
	}

	/** Linux and Windows telnet. */
	#readTelnet(line: string): boolean {
		const trying = TELNET_TRYING.exec(line);
		if (trying !== null) {
			const address = trying[1] ?? '';
			if (isAddress(address)) {
				this.#trying = address;
				this.#telnetReported = false;
			}
			return true;
		}
		const perAddress = TELNET_ADDRESS.exec(line);
		if (perAddress !== null) {
			const address = addressOf(perAddress[1]);
			this.#add(failureOf(perAddress[2] ?? ''), line, null, address, this.#target.port);
			this.#telnetReported = true;
			return true;
		}
		if (line.startsWith(TELNET_UNABLE)) {
			// The final verdict repeats the per-address line some builds print before it.
			if (!this.#telnetReported) {
				const reason = line.slice(TELNET_UNABLE.length);
				this.#add(failureOf(reason), line, null, this.#trying, this.#target.port);
			}
			return true;
		}
		const connected = TELNET_CONNECTED.exec(line);
		if (connected !== null && this.#trying !== null) {
			// Only after "Trying": "Connected to x." alone could be any program's sentence.
			const host = hostOrAddress(connected[1] ?? '');
			this.#add('tcp-open', line, host, this.#trying, this.#target.port);
			return true;
		}
		const lookup = TELNET_LOOKUP.exec(line);
		if (lookup !== null) {
			if (isUnresolved(lookup[3] ?? '')) {
				const port = lookup[2] ?? '';
				this.findings.add(
					'tcp-name-unresolved',
					line,
					hostName(lookup[1] ?? ''),
					PORT.test(port) ? port : this.#target.port
				);
			}
			return true;
		}
		const resolve = TELNET_RESOLVE.exec(line);
		if (resolve !== null) {
			if (isUnresolved(resolve[3] ?? '')) {
				const port = resolve[2] ?? '';
				this.findings.add(
					'tcp-name-unresolved',
					line,
					hostName(resolve[1] ?? ''),
					PORT.test(port) ? port : this.#target.port
				);
			}
			return true;
		}
		if (line.startsWith(WINDOWS_CONNECTING)) {
			const rest = line.slice(WINDOWS_CONNECTING.length);
			const dots = rest.indexOf('...');
			if (dots > 0) this.#connecting = hostOrAddress(rest.slice(0, dots));
		}
		const failed = WINDOWS_FAILED.exec(line);
		if (failed !== null) {
			this.#add('tcp-failed', line, this.#connecting, null, failed[1] ?? null);
			return true;
		}
		return line.startsWith(WINDOWS_CONNECTING);
	}
}

/** The address in `text` (a capture that may be missing), or null. */
function addressOf(text: string | undefined): string | null {
	return text !== undefined && isAddress(text) ? text : null;
}

/** ncat's `address:port`, `[v6]:port` or `v6:port`: the port follows the last colon. */
function splitEndpoint(text: string): [string | null, string | null] {
	const colon = text.lastIndexOf(':');
	if (colon < 0) return [null, null];
	const port = text.slice(colon + 1);
	let address = text.slice(0, colon);
	if (address.startsWith('[') && address.endsWith(']')) address = address.slice(1, -1);
	return isAddress(address) && PORT.test(port) ? [address, port] : [null, null];
}

/**
 * Reads the output of Test-NetConnection, nc/ncat/netcat or telnet: `tcp-open`, `tcp-refused`,
 * `tcp-timeout`, `tcp-failed` (a failure the tool does not explain: Test-NetConnection's
 * TcpTestSucceeded False, Windows telnet's "Connect failed", no route to host) and
 * `tcp-name-unresolved`, each proved by its line. Subject: the host tested; detail: the endpoint
 * (address and port) as far as the text shows it.
 */
export const readTcp: Reader = (lines) => {
	const scan = new TcpScan();
	for (const line of lines) scan.read(line);
	return scan.finish();
};
