import { readStored, store } from './storage';

/** The colour scheme: follow the system (prefers-color-scheme), or the user's explicit choice. */
export type Theme = 'auto' | 'light' | 'dark';
export const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];

const STORAGE_KEY = 'eop-troubleshooter.theme';

function asTheme(value: unknown): Theme {
	return THEMES.find((t) => t === value) ?? 'auto';
}

/** The theme, remembered in localStorage (blocked or corrupted storage falls back to 'auto'). */
export class ThemeChoice {
	current = $state<Theme>('auto');

	constructor() {
		if (typeof window === 'undefined') return;
		this.current = asTheme(readStored(STORAGE_KEY));
		this.apply();
	}

	set(theme: Theme): void {
		this.current = theme;
		store(STORAGE_KEY, theme);
		this.apply();
	}

	private apply(): void {
		// 'auto' leaves the attribute off, so the stylesheet's prefers-color-scheme rules apply.
		if (this.current === 'auto') delete document.documentElement.dataset.theme;
		else document.documentElement.dataset.theme = this.current;
	}
}

export const theme = new ThemeChoice();
