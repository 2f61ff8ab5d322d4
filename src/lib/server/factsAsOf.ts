import type { AtlasData } from '$lib/types';

/**
 * The date the atlas' facts are current to: the latest `asOf` of any value (the facts table's
 * rows), or null when no value carries one.
 * @example factsAsOf(loadAtlas()) // '2026-03'
 */
export function factsAsOf(atlas: AtlasData): string | null {
	let latest = '';
	for (const country of atlas.countries) {
		for (const attribute of Object.values(country.attributes)) {
			if (attribute.asOf && attribute.asOf > latest) latest = attribute.asOf;
		}
	}
	return latest || null;
}
