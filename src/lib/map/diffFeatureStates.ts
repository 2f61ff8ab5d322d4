/** What the map shows for one country, pushed to MapLibre as feature-state. */
export interface CountryState {
	/** CSS colour; `null` = the no-data colour. */
	fill: string | null;
	/** Dimmed while the legend highlights other countries. */
	dim: boolean;
	selected: boolean;
}

/**
 * The feature-state writes that turn `prev` into `next`: only changed countries, only their
 * changed keys (MapLibre re-evaluates paint for every `setFeatureState`, so unchanged writes cost).
 * @example diffFeatureStates({ PAK: a }, { PAK: { ...a, dim: true } }) // [['PAK', { dim: true }]]
 */
export function diffFeatureStates(
	prev: Readonly<Record<string, CountryState>>,
	next: Readonly<Record<string, CountryState>>
): [string, Partial<CountryState>][] {
	const writes: [string, Partial<CountryState>][] = [];
	for (const [iso3, state] of Object.entries(next)) {
		const before = prev[iso3];
		const change: Partial<CountryState> = {};
		if (before?.fill !== state.fill) change.fill = state.fill;
		if (before?.dim !== state.dim) change.dim = state.dim;
		if (before?.selected !== state.selected) change.selected = state.selected;
		if (Object.keys(change).length) writes.push([iso3, change]);
	}
	return writes;
}
