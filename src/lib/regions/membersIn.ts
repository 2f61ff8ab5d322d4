/**
 * A group's members in a given year, from its dated memberships.
 */
import type { Group, Membership } from '../types';

/**
 * The memberships in force at the end of `year` (the year control's cut-off), or today when
 * no year is given: at most one per state. A period counts from the year of `since` (an
 * absent `since` counts in every year) and stops counting in the year of `until`, so a state
 * suspended in November 2011 shows as suspended for 2011.
 * @example membersIn(arabLeague, 2015).find((m) => m.iso3 === 'SYR')?.status // 'suspended'
 */
export function membersIn(group: Group, year?: number): Membership[] {
	if (year === undefined) return group.members.filter((m) => m.until === undefined);
	return group.members.filter(
		(m) =>
			(m.since === undefined || yearOf(m.since) <= year) &&
			(m.until === undefined || yearOf(m.until) > year)
	);
}

/** The year of a partial date. */
function yearOf(date: string): number {
	return Number(date.slice(0, 4));
}
