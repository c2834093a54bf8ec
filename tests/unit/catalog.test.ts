import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog';
import { commands } from '../../src/data/commands';
import { socketErrorTexts } from '../../src/data/parse-text';
import * as v from 'valibot';
import { commandsFile, entryFile } from '../../scripts/content/schema';
import { catalogRules, SOURCE_HOSTS } from '../../src/lib/catalog/rules';
import type { Cause, Command, Entry, EntryKind, Source } from '../../src/lib/catalog/types';

/** The causes of the source article, per code, in its order (Mail flow intelligence, docs/sources.md). */
const SEED_CAUSES: ReadonlyArray<readonly [string, readonly string[]]> = [
	['4.4.312', ['dns-hosting-problem', 'domain-expired', 'mx-recently-changed']],
	['4.4.315', ['server-down', 'wrong-smart-host']],
	['4.4.316', ['firewall-blocks-m365', 'migrated-on-prem-shut-down']],
	['4.4.317', ['server-immediate-error', 'tls-required-not-supported']],
	['4.4.318', ['firewall-smtp-inspection', 'server-unhealthy', 'network-problems']],
	['4.7.320', ['cert-expired', 'cert-subject-mismatch', 'cert-no-longer-valid']],
	// Who owns the destination is scope, not a cause (the entries' partner texts and the wizard's
	// owner): no "partner's server" cause.
	['other', ['other-destination-problem', 'connector-misconfigured']]
];

/** The entries of the source article (content/entries with an `order`): the connector errors and "other". */
const connectorEntries = catalog.filter((entry) => entry.kind !== 'neighbour');

