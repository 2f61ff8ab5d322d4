import { worldSvgMeta } from './worldSvgMeta';

const drawn = worldSvgMeta.countries;

/**
 * The name of a territory the map draws that is not one of the atlas' states (Greenland), or
 * null for a state: build-geo names only those.
 */
export function territoryName(iso3: string): string | null {
	return drawn[iso3]?.name ?? null;
}

/**
 * What the map says of a territory, in its tooltip, its title and to a screen reader; null for
 * a state, which the page describes.
 * @example territoryLabel('GRL') // 'Greenland: not covered by the atlas'
 */
export function territoryLabel(iso3: string): string | null {
	const name = territoryName(iso3);
	return name && `${name}: not covered by the atlas`;
}
