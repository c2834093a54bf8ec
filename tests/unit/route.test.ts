import { describe, expect, it } from 'vitest';
import {
	formatHash,
	parseHash,
	type Route,
	FRAGMENT_MAX,
	quoteFragment
} from '../../src/lib/route';

describe('hash routes', () => {
	it.each<[string, Route]>([
		['', { name: 'home' }],
		['#/', { name: 'home' }],
		['#/search?q=connection%20refused', { name: 'search', q: 'connection refused' }],
		['#/search', { name: 'search', q: '' }],
		['#/code/4.7.320', { name: 'code', code: '4.7.320' }],
		['#/code/550%205.4.316', { name: 'code', code: '550 5.4.316' }],
		['#/wizard?from=4.4.316&a=x', { name: 'wizard', state: 'from=4.4.316&a=x' }],
		['#/wizard', { name: 'wizard', state: '' }],
		['#/nowhere', { name: 'missing', path: '/nowhere' }]
	])('reads %s', (hash, route) => {
		expect(parseHash(hash).route).toEqual(route);
	});

	it.each<Route>([
		{ name: 'home' },
		{ name: 'search', q: 'conection refussed & <b>' },
		{ name: 'search', q: '' },
		{ name: 'code', code: '4.4.316' },
		{ name: 'code', code: '5.4.316 / ?#' },
		{ name: 'wizard', state: 'from=4.4.316&a=fully-migrated.yes' },
		{ name: 'missing', path: '/x/y' }
	])('gives back %j after a round trip', (route) => {
		expect(parseHash(formatHash(route)).route).toEqual(route);
	});

	it('keeps the lang of a shared link apart from the route', () => {
		expect(parseHash('#/code/4.4.316?lang=it')).toEqual({
			route: { name: 'code', code: '4.4.316' },
			lang: 'it'
		});
		expect(formatHash({ name: 'search', q: 'x' }, 'it')).toBe('#/search?q=x&lang=it');
	});

	it('keeps a malformed escape as typed instead of throwing', () => {
		expect(parseHash('#/code/%E0%A4%A').route).toEqual({ name: 'code', code: '%E0%A4%A' });
	});

	it('reads only the first 4096 characters of a huge hash', () => {
		const place = parseHash(`#/search?q=${'a'.repeat(100_000)}`);
		const q = place.route.name === 'search' ? place.route.q : null;
		expect(q?.length).toBe(4096 - '#/search?q='.length);
	});
});

describe('wizard route', () => {
	it('keeps the wizard state exactly as written and the lang apart', () => {
		const hash = '#/wizard?from=4.4.316&a=fully-migrated.yes~firewall-allows.no&lang=it';
		expect(parseHash(hash)).toEqual({
			route: { name: 'wizard', state: 'from=4.4.316&a=fully-migrated.yes~firewall-allows.no' },
			lang: 'it'
		});
		expect(formatHash(parseHash(hash).route, 'it')).toBe(hash);
	});
});

describe('a fragment of link-supplied text quoted on a page', () => {
	it('cuts a crafted message to a short quote', () => {
		const crafted = `/${'Your tenant is compromised, call +1 555 0100 now. '.repeat(60)}`;
		const shown = quoteFragment(crafted);
		expect(shown).toBe('/Your tenant is compromised, call +1 555…');
		expect(shown.length).toBeLessThanOrEqual(FRAGMENT_MAX + 1);
	});

	it('drops control and direction-override characters and collapses white space', () => {
		expect(quoteFragment('/a\u202Eb\u0000c\n\n  d')).toBe('/abc d');
	});

	it('keeps a short path as it is', () => {
		expect(quoteFragment('/nowhere')).toBe('/nowhere');
	});
});
