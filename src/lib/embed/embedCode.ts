import { escapeMarkup } from '../escapeMarkup';
import { embedSearch, type EmbedOptions } from './embedOptions';

/** What the Embed dialog turns into code. */
export interface EmbedCodeInput {
	/** The atlas' origin ("https://atlas.example"). */
	origin: string;
	/** The view's query string (`?attr=…&country=…`). */
	view: string;
	options: EmbedOptions;
	/** The iframe's height in CSS px: fixed, or the first height before the loader sizes it. */
	height: number;
	/** The iframe's accessible title. */
	title: string;
	/** `script`: iframe plus the loader; `iframe`: the iframe alone (for systems that strip scripts). */
	form: 'script' | 'iframe';
}

/**
 * The HTML a newsroom pastes into its article. Without the loader the embed cannot size itself,
 * so the iframe-only form always asks for a fixed height (the embed then fills its frame).
 * @example embedCode({ origin, view: '?attr=recognizesIsrael', options, height: 600, title, form: 'script' })
 */
export function embedCode(input: EmbedCodeInput): string {
	const height = input.form === 'iframe' ? 'fixed' : input.options.height;
	const src = `${input.origin}/embed${embedSearch(input.view, { ...input.options, height })}`;
	const iframe =
		`<iframe title="${escapeMarkup(input.title)}" src="${escapeMarkup(src)}" ` +
		`width="100%" height="${Math.round(input.height)}" style="width: 100%; border: 0" ` +
		`loading="lazy"></iframe>`;
	if (input.form === 'iframe' || height === 'fixed') return iframe;
	return `${iframe}\n<script async src="${escapeMarkup(input.origin)}/embed.js"></script>`;
}
