/**
 * Command placeholders ({host}, {domain}, {ip}, {port}, {connector}) filled with what is known (a
 * pasted error names the host and IP) and otherwise shown as <smart-host>-style markers. A literal
 * "{host}" would run in PowerShell as a script block against the wrong target; "<smart-host>" fails
 * at once, so a command copied without editing cannot do harm.
 *
 * A value is filled in only when it is safe in a shell: a pasted `*` would expand to file names in
 * bash, `host:4444` would test another port, `-x` would read as an option, `$(id)` would run. Any
 * other value leaves the marker, and the page shows the value beside the command as text.
 */
import { isAddress, isCommandHost, portNumber } from '../net/address';

const MARKERS: Readonly<Record<string, string>> = {
	host: '<smart-host>',
	domain: '<domain>',
	ip: '<ip-address>',
	port: '<port>',
	connector: '<connector-name>'
};

/** Connector names as the Exchange admin center allows them, kept inside the command's quotes. */
const CONNECTOR_NAME = /^[A-Za-z0-9][A-Za-z0-9 ._()-]{0,63}$/;

/** Whether a value may fill the placeholder `name` of a command. */
const SAFE: Readonly<Record<string, (value: string) => boolean>> = {
	host: isCommandHost,
	domain: (value) => isCommandHost(value) && !isAddress(value),
	ip: isAddress,
	port: (value) => portNumber(value) !== null,
	connector: (value) => CONNECTOR_NAME.test(value)
};

const PLACEHOLDER = /\{(\w+)\}/g;

/** True when `value` may be filled into the placeholder `name`. */
function safeValue(name: string, value: string): boolean {
	const check = SAFE[name];
	return check !== undefined && check(value);
}

/** The values that may be filled in: the safe ones. */
function usable(values: Readonly<Record<string, string>>): Record<string, string> {
	return Object.fromEntries(
		Object.entries(values).filter(([name, value]) => safeValue(name, value))
	);
}

/** The command text with known safe values filled in and the rest as markers. */
export function fillCommand(text: string, values: Readonly<Record<string, string>> = {}): string {
	const safe = usable(values);
	return text.replace(PLACEHOLDER, (whole, name: string) => safe[name] ?? MARKERS[name] ?? whole);
}

/** The markers still left in a command once `values` are filled in, in order of appearance. */
export function markersLeft(text: string, values: Readonly<Record<string, string>> = {}): string[] {
	const safe = usable(values);
	const left = [...text.matchAll(PLACEHOLDER)]
		.map((m) => m[1] ?? '')
		.filter((name) => safe[name] === undefined)
		.map((name) => MARKERS[name] ?? `{${name}}`);
	return [...new Set(left)];
}

/**
 * The values of a command's placeholders that were not filled in because they are not safe, with
 * their markers, for the page to show beside the command as text.
 */
export function valuesHeldBack(
	text: string,
	values: Readonly<Record<string, string>> = {}
): { marker: string; value: string }[] {
	const names = new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''));
	return Object.entries(values)
		.filter(([name, value]) => names.has(name) && !safeValue(name, value))
		.map(([name, value]) => ({ marker: MARKERS[name] ?? `{${name}}`, value }));
}
