/** A marker on screen: its country, centre and drawn radius, in CSS pixels. */
export interface ScreenMarker {
	iso3: string;
	x: number;
	y: number;
	/** Radius of the drawn dot (with its outline). */
	r: number;
}

/**
 * The country a click or tap at (x, y) means: whichever marker or shape is nearest the
 * pointer. Inside a shape is distance 0, so a shape under the pointer wins over a marker whose
 * dot the pointer misses; on a dot the marker wins (the nearest centre if dots overlap); over
 * the sea, the nearest marker within `hitRadius` (a 24 px target for tiny states).
 * @example pickNearest(10, 10, [{ iso3: 'BHR', x: 11, y: 10, r: 5.5 }], 'QAT', 12) // 'BHR'
 */
export function pickNearest(
	x: number,
	y: number,
	markers: readonly ScreenMarker[],
	shapeUnder: string | null,
	hitRadius: number
): string | null {
	let best: string | null = null;
	let bestDistance = Infinity;
	let onDot = false;
	for (const m of markers) {
		const d = Math.hypot(m.x - x, m.y - y);
		if (d > Math.max(hitRadius, m.r)) continue;
		const dot = d <= m.r;
		// A dot under the pointer beats any near miss; among equals, the nearest centre.
		if ((dot && !onDot) || (dot === onDot && d < bestDistance)) {
			[best, bestDistance, onDot] = [m.iso3, d, dot];
		}
	}
	if (onDot) return best;
	return shapeUnder ?? best;
}
