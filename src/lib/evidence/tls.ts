/**
 * `openssl s_client -starttls smtp` transcripts and `openssl x509 -text` output. The transcript's
 * own words are the evidence: its verify errors (`verify error:num=N:…`, `Verify return code: N`),
 * whether STARTTLS was found, the protocol and cipher it settled on, and the connect errors printed
 * before any of that (docs/sources.md: openssl s_client; and the transcripts of
 * tests/fixtures/evidence, whose README says how they were made).
 */
import type { CertificateFacts } from './certcheck';
import { FROM_OPENSSL } from './effects';
import { proof, type Finding, type FindingId } from './types';

/** OpenSSL's X509_V_ERR numbers that are findings of their own (openssl verify(1)). */
const VERIFY_ERRORS: Readonly<Record<number, FindingId>> = {
	9: 'cert-not-yet-valid',
	10: 'cert-expired',
	18: 'cert-self-signed',
	19: 'cert-untrusted',
	20: 'cert-untrusted',
	21: 'cert-chain-incomplete',
	23: 'cert-untrusted',
	62: 'cert-name-mismatch',
	// The chain verified, but the security level refused a key or a digest: weak, not untrusted.
	66: 'cert-weak',
	67: 'cert-weak',
	68: 'cert-weak'
};

/**
 * The same errors as `-brief` words them, on its "Verification error:" line (openssl verify(1) lists
 * the strings): a transcript copied without the depth lines still says which.
 */
const VERIFY_TEXTS: readonly (readonly [string, FindingId])[] = [
	['certificate is not yet valid', 'cert-not-yet-valid'],
	['certificate has expired', 'cert-expired'],
	['self-signed certificate', 'cert-self-signed'],
	['self signed certificate', 'cert-self-signed'],
	['unable to verify the first certificate', 'cert-chain-incomplete'],
	['hostname mismatch', 'cert-name-mismatch'],
	['key too weak', 'cert-weak'],
	['digest algorithm too weak', 'cert-weak'],
	['too weak', 'cert-weak']
];

/** connect() errors s_client prints as `connect:errno=N` (Linux errno numbers) that are neither a refusal nor a timeout. */
const UNREACHABLE_ERRNO: Readonly<Record<string, string>> = {
	'101': 'Network is unreachable',
	'113': 'No route to host'
};
/** Keys below this size are weak for RSA (the same rule as certcheck.ts). */
const MIN_RSA_BITS = 2048;

/** Handshake errors that mean the server only speaks a TLS version OpenSSL no longer accepts. */
const OLD_PROTOCOL = [
	'unsupported protocol',
	'legacy sigalg disallowed',
	'no protocols available',
	'tlsv1 alert protocol version'
];
/** Protocols older than TLS 1.2: Exchange Online never sends over them. */
const OLD_VERSION = /^(?:SSLv3|TLSv1(?:\.[01])?)$/;

/** True when the lines look like an s_client transcript. */
function isTranscript(lines: readonly string[]): boolean {
	return lines.some(
		(line) =>
			line.startsWith('CONNECTED(') ||
			line.startsWith('Verify return code:') ||
			line.startsWith("Didn't find STARTTLS") ||
			line.startsWith('connect:errno=') ||
			line.startsWith('CONNECTION ESTABLISHED') ||
			line.startsWith('Verification: OK') ||
			line.startsWith('Verification error:') ||
			line.includes('s_client ')
	);
}

/**
 * Reads s_client transcripts: the connection (`tcp-open`, `tcp-refused`, `tcp-timeout`,
 * `tcp-name-unresolved`), STARTTLS (`starttls-missing`: s_client found no STARTTLS in the EHLO
 * reply, which is also what a masked or refusing server looks like to it), the handshake (`tls-ok`
 * with its protocol, `tls-handshake-failed`, `tls-old-version`) and the verification (`cert-ok` when
 * OpenSSL verified chain and dates, or the finding of each verify error). Connection findings name
 * the host after `-connect` when the command line was pasted too; certificate findings name the
 * certificate's common name.
 */
