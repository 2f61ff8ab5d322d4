import type { CountryState } from './diffFeatureStates';

/**
 * The state of every country on the map from the component's props: `highlighted` (legend
 * hover) and `region` (the countries the view is fitted to) each dim everyone outside them;
 * `null` or an empty list dims no one.
 */
export function countryStates(
	ids: readonly string[],
	fills: Readonly<Record<string, string>>,
	selected: string | null,
	highlighted: readonly string[] | null,
	region: readonly string[] | null = null
): Record<string, CountryState> {
	const lit = highlighted?.length ? new Set(highlighted) : null;
	const inRegion = region?.length ? new Set(region) : null;
	const out: Record<string, CountryState> = {};
	for (const iso3 of ids) {
		out[iso3] = {
			fill: fills[iso3] ?? null,
			dim: (lit !== null && !lit.has(iso3)) || (inRegion !== null && !inRegion.has(iso3)),
			selected: iso3 === selected
		};
	}
	return out;
}
