import { countryIndex } from './countryIndex';

/**
 * Common English name of a country by ISO 3166-1 alpha-3 code; `undefined` if unknown.
 * @example countryName('CIV') // 'Ivory Coast'
 */
export function countryName(iso3: string): string | undefined {
	return countryIndex().byIso3.get(iso3)?.name;
}
