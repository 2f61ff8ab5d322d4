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

/** A spread worked out at build time: the markers `spreadMarkers` moves at `gap`, and where to. */
export interface SpreadRung {
	gap: number;
	moved: Record<string, [number, number]>;
}

/** Each rung's gap is this much wider than the one before (a spread is looked up within it). */
export const SPREAD_STEP = 1.08;

/**
 * Spreads worked out beforehand for gaps from `from` to `to`, each SPREAD_STEP wider than the
 * last (coordinates to 0.1 unit), so that the static map looks its spread up rather than
 * working it out as a page loads: on a phone that was its largest piece of work after hydration.
 * @example spreadLadder(markers, 12, 60).length // 22 rungs: 12, 12.96, …, 60.9
 */
export function spreadLadder(
	markers: readonly MarkerPoint[],
	from: number,
	to: number
): SpreadRung[] {
	const round = (v: number) => Math.round(v * 10) / 10;
	const rungs: SpreadRung[] = [];
	for (let gap = from; gap < to * SPREAD_STEP; gap *= SPREAD_STEP) {
		const moved = movedMarkers(markers, gap);
		rungs.push({
			gap: Math.floor(gap * 10) / 10,
			moved: Object.fromEntries(
				Object.entries(moved).map(([iso3, [x, y]]) => [iso3, [round(x), round(y)]])
			)
		});
	}
	return rungs;
}

/**
 * Where each marker goes at `gap`: a ladder's spread for a gap up to SPREAD_STEP wider (no two
 * markers closer than `gap`, and at most 8% further apart than needed), else worked out.
 * @example spreadAt(markers, 31, ladder) // { BHR: [643.1, 380.2], …, every marker }
 */
export function spreadAt(
	markers: readonly MarkerPoint[],
	gap: number,
	ladder: readonly SpreadRung[]
): Record<string, [number, number]> {
	const rung = ladder.find((r) => r.gap >= gap);
	const xy = ({ x, y }: MarkerPoint): [number, number] => [x, y];
	if (rung && rung.gap <= gap * SPREAD_STEP)
		return Object.fromEntries(markers.map((m) => [m.iso3, rung.moved[m.iso3] ?? xy(m)]));
	return Object.fromEntries(spreadMarkers(markers, gap).map((m) => [m.iso3, xy(m)]));
}
