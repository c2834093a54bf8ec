/**
 * Postfix, Exim and Sendmail log lines as sessions. Receiving side: Postfix smtpd (one process per
 * session: its pid ties the lines), Exim's mainlog (the client's address and port), Sendmail's
 * daemon lines (the relay's address). Sending side: the delivery lines (Postfix `status=`, Exim
 * `=>`/`==`, Sendmail `stat=`) with the server they went to. Syslog times carry neither a year nor
 * a zone; Exim's mainlog writes the server's local time.
 */
import { proof } from '../evidence/types';
import { classifyError } from './exchange';
import { MAX_SESSIONS } from './exchange';
import { isoTime, newSession, syslogTime, type LogTime, type Session } from './session';

const SYSLOG =
	/^(?:([A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d)|(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)?)) \S+ ([\w./-]{1,60})\[(\d+)\]: (.*)$/;

interface SyslogLine {
	readonly time: LogTime | null;
	readonly program: string;
	readonly pid: string;
	readonly message: string;
}

function syslog(line: string, year: number): SyslogLine | null {
	const m = SYSLOG.exec(line);
	if (!m) return null;
	const time = m[1] !== undefined ? syslogTime(m[1], year) : isoTime(m[2]!);
	return { time, program: m[3]!, pid: m[4]!, message: m[5]! };
}

/** `name[address]` as Postfix writes a peer. */
const PEER = /([\w.-]{1,253})\[([0-9a-f.:]{2,45})\]/i;
const TLS_REASON = /error:[0-9A-F]{6,8}:[^:]*:[^:]*:([^:]{1,80})/;

export function readPostfix(lines: readonly string[], year: number): Session[] {
	const sessions: Session[] = [];
	const open = new Map<string, Session>();
	const byRelay = new Map<string, Session>();
	for (const line of lines) {
		if (!line.includes('postfix')) continue;
		const s = syslog(line, year);
		if (!s || !/postfix[\w/-]*\/(?:smtpd|smtp|lmtp)$/.test(s.program)) continue;
		const said = proof(line);
		const msg = s.message;
		if (s.program.endsWith('smtpd')) {
			const connect = /^connect from (\S+)$/.exec(msg);
			if (connect) {
				if (sessions.length >= MAX_SESSIONS) continue;
				const peer = PEER.exec(connect[1]!);
				const session = newSession('postfix', said);
				session.remote = peer?.[2] ?? null;
				session.name = peer && peer[1] !== 'unknown' ? peer[1]! : null;
				session.time = s.time;
				sessions.push(session);
				open.set(s.pid, session);
				continue;
			}
			const session = open.get(s.pid);
			if (!session) continue;
			if (/^SSL_accept error from /.test(msg)) session.tlsFailed ??= { line: said, detail: null };
			else if (/^warning: TLS library problem:/.test(msg) && session.tlsFailed) {
				const reason = TLS_REASON.exec(msg)?.[1] ?? null;
				if (session.tlsFailed.detail === null)
					session.tlsFailed = { line: session.tlsFailed.line, detail: reason };
			} else if (/^(?:lost connection|timeout) after \S+ from /.test(msg))
				session.reset ??= {
					line: said,
					detail: /^(\S+(?: connection)? after \S+)/.exec(msg)?.[1] ?? null
				};
			else if (/reject: \S+ from /.test(msg)) {
				const reply = /: ([45]\d\d [245]\.\d{1,3}\.\d{1,3} [^;]{0,140})/.exec(msg);
				session.rejected ??= { line: said, detail: reply?.[1]?.trim() ?? null };
			} else if (/^disconnect from /.test(msg)) {
				if (/\b(?:data|bdat)=(\d+)(?!\/)/.test(msg) && !/\b(?:data|bdat)=0\b/.test(msg))
					session.delivered ??= { line: said, detail: null };
				// EHLO, then QUIT, nothing else: the client chose not to start TLS or send.
				else if (/\behlo=\d/.test(msg) && /\bquit=1/.test(msg) && !/\b(?:starttls|mail)=/.test(msg))
					session.starttlsMissing ??= {
						line: said,
						detail: /\behlo=.*$/.exec(msg)?.[0] ?? null
					};
				open.delete(s.pid);
			}
			continue;
		}
		// The sending side: one delivery line per recipient, with the server it tried.
		const relay = /\brelay=([^,\s]+)/.exec(msg)?.[1] ?? '';
		const status = /\bstatus=(\w+) \((.*)\)$/.exec(msg);
		if (!status) continue;
		const peer = PEER.exec(relay) ?? PEER.exec(status[2]!);
		const key = peer?.[2] ?? relay;
		let session = byRelay.get(`${key} ${status[1]}`);
		if (!session) {
			if (sessions.length >= MAX_SESSIONS) continue;
			session = newSession('postfix', said);
			session.remote = peer?.[2] ?? null;
			session.name = peer?.[1] ?? null;
			session.time = s.time;
			sessions.push(session);
			byRelay.set(`${key} ${status[1]}`, session);
		}
		const reason = status[2]!;
		if (status[1] === 'sent') session.delivered ??= { line: said, detail: null };
		else if (/TLS is required, but was not offered/i.test(reason))
			session.starttlsMissing ??= { line: said, detail: null };
		else if (/Cannot start TLS|TLS handshake|SSL_connect error/i.test(reason))
			session.tlsFailed ??= { line: said, detail: reason.slice(0, 120) };
		else if (/\bsaid: ([45]\d\d)/.test(reason))
			session.rejected ??= {
				line: said,
				detail: /said: (.*?)(?: \(in reply to .*)?$/.exec(reason)?.[1] ?? null
			};
		else if (/timed out|lost connection|Connection refused|reset/i.test(reason))
			session.reset ??= { line: said, detail: reason.slice(0, 120) };
	}
	return sessions;
}

const EXIM_LINE =
	/^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)(?:\.\d{3})?(?: ([+-]\d{4}))? (?:\[\d+\] )?(.*)$/;
