/**
 * A part of the app loaded when first used (a page, the paste reader), so that the first screen
 * downloads only what it shows. `value` is null until it has loaded; `failed` says it could not
 * (offline before the part was ever cached, or a deploy replaced it): the page says so rather than
 * staying blank. In the single-file build every part is already in the page and loads at once.
 */
export class Lazy<T> {
	value = $state.raw<T | null>(null);
	failed = $state(false);
	readonly #load: () => Promise<T>;
	#loading: Promise<T | null> | null = null;

	constructor(load: () => Promise<T>) {
		this.#load = load;
	}

	/** Starts loading (once; again after a failure) and resolves to the part, or null on failure. */
	load(): Promise<T | null> {
		this.#loading ??= this.#load().then(
			(value) => {
				this.failed = false;
				this.value = value;
				return value;
			},
			() => {
				this.failed = true;
				this.#loading = null;
				return null;
			}
		);
		return this.#loading;
	}

	/** Loads again after a failure (a click on "Try again"): the page says "Loading…" meanwhile. */
	retry(): Promise<T | null> {
		this.failed = false;
		return this.load();
	}

	/** The part, starting to load it if needed: read it in markup, it fills in when loaded. */
	get(): T | null {
		if (this.value === null && this.#loading === null) void this.load();
		return this.value;
	}
}
