import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog';
import { catalogBrief } from 'virtual:content/brief';
import { readFileSync } from 'node:fs';
import { searchData } from '../../src/data/search';
import { indexCatalog } from '../../src/lib/catalog/lookup';
import { createSearch } from '../../src/lib/search';

const search = createSearch(indexCatalog(catalog), searchData);
const first = (query: string) => search(query)[0]?.entry.code;

describe('error texts without a code (wording)', () => {
	it("names the source of every entry's wording in a comment above it (content/entries)", () => {
		const withWording = catalog.filter((e) => e.wording !== undefined);
		expect(withWording.length).toBeGreaterThanOrEqual(20);
		for (const { code } of withWording) {
			const lines = readFileSync(`content/entries/${code}.yaml`, 'utf8').split('\n');
			const at = lines.indexOf('wording:');
			expect(at, code).toBeGreaterThan(0);
			// The group's source above the key, or the first text's own source above it.
			expect(`${lines[at - 1]}\n${lines[at + 1]}`, code).toMatch(/^\s*# /m);
		}
	});

	it('stays out of the first screen brief', () => {
		expect(JSON.stringify(catalogBrief)).not.toContain('Die eingegebene E-Mail-Adresse');
		expect(catalogBrief.some((e) => 'wording' in e)).toBe(false);
	});

	it.each([
		['Die eingegebene E-Mail-Adresse konnte nicht gefunden werden.', '5.1.1'],
		["The email address you entered couldn't be found", '5.1.1'],
		["Nous n'avons pas trouvé l'adresse de courrier que vous avez entrée.", '5.1.10'],
		["The recipient's mailbox is full and can't accept messages now.", '5.2.2'],
		[
			'Il messaggio non può essere inviato perché è stata superata la quota di invio del mittente.',
			'5.2.2'
		],
		[
			"Your message couldn't be delivered because you weren't recognized as a valid sender",
			'5.1.8'
		],
		[
			'Es konnte keine Verbindung hergestellt werden, da der Zielcomputer die Verbindung verweigerte',
			'4.4.316'
		],
		['Se ha forzado la interrupción de una conexión existente por el host remoto', '4.4.318'],
		['Security status IllegalMessage', '4.4.317'],
		['Access denied, banned sending IP', '5.7.606'],
		['message contains bare linefeeds', '5.6.11']
	])('ranks the entry of %j first', (query, code) => {
		expect(first(query)).toBe(code);
	});
});

describe('help-desk words never decide a ranking on their own', () => {
	const connectorFamily = [
		'4.4.312',
		'4.4.315',
		'4.4.316',
		'4.4.317',
		'4.4.318',
		'4.7.320',
		'other'
	];
	it.each([
		'users say emails to our local exchange server are bouncing since yesterday',
		'gli utenti dicono che da ieri le mail verso il nostro server Exchange locale rimbalzano',
		'mail to our on-prem server stuck in queue since today, urgent please help'
	])('ranks a connector error or "other" first for %j', (query) => {
		expect(connectorFamily).toContain(first(query));
	});

	it.each([
		['User unknown', '5.1.1'],
		['utente sconosciuto', '5.1.1'],
		['mail user not authenticated', '5.7.136']
	])('keeps the error phrase %j that holds one of them', (query, code) => {
		expect(first(query)).toBe(code);
	});
});
