/**
 * Outside tests: what swaks, `curl -v smtp://…`, posttls-finger and testssl.sh print on the
 * admin's machine (tests/fixtures/evidence/real, made by its make.sh against Postfix on loopback),
 * and the result text of tests run elsewhere: the Remote Connectivity Analyzer, the connector
 * validation of the Exchange admin center (and Validate-OutboundConnector), MXToolbox and CheckTLS
 * as admins copy them (tests/fixtures/evidence/outside-*.txt, written from the formats of
 * docs/sources.md). The SMTP replies inside swaks's and curl's transcripts are read by smtp.ts.
 *
 * Each test also yields `test-vantage`: where it ran decides what it proves. A test from the
 * admin's machine or a third party's servers does not cross the firewall from Microsoft 365's
 * addresses; the Remote Connectivity Analyzer runs from Microsoft but tests the MX, not the
 * connector's smart host; only the connector validation leaves from Microsoft 365.
 *
 * Literal markers and anchored patterns only: linear in the paste.
 */
import { Findings } from './collect';
import { FROM_OPENSSL } from './effects';
import type { Finding, FindingId, Vantage } from './types';

/** Lines longer than this are no test's output line and are skipped unread. */
const MAX_READ_LINE = 1_000;

/** The tools, each with the words that only its output has. */
const TOOLS: readonly (readonly [string, RegExp, Vantage])[] = [
	[
		'swaks',
		/^(?:\$ )?swaks\b|^=== Trying \S+:\d{1,5}\.\.\.$|^\*\*\* Error connecting to /m,
		'your-network'
	],
	['curl', /^(?:\$ )?curl\b.{0,200}smtps?:\/\/|^curl: \(\d{1,3}\)/m, 'your-network'],
	['posttls-finger', /^posttls-finger: /m, 'your-network'],
	['testssl.sh', /testssl(?:\.sh)?\b|^ Service set:\s+STARTTLS via SMTP/m, 'your-network'],
	[
		'Remote Connectivity Analyzer',
		/Microsoft (?:Remote )?Connectivity Analyzer|Testing inbound SMTP mail flow for domain/,
		'microsoft-to-mx'
	],
	[
		'connector validation',
		/Validate-OutboundConnector|Validate this connector|connector validation|^\s*IsValidated\s+:/im,
		'microsoft-365'
	],
	[
		'MXToolbox',
		/mxtoolbox|^SMTP (?:Reverse Banner Check|Open Relay|Transaction Time)\b/im,
		'third-party'
	],
	['CheckTLS', /checktls|Cert VALIDATED|\bMX Matrix\b/i, 'third-party']
];

/** The socket API's reasons, as the tools quote them, and the finding each stands for. */
function failureOf(reason: string): FindingId {
	const lower = reason.toLowerCase();
	if (lower.includes('refused')) return 'tcp-refused';
	if (lower.includes('timed out') || lower.includes('timeout')) return 'tcp-timeout';
	if (
		/name or service not known|could not resolve|no address associated|nodename nor servname/.test(
			lower
		)
	) {
		return 'tcp-name-unresolved';
	}
	return 'tcp-failed';
}

/** TLS libraries' verify errors as curl and posttls-finger quote them. */
const CERT_PROBLEMS: readonly (readonly [RegExp, FindingId])[] = [
	[/certificate has expired|certificate expired/i, 'cert-expired'],
	[/certificate is not yet valid/i, 'cert-not-yet-valid'],
	[/self[- ]signed certificate/i, 'cert-self-signed'],
	[/unable to verify the first certificate|chain incomplete/i, 'cert-chain-incomplete'],
	[
		/no alternative certificate subject name matches|hostname mismatch|name mismatch/i,
		'cert-name-mismatch'
	],
	[/too weak/i, 'cert-weak'],
	[
		/unable to get local issuer certificate|untrusted issuer|unknown ca|not trusted/i,
		'cert-untrusted'
	]
];

function certProblem(text: string): FindingId {
	return CERT_PROBLEMS.find(([pattern]) => pattern.test(text))?.[1] ?? 'cert-untrusted';
}

