/**
 * One facts row → sourced readings of the attributes the table knows.
 */
import type { AttributeId, Reading } from '../types';
import { sourceFor } from './sourceFor';
import type { FactsRow } from './types';

/**
 * The row's known readings, each with `source: 'facts'`, the row's cells as evidence, its line,
 * the source tags for that attribute (`cite`) and the row's date (`asOf`). A mission `unknown`
 * (no source found) and `missionToPalestine` (no such column) give no reading.
 * @example factsToReadings(row).recognizesPalestine // { value: 'yes', date: '1988-11-16', evidence: 'recognizes_palestine=yes, palestine_recognition_date=1988-11-16', … }
 */
export function factsToReadings(row: FactsRow): Partial<Record<AttributeId, Reading>> {
	const reading = (
		value: string,
		cells: [string, string | undefined][],
		topic: 'palestine' | 'israel' | 'mission'
	): Reading => {
		const cite = sourceFor(row.source, topic);
		return {
			value,
			source: 'facts',
			evidence: cells
				.filter(([, cell]) => cell)
				.map(([column, cell]) => `${column}=${cell}`)
				.join(', '),
			line: row.line,
			...(cite ? { cite } : {}),
			asOf: row.asOf
		};
	};

	const readings: Partial<Record<AttributeId, Reading>> = {
		recognizesPalestine: {
			...reading(
				row.recognizesPalestine,
				[
					['recognizes_palestine', row.recognizesPalestine],
					['palestine_recognition_date', row.palestineRecognitionDate]
				],
				'palestine'
			),
			...(row.palestineRecognitionDate ? { date: row.palestineRecognitionDate } : {})
		},
		recognizesIsrael: reading(
			row.recognizesIsrael,
			[
				['recognizes_israel', row.recognizesIsrael],
				['israel_relations_note', row.israelRelationsNote]
			],
			'israel'
		)
	};
	if (row.palestinianMission !== 'unknown')
		readings.palestinianMission = reading(
			row.palestinianMission,
			[['palestine_mission_in_country', row.palestinianMission]],
			'mission'
		);
	return readings;
}
