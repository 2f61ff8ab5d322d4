import type { Attribute, AttributeId } from '$lib/types';

/** One attribute across the compared countries. */
export interface CompareRow {
	id: AttributeId;
	/** Each country's attribute, in column order. */
	cells: { iso3: string; attribute: Attribute }[];
	/** True when the countries do not all have the same value. */
	differs: boolean;
	/** The most common value (first listed on a tie), to mark the cells that differ from it. */
	majority: string;
}

/**
 * The rows of a countries-side-by-side table: every attribute, each country's reading, and
 * whether (and from what) the values differ.
 * @example compareCountries([pak, swe], ['recognizesIsrael'])[0].differs // true
 */
export function compareCountries(
	countries: readonly { iso3: string; attributes: Record<AttributeId, Attribute> }[],
	ids: readonly AttributeId[]
): CompareRow[] {
	return ids.map((id) => {
		const cells = countries.map((c) => ({
			iso3: c.iso3,
			attribute: c.attributes[id] ?? { value: 'unknown' }
		}));
		const counts = new Map<string, number>();
		for (const { attribute } of cells)
			counts.set(attribute.value, (counts.get(attribute.value) ?? 0) + 1);
		let majority = cells[0]?.attribute.value ?? 'unknown';
		for (const [value, count] of counts) if (count > (counts.get(majority) ?? 0)) majority = value;
		return { id, cells, differs: counts.size > 1, majority };
	});
}
