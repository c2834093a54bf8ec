import { describe, expect, it } from 'vitest';
import { fillCommand, markersLeft } from '../../src/lib/catalog/commands';

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
