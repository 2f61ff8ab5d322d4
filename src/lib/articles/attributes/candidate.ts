import type { Reading } from '../../types';
import type { Candidate, Sentence } from './types';

/** The honest answer when nothing was read. */
export const UNKNOWN: Reading = { value: 'unknown' };

/** A candidate reading whose evidence is sentence `s`. */
export function candidate(
	value: string,
	s: Sentence,
	current: boolean,
	strength: number,
	extra: Partial<Reading> = {}
): Candidate {
	return {
		reading: { value, ...extra, source: 'text', evidence: s.text, line: s.line },
		current,
		year: Number(s.date?.slice(0, 4) ?? 0),
		strength,
		order: s.order
	};
}

/**
 * Candidates in rank order: current over past; then stronger; then, among past statements, the
 * later year; then the earlier in the article (the lead states the present).
 */
export function rank(candidates: Candidate[]): Candidate[] {
	return [...candidates].sort(
		(a, b) =>
			Number(b.current) - Number(a.current) ||
			b.strength - a.strength ||
			(a.current ? 0 : b.year - a.year) ||
			a.order - b.order
	);
}

/** The best candidate (see `rank`). */
export function best(candidates: Candidate[]): Candidate | undefined {
	return rank(candidates)[0];
}

/**
 * The best mission reading: one stated in the present over history ("the PLO office in East
 * Berlin became an embassy" in 1988 against "the Palestinian Mission in Berlin represents
 * Palestine"); then the highest kind (embassy over other over none); then the later year. When
 * the winner names no city, another sentence with the same value may.
 */
export function bestMission(candidates: Candidate[]): Reading | null {
	const sorted = [...candidates].sort(
		(a, b) =>
			Number(b.current) - Number(a.current) ||
			b.strength - a.strength ||
			b.year - a.year ||
			a.order - b.order
	);
	const top = sorted[0];
	if (!top) return null;
	if (top.reading.city) return top.reading;
	return (
		sorted.find((c) => c.reading.value === top.reading.value && c.reading.city)?.reading ??
		top.reading
	);
}