/** `(helo) [address]:port` or `[address]:port` as Exim writes a peer. */
const EXIM_PEER = /(?:\(([^)\s]{1,253})\) )?\[([0-9a-f.:]{2,45})\](?::(\d{1,5}))?/i;

function eximTime(date: string, zone: string | undefined): LogTime | null {
	const iso = `${date.replace(' ', 'T')}${zone ? `${zone.slice(0, 3)}:${zone.slice(3)}` : ''}`;
	const time = isoTime(iso);
	return time && { ...time, text: zone ? `${date} ${zone}` : date };
}

export function readExim(lines: readonly string[]): Session[] {
	const sessions: Session[] = [];
	const open = new Map<string, Session>();
	for (const line of lines) {
		const m = EXIM_LINE.exec(line);
		if (!m) continue;
		const msg = m[3]!;
		const peer = EXIM_PEER.exec(msg);
		if (!peer) continue;
		const said = proof(line);
		const key = `${peer[2]}:${peer[3] ?? ''}`;
		const inbound =
			/SMTP connection from|TLS error on connection from|H=\(|<= |SMTP command timeout on connection from|unexpected disconnection while reading SMTP command from|SMTP protocol synchronization error/.test(
				msg
			);
		if (inbound && peer[3] !== undefined) {
			let session = open.get(key);
			if (!session || /\(TCP\/IP connection count/.test(msg)) {
				if (sessions.length >= MAX_SESSIONS) continue;
				session = newSession('exim', said);
				session.remote = peer[2]!;
				session.time = eximTime(m[1]!, m[2]);
				sessions.push(session);
				open.set(key, session);
			}
			if (peer[1]) session.name ??= peer[1];
			const tls = /TLS error on connection from .*?\([\w_]+\): (.*)$/.exec(msg);
			if (tls) session.tlsFailed ??= { line: said, detail: tls[1]!.slice(0, 120) };
			else if (/ <= /.test(` ${msg}`)) session.delivered ??= { line: said, detail: null };
			else if (/ rejected (?:RCPT|MAIL|after DATA|EHLO|HELO|connection)/.test(msg))
				session.rejected ??= {
					line: said,
					detail: /(rejected .*)$/.exec(msg)?.[1]?.slice(0, 160) ?? null
				};
			else if (
				/SMTP command timeout|lost(?: \(error: [^)]*\))? D=|unexpected disconnection/.test(msg)
			)
				session.reset ??= {
					line: said,
					detail:
						/(SMTP command timeout|lost(?: \(error: [^)]*\))?|unexpected disconnection)/.exec(
							msg
						)?.[1] ?? null
				};
			continue;
		}
		// The sending side: `=>` delivered, `==` deferred, `**` failed, with H=host [address].
		const delivery = /^\S+ (=>|==|\*\*) /.exec(msg);
		const host = /\bH=([\w.-]+) \[([0-9a-f.:]{2,45})\]/i.exec(msg);
		if (!delivery && !/SMTP error from remote mail server/.test(msg)) continue;
		if (!host || sessions.length >= MAX_SESSIONS) continue;
		const session = newSession('exim', said);
		session.remote = host[2]!;
		session.name = host[1]!;
		session.time = eximTime(m[1]!, m[2]);
		if (delivery?.[1] === '=>') session.delivered = { line: said, detail: null };
		else classifyMta(session, msg, said);
		sessions.push(session);
	}
	return sessions;
}

