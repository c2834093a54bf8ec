/**
 * Hash routes, so any static host serves every page without rewrite rules:
 * `#/` home, `#/search?q=<text>`, `#/code/<code>`, `#/wizard?<state>`. Any route may carry
 * `lang=en|it` for shared links. `parseHash(formatHash(r))` gives `r` back.
 */

export type Route =
	| { readonly name: 'home' }
	| { readonly name: 'search'; readonly q: string }
	| { readonly name: 'code'; readonly code: string }
	| { readonly name: 'wizard'; readonly state: string }
	| { readonly name: 'missing'; readonly path: string };

export interface Place {
	readonly route: Route;
	/** The `lang=` of a shared link, as found (validated by the language state). */
	readonly lang: string | null;
}

/** Longest hash read: a pasted NDR is never put into the URL, and a huge hash is not a route. */
const MAX_HASH = 4096;

function decode(part: string): string {
	try {
		return decodeURIComponent(part.replace(/\+/g, ' '));
	} catch {
		// A malformed escape ("%E0%A4%A") is kept as typed rather than failing the whole route.
		return part;
	}
}

/** The query without its `lang=` pairs, otherwise exactly as written. */
function withoutLang(query: string): string {
	return query
		.split('&')
		.filter((pair) => pair !== '' && !pair.startsWith('lang='))
		.join('&');
}

function join(state: string, extra: string): string {
	const query = [state, extra].filter((part) => part !== '').join('&');
	return query ? `?${query}` : '';
}

/** Reads a location hash ("#/search?q=refused") into a route. Never throws. */
export function parseHash(hash: string): Place {
	const raw = hash.slice(0, MAX_HASH).replace(/^#/, '');
	const cut = raw.indexOf('?');
	const path = (cut < 0 ? raw : raw.slice(0, cut)).replace(/\/+$/, '') || '/';
	const query = cut < 0 ? '' : raw.slice(cut + 1);
	const params = new URLSearchParams(query);
	const lang = params.get('lang');
	params.delete('lang');

	let route: Route;
	if (path === '/' || path === '') route = { name: 'home' };
	else if (path === '/search') route = { name: 'search', q: params.get('q') ?? '' };
	else if (path.startsWith('/code/') && path.length > '/code/'.length)
		route = { name: 'code', code: decode(path.slice('/code/'.length)) };
	else if (path === '/wizard') route = { name: 'wizard', state: withoutLang(query) };
	else route = { name: 'missing', path: decode(path) };
	return { route, lang };
}

/** Writes a route as a hash ("#/code/4.4.316"). */
export function formatHash(route: Route, lang: string | null = null): string {
	const params = new URLSearchParams();
	let path: string;
	switch (route.name) {
		case 'home':
			path = '/';
			break;
		case 'search':
			path = '/search';
			params.set('q', route.q);
			break;
		case 'code':
			path = `/code/${encodeURIComponent(route.code)}`;
			break;
		case 'wizard':
			// The wizard's state is kept as written (its own compact format), not re-encoded.
			return `#/wizard${join(route.state, lang ? `lang=${encodeURIComponent(lang)}` : '')}`;
		case 'missing':
			path = route.path.startsWith('/') ? route.path : `/${route.path}`;
			break;
	}
	if (lang) params.set('lang', lang);
	const query = params.toString();
	return `#${path}${query ? `?${query}` : ''}`;
}

/** Control characters, and the marks and overrides that change the direction of text. */
// eslint-disable-next-line no-control-regex
const HIDDEN_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Characters of a link-supplied fragment shown on a page ("no such page"). */
export const FRAGMENT_MAX = 40;

/**
 * A short, plain fragment of link-supplied text, for quoting on a page: control and direction-
 * override characters removed (they could reorder what is shown), white space collapsed, cut to
 * `max` characters with an ellipsis. A crafted link then cannot put a message of its own on the page.
 */
export function quoteFragment(text: string, max: number = FRAGMENT_MAX): string {
	const plain = text.replace(HIDDEN_CHARACTERS, '');
	const collapsed = plain.replace(/\s+/g, ' ').trim();
	return collapsed.length > max ? `${collapsed.slice(0, max)}…` : collapsed;
}