describe('the bundled catalog', () => {
	it('passes the rules across entries with the bundled commands', () => {
		expect(catalogRules(catalog, commands)).toEqual([]);
	});

	it('gives every listed connector cause the words admins use for it, in both languages', () => {
		// A "not listed" cause has none on purpose: it must not draw searches away from real ones.
		const listed = connectorEntries.flatMap((entry) => entry.causes).filter((c) => !c.unlisted);
		expect(listed.length).toBeGreaterThanOrEqual(30);
		for (const cause of listed) {
			expect(cause.situations?.en.length, cause.id).toBeGreaterThanOrEqual(5);
			expect(cause.situations?.it.length, cause.id).toBeGreaterThanOrEqual(5);
		}
	});

	it('points every socket error that search reads at an entry of the catalog', () => {
		const codes = new Set(catalog.map((entry) => entry.code));
		for (const [number, text] of Object.entries(socketErrorTexts)) {
			expect(codes.has(text.entry), `${number} -> ${text.entry}`).toBe(true);
		}
	});

	it('starts with the seven connector entries in the order of the source article', () => {
		expect(catalog.slice(0, 7).map((entry) => entry.code)).toEqual(
			SEED_CAUSES.map(([code]) => code)
		);
		expect(catalog.slice(0, 7).map((entry) => entry.kind)).toEqual([
			...Array<string>(6).fill('connector'),
			'other'
		]);
		expect(catalog.slice(0, 7)).toEqual(connectorEntries);
	});

	it.each([
		['4.4.312', ['dns-unresolvable-outside', 'routed-elsewhere'], []],
		[
			'4.4.315',
			['firewall-drops-m365', 'aaaa-without-ipv6', 'isp-blocks-port-25'],
			['routed-elsewhere']
		],
		['4.4.316', ['nothing-listening'], ['aaaa-without-ipv6', 'routed-elsewhere']],
		[
			'4.4.317',
			[
				'stale-tls-certificate-name',
				'smtp-inspection-strips-starttls',
				'server-busy-or-maintenance',
				'tls-old-versions-only',
				// 450 4.4.317 [Message=UntrustedRoot] (Microsoft's page for that error).
				'missing-intermediate'
			],
			['partial-fix-behind-balancer', 'routed-elsewhere', 'cert-revocation-check-failed']
		],
		['4.4.318', [], []],
		[
			'4.7.320',
			['cert-revocation-check-failed', 'partial-fix-behind-balancer'],
			['stale-tls-certificate-name', 'routed-elsewhere']
		],
		['other', [], ['routed-elsewhere']]
	] as const)(
		'gives %s its seed causes first, then the field causes %j, shares %j, and ends with its "not listed" cause',
		(code, added, shared) => {
			const entry = catalog.find((candidate) => candidate.code === code);
			const seed = SEED_CAUSES.find(([seedCode]) => seedCode === code)?.[1] ?? [];
			expect(entry?.causes.map((cause) => cause.id)).toEqual([
				...seed,
				...added,
				`unlisted-${code.replaceAll('.', '-')}`
			]);
			expect(entry?.causes.at(-1)?.unlisted).toBe(true);
			expect(entry?.sharedCauses ?? []).toEqual(shared);
		}
	);

	it('says where the link of a cause to its code is unverified, in the entry', () => {
		const noted = catalog.flatMap((e) => e.causes).filter((c) => c.codeNote !== undefined);
		expect(noted.map((c) => c.id).sort()).toEqual([
			'isp-blocks-port-25',
			'server-busy-or-maintenance'
		]);
	});

	it('gates the 4.4.316 steps that stop mail flow behind the migration, after the checks', () => {
		const cause = catalog
			.flatMap((e) => e.causes)
			.find((c) => c.id === 'migrated-on-prem-shut-down');
		const gated = cause?.fix.map((step) => step.gated === true);
		expect(gated).toEqual([false, false, true, true, true, true]);
		const gatedCommands = cause?.fix.filter((s) => s.gated).flatMap((s) => s.commands ?? []);
		expect(gatedCommands).toEqual(
			expect.arrayContaining(['disable-outbound-connector', 'set-accepted-domain-authoritative'])
		);
		expect(cause?.gate?.prompt.en).toMatch(/Exchange Online/);
	});

	it('never advises a port 25 test from a cloud VM: the outside test is the connector validation', () => {
		const texts = JSON.stringify([catalog, commands]);
		expect(texts).not.toMatch(/\b(a|from a|from) cloud VM\b/i);
		expect(texts).not.toMatch(/VM nel cloud/i);
		expect(texts).toMatch(/connector validation/);
	});

	it('marks the six seed codes as queued connector errors and "other" as the catch-all', () => {
		expect(
			connectorEntries.map((entry) => [entry.code, entry.kind, entry.reply, entry.queued])
		).toEqual([
			['4.4.312', 'connector', '450', true],
			['4.4.315', 'connector', '450', true],
			['4.4.316', 'connector', '450', true],
			['4.4.317', 'connector', '450', true],
			['4.4.318', 'connector', '450', true],
			['4.7.320', 'connector', '450', true],
			['other', 'other', '450', true]
		]);
	});

	it('lists the 5.x.x NDR form of each seed code among its aliases', () => {
		for (const entry of connectorEntries.slice(0, 6)) {
			expect(entry.aliases).toContain(entry.code.replace(/^4/, '5'));
		}
	});

	it('uses only the placeholders {host} {domain} {ip} {port} {connector} in commands', () => {
		const names = commands.flatMap((command) =>
			[...command.text.matchAll(/\{(\w+)\}/g)].map((match) => match[1])
		);
		expect(new Set(names)).toEqual(new Set(['host', 'domain', 'connector']));
	});
});

/*
 * A small valid catalog, built fresh for each test so that a test can break one thing in it and
 * check that exactly that is reported.
 */
function sampleCommands(): Command[] {
	return [
		{
			id: 'test-port-25',
			label: { en: 'Port 25 open', it: 'Porta 25 aperta' },
			text: 'Test-NetConnection {host} -Port 25',
			shell: 'powershell',
			expect: { en: 'TcpTestSucceeded : True', it: 'TcpTestSucceeded : True' }
		}
	];
}

function sampleCause(id: string): Cause {
	return {
		id,
		title: { en: 'Firewall', it: 'Firewall' },
		detail: { en: 'Port 25 is closed.', it: 'La porta 25 è chiusa.' },
		fix: [
			{
				text: { en: 'Open port 25.', it: 'Aprire la porta 25.' },
				path: { en: 'Firewall > Rules', it: 'Firewall > Regole' },
				commands: ['test-port-25']
			}
		],
		verify: ['test-port-25'],
		sources: [sampleSource()]
	};
}

