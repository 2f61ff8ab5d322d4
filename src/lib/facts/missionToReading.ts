/**
 * One row of a missions table → the sourced reading of its attribute.
 */
import type { Reading } from '../types';
import type { MissionRow } from './parseMissions';

/**
 * The row's reading (`source: 'facts'`, its file and line, the city, the mission's name and the
 * row's note as `note`, the tags as `cite`, the evidence date as `asOf`), or null for `unknown`.
 * @example missionToReading(franceRow, 'data/missions-to-palestine.csv') // { value: 'resident', city: 'Jerusalem', … }
 */
export function missionToReading(row: MissionRow, file: string): Reading | null {
	if (row.value === 'unknown') return null;
	const note = [row.missionName, row.note].filter(Boolean).join('. ');
	return {
		value: row.value,
		...(row.city ? { city: row.city } : {}),
		source: 'facts',
		file,
		line: row.line,
		...(row.source ? { cite: row.source } : {}),
		...(row.asOf ? { asOf: row.asOf } : {}),
		...(note ? { note } : {})
	};
}
