import { ATTRIBUTE_IDS, ATTRIBUTE_VALUES, type AtlasData, type AttributeId } from '$lib/types';

/**
 * How many countries have each value of each attribute (every allowed value listed, zeros
 * included, in ATTRIBUTE_VALUES order).
 */
export function countValues(atlas: AtlasData): Record<AttributeId, Record<string, number>> {
	const counts = {} as Record<AttributeId, Record<string, number>>;
	for (const id of ATTRIBUTE_IDS) {
		const byValue: Record<string, number> = {};
		for (const value of ATTRIBUTE_VALUES[id]) byValue[value] = 0;
		for (const country of atlas.countries) {
			const value = country.attributes[id]?.value ?? 'unknown';
			const key = Object.hasOwn(byValue, value) ? value : 'unknown';
			byValue[key] = (byValue[key] ?? 0) + 1;
		}
		counts[id] = byValue;
	}
	return counts;
}
