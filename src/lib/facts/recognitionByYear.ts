/**
 * Recognition of Palestine over time: the helpers behind the year control.
 */
import type { CountryRecord, MapReading } from '../types';

/** The first year of the control: the State of Palestine was proclaimed on 15 November 1988. */
export const FIRST_RECOGNITION_YEAR = 1988;

/**
 * The year a state recognised Palestine, from its date at any precision; null when it does not
 * recognise, or does but no date is known.
 * @example recognitionYear({ value: 'yes', date: '1988-11-16' }) // 1988
 */
export function recognitionYear(attribute: MapReading | undefined): number | null {
	if (attribute?.value !== 'yes' || !attribute.date) return null;
	const year = Number(attribute.date.slice(0, 4));
	return Number.isInteger(year) && /^\d{4}/.test(attribute.date) ? year : null;
}

/**
 * Whether the state had recognised Palestine by the end of `year`. Any date counts from its
 * year ("1988", "1988-11" and "1988-11-16" all count from 1988). A recognition with no known
 * date counts only from `currentYear` (we know it holds now, not since when).
 * @example recognisedBy({ value: 'yes', date: '1989' }, 1988) // false
 */
export function recognisedBy(
	attribute: MapReading | undefined,
	year: number,
	currentYear: number = new Date().getFullYear()
): boolean {
	if (attribute?.value !== 'yes') return false;
	const since = recognitionYear(attribute);
	return since === null ? year >= currentYear : year >= since;
}

/** How many of `countries` had recognised Palestine by the end of `year` (see `recognisedBy`). */
export function countRecognisedBy(
	countries: readonly CountryRecord[],
	year: number,
	currentYear: number = new Date().getFullYear()
): number {
	let count = 0;
	for (const country of countries)
		if (recognisedBy(country.attributes.recognizesPalestine, year, currentYear)) count++;
	return count;
}

/**
 * The years the control offers, 1988 to `currentYear` inclusive.
 * @example recognitionYears(1990) // [1988, 1989, 1990]
 */
export function recognitionYears(currentYear: number = new Date().getFullYear()): number[] {
	const years: number[] = [];
	for (let year = FIRST_RECOGNITION_YEAR; year <= currentYear; year++) years.push(year);
	return years;
}
