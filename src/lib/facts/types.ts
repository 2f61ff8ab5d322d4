/**
 * Types of the facts table (data/facts.csv): one validated row per state.
 */
import type { PartialDate } from '../types';

/** Values of a yes/no column. */
export type YesNo = 'yes' | 'no';

/** Values of `palestine_mission_in_country`; `unknown` means no source was found. */
export type FactsMission = 'embassy' | 'other' | 'none' | 'unknown';

/** One validated row of the facts table, with the line it stands on. */
export interface FactsRow {
	/** ISO 3166-1 alpha-3 (Kosovo: XKX; SADR: ESH). */
	iso3: string;
	/** Common English name, as written in the table. */
	name: string;
	recognizesPalestine: YesNo;
	/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; absent when not given (always absent for `no`). */
	palestineRecognitionDate?: PartialDate;
	recognizesIsrael: YesNo;
	/** Short status words ("Abraham Accords", "relations severed 2023"); empty when none. */
	israelRelationsNote: string;
	palestinianMission: FactsMission;
	/** The whole `source` cell, e.g. "Palestine: AJ-WAFA; WP-PS | Israel: WP-IL 2024-06". */
	source: string;
	/** The month (or day) the row is current to, from `as_of`; the table's date if absent. */
	asOf: string;
	/** 1-based line of the row in the file. */
	line: number;
}

/** The parts of a `source` cell, split by `|` and labelled by their `Palestine:`/`Israel:`/`mission:` prefix. */
export interface SourceParts {
	palestine?: string;
	israel?: string;
	mission?: string;
	/** Unlabelled parts (they back every attribute of the row), joined by " | ". */
	general?: string;
}