/** A sending-side failure line of Exim or Sendmail. */
function classifyMta(session: Session, msg: string, said: string): void {
	if (
		/TLS (?:session|error)|STARTTLS.*(?:fail|error)|handshake/i.test(msg) &&
		!/advertised/i.test(msg)
	)
		session.tlsFailed = { line: said, detail: null };
	else if (/STARTTLS.*not (?:advertised|offered)|not offering STARTTLS/i.test(msg))
		session.starttlsMissing = { line: said, detail: null };
	else classifyError(session, msg, said);
	if (!session.tlsFailed && !session.starttlsMissing && !session.rejected && !session.reset) {
		const reply = /\b([45]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b.{0,140})/.exec(msg);
		if (reply) session.rejected = { line: said, detail: reply[1]!.trim() };
		else if (/refused|timed? ?out|lost|reset/i.test(msg))
			session.reset = { line: said, detail: null };
	}
}

/** `relay=name [address]` as Sendmail writes a peer (the name may be missing or "may be forged"). */
const SENDMAIL_RELAY = /relay=(?:([\w.-]{1,253}) )?\[([0-9a-f.:]{2,45})\]/i;

export function readSendmail(lines: readonly string[], year: number): Session[] {
	const sessions: Session[] = [];
	const byRelay = new Map<string, Session>();
	for (const line of lines) {
		if (!line.includes('sendmail')) continue;
		const s = syslog(line, year);
		if (!s || !/(?:^|\/)sendmail$/.test(s.program)) continue;
		const msg = s.message;
		const relay =
			SENDMAIL_RELAY.exec(msg) ?? /from ([\w.-]{1,253}) \[([0-9a-f.:]{2,45})\]/.exec(msg);
		if (!relay) continue;
		const said = proof(line);
		const address = relay[2]!;
		const outbound = /\bstat=/.test(msg) || /STARTTLS=client/.test(msg);
		const key = `${outbound ? '>' : '<'}${address}`;
		let session = byRelay.get(key);
		if (!session) {
			if (sessions.length >= MAX_SESSIONS) continue;
			session = newSession('sendmail', said);
			session.remote = address;
			session.name = relay[1] ?? null;
			session.time = s.time;
			sessions.push(session);
			byRelay.set(key, session);
		}
		if (/STARTTLS=(?:server|client), error:/.test(msg))
			session.tlsFailed ??= { line: said, detail: /reason=([^,]{1,100})/.exec(msg)?.[1] ?? null };
		else if (/\breject=([45]\d\d.*)$/.test(msg))
			session.rejected ??= { line: said, detail: /\breject=(.{1,160})$/.exec(msg)?.[1] ?? null };
		else if (/timeout waiting for input|lost input channel|Connection reset/i.test(msg))
			session.reset ??= {
				line: said,
				detail:
					/(timeout waiting for input|lost input channel|Connection reset)/i.exec(msg)?.[1] ?? null
			};
		else if (/\bstat=Sent\b/.test(msg) || (/\bfrom=/.test(msg) && !outbound))
			session.delivered ??= { line: said, detail: null };
		else if (/\bstat=/.test(msg)) classifyMta(session, msg.slice(msg.indexOf('stat=')), said);
	}
	return sessions;
}
