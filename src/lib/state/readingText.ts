import type { Reading } from '$lib/types';
import { formatPartialDate } from './formatPartialDate';
import { SOURCE_LABELS } from './labels';

/**
 * A reading's date or city in words: "since 16 November 1988", "in Islamabad", or ''.
 * @example readingQualifier({ value: 'embassy', city: 'Dhaka' }) // 'in Dhaka'
 */
export function readingQualifier(reading: Reading): string {
	if (reading.date) return `since ${formatPartialDate(reading.date)}`;
	if (reading.city) return `in ${reading.city}`;
	return '';
}

/**
 * Where a reading comes from, in words: the facts table with its sources and date, or the
 * article part with its line.
 * @example readingSource({ value: 'no', source: 'facts', cite: 'WP-IL', asOf: '2026-03' })
 * // → 'facts table (WP-IL, as of 2026-03)'
 */
export function readingSource(reading: Reading): string {
	if (reading.source === 'facts') {
		const parts = [reading.cite, reading.asOf ? `as of ${reading.asOf}` : ''].filter(Boolean);
		return parts.length ? `facts table (${parts.join(', ')})` : 'facts table';
	}
	const label = SOURCE_LABELS[reading.source ?? ''] ?? 'unknown source';
	return reading.line ? `${label}, line ${reading.line}` : label;
}
