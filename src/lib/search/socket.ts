import type { Localized } from '../catalog/types';

/**
 * A Windows socket (Winsock) error as Exchange reports it in "[Message=Socket error code 10061]"
 * or "Winsock error code: 10060, Win32 error code: 10060", and the catalog entry it points to.
 */
export interface SocketError {
	readonly number: number;
	/** The name Windows headers give it: "WSAECONNREFUSED". */
	readonly name: string;
	/** Other names admins type: "ECONNREFUSED" (POSIX, as Linux tools print it). */
	readonly also?: readonly string[];
	/** What it means, in a few words. */
	readonly label: Localized;
	/** The code of the catalog entry it points to. */
	readonly entry: string;
}

/** A socket error found in a query, with the text it was read from. */
export interface QuerySocketError {
	readonly error: SocketError;
	readonly asTyped: string;
}

// Five-digit Winsock numbers (100xx, 110xx) are unmistakable on their own; shorter ones (995,
// ERROR_OPERATION_ABORTED) are also ports (POP3 over TLS), so they count only after a word that
// says they are an error code.
const DECIMAL = /(?<![\d.:])(\d{3,5})(?![\d.])/g;
const UNMISTAKABLE = 10000;
const ERROR_CONTEXT = /(?:winsock|win32|socket|error|errore|code|codice)\W{0,3}(?:code\W{0,3})?$/i;
// Hexadecimal as Windows tools print it: "0x274D", "0x0000274d".
const HEX = /(?<![\w])0x0*([0-9a-f]{3,8})(?![\w])/gi;
const NAME = /(?<![\w])(WSA[A-Z_]{3,}|E[A-Z]{4,})(?![\w])/gi;

/** Finds the socket errors a query names: by number (decimal or hexadecimal) or by name. */
export function socketErrorsInQuery(
	query: string,
	table: readonly SocketError[]
): QuerySocketError[] {
	const found: QuerySocketError[] = [];
	const add = (error: SocketError | undefined, asTyped: string) => {
		if (error && !found.some((f) => f.error === error)) found.push({ error, asTyped });
	};
	const byNumber = (n: number) => table.find((e) => e.number === n);
	for (const m of query.matchAll(DECIMAL)) {
		const n = Number(m[1]);
		const before = query.slice(Math.max(0, m.index - 30), m.index);
		if (n >= UNMISTAKABLE || ERROR_CONTEXT.test(before)) add(byNumber(n), m[0]);
	}
	for (const m of query.matchAll(HEX)) add(byNumber(parseInt(m[1] ?? '', 16)), m[0]);
	for (const m of query.matchAll(NAME)) {
		const name = m[0].toUpperCase();
		add(
			table.find((e) => e.name === name || e.also?.includes(name) === true),
			m[0]
		);
	}
	return found;
}
