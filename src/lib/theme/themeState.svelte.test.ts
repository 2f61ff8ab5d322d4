// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { THEME_STORAGE_KEY, ThemeState } from './themeState.svelte';

/** jsdom has no matchMedia: a stand-in answering `dark` for prefers-color-scheme: dark. */
function systemTheme(dark: boolean) {
	vi.stubGlobal('matchMedia', (query: string) => ({
		matches: dark && query.includes('dark'),
		media: query,
		addEventListener: () => {},
		removeEventListener: () => {}
	}));
}

afterEach(() => {
	vi.unstubAllGlobals();
	localStorage.clear();
	delete document.documentElement.dataset.theme;
});

// The system's preference (auto → dark) is checked in Chromium: tests/theme.spec.ts.
describe('ThemeState', () => {
	it.each([
		['light', false, 'light'],
		['dark', false, 'dark'],
		[undefined, false, 'light']
	] as const)('page theme %s, system dark %s → %s', (applied, dark, expected) => {
		systemTheme(dark);
		if (applied) document.documentElement.dataset.theme = applied;
		const cleanup = $effect.root(() => {
			const theme = new ThemeState();
			theme.readFromPage();
			flushSync();
			expect(theme.choice).toBe(applied ?? 'auto');
			expect(theme.current).toBe(expected);
		});
		cleanup();
	});

	it('applies a choice to <html> and remembers it; auto forgets it', () => {
		systemTheme(false);
		const theme = new ThemeState();
		theme.choose('dark');
		expect(document.documentElement.dataset.theme).toBe('dark');
		expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
		expect(theme.current).toBe('dark');
		theme.choose('auto');
		expect(document.documentElement.dataset.theme).toBeUndefined();
		expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
		expect(theme.current).toBe('light');
	});
});
