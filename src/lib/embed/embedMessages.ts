/**
 * The embed's message protocol: what `/embed` posts to the page that frames it, and the checks
 * the loader (`static/embed.js`, which mirrors `readSizeMessage` and `isEmbedSrc`) applies.
 * Documented in the README ("Embedding the map").
 */

/** The embed's content height changed: `{ type: 'pra:embed-size', height }` (CSS px). */
export const SIZE_TYPE = 'pra:embed-size';
/** The reader chose a country (or closed it): `{ type: 'pra:select', iso3, name }`. */
export const SELECT_TYPE = 'pra:select';
/** The view changed: `{ type: 'pra:view', search, attr, country, year }`. */
export const VIEW_TYPE = 'pra:view';
/** The tallest height the loader accepts (CSS px); anything above is not a real embed. */
export const MAX_HEIGHT = 20_000;

/** The namespaced size message. */
export interface SizeMessage {
	type: typeof SIZE_TYPE;
	height: number;
}

/** AMP's resize request, so that an `amp-iframe` (with `resizable`) takes the embed's height. */
export interface AmpSizeMessage {
	sentinel: 'amp';
	type: 'embed-size';
	height: number;
}

/** A country was chosen on the map (`iso3` null when the selection was cleared). */
export interface SelectMessage {
	type: typeof SELECT_TYPE;
	iso3: string | null;
	name: string | null;
}

/** The view the embed shows, as its query string and fields. */
export interface ViewMessage {
	type: typeof VIEW_TYPE;
	/** The embed's query string (`?attr=…`), to rebuild a link to the same view. */
	search: string;
	attr: string;
	country: string | null;
	year: number;
}

/** Content heights are whole pixels, rounded up so that nothing is cut off. */
const wholeHeight = (height: number) => Math.min(Math.ceil(Math.max(0, height)), MAX_HEIGHT);

/**
 * The size message for a content height.
 * @example sizeMessage(812.3) // { type: 'pra:embed-size', height: 813 }
 */
export function sizeMessage(height: number): SizeMessage {
	return { type: SIZE_TYPE, height: wholeHeight(height) };
}

/**
 * AMP's `embed-size` message for a content height.
 * @example ampSizeMessage(812.3) // { sentinel: 'amp', type: 'embed-size', height: 813 }
 */
export function ampSizeMessage(height: number): AmpSizeMessage {
	return { sentinel: 'amp', type: 'embed-size', height: wholeHeight(height) };
}

/** The message sent when a country is chosen (null: the selection was cleared). */
export function selectMessage(iso3: string | null, name: string | null): SelectMessage {
	return { type: SELECT_TYPE, iso3, name };
}

/** The message sent when the view (attribute, country, year, …) changes. */
export function viewMessage(view: Omit<ViewMessage, 'type'>): ViewMessage {
	return { type: VIEW_TYPE, ...view };
}

/**
 * The height a size message carries, or null for anything else (wrong type, a height that is
 * not a finite number from 0 to MAX_HEIGHT, not an object at all).
 * @example readSizeMessage({ type: 'pra:embed-size', height: 640 }) // 640
 */
export function readSizeMessage(data: unknown): number | null {
	if (typeof data !== 'object' || data === null) return null;
	const { type, height } = data as Record<string, unknown>;
	if (type !== SIZE_TYPE || typeof height !== 'number') return null;
	if (!Number.isFinite(height) || height < 0 || height > MAX_HEIGHT) return null;
	return Math.ceil(height);
}

/**
 * Whether an iframe's `src` is this site's embed: same origin as `siteOrigin` and a path of
 * `/embed` or below (`/embed`, `/embed/`, `/embed?…`), never `/embedded` or another site.
 * @example isEmbedSrc('https://atlas.example/embed?attr=recognizesIsrael', 'https://atlas.example') // true
 */
export function isEmbedSrc(src: string, siteOrigin: string, base = siteOrigin): boolean {
	let url: URL;
	try {
		url = new URL(src, base);
	} catch {
		return false;
	}
	return url.origin === siteOrigin && /^\/embed(\/|$)/.test(url.pathname);
}
