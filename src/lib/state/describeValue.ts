import type { MapScale } from '$lib/map/colorScale';
import { PICKER_PHRASES, type PickerId } from './labels';
import type { DisplayValue } from './types';

/**
 * A country's value in words for tooltips and announcements: "recognises Palestine: yes",
 * "year Palestine was recognised: 1988".
 * @example describeValue(colorScale('recognizesIsrael', 2026), 'recognizesIsrael', 'no')
 * // → 'recognises Israel: no'
 */
export function describeValue(scale: MapScale, id: PickerId, value: DisplayValue): string {
	const valueText =
		typeof value === 'number'
			? String(value)
			: (scale.bins.find((bin) => bin.includes(value))?.label ?? value);
	return `${PICKER_PHRASES[id]}: ${valueText.charAt(0).toLowerCase()}${valueText.slice(1)}`;
}
