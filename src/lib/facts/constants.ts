/**
 * Constants of the facts table (data/facts.csv); see data/FACTS.md.
 */

/** The date the facts table as a whole is current to; rows without `as_of` take it. */
export const FACTS_AS_OF = '2026-03';

/** Columns every facts file must have, in the order they are written. */
export const REQUIRED_COLUMNS = [
	'iso3',
	'name',
	'recognizes_palestine',
	'palestine_recognition_date',
	'recognizes_israel',
	'israel_relations_note',
	'palestine_mission_in_country',
	'source'
] as const;

/** Columns a facts file may add: `as_of` is the month (or day) a row was last checked. */
export const OPTIONAL_COLUMNS = ['as_of'] as const;

/** Allowed values of the yes/no columns. */
export const YES_NO = ['yes', 'no'] as const;

/** Allowed values of `palestine_mission_in_country`. */
export const MISSION_VALUES = ['embassy', 'other', 'none', 'unknown'] as const;
