import { countryIndex } from './countryIndex';

/**
 * Capital cities of a country, from world-countries; `[]` if unknown.
 * @example countryCapitals('BHR') // ['Manama']
 */
export function countryCapitals(iso3: string): string[] {
	return [...(countryIndex().byIso3.get(iso3)?.capitals ?? [])];
}