const SWAKS_CONNECTED = /^=== Connected to (\S+?)\.?$/;
const SWAKS_ERROR = /^\*\*\* Error connecting to (\S+?):(\d{1,5}):?$/;
const SWAKS_REASON = /^\*\*\*\s+IO::Socket::\S+: (?:connect|getaddrinfo): (.{1,80})$/;
const SWAKS_TLS = /^=== TLS started with cipher ([A-Za-z0-9.]{2,12}):/;
const SWAKS_TLS_FAILED = /^\*\*\* TLS startup failed/;
const CURL_CONNECTED = /^\* Connected to (\S+) \(([0-9A-Fa-f.:]{2,45})\) port (\d{1,5})/;
const CURL_CONNECT_FAILED = /^\* connect to (\S+) port (\d{1,5}) failed: (.{1,80})$/;
const CURL_RESOLVE = /^\* Could not resolve host: (\S+)$/;
const CURL_TLS = /^\* SSL connection using ([A-Za-z0-9.]{2,12}) \//;
const CURL_CERT_PROBLEM = /^\* (?:SSL certificate problem: |SSL: )(.{1,160})$/;
const PTF_SESSION_FAILED =
	/^posttls-finger: Failed to establish session to \S+ via (\S+): (.{1,200})$/;
const PTF_ESTABLISHED =
	/^posttls-finger: (Verified|Trusted|Untrusted|Anonymous) TLS connection established to (\S+?)\[([0-9A-Fa-f.:]{2,45})\]:(\d{1,5}): ([A-Za-z0-9.]{2,12}) /;
const PTF_VERIFY_FAILED = /^posttls-finger: certificate verification failed for (\S+): (.{1,200})$/;
const PTF_NO_STARTTLS =
	/^posttls-finger: (?:\S+: )?(?:STARTTLS not supported|server certificate|.*not offered)/i;
const TESTSSL_ROW = /^\s(\S.{0,40}?)\s{2,}(\S.{0,200})$/;
const RCA_STEP =
	/^Testing TCP port (\d{1,5}) on host (\S+?) to ensure it'?s listening and open\.\s*(.{0,200})$/;
const RCA_RESOLVE = /^Attempting to resolve the host name (\S+?) in DNS\.\s*(.{0,200})$/;
const VALIDATION_TASK =
	/^\s*(Resolve|Connection|SMTP EHLO|STARTTLS|Send test email)\s{1,40}(Succeeded|Success|Passed|Failed|Failure)\b\s*(.{0,200})$/i;
const MXTOOLBOX_ROW =
	/^(?:[!✓✔✗×]\s*)?(SMTP [A-Za-z ]{2,40}?)\s{1,10}(OK|Warning|Error|Failed)\b\s*-?\s*(.{0,200})$/;

/** One pass over the lines of the tools found in the paste. */
export function readOutside(lines: readonly string[]): Finding[] {
	const text = lines.join('\n');
	const tools = TOOLS.filter(([, marker]) => marker.test(text));
	if (tools.length === 0) return [];
	const names = new Set(tools.map(([name]) => name));
	const findings = new Findings();
	let swaksTarget: string | null = null;
	for (const raw of lines) {
		if (raw.length > MAX_READ_LINE) continue;
		const line = raw.trim();
		if (line === '') continue;
		if (names.has('swaks'))
			readSwaks(line, raw, findings, (target) => (swaksTarget = target), swaksTarget);
		if (names.has('curl')) readCurl(line, findings);
		if (names.has('posttls-finger')) readPosttlsFinger(line, findings);
		if (names.has('testssl.sh')) readTestssl(raw, findings);
		if (names.has('Remote Connectivity Analyzer')) readRca(line, findings);
		if (names.has('connector validation')) readValidation(raw, findings);
		if (names.has('MXToolbox')) readMxToolbox(line, findings);
		if (names.has('CheckTLS')) readCheckTls(line, findings);
	}
	const firstLine = (marker: RegExp) => lines.find((line) => marker.test(line))?.trim() ?? '';
	for (const [name, marker, vantage] of tools) {
		findings.add('test-vantage', firstLine(marker) || name, name, vantage);
	}
	return findings.list;
}

