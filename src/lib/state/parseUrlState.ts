import { DEFAULT_PICKER_ID, FIRST_YEAR, isPickerId } from './labels';
import type { UrlState } from './types';

/**
 * Reads `?attr=&country=&year=&region=` into a view; every bad or missing value falls back to
 * its default, so no URL can break the page.
 * @example parseUrlState(new URLSearchParams('attr=zzz&country=pak'), new Set(['PAK']), 2026)
 * // → { attr: 'recognizesPalestine', country: 'PAK', year: 2026, region: null }
 */
export function parseUrlState(
	params: URLSearchParams,
	knownIso3: ReadonlySet<string>,
	currentYear: number,
	knownRegions: ReadonlySet<string> = new Set()
): UrlState {
	const attrParam = params.get('attr') ?? '';
	const attr = isPickerId(attrParam) ? attrParam : DEFAULT_PICKER_ID;
	const countryParam = (params.get('country') ?? '').trim().toUpperCase();
	const country = knownIso3.has(countryParam) ? countryParam : null;
	const yearParam = (params.get('year') ?? '').trim();
	const yearNumber = /^\d{4}$/.test(yearParam) ? Number(yearParam) : NaN;
	const year = yearNumber >= FIRST_YEAR && yearNumber <= currentYear ? yearNumber : currentYear;
	const regionParam = (params.get('region') ?? '').trim().toLowerCase();
	const region = knownRegions.has(regionParam) ? regionParam : null;
	return { attr, country, year, region };
}
