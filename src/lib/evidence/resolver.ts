/**
 * Which resolver answered a DNS tool: dig's `;; SERVER:` line, nslookup's `Server:`/`Address:`
 * header (the resolver, not an answer), `-Server` on a Resolve-DnsName command line, `@server` on a
 * dig one. It matters for names that resolve inside but not outside (split DNS): a public resolver
 * shows what Microsoft 365 sees, an internal one may not.
 */
import { isAddress } from '../net/address';
import { proof, type Finding } from './types';

const DIG_SERVER = /^;; SERVER: ([0-9A-Fa-f.:]{2,45})#\d{1,5}/;
const NSLOOKUP_SERVER = /^Server:\s+(\S{1,253})$/;
const NSLOOKUP_ADDRESS = /^Address:\s+([0-9A-Fa-f.:]{2,45})(?:#\d{1,5})?$/;
const COMMAND_SERVER = /(?:-Server\s+|\bdig\b[^@\n]{0,200}@)([0-9A-Za-z.:-]{2,253})/;

/** One `dns-resolver` finding per resolver the paste names, its address (or name) as the detail. */
export function readResolver(lines: readonly string[]): Finding[] {
	const findings: Finding[] = [];
	const seen = new Set<string>();
	const add = (resolver: string, line: string) => {
		if (seen.has(resolver)) return;
		seen.add(resolver);
		findings.push({ id: 'dns-resolver', line: proof(line), detail: resolver });
	};
	for (let i = 0; i < lines.length; i++) {
		const line = (lines[i] ?? '').trim();
		const dig = DIG_SERVER.exec(line);
		if (dig?.[1] !== undefined && isAddress(dig[1])) add(dig[1], line);
		// nslookup prints the resolver first: "Server:" then its "Address:" on the next line.
		if (NSLOOKUP_SERVER.test(line)) {
			const next = (lines[i + 1] ?? '').trim();
			const address = NSLOOKUP_ADDRESS.exec(next)?.[1];
			if (address !== undefined && isAddress(address)) add(address, next);
		}
		const command = COMMAND_SERVER.exec(line);
		if (command?.[1] !== undefined && /resolve-dnsname|\bdig\b/i.test(line)) add(command[1], line);
	}
	return findings;
}
