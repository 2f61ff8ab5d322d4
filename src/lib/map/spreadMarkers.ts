/** A marker's position (any units, y down). */
export interface MarkerPoint {
	iso3: string;
	x: number;
	y: number;
}

/**
 * Markers moved apart until no two centres are closer than `gap` (at the world view Bahrain's
 * sits on Qatar's): each overlapping pair is pushed apart along the line between them, half
 * each, for a few rounds. Markers that overlap nothing stay where they are; the caller draws a
 * leader line from each moved marker to its state. The result does not depend on the input's
 * order (pairs are taken by ISO code), so both maps spread alike; it comes back in that order.
 * (A hand-written relaxation rather than d3-force's collision force: a few dozen points, no
 * animation, and nothing added to the page's JavaScript before the first interaction.)
 * @example spreadMarkers([{ iso3: 'BHR', x: 0, y: 0 }, { iso3: 'QAT', x: 2, y: 0 }], 10)
 * // [{ iso3: 'BHR', x: -4.004, y: 0 }, { iso3: 'QAT', x: 6.004, y: 0 }]
 */
export function spreadMarkers(markers: readonly MarkerPoint[], gap: number): MarkerPoint[] {
	const out = markers.map((m) => ({ ...m }));
	const order = [...out].sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
	// Compared squared (no square root for the many pairs far apart: this runs during hydration).
	const tooClose = (gap - 1e-9) ** 2;
	for (let round = 0; round < 60; round++) {
		let moved = false;
		for (let i = 0; i < order.length; i++) {
			const a = order[i]!;
			for (let j = i + 1; j < order.length; j++) {
				const b = order[j]!;
				const dx = b.x - a.x;
				const dy = b.y - a.y;
				if (dx * dx + dy * dy >= tooClose) continue;
				const d = Math.hypot(dx, dy);
				// The unit vector from a to b; on the same spot, a direction fixed by the pair.
				const angle = (j * 2.399963) % (2 * Math.PI);
				const ux = d === 0 ? Math.cos(angle) : dx / d;
				const uy = d === 0 ? Math.sin(angle) : dy / d;
				// A little over half the overlap each, so the pair ends just beyond `gap`.
				const push = ((gap - d) / 2) * 1.001;
				a.x -= ux * push;
				a.y -= uy * push;
				b.x += ux * push;
				b.y += uy * push;
				moved = true;
			}
		}
		if (!moved) break;
	}
	return out;
}

/** The markers of the static map's countries (worldSvgMeta.json), in its order. */
export function svgMarkers(
	countries: Record<string, { marker?: [number, number] }>
): MarkerPoint[] {
	return Object.entries(countries).flatMap(([iso3, c]) =>
		c.marker ? [{ iso3, x: c.marker[0], y: c.marker[1] }] : []
	);
}

/**
 * The markers `spreadMarkers` moves at `gap`, with where they go (the others stay home).
 * @example movedMarkers([{ iso3: 'BHR', x: 0, y: 0 }, { iso3: 'QAT', x: 2, y: 0 }], 10)
 * // { BHR: [-4.004, 0], QAT: [6.004, 0] }
 */
export function movedMarkers(
	markers: readonly MarkerPoint[],
	gap: number
): Record<string, [number, number]> {
	const spread = spreadMarkers(markers, gap);
	return Object.fromEntries(
		spread.flatMap((m, i) =>
			m.x === markers[i]!.x && m.y === markers[i]!.y ? [] : [[m.iso3, [m.x, m.y]]]
		)
	);
}
