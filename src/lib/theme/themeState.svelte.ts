import { getContext, setContext } from 'svelte';
import { MediaQuery } from 'svelte/reactivity';

/** A colour theme as chosen: `auto` follows the system's `prefers-color-scheme`. */
export type ThemeChoice = 'light' | 'dark' | 'auto';

/** Where the site remembers the reader's choice (read before the first paint by src/app.html). */
export const THEME_STORAGE_KEY = 'pra-theme';

/**
 * The page's theme. The inline script in src/app.html applies the choice (the embed's `?theme=`,
 * else the remembered one) as `data-theme` on <html> before the first paint, so the CSS never
 * flashes; this class reads it back on the client and drives what CSS cannot (the map's colours).
 */
export class ThemeState {
	/** The choice; `auto` until the client has read the page's. */
	choice = $state<ThemeChoice>('auto');
	#systemDark = new MediaQuery('prefers-color-scheme: dark', false);

	/** The theme in force: the choice, or the system's for `auto`. */
	current: 'light' | 'dark' = $derived(
		this.choice === 'auto' ? (this.#systemDark.current ? 'dark' : 'light') : this.choice
	);

	/** Reads the choice the inline script applied to <html> (call once mounted). */
	readFromPage(): void {
		const applied = document.documentElement.dataset.theme;
		this.choice = applied === 'light' || applied === 'dark' ? applied : 'auto';
	}

	/** Applies a choice to the page and remembers it for the reader's next visits. */
	choose(choice: ThemeChoice): void {
		this.choice = choice;
		const root = document.documentElement;
		if (choice === 'auto') delete root.dataset.theme;
		else root.dataset.theme = choice;
		try {
			if (choice === 'auto') localStorage.removeItem(THEME_STORAGE_KEY);
			else localStorage.setItem(THEME_STORAGE_KEY, choice);
		} catch {
			// Storage off (private mode, blocked): the choice lasts for this page only.
		}
	}
}

const KEY = Symbol('theme-state');

/** Makes `state` available to descendant components. */
export function setThemeState(state: ThemeState): ThemeState {
	return setContext(KEY, state);
}

/** The ThemeState set by the root layout. */
export function getThemeState(): ThemeState {
	const state = getContext<ThemeState | undefined>(KEY);
	if (!state) throw new Error('getThemeState() needs setThemeState() in an ancestor');
	return state;
}
