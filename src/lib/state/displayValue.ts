import { ATTRIBUTE_VALUES, type Attribute, type AttributeId } from '$lib/types';
import { recognisedBy, recognitionYear } from '$lib/facts/recognitionByYear';
import type { PickerId } from './labels';
import type { DisplayValue } from './types';

/**
 * What a country shows for a picker choice at the end of `year`: its attribute value, or for
 * recognition of Palestine before `currentYear`, whether it had recognised by then (a state
 * known to recognise but with no date is `unknown` for past years), or for `recognitionYear`
 * the year itself, `no` or `unknown`.
 * @example displayValue(pakistan.attributes, 'recognitionYear', 2026, 2026) // 1988
 */
export function displayValue(
	attributes: Record<AttributeId, Attribute>,
	id: PickerId,
	year: number,
	currentYear: number
): DisplayValue {
	if (id === 'recognitionYear' || id === 'recognizesPalestine') {
		const attribute = attributes.recognizesPalestine;
		if (attribute?.value !== 'yes') return attribute?.value === 'no' ? 'no' : 'unknown';
		const since = recognitionYear(attribute);
		if (id === 'recognizesPalestine' && year >= currentYear) return 'yes';
		if (since === null) return 'unknown';
		if (!recognisedBy(attribute, year, currentYear)) return 'no';
		return id === 'recognitionYear' ? since : 'yes';
	}
	const value = attributes[id]?.value ?? 'unknown';
	return (ATTRIBUTE_VALUES[id] as readonly string[]).includes(value) ? value : 'unknown';
}