/** A public page as the content files cite one. */
function sampleSource(): Source {
	return {
		title: 'Mail flow intelligence in EOP',
		url: 'https://learn.microsoft.com/en-us/defender-office-365/connectors-mail-flow-intelligence',
		checked: '2026-12-08'
	};
}

function sampleEntry(code: string, causeId: string, kind: EntryKind = 'connector'): Entry {
	return {
		code,
		reply: '450',
		kind,
		title: { en: 'Connection refused', it: 'Connessione rifiutata' },
		meaning: { en: 'Refused.', it: 'Rifiutata.' },
		causes: [
			sampleCause(causeId),
			{ ...sampleCause(`unlisted-${code.replaceAll('.', '-')}`), unlisted: true }
		],
		partner: { en: 'Contact them.', it: 'Contattarli.' },
		queued: true,
		aliases: [code.replace(/^4/, '5')],
		symptoms: { en: ['refused'], it: ['rifiutata'] },
		related: [],
		sources: [sampleSource()]
	};
}

function sampleCatalog(): [Entry, Entry] {
	const first = { ...sampleEntry('4.4.316', 'firewall'), related: ['4.4.315'] };
	const second = sampleEntry('4.4.315', 'server-down');
	return [first, second];
}

/**
 * What the schema of an entry file reports for `entry` (as content/entries holds it: a connector
 * entry carries its `order`), as `field.path: message`.
 */
function schemaProblems(entry: unknown): string[] {
	const file =
		typeof entry === 'object' && entry !== null && !('order' in entry) && 'kind' in entry
			? { ...entry, ...(entry.kind === 'neighbour' ? {} : { order: 1 }) }
			: entry;
	const result = v.safeParse(entryFile, file);
	return result.success
		? []
		: result.issues.map((issue) => `${v.getDotPath(issue) ?? '(the file)'}: ${issue.message}`);
}

