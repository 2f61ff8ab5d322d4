import { error } from '@sveltejs/kit';
import type { Article, AtlasData, CountryRecord } from '$lib/types';
import generated from './generated/countries.json';

/** The generated data (written by scripts/build-data.ts), typed by the shared contract. */
const ATLAS = generated as unknown as AtlasData;

/** The whole generated atlas, for load functions and endpoints (server only, read-only). */
export function loadAtlas(): AtlasData {
	return ATLAS;
}

/** `{ iso3 }` of every country with an article: the prerendered country pages and JSON files. */
export function articleEntries(): { iso3: string }[] {
	return ATLAS.countries.filter((c) => c.article).map((c) => ({ iso3: c.iso3 }));
}

/** The full record of a country with an article; anything else is a 404. */
export function articleCountry(iso3: string): CountryRecord & { article: Article } {
	const country = ATLAS.countries.find((c) => c.iso3 === iso3);
	if (!country?.article) error(404, 'Not found');
	return country as CountryRecord & { article: Article };
}

/**
 * `{ iso3 }` of every state's page: each code, and in lower case too, so `/country/fra` (a
 * prerendered redirect) reaches `/country/FRA` on a plain static host.
 */
export function countryEntries(): { iso3: string }[] {
	return ATLAS.countries.flatMap((c) => [{ iso3: c.iso3 }, { iso3: c.iso3.toLowerCase() }]);
}

/** The full record of any state on the map; anything else is a 404. */
export function countryRecord(iso3: string): CountryRecord {
	const country = ATLAS.countries.find((c) => c.iso3 === iso3);
	if (!country) error(404, 'Not found');
	return country;
}
