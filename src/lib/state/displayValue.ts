import { ATTRIBUTE_VALUES, type AttributeId, type MapReading, type Statehood } from '$lib/types';
import { existedIn } from '$lib/facts/existedIn';
import { recognisedBy, recognitionYear } from '$lib/facts/recognitionByYear';
import type { PickerId } from './labels';
import type { DisplayValue } from './types';

/** The display value of a state that did not exist yet in the year shown. */
export const NOT_A_STATE = 'not-a-state';

/**
 * What a country shows for a picker choice at the end of `year`: its attribute value, or for
 * recognition of Palestine before `currentYear`, whether it had recognised by then (a state
 * known to recognise but with no date is `unknown` for past years), or for `recognitionYear`
 * the year itself, `no` or `unknown`. In a past year, a state that did not exist yet (its
 * `statehood`, see `existedIn`) is `NOT_A_STATE`, never `no`.
 * @example displayValue(pakistan.attributes, 'recognitionYear', 2026, 2026) // 1988
 * @example displayValue(kazakhstan.attributes, 'recognizesPalestine', 1990, 2026, kazakhstan.statehood) // 'not-a-state'
 */
export function displayValue(
	attributes: Record<AttributeId, MapReading>,
	id: PickerId,
	year: number,
	currentYear: number,
	statehood?: Statehood
): DisplayValue {
	if (id === 'recognitionYear' || id === 'recognizesPalestine') {
		if (year < currentYear && !existedIn({ statehood }, year)) return NOT_A_STATE;
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
