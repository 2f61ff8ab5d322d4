import type { LegendEntry } from './legendEntries';

/**
 * Which states the legend's counts cover, in words: all the states on the map, or in a past
 * year only those that existed then. Says the set, so "160" here and "158 of 193 UN members"
 * elsewhere do not read as a contradiction.
 * @example legendScope(197, entries, 1990, 2026) // 'Counts the 178 states that existed by the end of 1990 (19 more did not exist yet).'
 */
export function legendScope(
	total: number,
	entries: readonly LegendEntry[],
	year: number,
	currentYear: number
): string {
	const notYet = entries.find((entry) => entry.key === 'not-a-state')?.count ?? 0;
	if (year < currentYear && notYet > 0)
		return `Counts the ${total - notYet} states that existed by the end of ${year} (${notYet} more did not exist yet).`;
	return `Counts all ${total} states on the map: the 193 UN members, the Holy See, Kosovo, Taiwan and the Sahrawi Republic.`;
}
