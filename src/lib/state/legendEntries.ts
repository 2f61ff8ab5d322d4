import type { LegendBin } from '$lib/map/colorScale';
import type { DisplayValue } from './types';

/** A legend entry with the countries it covers. */
export interface LegendEntry extends LegendBin {
	count: number;
	/** ISO3 codes of the countries in this entry, for highlighting. */
	iso3s: string[];
}

/**
 * Counts the countries in each legend bin; every country lands in exactly one bin (the scale's
 * bins partition the display values). An optional bin with no country is left out.
 * @example legendEntries(colorScale('recognizesIsrael', 2026).bins, { PAK: 'no' })
 */
export function legendEntries(
	bins: LegendBin[],
	values: Record<string, DisplayValue>
): LegendEntry[] {
	const entries = bins.map((bin) => ({ ...bin, count: 0, iso3s: [] as string[] }));
	for (const [iso3, value] of Object.entries(values)) {
		const entry = entries.find((e) => e.includes(value));
		if (!entry) continue;
		entry.count += 1;
		entry.iso3s.push(iso3);
	}
	return entries.filter((entry) => !entry.optional || entry.count > 0);
}
