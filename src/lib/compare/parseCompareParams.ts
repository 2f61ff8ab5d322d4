import { DEFAULT_PICKER_ID, FIRST_YEAR, isPickerId, type PickerId } from '$lib/state/labels';

/** Most countries side by side (columns stay readable on a laptop). */
export const MAX_COUNTRIES = 6;
/** Most regions side by side. */
export const MAX_REGIONS = 8;

/** What `/compare?…` asks for, validated. */
export interface CompareView {
	/** ISO3 codes, known, without repeats, at most MAX_COUNTRIES, in the URL's order. */
	countries: string[];
	/** Region ids, known, without repeats, at most MAX_REGIONS, in the URL's order. */
	regions: string[];
	attr: PickerId;
	year: number;
	/** Parts of the URL that were left out, in words, to say so on the page. */
	ignored: string[];
}

/** Splits a comma list into trimmed, non-empty items. */
const listOf = (value: string | null) =>
	(value ?? '')
		.split(',')
		.map((item) => item.trim())
		.filter(Boolean);

/** Keeps the known items once each, up to `max`; notes the rest in `ignored`. */
function keepKnown(
	items: string[],
	known: (item: string) => boolean,
	max: number,
	what: string,
	ignored: string[]
): string[] {
	const kept: string[] = [];
	for (const item of items) {
		if (kept.includes(item)) continue;
		if (!known(item)) ignored.push(`${item} (not a known ${what})`);
		else if (kept.length >= max) ignored.push(`${item} (at most ${max} ${what}s at once)`);
		else kept.push(item);
	}
	return kept;
}

/**
 * Reads `/compare?countries=PAK,BGD&regions=eu,arab-league&attr=…&year=…`. Unknown codes,
 * repeats and extras are left out (and listed in `ignored`); a bad `attr` or `year` falls back
 * to its default. No URL can break the page.
 * @example parseCompareParams(new URLSearchParams('countries=pak,xxx'), new Set(['PAK']), new Set(), 2026)
 * // → { countries: ['PAK'], regions: [], attr: 'recognizesPalestine', year: 2026, ignored: ['XXX (not a known country code)'] }
 */
export function parseCompareParams(
	params: URLSearchParams,
	knownIso3: ReadonlySet<string>,
	knownRegions: ReadonlySet<string>,
	currentYear: number
): CompareView {
	const ignored: string[] = [];
	const countries = keepKnown(
		listOf(params.get('countries')).map((c) => c.toUpperCase()),
		(c) => knownIso3.has(c),
		MAX_COUNTRIES,
		'country code',
		ignored
	);
	const regions = keepKnown(
		listOf(params.get('regions')).map((r) => r.toLowerCase()),
		(r) => knownRegions.has(r),
		MAX_REGIONS,
		'region',
		ignored
	);
	const attrParam = params.get('attr') ?? '';
	const attr = isPickerId(attrParam) ? attrParam : DEFAULT_PICKER_ID;
	const yearParam = (params.get('year') ?? '').trim();
	const yearNumber = /^\d{4}$/.test(yearParam) ? Number(yearParam) : NaN;
	const year = yearNumber >= FIRST_YEAR && yearNumber <= currentYear ? yearNumber : currentYear;
	return { countries, regions, attr, year, ignored };
}

/**
 * The query string for a comparison, naming only what is set and differs from the default.
 * @example compareSearch({ countries: ['PAK', 'BGD'], regions: [], attr: 'recognizesPalestine', year: 2026 }, 2026)
 * // → '?countries=PAK,BGD'
 */
export function compareSearch(
	view: Pick<CompareView, 'countries' | 'regions' | 'attr' | 'year'>,
	currentYear: number
): string {
	const parts: string[] = [];
	if (view.countries.length) parts.push(`countries=${view.countries.join(',')}`);
	if (view.regions.length) parts.push(`regions=${view.regions.join(',')}`);
	if (view.regions.length && view.attr !== DEFAULT_PICKER_ID) parts.push(`attr=${view.attr}`);
	if (view.regions.length && view.year !== currentYear) parts.push(`year=${view.year}`);
	return parts.length ? `?${parts.join('&')}` : '';
}
