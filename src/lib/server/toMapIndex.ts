import type { MapCountry } from '$lib/state/types';
import type { AtlasData } from '$lib/types';
import { toCountryIndex } from './toCountryIndex';

/**
 * The embed's index: the map page's (toCountryIndex: values with their sources, statehood)
 * without the search names, article titles and leads the embed never shows, which are a fifth
 * of its HTML's data.
 */
export function toMapIndex(atlas: AtlasData): MapCountry[] {
	return toCountryIndex(atlas).map(
		({ aliases: _aliases, title: _title, lead: _lead, ...country }) => country
	);
}