export function readTls(lines: readonly string[]): Finding[] {
	if (!isTranscript(lines)) return [];
	const findings: Finding[] = [];
	const seen = new Set<FindingId>();
	const { host, commonName } = transcriptNames(lines);
	let oldMarker: string | null = null;
	let presented = false;
	let starttlsMissing = false;
	// Older builds print no `a:PKEY` line: the key size then comes with the signature type.
	let rsaPeer = false;
	let publicKeyLine: string | null = null;
	let publicKeyBits = 0;
	let chainEntry = -1;
	// `-brief` prints "Verification: OK" or "Verification error: …" and no return code; the full
	// transcript prints both, and its return code (and its numbered errors) are the proof then.
	const brief = !lines.some((line) => line.trim().startsWith('Verify return code:'));
	// One finding per kind: a paste of two runs of the same test says the same thing twice.
	const add = (id: FindingId, line: string, detail?: string) => {
		if (seen.has(id)) return;
		seen.add(id);
		// A certificate is named by its common name; a connection by the host it went to.
		const subject = id.startsWith('cert-') ? (commonName ?? host) : host;
		findings.push({
			id,
			line: proof(line),
			...(subject !== null ? { subject } : {}),
			...(detail !== undefined ? { detail } : {})
		});
	};
	for (const raw of lines) {
		const line = raw.trim();
		if (line.startsWith('CONNECTED(')) add('tcp-open', line);
		else if (line.startsWith('connect:errno=111') || /BIO_connect:Connection refused/.test(line)) {
			add('tcp-refused', line);
		} else if (
			line.startsWith('connect:errno=110') ||
			/BIO_connect:Connection timed out/.test(line)
		) {
			add('tcp-timeout', line);
		} else if (/^connect:errno=(?:101|113)$/.test(line)) {
			add('tcp-failed', line, UNREACHABLE_ERRNO[line.slice('connect:errno='.length)]);
		} else if (/BIO_connect:(?:No route to host|Network is unreachable)/.test(line)) {
			add(
				'tcp-failed',
				line,
				/No route/.test(line) ? 'No route to host' : 'Network is unreachable'
			);
		} else if (line === 'CONNECTION ESTABLISHED') {
			// -brief's word for CONNECTED(…): the TCP connection and the STARTTLS exchange worked.
			add('tcp-open', line);
		} else if (/BIO_lookup(?:_ex)?:|gethostbyname failure|Name or service not known/.test(line)) {
			add('tcp-name-unresolved', line);
		} else if (line.startsWith("Didn't find STARTTLS")) {
			starttlsMissing = true;
			add('starttls-missing', line);
		}
		const verify = /verify error:num=(\d{1,3}):(.{0,120})/.exec(line);
		if (verify) {
			const id = VERIFY_ERRORS[Number(verify[1])];
			if (id !== undefined) add(id, line, verify[2]);
			else add('cert-untrusted', line, verify[2]);
		}
		if (line.startsWith('Server certificate') || line.startsWith('Peer certificate:')) {
			presented = true;
		}
		const entry = /^(\d{1,2}) s:/.exec(line);
		if (entry) chainEntry = Number(entry[1]);
		// OpenSSL 3's chain listing: "a:PKEY: rsaEncryption, 1024 (bit); sigalg: RSA-SHA1". Only the
		// server's own certificate (entry 0) is judged: a root's own signature is checked by no one.
		const pkey = /^a:PKEY: ([A-Za-z0-9-]{1,40}), (\d{2,5}) \(bit\); sigalg: (\S{1,60})$/.exec(line);
		if (pkey && chainEntry === 0) {
			const [, type = '', bits = '0', sigalg = ''] = pkey;
			if (/rsa/i.test(type) && Number(bits) < MIN_RSA_BITS)
				add('cert-weak', line, `RSA ${bits} bit`);
			else if (/sha-?1(?![0-9])|md5/i.test(sigalg)) add('cert-weak', line, sigalg);
		}
		if (/^Peer signature type: RSA/.test(line)) rsaPeer = true;
		const publicKey = /^Server public key is (\d{2,5}) bit$/.exec(line);
		if (publicKey) {
			publicKeyLine = line;
			publicKeyBits = Number(publicKey[1]);
		}
		const briefError = brief ? /^Verification error: (.{1,120})$/.exec(line) : null;
		if (briefError) {
			const text = (briefError[1] ?? '').toLowerCase();
			const id = VERIFY_TEXTS.find(([words]) => text.includes(words))?.[1] ?? 'cert-untrusted';
			add(id, line, briefError[1]);
		}
		if (brief && line === 'Verification: OK' && presented) add('cert-ok', line, FROM_OPENSSL);
		const version = /^Protocol version: (\S{2,12})$/.exec(line);
		if (version?.[1] !== undefined) {
			add('tls-ok', line, version[1]);
			if (OLD_VERSION.test(version[1])) add('tls-old-version', line, version[1]);
		}
		const cipher = /^New, (\(NONE\)|[A-Za-z0-9.]{2,12}), Cipher is (\S{1,80})/.exec(line);
		if (cipher) {
			if (cipher[1] === '(NONE)') {
				if (!starttlsMissing) add('tls-handshake-failed', line);
			} else {
				add('tls-ok', line, cipher[1]);
				if (cipher[1] !== undefined && OLD_VERSION.test(cipher[1]))
					add('tls-old-version', line, cipher[1]);
			}
		}
		const protocol = /^Protocol\s*:\s*(\S{2,12})$/.exec(line);
		if (protocol?.[1] !== undefined && OLD_VERSION.test(protocol[1])) {
			add('tls-old-version', line, protocol[1]);
		}
		const lower = line.toLowerCase();
		if (OLD_PROTOCOL.some((marker) => lower.includes(marker))) {
			add('tls-handshake-failed', line);
			oldMarker ??= line;
		}
		const code = /^Verify return code: (\d{1,3}) \((.{0,80})\)/.exec(line);
		if (code && code[1] === '0' && presented) add('cert-ok', line, FROM_OPENSSL);
	}
	// The error names no version; a Protocol line, when there is one, said which.
	if (oldMarker !== null) add('tls-old-version', oldMarker);
	if (rsaPeer && publicKeyLine !== null && publicKeyBits < MIN_RSA_BITS) {
		add('cert-weak', publicKeyLine, `RSA ${publicKeyBits} bit`);
	}
	// A weak key or digest is what the verification refused: the certificate is not "fine".
	if (seen.has('cert-weak')) return findings.filter((f) => f.id !== 'cert-ok');
	// A handshake that failed has no certificate worth calling fine.
	if (findings.some((f) => f.id === 'tls-handshake-failed')) {
		return findings.filter((f) => f.id !== 'cert-ok');
	}
	return findings;
}

