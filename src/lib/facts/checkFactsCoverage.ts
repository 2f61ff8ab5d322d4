import { isUnMember } from '../countries/isUnMember';
import type { Problem } from '../types';
import { ISO3_CODES } from './iso3Codes';
import type { FactsRow } from './types';

/**
 * The states beyond the 193 UN members that the facts table documents (data/FACTS.md): the
 * Holy See, Kosovo, Taiwan and the SADR (filed under Western Sahara).
 */
export const DOCUMENTED_NON_MEMBERS = ['VAT', 'XKX', 'TWN', 'ESH'] as const;

/** Every state the facts table must have a row for: each UN member plus the documented others. */
export const EXPECTED_STATES: readonly string[] = [
	...[...ISO3_CODES].filter((iso3) => isUnMember(iso3)),
	...DOCUMENTED_NON_MEMBERS
].sort();

/**
 * An error when the facts table lacks (or has no valid) row for an expected state: a table that
 * lost rows would otherwise publish a map with those states silently gone.
 * @example checkFactsCoverage(rows, 'data/facts.csv') // [] or [{ severity: 'error', … }]
 */
export function checkFactsCoverage(rows: FactsRow[], file: string): Problem[] {
	const present = new Set(rows.map((row) => row.iso3));
	const missing = EXPECTED_STATES.filter((iso3) => !present.has(iso3));
	if (missing.length === 0) return [];
	const listed = missing.length > 12 ? `${missing.slice(0, 12).join(', ')}, …` : missing.join(', ');
	return [
		{
			severity: 'error',
			file,
			line: 1,
			message: `the facts table has no valid row for ${missing.length} of the ${EXPECTED_STATES.length} states it must cover: ${listed}`,
			hint: 'restore the missing rows (every UN member plus VAT, XKX, TWN, ESH; see data/FACTS.md), fix the errors above, or use --facts none to build from the articles alone'
		}
	];
}
