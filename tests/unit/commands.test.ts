import { describe, expect, it } from 'vitest';
import { commands } from '../../src/data/commands';
import { fillCommand, markersLeft, valuesHeldBack } from '../../src/lib/catalog/commands';
import { isCommandHost } from '../../src/lib/net/address';

describe('command placeholders', () => {
	const text =
		'Test-NetConnection {host} -Port {port}; Set-OutboundConnector -Identity "{connector}"';

	it('fills known values and shows the rest as markers that fail safely', () => {
		expect(fillCommand(text, { host: 'mx.example.jp' })).toBe(
			'Test-NetConnection mx.example.jp -Port <port>; Set-OutboundConnector -Identity "<connector-name>"'
		);
		expect(markersLeft(text, { host: 'mx.example.jp' })).toEqual(['<port>', '<connector-name>']);
	});

	it('leaves nothing to replace when every value is known', () => {
		expect(markersLeft('nc -vz {host} 25', { host: '192.0.2.7' })).toEqual([]);
		expect(fillCommand('nc -vz {host} 25', { host: '192.0.2.7' })).toBe('nc -vz 192.0.2.7 25');
	});
});

describe('values filled into a command the admin copies into a shell', () => {
	const nc = 'nc -vz {host} 25';
	const hostile = [
		'*',
		'*.*',
		'a*:*',
		'host:4444',
		'localhost:4444',
		'-x',
		'-oProxyCommand=id',
		'$(id)',
		'`id`',
		'x; rm -rf ~',
		'a b',
		'mail.contoso.com && curl evil',
		"mail'contoso",
		'"quoted"',
		'mail.contoso.com\nid',
		'ехchange.contoso.com', // Cyrillic е and х
		'mail.contоso.com', // Cyrillic о
		'mail。contoso。com', // ideographic full stops
		'-mail.contoso.com',
		'mail-.contoso.com',
		'a..b',
		'',
		'a'.repeat(300)
	];

	it.each(hostile)(
		'keeps the marker for the hostile host %j, and says it held it back',
		(value) => {
			expect(fillCommand(nc, { host: value })).toBe('nc -vz <smart-host> 25');
			expect(markersLeft(nc, { host: value })).toEqual(['<smart-host>']);
			expect(valuesHeldBack(nc, { host: value })).toEqual([{ marker: '<smart-host>', value }]);
		}
	);

	it.each([
		'mail.contoso.com',
		'MAIL.Contoso.COM.',
		'exch01',
		'xn--bcher-kva.example',
		'192.0.2.7',
		'2001:db8::25',
		'fe80::1'
	])('fills the valid host %j', (value) => {
		expect(fillCommand(nc, { host: value })).toBe(`nc -vz ${value} 25`);
		expect(valuesHeldBack(nc, { host: value })).toEqual([]);
	});

	it('fills an IP only where an address goes, a port only when it is one, a domain only when it is a name', () => {
		const text = 'ping {ip}; Test-NetConnection x -Port {port}; Resolve-DnsName {domain}';
		expect(fillCommand(text, { ip: 'mail.contoso.com', port: '25; id', domain: '192.0.2.1' })).toBe(
			'ping <ip-address>; Test-NetConnection x -Port <port>; Resolve-DnsName <domain>'
		);
		expect(fillCommand(text, { ip: '192.0.2.1', port: '587', domain: 'contoso.com' })).toBe(
			'ping 192.0.2.1; Test-NetConnection x -Port 587; Resolve-DnsName contoso.com'
		);
		expect(fillCommand('x -Port {port}', { port: '70000' })).toBe('x -Port <port>');
	});

	it('fills every host and IP of the bundled commands only with values that pass the check', () => {
		const withHost = commands.filter((command) => command.text.includes('{host}'));
		expect(withHost.length).toBeGreaterThan(10);
		for (const value of hostile) {
			expect(isCommandHost(value), value).toBe(false);
			for (const command of commands) {
				const filled = fillCommand(command.text, { host: value, ip: value, domain: value });
				// A value that fails the check changes nothing: the command keeps its markers.
				expect(filled, value).toBe(fillCommand(command.text));
			}
		}
		for (const value of ['mail.contoso.com', '192.0.2.7']) {
			expect(isCommandHost(value), value).toBe(true);
			for (const command of withHost) {
				const filled = fillCommand(command.text, { host: value, ip: value, domain: value });
				expect(filled, command.text).toContain(value);
				expect(filled, command.text).not.toContain('<smart-host>');
			}
		}
		const fill = (text: string, value: string) =>
			fillCommand(text, { host: value, ip: value, domain: value });
		expect(fill('nc -vz {host} 25', 'mail.contoso.com')).toBe('nc -vz mail.contoso.com 25');
		expect(fill('openssl s_client -connect {host}:25 -starttls smtp -tls1_2', '192.0.2.7')).toBe(
			'openssl s_client -connect 192.0.2.7:25 -starttls smtp -tls1_2'
		);
		// A domain is a name, an IP an address: each goes only where it fits.
		expect(fill('Resolve-DnsName -Type MX {domain}; ping {ip}', 'mail.contoso.com')).toBe(
			'Resolve-DnsName -Type MX mail.contoso.com; ping <ip-address>'
		);
		expect(fill('Resolve-DnsName -Type MX {domain}; ping {ip}', '192.0.2.7')).toBe(
			'Resolve-DnsName -Type MX <domain>; ping 192.0.2.7'
		);
	});
});
