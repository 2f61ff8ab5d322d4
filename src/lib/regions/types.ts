/**
 * Types of the region aggregation (membersToCounts), shared with the compare views.
 */
import type { AttributeId, MembershipStatus } from '../types';

/** Why a member is listed but left out of a group's totals. */
export type UncountedReason =
	/** Palestine is the atlas's subject: never counted in "recognises Palestine" totals. */
	| 'palestine'
	/** Observers are not members. */
	| 'observer'
	/** The state has no record in the atlas data. */
	| 'no-data'
	/** The state did not exist yet in the year asked for. */
	| 'not-yet-a-state';

/** One member of a group as the aggregation sees it, in a given year. */
export interface MemberValue {
	iso3: string;
	name: string;
	status: MembershipStatus;
	/** The attribute's value for this state (in the year, for recognition of Palestine). */
	value: string;
	/** True when it is part of `total` and `counts`. */
	counted: boolean;
	/** Why it is not counted (absent when counted). */
	reason?: UncountedReason;
}

/** How many counted members have one value. */
export interface ValueCount {
	value: string;
	count: number;
	/** Their iso3 codes, sorted by name. */
	members: string[];
}

/** The counts of one attribute over one group's members, optionally in one year. */
export interface GroupCounts {
	group: string;
	attribute: AttributeId;
	/** The year asked for, or null for today. */
	year: number | null;
	/** Members counted: members and suspended members that are states in the atlas, not Palestine. */
	total: number;
	/** Every allowed value of the attribute, in ATTRIBUTE_VALUES order, zeros included. */
	counts: ValueCount[];
	/** The most common value among counted members; null when none are counted or two tie. */
	majority: string | null;
	/** Counted members whose value is not the majority, sorted by name. */
	differing: MemberValue[];
	/** Every member in the year, counted or not, sorted by name. */
	members: MemberValue[];
	/** iso3 of counted members that are suspended in the year. */
	suspended: string[];
	/** iso3 of members that were not yet states in the year (listed, not counted), by name. */
	notYet: string[];
	/** The result in one sentence, e.g. "4 of 21 Arab League states recognise Israel." */
	summary: string;
}