describe('the schema of an entry file (scripts/content/schema.ts)', () => {
	it('accepts the sample entries and every entry of the catalog', () => {
		for (const entry of [...sampleCatalog(), ...catalog]) {
			expect(schemaProblems(entry), entry.code).toEqual([]);
		}
	});

	it('reports gated steps without a gate, a gate without them, and a gated step before a check', () => {
		const step = (gated: boolean) => ({
			text: { en: 'Turn it off.', it: 'Disattivalo.' },
			...(gated ? { gated: true } : {})
		});
		const gate = {
			prompt: { en: 'Nothing is left.', it: 'Non resta nulla.' },
			warning: { en: 'Mail stops.', it: 'La posta si ferma.' }
		};
		const [first] = sampleCatalog();
		const withCause = (cause: unknown) => ({ ...first, causes: [cause, ...first.causes.slice(1)] });
		expect(
			schemaProblems(withCause({ ...sampleCause('a'), fix: [step(false), step(true)] }))
		).toEqual([
			'causes.0: has a gate but no gated step, or gated steps but no gate: give both or neither'
		]);
		expect(schemaProblems(withCause({ ...sampleCause('b'), gate }))).toEqual([
			'causes.0: has a gate but no gated step, or gated steps but no gate: give both or neither'
		]);
		expect(
			schemaProblems(withCause({ ...sampleCause('c'), gate, fix: [step(true), step(false)] }))
		).toEqual(['causes.0: a gated step comes before an ungated one: put the checks first']);
		expect(schemaProblems(withCause({ ...sampleCause('d'), gate, fix: [step(true)] }))).toEqual([
			'causes.0: has only gated steps: put first the checks that prove the gate'
		]);
	});

	it('reports a missing title', () => {
		const untitled: Record<string, unknown> = { ...sampleCatalog()[0] };
		delete untitled['title'];
		expect(schemaProblems(untitled)).toEqual([
			'title: is missing: add it (an entry (content/schema/entry.schema.json lists its fields))'
		]);
	});

	it('reports an empty Italian string', () => {
		const entry = { ...sampleCatalog()[0], meaning: { en: 'Refused.', it: ' ' } };
		expect(schemaProblems(entry)).toEqual([
			'meaning.it: is empty: write the text, or remove the field if it is optional'
		]);
	});

	it('reports a cause with no fix steps', () => {
		const [first] = sampleCatalog();
		const entry = {
			...first,
			causes: [{ ...sampleCause('firewall'), fix: [] }, ...first.causes.slice(1)]
		};
		expect(schemaProblems(entry)).toEqual(['causes.0.fix: needs at least one step']);
	});

	it("reports a cause's situations given in one language only or as a string", () => {
		const [first] = sampleCatalog();
		const oneLanguage = {
			...sampleCause('firewall'),
			situations: { en: ['new firewall'], it: [] }
		};
		const notAList = { ...sampleCause('isp'), situations: 'changed ISP' };
		const entry = { ...first, causes: [oneLanguage, notAList, ...first.causes.slice(1)] };
		expect(schemaProblems(entry)).toEqual([
			'causes.0.situations: has phrases in one language and none in the other: translate them',
			'causes.1.situations: expected { en: [ … ], it: [ … ] }: the phrases in English and in Italian'
		]);
	});

	it('reports shared causes listed twice', () => {
		const entry = { ...sampleCatalog()[0], sharedCauses: ['server-down', 'server-down'] };
		expect(schemaProblems(entry)).toEqual(['sharedCauses.1: is listed twice: remove the repeat']);
	});

	it.each(['44316', '4.4.3160', '4.4', '6.4.316', 'Other'])(
		'reports the bad code format "%s"',
		(code) => {
			expect(schemaProblems({ ...sampleCatalog()[0], code })).toContain(
				'code: is neither a status code (class.subject.detail, e.g. 4.4.316) nor "other"'
			);
		}
	);

	it('reports an empty alias list', () => {
		expect(schemaProblems({ ...sampleCatalog()[0], aliases: [] })).toEqual([
			'aliases: needs at least one alias'
		]);
	});

	it('reports a step whose optional path is present but empty (null in YAML)', () => {
		const [first] = sampleCatalog();
		const cause = {
			...sampleCause('firewall'),
			fix: [{ text: { en: 'a', it: 'b' }, path: null }]
		};
		expect(schemaProblems({ ...first, causes: [cause, ...first.causes.slice(1)] })).toEqual([
			'causes.0.fix.0.path: expected { en: …, it: … }: the text in English and in Italian'
		]);
	});

	it('reports kind "other" with another code, and an order on a neighbour', () => {
		expect(schemaProblems({ ...sampleCatalog()[0], kind: 'other' })).toEqual([
			'kind: "other" goes with code "other" and only with it'
		]);
		const neighbour = { ...sampleEntry('5.7.1', 'relay', 'neighbour'), order: 3 };
		expect(schemaProblems(neighbour)).toEqual([
			'order: an entry of kind connector or other has an order (its place at the top); a neighbour has none'
		]);
	});

	it('takes `wizard: true` on a neighbour only, and nothing but true', () => {
		const neighbour = { ...sampleEntry('5.7.64', 'tenant', 'neighbour'), wizard: true };
		expect(schemaProblems(neighbour)).toEqual([]);
		expect(schemaProblems({ ...sampleCatalog()[0], wizard: true })).toEqual([
			'wizard: only a neighbouring code says `wizard: true` (connector errors and "other" are wizard starts already)'
		]);
		expect(schemaProblems({ ...neighbour, wizard: false })).toEqual(['wizard: is true or absent']);
	});

	it('reports unknown fields, shells and placeholders in commands', () => {
		const command = { ...sampleCommands()[0], shell: 'cmd', text: 'ping {hostname}', note: 'x' };
		const result = v.safeParse(commandsFile, { commands: [command] });
		expect(result.issues?.map((issue) => `${v.getDotPath(issue)}: ${issue.message}`)).toEqual([
			'commands.0.text: has an unknown placeholder: use {host}, {domain}, {ip}, {port} or {connector}',
			'commands.0.shell: is powershell, posix, exchange-online, exchange-onprem or any',
			'commands.0.note: is not a field of a command: { id, label, text, shell, expect }: remove it or fix its name'
		]);
	});

	it('reports a command list that is not a list', () => {
		const result = v.safeParse(commandsFile, { commands: null });
		expect(result.issues?.map((issue) => `${v.getDotPath(issue)}: ${issue.message}`)).toEqual([
			'commands: expected a list of commands'
		]);
	});
});

