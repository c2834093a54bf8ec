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

	set(lang: Lang): void {
		this.current = lang;
		store(STORAGE_KEY, lang);
		this.apply();
	}

	/** Follows a `lang=` of a shared link met after start (hash change). */
	follow(linkLang: string | null): void {
		const lang = asLang(linkLang);
		if (lang && lang !== this.current) {
			this.current = lang;
			this.apply();
		}
	}

	private apply(): void {
		document.documentElement.lang = this.current;
	}

	/** Adds the interface text of a part loaded after the first screen. */
	addTexts(texts: Readonly<Record<Lang, Partial<Messages>>>): void {
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
