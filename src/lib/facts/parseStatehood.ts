/**
 * Parsing and validation of data/statehood.csv: the states that came into being after the
 * declaration of the State of Palestine (15 November 1988).
 */
import type { Problem, Statehood } from '../types';
import { checkPartialDate } from './checkPartialDate';
import { YES_NO } from './constants';
import { readTable } from './readTable';
import { RowChecks } from './rowChecks';

/** Columns of data/statehood.csv, in order. */
export const STATEHOOD_COLUMNS = [
	'iso3',
	'name',
	'state_since',
	'predecessor',
	'continuous',
	'note',
	'source'
] as const;

/** The day the State of Palestine was declared; states that existed then have no row. */
export const DECLARATION_DATE = '1988-11-15';

/** One validated row of data/statehood.csv. */
export interface StatehoodRow extends Statehood {
	iso3: string;
	name: string;
	line: number;
}

/**
 * Every valid row, and every problem as a `file:line` error: an unknown or repeated ISO code,
 * a malformed, impossible or future date or one not after 15 November 1988, an empty
 * predecessor, `continuous` not yes/no, an empty or unknown source tag (`knownTags` from
 * data/sources.csv; null skips that check). Rows with an error are left out.
 * @example parseStatehood(text, 'data/statehood.csv', tags).rows.find((r) => r.iso3 === 'RUS')?.continuous // true
 */
export function parseStatehood(
	text: string,
	file: string,
	knownTags: ReadonlySet<string> | null,
	today: Date = new Date()
): { rows: StatehoodRow[]; problems: Problem[] } {
	const table = readTable(text, file, STATEHOOD_COLUMNS);
	const check = new RowChecks(file, knownTags);
	const rows: StatehoodRow[] = [];
	for (const { cells, line } of table.rows) {
		const before = check.errors;
		const { iso3 = '', name = '', state_since: since = '', predecessor = '' } = cells;
		check.state(iso3, name, line);
		const wrong = since ? checkPartialDate(since, today) : 'is empty';
		if (wrong)
			check.error(
				line,
				`state_since "${since}" ${wrong}`,
				'write the day the state came into being, YYYY-MM-DD (YYYY-MM or YYYY when only that is known)'
			);
		else if (since <= DECLARATION_DATE)
			check.error(
				line,
				`state_since ${since} is not after ${DECLARATION_DATE}`,
				'only states that came into being after the 1988 declaration have a row; remove it'
			);
		if (!predecessor)
			check.error(line, 'the predecessor cell is empty', 'name what the state came from, in words');
		const continuous = check.oneOf('continuous', cells.continuous ?? '', YES_NO, line);
		const source = cells.source ?? '';
		if (!source)
			check.error(
				line,
				'the source cell is empty',
				'cite the sources by their tags in data/sources.csv'
			);
		check.tags(source, line);
		if (check.errors > before || !continuous) continue;
		rows.push({
			iso3,
			name,
			since,
			predecessor,
			continuous: continuous === 'yes',
			cite: source,
			line
		});
	}
	return { rows, problems: [...table.problems, ...check.problems].sort((a, b) => a.line - b.line) };
}
