/**
 * Parsing and validation of the facts table (data/facts.csv, documented in data/FACTS.md).
 */
import { parse } from 'csv-parse/sync';
import type { Problem } from '../types';
import { checkPartialDate } from './checkPartialDate';
import {
	FACTS_AS_OF,
	MISSION_VALUES,
	OPTIONAL_COLUMNS,
	REQUIRED_COLUMNS,
	YES_NO
} from './constants';
import { checkState } from './rowChecks';
import { sourceFor } from './sourceFor';
import { suggestIso3 } from './suggestIso3';
import type { FactsMission, FactsRow, YesNo } from './types';

/** One record from csv-parse with `info` and `raw`. */
interface ParsedRecord {
	record: string[];
	info: { lines: number };
	raw: string;
}

/**
 * Reads the facts table: every valid row, and every problem as a `file:line` error or warning.
 * Rows with an error are left out of `rows`; the build fails on any error. Never throws;
 * a BOM and CRLF line ends are accepted. `today` bounds dates (none may be in the future).
 * @example const { rows, problems } = parseFacts(readFileSync('data/facts.csv', 'utf8'), 'data/facts.csv');
 */
export function parseFacts(
	text: string,
	file: string,
	today: Date = new Date()
): { rows: FactsRow[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const error = (line: number, message: string, hint?: string) =>
		problems.push({ severity: 'error', file, line, message, ...(hint ? { hint } : {}) });
	const warning = (line: number, message: string, hint?: string) =>
		problems.push({ severity: 'warning', file, line, message, ...(hint ? { hint } : {}) });

	try {
		const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
		if (normalized.trim() === '') {
			error(
				1,
				'the facts file is empty',
				`start it with the header: ${REQUIRED_COLUMNS.join(',')}`
			);
			return { rows: [], problems };
		}

		let records: ParsedRecord[];
		let lastRecordEnd = 0;
		try {
			records = parse(normalized, {
				info: true,
				raw: true,
				relax_column_count: true,
				skip_empty_lines: true,
				on_record: (record, context) => {
					lastRecordEnd = context.lines;
					return record;
				}
			}) as unknown as ParsedRecord[];
		} catch (e) {
			const err = e as { lines?: number; message?: string };
			// A stray quote swallows the lines after it: csv-parse blames the line where it gave
			// up, but the bad cell is in the record that starts after the last one it finished.
			const line = firstTextLine(normalized, lastRecordEnd + 1);
			const stopped =
				typeof err.lines === 'number' && err.lines > line
					? ` (a quoted cell runs on from here to line ${err.lines})`
					: '';
			const detail = String(err.message ?? e)
				.replace(/\s+/g, ' ')
				.replace(/ at line \d+/, '');
			error(
				line,
				`the CSV cannot be read: ${detail}${stopped}`,
				'put a cell that contains a comma or a quote in double quotes, and double any quote inside it ("")'
			);
			return { rows: [], problems };
		}

		const withLines = records
			.filter((r) => r.record.some((c) => c.trim() !== ''))
			.map((r) => ({ cells: r.record, line: startLine(r) }));
		const header = withLines[0];
		if (!header) {
			error(1, 'the facts file has no header', `start it with: ${REQUIRED_COLUMNS.join(',')}`);
			return { rows: [], problems };
		}
		const columns = header.cells.map((c) => c.trim());
		const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
		if (missing.length) {
			error(
				header.line,
				`the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
				`the header must name: ${REQUIRED_COLUMNS.join(',')} (optional: ${OPTIONAL_COLUMNS.join(',')})`
			);
		}
		const seenColumns = new Set<string>();
		for (const column of columns) {
			if (seenColumns.has(column))
				error(header.line, `the column ${column} appears twice`, 'remove one of them');
			seenColumns.add(column);
			const known =
				(REQUIRED_COLUMNS as readonly string[]).includes(column) ||
				(OPTIONAL_COLUMNS as readonly string[]).includes(column);
			if (!known)
				warning(
					header.line,
					`unknown column "${column}" is ignored`,
					`known columns: ${[...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS].join(', ')}`
				);
		}
		if (problems.some((p) => p.severity === 'error')) return { rows: [], problems };

		const rows: FactsRow[] = [];
		const lineOf = new Map<string, number>();
		for (const { cells, line } of withLines.slice(1)) {
			if (cells.length !== columns.length) {
				error(
					line,
					`the row has ${cells.length} cell${cells.length === 1 ? '' : 's'} but the header has ${columns.length} columns`,
					'put a cell that contains a comma in double quotes; leave an empty cell empty (",,")'
				);
				continue;
			}
			const cell = (column: string) => (cells[columns.indexOf(column)] ?? '').trim();
			const errorsBefore = problems.filter((p) => p.severity === 'error').length;

			const iso3 = cell('iso3');
			const name = cell('name');
			checkState(iso3, name, line, lineOf, error);

			const yesNo = (column: string): YesNo | null => {
				const value = cell(column);
				if ((YES_NO as readonly string[]).includes(value)) return value as YesNo;
				const lower = value.toLowerCase();
				error(
					line,
					`${column} is "${value}"; expected yes or no`,
					(YES_NO as readonly string[]).includes(lower)
						? `write it in lower case: ${lower}`
						: 'write yes or no'
				);
				return null;
			};
			const recognizesPalestine = yesNo('recognizes_palestine');
			const recognizesIsrael = yesNo('recognizes_israel');

			const missionCell = cell('palestine_mission_in_country');
			let palestinianMission: FactsMission | null = null;
			if ((MISSION_VALUES as readonly string[]).includes(missionCell))
				palestinianMission = missionCell as FactsMission;
			else {
				const lower = missionCell.toLowerCase();
				error(
					line,
					`palestine_mission_in_country is "${missionCell}"; expected ${MISSION_VALUES.join(', ')}`,
					(MISSION_VALUES as readonly string[]).includes(lower)
						? `write it in lower case: ${lower}`
						: 'embassy; other (mission, general delegation); none; unknown (no source found)'
				);
			}

			const date = cell('palestine_recognition_date');
			if (date) {
				const wrong = checkPartialDate(date, today);
				if (wrong)
					error(
						line,
						`palestine_recognition_date "${date}" ${wrong}`,
						'write YYYY-MM-DD, or YYYY-MM / YYYY when only that is known; no future dates'
					);
				if (recognizesPalestine === 'no')
					error(
						line,
						`a recognition date (${date}) is given but recognizes_palestine is no`,
						'remove the date, or set recognizes_palestine to yes'
					);
			} else if (recognizesPalestine === 'yes') {
				warning(
					line,
					`${iso3} recognizes Palestine but no palestine_recognition_date is given`,
					'add the date (YYYY at least); the year control counts an undated recognition only from the current year'
				);
			}

			let asOf = FACTS_AS_OF;
			if (columns.includes('as_of') && cell('as_of')) {
				asOf = cell('as_of');
				const wrong = checkPartialDate(asOf, today);
				if (wrong)
					error(
						line,
						`as_of "${asOf}" ${wrong}`,
						'write the month the row was checked, YYYY-MM (or YYYY-MM-DD)'
					);
			}

			const source = cell('source');
			if (!source)
				error(
					line,
					'the source cell is empty',
					'name the sources: "Palestine: … | Israel: … | mission: …" (tags in data/FACTS.md)'
				);
			else {
				const needs: [string, 'palestine' | 'israel' | 'mission'][] = [
					['recognizes_palestine', 'palestine'],
					['recognizes_israel', 'israel']
				];
				if (palestinianMission && palestinianMission !== 'unknown')
					needs.push(['palestine_mission_in_country', 'mission']);
				for (const [column, topic] of needs)
					if (!sourceFor(source, topic))
						warning(
							line,
							`no source is given for ${column}`,
							`add a "${topic === 'palestine' ? 'Palestine' : topic === 'israel' ? 'Israel' : 'mission'}: …" part to the source cell`
						);
			}

			if (problems.filter((p) => p.severity === 'error').length > errorsBefore) continue;
			if (!recognizesPalestine || !recognizesIsrael || !palestinianMission) continue;
			rows.push({
				iso3,
				name,
				recognizesPalestine,
				...(date ? { palestineRecognitionDate: date } : {}),
				recognizesIsrael,
				israelRelationsNote: cell('israel_relations_note'),
				palestinianMission,
				source,
				asOf,
				line
			});
		}
		return { rows, problems };
	} catch (e) {
		error(
			1,
			`the facts file could not be read: ${String(e)}`,
			'report this as a bug in src/lib/facts/parseFacts.ts'
		);
		return { rows: [], problems };
	}
}

/** The first line at or after `from` (1-based) that is not blank. */
function firstTextLine(text: string, from: number): number {
	const lines = text.split('\n');
	for (let i = from - 1; i < lines.length; i++) if (lines[i]!.trim() !== '') return i + 1;
	return from;
}

/** 1-based line where a record starts: csv-parse counts the line it ends on. */
function startLine(r: ParsedRecord): number {
	const body = r.raw.replace(/^\n+/, '').replace(/\n$/, '');
	const inner = body.split('\n').length - 1;
	return r.info.lines - inner;
}
