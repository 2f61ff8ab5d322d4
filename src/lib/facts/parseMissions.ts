/**
 * Parsing and validation of the two missions tables: data/missions-to-palestine.csv (each
 * state's mission to Palestine) and data/palestine-missions.csv (Palestine's mission in each
 * state).
 */
import { ATTRIBUTE_VALUES, type Problem } from '../types';
import { checkPartialDate } from './checkPartialDate';
import { readTable } from './readTable';
import { RowChecks } from './rowChecks';

/** The two tables: the attribute each gives and the column holding its value. */
export const MISSION_TABLES = {
	missionToPalestine: 'mission_to_palestine',
	palestinianMission: 'palestine_mission_in_country'
} as const;

/** Which missions table: by the attribute it gives. */
export type MissionTable = keyof typeof MISSION_TABLES;

/** One validated row of a missions table. */
export interface MissionRow {
	iso3: string;
	name: string;
	value: string;
	/** The mission's city (or, when covered from elsewhere, that embassy's city); '' when not given. */
	city: string;
	/** The mission's name as the source gives it, shortened; '' when none. */
	missionName: string;
	/** Date of the newest evidence (YYYY, YYYY-MM or YYYY-MM-DD); '' when undated or unknown. */
	asOf: string;
	/** Source tags, separated by `;`; '' only for `unknown`. */
	source: string;
	/** The table's note on the row; '' when none. */
	note: string;
	line: number;
}

/**
 * Every valid row, and every problem as a `file:line` error: an unknown or repeated ISO code, a
 * value outside the attribute's list, a malformed or future `as_of` (or `undated`), a known value
 * without a source, an unknown source tag (`knownTags`; null skips that check). Rows with an
 * error are left out.
 * @example parseMissions(text, 'data/missions-to-palestine.csv', 'missionToPalestine', tags).rows
 */
export function parseMissions(
	text: string,
	file: string,
	table: MissionTable,
	knownTags: ReadonlySet<string> | null,
	today: Date = new Date()
): { rows: MissionRow[]; problems: Problem[] } {
	const column = MISSION_TABLES[table];
	const values = ATTRIBUTE_VALUES[table];
	const columns = ['iso3', 'name', column, 'city', 'mission_name', 'as_of', 'source', 'note'];
	const read = readTable(text, file, columns);
	const check = new RowChecks(file, knownTags);
	const rows: MissionRow[] = [];
	for (const { cells, line } of read.rows) {
		const before = check.errors;
		const { iso3 = '', name = '', city = '', source = '', note = '' } = cells;
		check.state(iso3, name, line);
		const value = check.oneOf(column, cells[column] ?? '', values, line);
		let asOf = cells.as_of ?? '';
		if (asOf === 'undated') asOf = '';
		else if (asOf) {
			const wrong = checkPartialDate(asOf, today);
			if (wrong)
				check.error(
					line,
					`as_of "${asOf}" ${wrong}`,
					'write the date of the newest evidence, YYYY-MM-DD, YYYY-MM or YYYY, or "undated"'
				);
		}
		if (value && value !== 'unknown' && !source)
			check.error(
				line,
				`${column} is ${value} but the source cell is empty`,
				'cite the sources by their tags in data/sources.csv, or write unknown'
			);
		check.tags(source, line);
		if (check.errors > before || !value) continue;
		rows.push({
			iso3,
			name,
			value,
			city,
			missionName: cells.mission_name ?? '',
			asOf,
			source,
			note,
			line
		});
	}
	return { rows, problems: [...read.problems, ...check.problems].sort((a, b) => a.line - b.line) };
}
