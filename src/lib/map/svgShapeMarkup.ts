import { escapeMarkup } from '../escapeMarkup';

/**
 * One `<path>` of the static map as markup: the build's own geometry (scripts/build-geo.ts),
 * rendered once on the server so the browser need not download the path strings again.
 * Never for article or other data text.
 * @example svgShapeMarkup('M0,0L1,1Z', { 'data-iso3': 'PAK' }) // '<path data-iso3="PAK" d="M0,0L1,1Z"></path>'
 */
export function svgShapeMarkup(d: string, attributes: Record<string, string> = {}): string {
	const attrs = Object.entries({ ...attributes, d })
		.map(([name, value]) => ` ${name}="${escapeMarkup(value)}"`)
		.join('');
	return `<path${attrs}></path>`;
}
