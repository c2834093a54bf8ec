import { formatHash, parseHash, type Place, type Route } from '../lib/route';

/**
 * How long typing must pause before the address follows it. Writing the history on every
 * keystroke costs the browser a few milliseconds each (and Chrome ignores more than about a
 * hundred history writes in ten seconds); the page itself follows every keystroke at once.
 */
const SETTLE_MS = 300;

/**
 * The current hash route. The only code that reads or writes `location` and the history:
 * typing replaces the current entry (no history flood), moving to another page pushes one.
 */
export class Router {
	#place = $state.raw<Place>(parseHash(''));
	/**
	 * Address changes heard since the page last followed one, before the next frame: they are read
	 * fresh by whoever asks for the route, and followed (rendered) once, at that frame.
	 */
	#heard: { hash: string | null; place: Place } | null = null;
	/** Cancels the frame that ends the current burst of address changes (null between bursts). */
	#burst: (() => void) | null = null;
	/** A history write waiting for typing to pause, and the address it was meant to follow. */
	#pending: { hash: string; replace: boolean; from: string } | null = null;
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor() {
		if (typeof window === 'undefined') return;
		this.#place = parseHash(window.location.hash);
		window.addEventListener('hashchange', () => {
			// The address changed under us (Back, a link): a write meant for the old entry is void.
			this.#drop();
			// The page follows the first change at once and the rest once per frame: a burst of
			// changes (a script, Back pressed fast) renders the last route, not each on the way.
			if (this.#burst === null) {
				this.#place = parseHash(window.location.hash);
				this.#burst = onNextFrame(() => {
					this.#burst = null;
					if (this.#heard !== null) this.#follow();
				});
			} else {
				this.#heard ??= { hash: null, place: this.#place };
			}
		});
		// A click or Enter may follow a link: the address must hold the query before it leaves.
		window.addEventListener('pointerdown', () => this.settle(), { capture: true });
		window.addEventListener(
			'keydown',
			(e) => {
				if (e.key === 'Enter') this.settle();
			},
			{ capture: true }
		);
		window.addEventListener('pagehide', () => this.settle());
	}

	/** Where the page is: the route and the `lang=` of the address. */
	get place(): Place {
		const place = this.#place;
		const heard = this.#heard;
		if (heard === null) return place;
		const hash = window.location.hash;
		if (heard.hash !== hash) {
			heard.hash = hash;
			heard.place = parseHash(hash);
		}
		return heard.place;
	}

	set place(place: Place) {
		// Moving on supersedes an address change heard but not yet followed.
		this.#heard = null;
		this.#place = place;
	}

	get route(): Route {
		return this.place.route;
	}

	/** Follows the address changes heard since the burst's first, once. */
	#follow(): void {
		const place = this.place;
		this.#heard = null;
		this.#place = place;
	}

	/**
	 * Goes to a route; `replace` rewrites the current history entry instead of adding one. With
	 * `typing`, the page moves at once and the address follows when typing pauses.
	 */
	go(route: Route, options: { replace?: boolean; typing?: boolean } = {}): void {
		const hash = formatHash(route, this.place.lang);
		this.place = { route, lang: this.place.lang };
		if (typeof window === 'undefined') return;
		if (options.typing) {
			// A push stays a push when replaces follow it before the pause: one entry per search.
			const replace = (this.#pending?.replace ?? true) && options.replace === true;
			const from = this.#pending?.from ?? window.location.hash;
			this.#pending = { hash, replace, from };
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => this.settle(), SETTLE_MS);
			return;
		}
		this.settle();
		this.#write(hash, options.replace === true);
	}

	/**
	 * Writes a history entry waiting for typing to pause, now; unless the address has changed in
	 * the meantime (a link, a bookmark, Back), whose hashchange may not have been heard yet.
	 */
	settle(): void {
		const pending = this.#pending;
		this.#drop();
		if (pending && window.location.hash === pending.from)
			this.#write(pending.hash, pending.replace);
	}

	#drop(): void {
		this.#pending = null;
		clearTimeout(this.#timer);
	}

	#write(hash: string, replace: boolean): void {
		if (window.location.hash === hash) return;
		try {
			if (replace) window.history.replaceState(window.history.state, '', hash);
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

/**
 * Runs `run` once, before the next frame is painted (or in a task of its own when the page is
 * hidden, where frames stop); returns a function that cancels it.
 */
function onNextFrame(run: () => void): () => void {
	if (typeof requestAnimationFrame === 'function' && document.visibilityState !== 'hidden') {
		const frame = requestAnimationFrame(run);
		return () => cancelAnimationFrame(frame);
	}
	const timer = setTimeout(run, 0);
	return () => clearTimeout(timer);
}

export const router = new Router();
