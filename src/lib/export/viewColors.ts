import { colorScale } from '$lib/map/colorScale';
import { displayValue } from '$lib/state/displayValue';
import type { PickerId } from '$lib/state/labels';
import { legendEntries, type LegendEntry } from '$lib/state/legendEntries';
import type { AttributeId, MapReading } from '$lib/types';

/**
 * Each country's colour and the legend (with counts) of a view, as the map page derives them,
 * for the build's images.
 * @example viewColors(countries, 'recognizesIsrael', 2026, 2026).legend[0] // { label: 'Yes', count: …, … }
 */
export function viewColors(
	countries: { iso3: string; attributes: Record<AttributeId, MapReading> }[],
	attr: PickerId,
	year: number,
	currentYear: number
): { fills: Record<string, string>; legend: LegendEntry[] } {
	const scale = colorScale(attr, currentYear);
	const values = Object.fromEntries(
		countries.map((c) => [c.iso3, displayValue(c.attributes, attr, year, currentYear)])
	);
	const fills = Object.fromEntries(
		Object.entries(values).map(([iso3, value]) => [iso3, scale.colorOf(value)])
	);
	return { fills, legend: legendEntries(scale.bins, values) };
}
