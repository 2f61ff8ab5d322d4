import { countryIndex } from './countryIndex';

/**
 * English demonyms of a country ("Bangladeshi"); `[]` if unknown.
 * @example countryDemonyms('PAK') // ['Pakistani']
 */
export function countryDemonyms(iso3: string): string[] {
	return [...(countryIndex().byIso3.get(iso3)?.demonyms ?? [])];
}