describe('catalogRules (src/lib/catalog/rules.ts)', () => {
	it('accepts the sample catalog it is tested with', () => {
		expect(catalogRules(sampleCatalog(), sampleCommands())).toEqual([]);
	});

	it('reports a cause and an entry without a source, saying what to add', () => {
		const [first, second] = sampleCatalog();
		const [cause, unlisted] = first.causes;
		const bare = { ...first, causes: [{ ...cause!, sources: [] }, unlisted!] };
		delete (bare as { sources?: unknown }).sources;
		expect(catalogRules([bare, second], sampleCommands(), '2026-12-08')).toEqual([
			'entry 4.4.316 > cause firewall > sources: cause "firewall" has no source: add `sources:` with at least one public page it rests on, { title, url: https://…, checked: YYYY-MM-DD } (see CONTRIBUTING.md, "Sources")',
			'entry 4.4.316 > sources: entry 4.4.316 has no source: add `sources:` with at least one public page it rests on, { title, url: https://…, checked: YYYY-MM-DD } (see CONTRIBUTING.md, "Sources")'
		]);
	});

	it('reports a source on an unknown host, not https, checked in the future, on no real day or listed twice', () => {
		const [first, second] = sampleCatalog();
		const sources: Source[] = [
			{ ...sampleSource(), url: 'https://pastebin.com/abc' },
			{ ...sampleSource(), url: 'http://learn.microsoft.com/x' },
			{ ...sampleSource(), checked: '2026-12-09' },
			{ ...sampleSource(), url: 'https://learn.microsoft.com/a', holdsFrom: '2026-02-30' },
			{ ...sampleSource(), url: 'https://learn.microsoft.com/a' }
		];
		expect(catalogRules([{ ...first, sources }, second], sampleCommands(), '2026-12-08')).toEqual([
			`entry 4.4.316 > sources[0] > url: pastebin.com is not a known public host: link the page on ${[...SOURCE_HOSTS].join(', ')}, or add its host to SOURCE_HOSTS in src/lib/catalog/rules.ts in the same change`,
			'entry 4.4.316 > sources[1] > url: "http://learn.microsoft.com/x" is not an https address: link the page\'s https:// address',
			'entry 4.4.316 > sources[2] > checked: 2026-12-09 is in the future: write the day you read the page (today is 2026-12-08 or earlier)',
			'entry 4.4.316 > sources[3] > holdsFrom: "2026-02-30" is not a day: write YYYY-MM-DD',
			'entry 4.4.316 > sources[4] > url: https://learn.microsoft.com/a is listed twice: keep one, with both notes in it'
		]);
	});

	it('finds every cause and every entry of the real catalog sourced on a known host', () => {
		for (const entry of catalog) {
			expect(entry.sources?.length, entry.code).toBeGreaterThan(0);
			for (const cause of entry.causes) {
				expect(cause.sources?.length, cause.id).toBeGreaterThan(0);
			}
			const all = [...(entry.sources ?? []), ...entry.causes.flatMap((c) => c.sources ?? [])];
			for (const { url } of all) expect(SOURCE_HOSTS.has(new URL(url).hostname), url).toBe(true);
		}
	});

	it('reports a wizard entry without its "not listed" cause last, and one on a neighbour', () => {
		const [first, second] = sampleCatalog();
		const unlistedFirst = { ...first, causes: [...first.causes].reverse() };
		const neighbour = { ...sampleEntry('5.7.1', 'relay', 'neighbour'), aliases: ['Relay denied'] };
		expect(catalogRules([unlistedFirst, second, neighbour], sampleCommands())).toEqual([
			'entry 4.4.316 > causes: needs exactly one "unlisted" cause, the last',
			'entry 5.7.1 > causes: a neighbouring code has no "unlisted" cause unless the wizard covers it (`wizard: true`)'
		]);
		// A neighbour the wizard starts from (5.7.64) needs one, as the connector errors do.
		const start = {
			...sampleEntry('5.7.64', 'tenant', 'neighbour'),
			aliases: ['Tenant'],
			wizard: true as const
		};
		expect(catalogRules([first, second, start], sampleCommands())).toEqual([]);
		const withoutUnlisted = { ...start, causes: start.causes.slice(0, 1) };
		expect(catalogRules([first, second, withoutUnlisted], sampleCommands())).toEqual([
			'entry 5.7.64 > causes: needs exactly one "unlisted" cause, the last'
		]);
	});

	it('reports shared causes that are unknown, own or another "not listed" one', () => {
		const [first, second] = sampleCatalog();
		const sharing = {
			...first,
			sharedCauses: ['server-down', 'firewall', 'nope', 'unlisted-4-4-315']
		};
		expect(catalogRules([sharing, second], sampleCommands())).toEqual([
			'entry 4.4.316 > sharedCauses: "firewall" is a cause of this entry already',
			'entry 4.4.316 > sharedCauses: unknown cause "nope"',
			'entry 4.4.316 > sharedCauses: "unlisted-4-4-315" is another entry\'s "not listed" cause'
		]);
	});

	it('reports a cause id used by two entries', () => {
		const entries = [sampleEntry('4.4.316', 'firewall'), sampleEntry('4.4.315', 'firewall')];
		expect(catalogRules(entries, sampleCommands())).toEqual([
			'entry 4.4.315 > cause firewall: cause id "firewall" is already used by entry 4.4.316'
		]);
	});

	it('reports an unknown command id in verify and in a fix step', () => {
		const [first, second] = sampleCatalog();
		const cause = sampleCause('firewall');
		const broken: Cause = {
			...cause,
			fix: [{ text: { en: 'a', it: 'b' }, commands: ['telnet-25'] }],
			verify: ['dig-a']
		};
		expect(
			catalogRules(
				[{ ...first, causes: [broken, ...first.causes.slice(1)] }, second],
				sampleCommands()
			)
		).toEqual([
			'entry 4.4.316 > cause firewall > fix[0] > commands: unknown command "telnet-25"',
			'entry 4.4.316 > cause firewall > verify: unknown command "dig-a"'
		]);
	});

	it('reports a command id used twice', () => {
		const [command] = sampleCommands();
		expect(command).toBeDefined();
		if (command === undefined) return;
		expect(catalogRules(sampleCatalog(), [command, command])).toEqual([
			'command test-port-25 > id: command id "test-port-25" is used twice'
		]);
	});

	it('reports a related code that is not in the catalog, and an entry related to itself', () => {
		const [first, second] = sampleCatalog();
		expect(
			catalogRules(
				[{ ...first, related: ['4.4.315', '4.4.399', '4.4.316'] }, second],
				sampleCommands()
			)
		).toEqual([
			'entry 4.4.316 > related: unknown code "4.4.399"',
			'entry 4.4.316 > related: an entry cannot be related to itself'
		]);
	});

	it('reports an alias code claimed by two entries', () => {
		const [first, second] = sampleCatalog();
		const entry = { ...second, aliases: ['5.4.315', 'Message expired (5.4.316)'] };
		expect(catalogRules([first, entry], sampleCommands())).toEqual([
			'entry 4.4.315 > aliases: alias code 5.4.316 is already claimed by entry 4.4.316'
		]);
	});

	it('does not read a code out of an IP address in an alias', () => {
		const [first, second] = sampleCatalog();
		const entry = { ...second, aliases: ['5.4.315', 'LastAttemptedIP=192.5.4.316:25'] };
		expect(catalogRules([first, entry], sampleCommands())).toEqual([]);
	});

	it('reports the same wording under two entries', () => {
		const [first, second] = sampleCatalog();
		const entries = [
			{ ...first, wording: ['No connection could be made'] },
			{ ...second, wording: ['no connection could be made '] }
		];
		expect(catalogRules(entries, sampleCommands())).toEqual([
			'entry 4.4.315 > wording: "no connection could be made " is already the wording of entry 4.4.316'
		]);
	});

	it('reports a duplicate entry code', () => {
		const [first] = sampleCatalog();
		const copy = sampleEntry('4.4.316', 'other-cause');
		expect(catalogRules([first, copy], sampleCommands())).toEqual(
			expect.arrayContaining(['entries[1] > code: entry code "4.4.316" is used twice'])
		);
	});
});
