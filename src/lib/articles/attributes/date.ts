/** Date helpers shared by the readers: whose date a date is, and which of two is more precise. */
import { findDate } from '../findDate';
import { rawClauseBefore } from './clause';
import type { Candidate, Sentence } from './types';

/** "On 6 December 2010, …", "In 1988, …": a date fronted before its clause's subject. */
const FRONTED =
	/^(?:on|in|by|as\s+of)\s+(?:([^,]{3,30}),|((?:\d{1,2}\s+)?(?:\p{Lu}\p{Ll}+\s+)?\d{4})\s+(?=\p{Lu}|the\s))/iu;

/**
 * The date fronted in the clause that ends at `at`: "On 6 December 2010, Argentina recognised
 * … within the borders of 1967" is 2010-12-06. Not a date inside a longer phrase ("After the
 * declaration on 15 November 1988, …").
 * @example frontedDate(sentence('In 1988, Chad recognised Palestine'), 13) // '1988'
 */
export function frontedDate(s: Sentence, at: number): string | undefined {
	const fronted = FRONTED.exec(rawClauseBefore(s, at));
	return fronted ? findDate(fronted[1] ?? fronted[2]!) : undefined;
}

/**
 * The reading to show from candidates in rank order: the winner, with the most precise date
 * that a candidate of the same value gives for the same event ("in September 2025" and, later,
 * "on 21 September 2025": 2025-09-21). An undated winner takes the best-ranked dated one.
 */
export function withPreciseDate(ranked: Candidate[]): Candidate | undefined {
	const winner = ranked[0];
	if (!winner) return undefined;
	const same = ranked.filter((c) => c.reading.value === winner.reading.value && c.reading.date);
	let best = winner.reading.date ? winner : (same[0] ?? winner);
	for (const c of same) {
		const date = c.reading.date!;
		if (date.length > (best.reading.date?.length ?? 0) && date.startsWith(best.reading.date ?? ''))
			best = c;
	}
	return best;
}