/** The host after `-connect` (when the command line was pasted) and the server certificate's CN. */
function transcriptNames(lines: readonly string[]): {
	host: string | null;
	commonName: string | null;
} {
	let host: string | null = null;
	let commonName: string | null = null;
	for (const raw of lines) {
		const line = raw.trim();
		const connect = /-connect\s+\[?([A-Za-z0-9.:-]{1,253}?)\]?:\d{1,5}\b/.exec(line);
		if (host === null && connect?.[1] !== undefined) host = connect[1];
		const cn = /^(?:subject=|Peer certificate: ).*?\bCN\s?=\s?([^,/]{1,253})/.exec(line);
		if (commonName === null && cn?.[1] !== undefined) commonName = cn[1].trim();
	}
	return { host, commonName };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An OpenSSL date ("Dec  2 08:40:03 2027 GMT"), or null. */
function opensslDate(text: string): Date | null {
	const match = /([A-Z][a-z]{2})\s{1,2}(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4}) GMT/.exec(text);
	if (!match) return null;
	const [, month = '', day, hours, minutes, seconds, year] = match;
	const index = MONTHS.indexOf(month);
	if (index < 0) return null;
	return new Date(
		Date.UTC(Number(year), index, Number(day), Number(hours), Number(minutes), Number(seconds))
	);
}