function readSwaks(
	line: string,
	raw: string,
	findings: Findings,
	setTarget: (target: string) => void,
	target: string | null
): void {
	const connected = SWAKS_CONNECTED.exec(line);
	if (connected) findings.add('tcp-open', line, connected[1] ?? null, null);
	const error = SWAKS_ERROR.exec(line);
	if (error) setTarget(`${error[1] ?? ''}:${error[2] ?? ''}`);
	const reason = SWAKS_REASON.exec(raw.replace(/\t/g, ' ').trim());
	if (reason) {
		const host = target === null ? null : target.slice(0, target.lastIndexOf(':'));
		findings.add(failureOf(reason[1] ?? ''), line, host, target);
	}
	const tls = SWAKS_TLS.exec(line);
	if (tls) findings.add('tls-ok', line, null, tls[1] ?? null);
	if (SWAKS_TLS_FAILED.test(line)) findings.add('tls-handshake-failed', line, null, null);
}

function readCurl(line: string, findings: Findings): void {
	const connected = CURL_CONNECTED.exec(line);
	if (connected) {
		findings.add(
			'tcp-open',
			line,
			connected[1] ?? null,
			`${connected[2] ?? ''}:${connected[3] ?? ''}`
		);
		return;
	}
	const failed = CURL_CONNECT_FAILED.exec(line);
	if (failed) {
		findings.add(
			failureOf(failed[3] ?? ''),
			line,
			failed[1] ?? null,
			`${failed[1] ?? ''}:${failed[2] ?? ''}`
		);
		return;
	}
	const resolve = CURL_RESOLVE.exec(line);
	if (resolve) findings.add('tcp-name-unresolved', line, resolve[1] ?? null, null);
	const tls = CURL_TLS.exec(line);
	if (tls) findings.add('tls-ok', line, null, tls[1] ?? null);
	const problem = CURL_CERT_PROBLEM.exec(line);
	if (problem) findings.add(certProblem(problem[1] ?? ''), line, null, problem[1] ?? null);
	if (line === '*  SSL certificate verify ok.' || line === '* SSL certificate verify ok.') {
		findings.add('cert-ok', line, null, FROM_OPENSSL);
	}
}

function readPosttlsFinger(line: string, findings: Findings): void {
	const failed = PTF_SESSION_FAILED.exec(line);
	if (failed) {
		findings.add(failureOf(failed[2] ?? ''), line, failed[1] ?? null, null);
		return;
	}
	const verify = PTF_VERIFY_FAILED.exec(line);
	if (verify)
		findings.add(certProblem(verify[2] ?? ''), line, verify[1] ?? null, verify[2] ?? null);
	const established = PTF_ESTABLISHED.exec(line);
	if (established) {
		const [, trust = '', host = '', address = '', port = '', version = ''] = established;
		findings.add('tcp-open', line, host, `${address}:${port}`);
		findings.add('tls-ok', line, host, version);
		// "Verified" (and "Trusted"): the chain is trusted; "Untrusted" was reported above.
		if (trust === 'Verified' || trust === 'Trusted')
			findings.add('cert-ok', line, host, FROM_OPENSSL);
	}
	if (PTF_NO_STARTTLS.test(line) && /STARTTLS not supported|not offered/i.test(line)) {
		findings.add('starttls-missing', line, null, null);
	}
}

/** testssl.sh's rows: a label, two or more spaces, the result. */
function readTestssl(raw: string, findings: Findings): void {
	const row = TESTSSL_ROW.exec(raw);
	if (!row) return;
	const label = (row[1] ?? '').trim();
	const value = (row[2] ?? '').trim();
	const line = raw.trim();
	if (/^TLS 1\.[23]$/.test(label) && /^offered/.test(value)) {
		// One is enough: Exchange Online needs TLS 1.2 or later, not every version.
		findings.add('tls-ok', line, null, label.replace('TLS ', 'TLSv'), true);
	} else if (label === 'Chain of trust') {
		if (/^Ok\b/.test(value)) findings.add('cert-ok', line, null, value);
		else findings.add(certProblem(value), line, null, value);
	} else if (label === 'Trust (hostname)' && /mismatch|does not match|not ok/i.test(value)) {
		findings.add('cert-name-mismatch', line, null, value);
	} else if (label.startsWith('Certificate Validity') && /expired/i.test(value)) {
		findings.add('cert-expired', line, null, value);
	} else if (/^Server key size$/.test(label)) {
		const bits = /RSA (\d{3,5}) bits/.exec(value)?.[1];
		if (bits !== undefined && Number(bits) < 2048)
			findings.add('cert-weak', line, null, `RSA ${bits} bit`);
	} else if (label === 'Signature Algorithm' && /\b(?:SHA1|MD5)\b/i.test(value)) {
		findings.add('cert-weak', line, null, value);
	}
}

