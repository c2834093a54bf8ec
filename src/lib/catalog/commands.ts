/**
 * Command placeholders ({host}, {domain}, {ip}, {port}, {connector}) filled with what is known (a
 * pasted error names the host and IP) and otherwise shown as <smart-host>-style markers. A literal
 * "{host}" would run in PowerShell as a script block against the wrong target; "<smart-host>" fails
 * at once, so a command copied without editing cannot do harm.
 */
const MARKERS: Readonly<Record<string, string>> = {
	host: '<smart-host>',
	domain: '<domain>',
	ip: '<ip-address>',
	port: '<port>',
	connector: '<connector-name>'
};

const PLACEHOLDER = /\{(\w+)\}/g;

/** The command text with known values filled in and the rest as markers. */
export function fillCommand(text: string, values: Readonly<Record<string, string>> = {}): string {
	return text.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? MARKERS[name] ?? whole);
}

/** The markers still left in a command once `values` are filled in, in order of appearance. */
export function markersLeft(text: string, values: Readonly<Record<string, string>> = {}): string[] {
	const left = [...text.matchAll(PLACEHOLDER)]
		.map((m) => m[1] ?? '')
		.filter((name) => values[name] === undefined)
		.map((name) => MARKERS[name] ?? `{${name}}`);
	return [...new Set(left)];
}
