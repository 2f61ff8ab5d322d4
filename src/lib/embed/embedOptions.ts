/**
 * The embed's own URL parameters, beside the view's (`attr`, `country`, `year`, …):
 * `theme=light|dark|auto`, `bg=transparent`, `legend=0`, `picker=0`, `height=fixed`.
 * The inline script in src/app.html reads the same parameters before the first paint.
 */

/** The embed's colour theme: `auto` follows the reader's `prefers-color-scheme`. */
export type EmbedTheme = 'light' | 'dark' | 'auto';

/** How the embed is laid out and drawn. */
export interface EmbedOptions {
	theme: EmbedTheme;
	/** No background of its own: the host page shows through. */
	transparent: boolean;
	/** Show the legend (with its counts) under the map. */
	legend: boolean;
	/** Show the attribute picker above the map. */
	picker: boolean;
	/**
	 * `auto`: the embed posts its height and the loader sizes the iframe; `fixed`: the host
	 * gives the height and the embed fills it (the map takes what the rest leaves).
	 */
	height: 'auto' | 'fixed';
}

/** What an embed URL without options shows. */
export const DEFAULT_EMBED_OPTIONS: EmbedOptions = {
	theme: 'light',
	transparent: false,
	legend: true,
	picker: true,
	height: 'auto'
};

/** The parameter names the embed options use, so view links can leave them out. */
export const EMBED_OPTION_PARAMS = ['theme', 'bg', 'legend', 'picker', 'height'] as const;

const THEMES: readonly string[] = ['light', 'dark', 'auto'];

/**
 * Reads the embed options; a missing or bad value takes its default.
 * @example parseEmbedOptions(new URLSearchParams('theme=dark&legend=0')).legend // false
 */
export function parseEmbedOptions(params: URLSearchParams): EmbedOptions {
	const theme = params.get('theme') ?? '';
	return {
		theme: THEMES.includes(theme) ? (theme as EmbedTheme) : DEFAULT_EMBED_OPTIONS.theme,
		transparent: params.get('bg') === 'transparent',
		legend: params.get('legend') !== '0',
		picker: params.get('picker') !== '0',
		height: params.get('height') === 'fixed' ? 'fixed' : 'auto'
	};
}

/**
 * The options as URL parameters, naming only those that differ from the default.
 * @example embedOptionsToParams({ ...DEFAULT_EMBED_OPTIONS, theme: 'dark' }) // [['theme', 'dark']]
 */
export function embedOptionsToParams(options: EmbedOptions): [string, string][] {
	const params: [string, string][] = [];
	if (options.theme !== DEFAULT_EMBED_OPTIONS.theme) params.push(['theme', options.theme]);
	if (options.transparent) params.push(['bg', 'transparent']);
	if (!options.legend) params.push(['legend', '0']);
	if (!options.picker) params.push(['picker', '0']);
	if (options.height === 'fixed') params.push(['height', 'fixed']);
	return params;
}

/**
 * A query string without the embed options: the view alone, for links to the full atlas.
 * @example viewSearch('?attr=recognizesIsrael&theme=dark') // '?attr=recognizesIsrael'
 */
export function viewSearch(search: string): string {
	const params = new URLSearchParams(search);
	for (const name of EMBED_OPTION_PARAMS) params.delete(name);
	const rest = params.toString();
	return rest ? `?${rest}` : '';
}

/**
 * A view's query string with the embed options added (those that differ from the default).
 * @example embedSearch('?attr=recognizesIsrael', { ...DEFAULT_EMBED_OPTIONS, theme: 'dark' })
 * // → '?attr=recognizesIsrael&theme=dark'
 */
export function embedSearch(view: string, options: EmbedOptions): string {
	const params = new URLSearchParams(viewSearch(view));
	for (const [name, value] of embedOptionsToParams(options)) params.set(name, value);
	const search = params.toString();
	return search ? `?${search}` : '';
}
