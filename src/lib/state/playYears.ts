import { FIRST_YEAR } from './labels';

/**
 * The year Play starts from: where the control stands, or the first year again when it stands
 * at the last (today), so Play always has somewhere to go.
 * @example playStart(2026, 2026) // 1988
 */
export function playStart(year: number, currentYear: number): number {
	return year >= currentYear ? FIRST_YEAR : year;
}

/**
 * The year after `year` while playing, or `null` to stop: Play never runs past today's year.
 * @example playStep(2025, 2026) // 2026; playStep(2026, 2026) // null
 */
export function playStep(year: number, currentYear: number): number | null {
	return year >= currentYear ? null : year + 1;
}
