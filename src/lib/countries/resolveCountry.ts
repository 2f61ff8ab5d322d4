import { countryIndex } from './countryIndex';
import { normalizeCountryName } from './normalizeCountryName';

/** A resolved country: ISO 3166-1 alpha-3 and common English name. */
export interface ResolvedCountry {
	iso3: string;
	name: string;
}

/** "Islamic Republic of …", "Kingdom of the …": forms of state dropped when the full name is unknown. */
const STATE_FORM =
	/^(?:(?:islamic|people's|peoples|federal|democratic|socialist|arab|united|cooperative|co operative|plurinational|bolivarian|hashemite|independent|sovereign|federated|grand|great)\s+)*(?:republic|kingdom|state|states|commonwealth|principality|duchy|sultanate|federation|emirate|union|nation)\s+of\s+(?:the\s+)?/;

/**
 * Resolves a country name in any common English form to its ISO 3166-1 alpha-3 code and common
 * English name; `null` when unknown or ambiguous (bare "Congo").
 * @example resolveCountry('the Maldives') // { iso3: 'MDV', name: 'Maldives' }
 */
export function resolveCountry(name: string): ResolvedCountry | null {
	const { byIso3, byName } = countryIndex();
	let key = normalizeCountryName(name);
	if (!key) return null;
	let iso3 = byName.get(key);
	if (iso3 === undefined) {
		const stripped = key.replace(STATE_FORM, '');
		if (stripped !== key && stripped) {
			key = stripped;
			iso3 = byName.get(key);
		}
	}
	if (!iso3) return null;
	const entry = byIso3.get(iso3);
	return entry ? { iso3, name: entry.name } : null;
}
