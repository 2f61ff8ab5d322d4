/**
 * Parsing and validation of the facts table (data/facts.csv, documented in data/FACTS.md).
 */
import type { Problem } from '../types';
import { checkPartialDate } from './checkPartialDate';
import {
	FACTS_AS_OF,
	MISSION_VALUES,
	OPTIONAL_COLUMNS,
	REQUIRED_COLUMNS,
	YES_NO
} from './constants';
import { readTable } from './readTable';
import { checkState } from './rowChecks';
import { sourceFor } from './sourceFor';
import { suggestIso3 } from './suggestIso3';
import type { FactsMission, FactsRow, YesNo } from './types';

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
		const table = readTable(text, file, REQUIRED_COLUMNS, OPTIONAL_COLUMNS, {
			name: 'the facts file',
			unknownColumns: 'warning'
		});
		problems.push(...table.problems);
		if (problems.some((p) => p.severity === 'error')) return { rows: [], problems };
		const rows: FactsRow[] = [];
		const lineOf = new Map<string, number>();
		for (const { cells, line } of table.rows) {
			const cell = (column: string) => cells[column] ?? '';
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
			if (cell('as_of')) {
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
