import type { SocketError } from '../search/socket';
import type { Entry, EntryBrief } from './types';

/** The part of an entry the first screen carries (see `EntryBrief`). */
export function briefOf(entry: Entry): EntryBrief {
	const { code, reply, kind, title, aliases } = entry;
	return { code, reply, kind, title, aliases };
}

/** What search reads of a socket error: not the longer texts the paste reader shows. */
type SocketErrorText = Omit<SocketError, 'number'>;

/** The socket errors as search reads them, from the paste reader's table (data/parse-text.ts). */
export function socketErrorsOf(texts: Readonly<Record<number, SocketErrorText>>): SocketError[] {
	return Object.entries(texts).map(([number, { name, also, label, entry }]) =>
		also === undefined
			? { number: Number(number), name, label, entry }
			: { number: Number(number), name, also, label, entry }
	);
}

/**
 * The source of the `virtual:content/brief` module (scripts/content-plugin.ts): the brief of every
 * entry, in catalog order, and the socket errors as search reads them (a Winsock number typed at
 * once finds its entry too). Built from the content files at every build and test run.
 */
export function briefSource(
	entries: readonly Entry[],
	socketErrors: readonly SocketError[]
): string {
	return [
		`export const catalogBrief = ${JSON.stringify(entries.map(briefOf))};`,
		`export const socketBrief = ${JSON.stringify(socketErrors)};`,
		''
	].join('\n');
}
