import { membersToCounts, type CountryLike } from '$lib/regions/membersToCounts';
import type { Group } from '$lib/types';

/** One year of a group's recognition of Palestine. */
export interface ShareYear {
	year: number;
	/** Members that had recognised by the end of the year. */
	yes: number;
	/** Members counted that year (Palestine never, nor a member not yet a state). */
	total: number;
	/** yes / total, or null when no member is counted. */
	share: number | null;
}

/**
 * The share of a group's members that had recognised Palestine, year by year from `firstYear`
 * to `currentYear`: the members of each year (joins, suspensions and departures followed), with
 * recognition as it stood at the end of the year (membersToCounts' rules: Palestine never
 * counted, nor a state before it existed).
 * @example recognitionShares(arabLeague, countries, 1988, 2026)[0] // { year: 1988, yes: 19, total: 21, share: 0.904… }
 */
export function recognitionShares<C extends CountryLike>(
	group: Group,
	countries: ReadonlyMap<string, C>,
	firstYear: number,
	currentYear: number
): ShareYear[] {
	const years: ShareYear[] = [];
	for (let year = firstYear; year <= currentYear; year++) {
		const counts = membersToCounts(group, countries, 'recognizesPalestine', {
			year: year < currentYear ? year : undefined,
			currentYear
		});
		const yes = counts.counts.find((c) => c.value === 'yes')?.count ?? 0;
		years.push({
			year,
			yes,
			total: counts.total,
			share: counts.total ? yes / counts.total : null
		});
	}
	return years;
}
