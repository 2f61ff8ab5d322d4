import { countryIndex } from './countryIndex';
import { normalizeCountryName } from './normalizeCountryName';

/**
 * The ISO 3166-1 alpha-3 code of the country whose capital `city` is; `undefined` if none.
 * @example capitalToCountry('Amman') // 'JOR'
 */
export function capitalToCountry(city: string): string | undefined {
	return countryIndex().byCapital.get(normalizeCountryName(city));
}
