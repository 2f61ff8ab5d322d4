/**
 * "Did you mean …?" for a facts row whose ISO code is unknown.
 */
import countries from 'world-countries';
import { ISO3_CODES } from './iso3Codes';

/** Lower-cased names (common, official, alternative spellings) → alpha-3. */
const BY_NAME = new Map<string, string>();
for (const c of countries) {
	const code = c.cca3 === 'UNK' ? 'XKX' : c.cca3;
	for (const name of [c.name.common, c.name.official, ...c.altSpellings])
		if (!BY_NAME.has(name.toLowerCase())) BY_NAME.set(name.toLowerCase(), code);
}
/** alpha-2 → alpha-3, for rows written with the two-letter code. */
const BY_ALPHA2 = new Map(countries.map((c) => [c.cca2, c.cca3 === 'UNK' ? 'XKX' : c.cca3]));

/**
 * The valid alpha-3 code a row most likely meant, from its code (case, alpha-2, UNK) or its
 * name; null when nothing fits.
 * @example suggestIso3('bhr', 'Bahrain') // 'BHR'
 */
export function suggestIso3(code: string, name: string): string | null {
	const upper = code.trim().toUpperCase();
	if (ISO3_CODES.has(upper)) return upper;
	if (upper === 'UNK' || upper === 'KOS') return 'XKX';
	const byName = BY_NAME.get(name.trim().toLowerCase());
	if (byName) return byName;
	return BY_ALPHA2.get(upper) ?? null;
}