/**
 * Reads the text form of certificates (`openssl x509 -text -noout`): subject, issuer, validity, the
 * DNS names of the alternative name extension, key and signature. One certificate per "Certificate:"
 * header (or per Subject line when the header was not copied).
 */
export function readCertificateText(lines: readonly string[]): CertificateFacts[] {
	const certificates: CertificateFacts[] = [];
	let current: Partial<Mutable<CertificateFacts>> | null = null;
	let sanNext = false;
	let sawSignature = false;
	const flush = () => {
		if (current?.subject !== undefined && current.notBefore && current.notAfter) {
			certificates.push({
				subject: current.subject,
				issuer: current.issuer ?? '',
				commonName: current.commonName ?? null,
				dnsNames: current.dnsNames ?? [],
				notBefore: current.notBefore,
				notAfter: current.notAfter,
				keyType: current.keyType ?? '',
				keyBits: current.keyBits ?? null,
				signatureAlgorithm: current.signatureAlgorithm ?? '',
				isCA: current.isCA ?? false,
				line: current.line ?? ''
			});
		}
		current = null;
		sawSignature = false;
	};
	for (const raw of lines) {
		const line = raw.trim();
		if (line === 'Certificate:') {
			flush();
			current = {};
			continue;
		}
		if (sanNext) {
			sanNext = false;
			if (current) {
				current.dnsNames = [...line.matchAll(/DNS:([^,\s]{1,253})/g)]
					.map((m) => (m[1] ?? '').toLowerCase())
					.slice(0, 1000);
			}
			continue;
		}
		const field =
			/^(Subject|Issuer|Not Before|Not After|Signature Algorithm|Public-Key|Public Key Algorithm)\s*:\s*(.{0,400})$/.exec(
				line
			);
		if (line.startsWith('X509v3 Subject Alternative Name:')) sanNext = true;
		if (line.startsWith('CA:TRUE') && current) current.isCA = true;
		if (!field) continue;
		const [, name, value = ''] = field;
		if (name === 'Subject' && current?.subject !== undefined) flush();
		current ??= {};
		switch (name) {
			case 'Subject':
				current.subject = readableDn(value);
				current.commonName = /\bCN\s?=\s?([^,/]{1,253})/.exec(value)?.[1]?.trim() ?? null;
				current.line = line;
				break;
			case 'Issuer':
				current.issuer = readableDn(value);
				break;
			case 'Not Before': {
				const date = opensslDate(value);
				if (date) current.notBefore = date;
				break;
			}
			case 'Not After': {
				const date = opensslDate(value);
				if (date) current.notAfter = date;
				break;
			}
			case 'Signature Algorithm':
				// The first one is inside the certificate data; the second repeats it.
				if (!sawSignature) current.signatureAlgorithm = value;
				sawSignature = true;
				break;
			case 'Public Key Algorithm':
				current.keyType = /rsa/i.test(value) ? 'RSA' : /ec/i.test(value) ? 'EC' : value;
				break;
			case 'Public-Key': {
				const bits = /\((\d{2,5}) bit\)/.exec(value)?.[1];
				current.keyBits = bits === undefined ? null : Number(bits);
				break;
			}
		}
	}
	flush();
	return certificates;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** "C = IT, O = Example, CN = x" (OpenSSL's order) as "CN=x, O=Example, C=IT". */
function readableDn(value: string): string {
	return value
		.split(/\s*,\s*/)
		.map((part) => part.replace(/\s*=\s*/, '='))
		.reverse()
		.join(', ');
}
