/**
 * One facts row → sourced readings of the attributes the table knows.
 */
import type { AttributeId, Reading } from '../types';
import { sourceFor } from './sourceFor';
import type { FactsRow } from './types';

/**
 * The row's known readings, each with `source: 'facts'`, its line, the source tags for that
 * attribute (`cite`), the row's date (`asOf`) and, for Israel, the row's note (`note`). The
 * table's cells are not quoted as evidence: the value says it, in words, on screen. A mission
 * `unknown` (no source found) and `missionToPalestine` (no such column) give no reading.
 * @example factsToReadings(row).recognizesPalestine // { value: 'yes', date: '1988-11-16', source: 'facts', line: 9, cite: 'AJ-WAFA; WP-PS', asOf: '2026-03' }
 */
export function factsToReadings(row: FactsRow): Partial<Record<AttributeId, Reading>> {
	const reading = (
		value: string,
		topic: 'palestine' | 'israel' | 'mission',
		note?: string
	): Reading => {
		const cite = sourceFor(row.source, topic);
		return {
			value,
			source: 'facts',
			line: row.line,
			...(cite ? { cite } : {}),
			asOf: row.asOf,
			...(note ? { note } : {})
		};
	};

	const readings: Partial<Record<AttributeId, Reading>> = {
		recognizesPalestine: {
			...reading(row.recognizesPalestine, 'palestine'),
			...(row.palestineRecognitionDate ? { date: row.palestineRecognitionDate } : {})
		},
		recognizesIsrael: reading(row.recognizesIsrael, 'israel', row.israelRelationsNote)
	};
	if (row.palestinianMission !== 'unknown')
		readings.palestinianMission = reading(row.palestinianMission, 'mission');
	return readings;
}
