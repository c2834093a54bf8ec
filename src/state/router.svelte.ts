import { formatHash, parseHash, type Place, type Route } from '../lib/route';

/**
 * The current hash route. The only code that reads or writes `location` and the history:
 * typing replaces the current entry (no history flood), moving to another page pushes one.
 */
export class Router {
	place = $state<Place>(parseHash(''));

	constructor() {
		if (typeof window === 'undefined') return;
		this.place = parseHash(window.location.hash);
		window.addEventListener('hashchange', () => {
			this.place = parseHash(window.location.hash);
		});
	}

	get route(): Route {
		return this.place.route;
	}

	/** Goes to a route; `replace` rewrites the current history entry instead of adding one. */
	go(route: Route, options: { replace?: boolean } = {}): void {
		const hash = formatHash(route, this.place.lang);
		this.place = { route, lang: this.place.lang };
		if (typeof window === 'undefined' || window.location.hash === hash) return;
		try {
			if (options.replace) window.history.replaceState(window.history.state, '', hash);
			// Each pushed entry remembers the address it came from, so `back` can tell whether the
			// browser's previous entry is the place to return to.
			else window.history.pushState({ from: window.location.hash }, '', hash);
		} catch {
			// History can be unavailable (sandboxed frames, file:// in some browsers): fall back.
			window.location.hash = hash;
		}
	}

	/**
	 * Returns to a route the user came from: the browser's own Back when the previous history entry
	 * is that route (so Back/Forward and in-page Back stay in step, with no extra entries), otherwise
	 * a normal navigation.
	 */
	back(route: Route): void {
		const hash = formatHash(route, this.place.lang);
		const state: unknown = typeof window === 'undefined' ? null : window.history.state;
		const from =
			typeof state === 'object' && state !== null && 'from' in state ? state.from : undefined;
		if (from === hash) window.history.back();
		else this.go(route);
	}

	/**
	 * Forgets the `lang=` of the link that opened the page (the user chose a language, which is
	 * remembered instead), rewriting the current address without adding a history entry.
	 */
	dropLang(): void {
		if (this.place.lang === null) return;
		this.place = { route: this.place.route, lang: null };
		this.go(this.place.route, { replace: true });
	}

	/** The href of a route, for links. */
	href(route: Route): string {
		return formatHash(route, this.place.lang);
	}
}

export const router = new Router();