/** The Remote Connectivity Analyzer's steps: the title and its result glued, as copied. */
function readRca(line: string, findings: Findings): void {
	const port = RCA_STEP.exec(line);
	if (port) {
		const [, number = '25', host = '', result = ''] = port;
		if (/blocked, not listening, or not producing the expected response/i.test(result)) {
			// The analyzer does not say which of the three: a failure, neither refused nor timed out.
			findings.add('tcp-failed', line, host, number);
		} else if (/success|opened/i.test(result)) findings.add('tcp-open', line, host, number);
		return;
	}
	const resolve = RCA_RESOLVE.exec(line);
	if (resolve) {
		const [, host = '', result = ''] = resolve;
		if (/resolved successfully/i.test(result)) findings.add('dns-resolved', line, host, null);
		else if (/couldn'?t be resolved|could not be resolved|failed/i.test(result)) {
			findings.add('tcp-name-unresolved', line, host, null);
		}
	}
}

/** The connector validation's tasks ("Resolve", "Connection", "SMTP EHLO"), each with a status. */
function readValidation(raw: string, findings: Findings): void {
	const task = VALIDATION_TASK.exec(raw);
	if (!task) return;
	const [, name = '', status = '', detail = ''] = task;
	const failed = /^fail/i.test(status);
	const line = raw.trim();
	const lower = name.toLowerCase();
	if (lower === 'resolve' && failed)
		findings.add('tcp-name-unresolved', line, null, detail || null);
	else if (lower === 'connection') {
		if (!failed) findings.add('tcp-open', line, null, null);
		// Socket error 10061 is a refusal, 10060 a timeout (Windows Sockets error codes).
		else if (/10061|refused/i.test(detail)) findings.add('tcp-refused', line, null, detail);
		else if (/10060|timed out|timeout/i.test(detail))
			findings.add('tcp-timeout', line, null, detail);
		else findings.add('tcp-failed', line, null, detail || null);
	} else if (lower === 'smtp ehlo' && !failed) findings.add('smtp-banner-ok', line, null, null);
	else if (lower === 'starttls' && failed)
		findings.add('starttls-missing', line, null, detail || null);
}

/** MXToolbox's SMTP test rows: "SMTP TLS  Warning - Does not support TLS." */
function readMxToolbox(line: string, findings: Findings): void {
	const row = MXTOOLBOX_ROW.exec(line);
	if (!row) return;
	const [, test = '', result = '', detail = ''] = row;
	if (/^SMTP TLS$/i.test(test.trim()) && result !== 'OK') {
		// Known to be said of servers that delay their greeting (tarpitting): a claim of the
		// third party's test, not an EHLO reply read here, so it answers no wizard question.
		findings.add('starttls-missing', line, 'MXToolbox', detail || null);
	} else if (/^SMTP Connect$/i.test(test.trim()) && result !== 'OK') {
		findings.add('tcp-failed', line, 'MXToolbox', detail || null);
	}
}

/** CheckTLS's TestReceiver lines. */
function readCheckTls(line: string, findings: Findings): void {
	const body = line.replace(/^\[\d{3}\.\d{3}\]\s*/, '');
	if (/^Cert VALIDATED\b/i.test(body)) findings.add('cert-ok', line, 'CheckTLS', null);
	else if (/^Cert (?:NOT VALIDATED|validation error)\b/i.test(body)) {
		findings.add(certProblem(body), line, 'CheckTLS', body.slice(0, 120));
	} else if (/^Cert Hostname DOES NOT VERIFY\b/i.test(body)) {
		findings.add('cert-name-mismatch', line, 'CheckTLS', null);
	} else if (/^TLS successfully started\b/i.test(body))
		findings.add('tls-ok', line, 'CheckTLS', null);
	else if (/^Connection to .{1,200} (?:failed|timed out|refused)/i.test(body)) {
		findings.add(failureOf(body), line, 'CheckTLS', null);
	}
}
