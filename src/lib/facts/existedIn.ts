/**
 * Statehood over time: whether a state existed in a given year, for the year view, the legend
 * and any count per year (regions, comparisons).
 */
import type { Statehood } from '../types';

/**
 * True when the state existed by the end of `year`. States without a `statehood` record existed
 * on 15 November 1988; a state that continues its predecessor (Russia, Czechia, Serbia, …:
 * `continuous`) counts as existing in every year; any other counts from the year it came into
 * being. Count only the states for which this is true when counting "per year".
 * @example existedIn(kazakhstan, 1990) // false (a state since 16 December 1991)
 * @example existedIn(russia, 1990) // true (continues the Soviet Union)
 */
export function existedIn(country: { statehood?: Statehood | null }, year: number): boolean {
	const statehood = country.statehood;
	if (!statehood || statehood.continuous) return true;
	return year >= Number(statehood.since.slice(0, 4));
}
