import type { MapCountry } from '$lib/state/types';
import type { AtlasData, MapReading } from '$lib/types';

/**
 * What the map pages (`/`, `/embed`) write into their HTML for each country: its name, whether
 * it has an article, its statehood and each attribute's value and date, enough to colour the
 * map, count the legend and name a country in a tooltip. Sources, cities, notes, search names
 * and leads come with `/country-index.json` (toCountryIndex), fetched once the page is
 * interactive: carried in the HTML they were four fifths of its data, parsed before the page
 * could answer a tap.
 */
export function toMapIndex(atlas: AtlasData): MapCountry[] {
	return atlas.countries.map((country) => ({
		iso3: country.iso3,
		name: country.name,
		hasArticle: country.article !== null,
		attributes: Object.fromEntries(
			Object.entries(country.attributes).map(([id, { value, date }]) => [
				id,
				(date ? { value, date } : { value }) satisfies MapReading
			])
		) as MapCountry['attributes'],
		...(country.statehood ? { statehood: country.statehood } : {})
	}));
}
