import { formatHash, parseHash, type Place, type Route } from '../lib/route';

/**
 * How long typing must pause before the address follows it. Writing the history on every
 * keystroke costs the browser a few milliseconds each (and Chrome ignores more than about a
 * hundred history writes in ten seconds); the page itself follows every keystroke at once.
 */
const SETTLE_MS = 300;

/** Address changes heard between two frames (see `Router.#heard`). */
interface Burst {
	/** The place before the burst. */
	readonly before: Place;
	/** True while the task of the burst's first change runs. */
	sameTask: boolean;
	/** True once a second change is heard (and no `go` since). */
	more: boolean;
}

/**
 * The current hash route. The only code that reads or writes `location` and the history:
 * typing replaces the current entry (no history flood), moving to another page pushes one.
 */
export class Router {
	#place = $state.raw<Place>(parseHash(''));
	/** The burst of address changes under way, from the first change heard to the next frame. */
	#burst: Burst | null = null;
	/** A history write waiting for typing to pause, and the address it was meant to follow. */
	#pending: { hash: string; replace: boolean; from: string } | null = null;
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor() {
		if (typeof window === 'undefined') return;
		this.#place = parseHash(window.location.hash);
		window.addEventListener('hashchange', () => {
			// The address changed under us (Back, a link): a write meant for the old entry is void.
			this.#drop();
			this.#heard();
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

	/**
	 * Where the page is: the route and the `lang=` of the address. During a burst of address
	 * changes, the last address heard (the page renders it at the next frame), except to the
	 * page's own effects within the task that made the burst: the place before it.
	 */
	get place(): Place {
		const place = this.#place;
		const burst = this.#burst;
		// The page's own reads (effects, templates) in the burst's task: nothing renders there.
		if (!burst?.more || (burst.sameTask && $effect.tracking())) return place;
		return parseHash(window.location.hash);
	}

	set place(place: Place) {
		// Moving on supersedes the address changes of a burst not yet followed.
		if (this.#burst) this.#burst.more = false;
		this.#place = place;
	}

	get route(): Route {
		return this.place.route;
	}

	/**
	 * The address changed. The page follows the first change at once, and the rest of a burst (a
	 * script, Back pressed fast) once, before the next frame: it renders the last route, not every
	 * one on the way. Changes made in one task are all followed at that frame, none in the task
	 * that made them (the first is undone there): a script that moves 200 times renders one page,
	 * after it has run.
	 */
	#heard(): void {
		const burst = this.#burst;
		if (burst === null) {
			const started: Burst = { before: this.#place, sameTask: true, more: false };
			this.#burst = started;
			this.#place = parseHash(window.location.hash);
			// Queued after the render this change asked for: that render still sees `sameTask`.
			queueMicrotask(() => (started.sameTask = false));
			// Before the next paint (a hidden page has none: it renders the route once shown).
			requestAnimationFrame(() => {
				const place = this.place;
				this.#burst = null;
				this.#place = place;
			});
			return;
		}
		if (burst.sameTask) this.#place = burst.before;
		// Read when asked for (`place`): a script's 200 changes are not each parsed.
		burst.more = true;
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

export const router = new Router();
