import type { CountryState } from './diffFeatureStates';

/**
 * The state of every country on the map from the component's props: `highlighted` (legend
 * hover) dims everyone else; `null` or an empty list dims no one.
 */
export function countryStates(
	ids: readonly string[],
	fills: Readonly<Record<string, string>>,
	selected: string | null,
	highlighted: readonly string[] | null
): Record<string, CountryState> {
	const lit = highlighted?.length ? new Set(highlighted) : null;
	const out: Record<string, CountryState> = {};
	for (const iso3 of ids) {
		out[iso3] = {
			fill: fills[iso3] ?? null,
			dim: lit !== null && !lit.has(iso3),
			selected: iso3 === selected
		};
	}
	return out;
}
