import type { Lang } from '../catalog/types';
import { LANGS } from '../catalog/types';

/** Interpolates `{name}` placeholders. Unknown placeholders are left as they are. */
export function format(
	template: string,
	params: Readonly<Record<string, string | number>> = {}
): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

/** Narrows any outside value (localStorage, `lang=` of a link, navigator) to a language, or null. */
export function asLang(value: unknown): Lang | null {
	if (typeof value !== 'string') return null;
	const base = value.trim().toLowerCase().split(/[-_]/)[0];
	return LANGS.find((l) => l === base) ?? null;
}

/**
 * The language to show: a link's `lang=` first, then the user's stored choice, then the first
 * browser language we have (navigator.languages order), then English.
 */
export function chooseLang(linkLang: unknown, stored: unknown, browser: readonly unknown[]): Lang {
	return asLang(linkLang) ?? asLang(stored) ?? browser.map(asLang).find((l) => l !== null) ?? 'en';
}
