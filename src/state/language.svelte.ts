import { LANGS, type Lang, type Localized } from '../lib/catalog/types';
import { asLang, chooseLang, format } from '../lib/i18n';
import { startMessages, type MessageKey, type Messages } from '../data/messages';
import { router } from './router.svelte';
import { readStored, store } from './storage';

const STORAGE_KEY = 'eop-troubleshooter.lang';

/** The interface language: chosen once from link, storage or browser; switchable; remembered. */
export class Language {
	current = $state<Lang>('en');
	/**
	 * The interface text known so far: the first screen's, then the other pages' once one of them
	 * has loaded (`addTexts`, before any of them renders). Not state: nothing reads a text before
	 * it is added.
	 */
	readonly #texts: Record<Lang, Partial<Messages>> = {
		en: { ...startMessages.en },
		it: { ...startMessages.it }
	};

	constructor(linkLang: string | null) {
		if (typeof window === 'undefined') return;
		this.current = chooseLang(linkLang, readStored(STORAGE_KEY), window.navigator.languages ?? []);
		this.apply();
	}

	/** What a switch waits for (`prepareWith`), and the language last asked for. */
	readonly #preparers: ((lang: Lang) => readonly Promise<unknown>[])[] = [];
	#asked: Lang | null = null;

	/** Switches to `lang` (once what the page shows is there in it) and remembers the choice. */
	set(lang: Lang): void {
		store(STORAGE_KEY, lang);
		this.#switch(lang);
	}

	/** Follows a `lang=` of a shared link met after start (hash change). */
	follow(linkLang: string | null): void {
		const lang = asLang(linkLang);
		if (lang && lang !== (this.#asked ?? this.current)) this.#switch(lang);
	}

	/**
	 * Registers what a switch to a language must load first (the parts loaded in one language:
	 * the pages' text, an entry's chunk). The switch happens when all of it has loaded or failed
	 * (a part that failed says so in the page), at once when nothing is to load.
	 */
	prepareWith(prepare: (lang: Lang) => readonly Promise<unknown>[]): void {
		this.#preparers.push(prepare);
	}

	#switch(lang: Lang): void {
		this.#asked = lang;
		const waits = this.#preparers.flatMap((prepare) => prepare(lang));
		const apply = () => {
			// A later switch wins over one still waiting.
			if (this.#asked !== lang) return;
			this.#asked = null;
			this.current = lang;
			this.apply();
		};
		if (waits.length === 0) apply();
		else void Promise.allSettled(waits).then(apply);
	}

	private apply(): void {
		document.documentElement.lang = this.current;
	}

	/** Adds the interface text of a part loaded after the first screen. */
	addTexts(texts: Readonly<Partial<Record<Lang, Partial<Messages>>>>): void {
		for (const lang of LANGS) Object.assign(this.#texts[lang], texts[lang]);
	}

	/**
	 * An interface message in the current language, with `{name}` placeholders filled. A text not
	 * loaded yet (never expected: parts add theirs before they render) shows its key, not a blank.
	 */
	t = (key: MessageKey, params?: Readonly<Record<string, string | number>>): string =>
		format(this.#texts[this.current][key] ?? key, params);

	/** The current language's text of catalog data. */
	pick = (text: Localized): string => text[this.current];
}

/** The app's language, starting from the `lang=` of the link that opened it, if any. */
export const language = new Language(router.place.lang);
