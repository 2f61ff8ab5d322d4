import { countryIndex } from './countryIndex';

/**
 * Names a reader might type for a country: common, official, Latin-script alternative spellings
 * and the i18n-iso-countries English names, deduplicated; `[]` for an unknown code.
 * @example countryAliases('TUR') // ['Türkiye', 'Republic of Türkiye', 'Turkiye', …, 'Turkey']
 */
export function countryAliases(iso3: string): string[] {
	return [...(countryIndex().byIso3.get(iso3)?.aliases ?? [])];
}
