/** A marker under the pointer, with its screen position. */
export interface MarkerHit {
	iso3: string;
	x: number;
	y: number;
}

/**
 * The marker whose centre is nearest the pointer: tiny-state hit circles overlap in the
 * Caribbean and the Gulf at the world view, and the nearest one is the one the reader meant.
 * Returns null when there are no candidates.
 */
export function nearestMarker(
	candidates: readonly MarkerHit[],
	x: number,
	y: number
): string | null {
	let best: string | null = null;
	let bestDistance = Infinity;
	for (const c of candidates) {
		const d = (c.x - x) ** 2 + (c.y - y) ** 2;
		if (d < bestDistance) [best, bestDistance] = [c.iso3, d];
	}
	return best;
}
