/** One value's part of a stacked bar. */
export interface StackSegment {
	value: string;
	count: number;
	/** Share of the total, 0–100, rounded to one decimal. */
	percent: number;
	/** Start and width in percent of the bar's length (for SVG or CSS). */
	x: number;
	width: number;
}

/**
 * Lays counts end to end as a bar 100 units long; values with no members get no segment.
 * @example stackSegments([{ value: 'yes', count: 3 }, { value: 'no', count: 1 }])
 * // → [{ value: 'yes', count: 3, percent: 75, x: 0, width: 75 }, { value: 'no', count: 1, percent: 25, x: 75, width: 25 }]
 */
export function stackSegments(counts: readonly { value: string; count: number }[]): StackSegment[] {
	const total = counts.reduce((sum, c) => sum + c.count, 0);
	if (total === 0) return [];
	let x = 0;
	const segments: StackSegment[] = [];
	for (const { value, count } of counts) {
		if (count === 0) continue;
		const width = (count / total) * 100;
		segments.push({ value, count, percent: Math.round(width * 10) / 10, x, width });
		x += width;
	}
	return segments;
}
