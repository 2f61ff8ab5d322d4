import type { MultiPolygon, Position } from 'geojson';

/**
 * Snaps every coordinate to a grid of `decimals` decimal places (0.01° ≈ 1 km, finer than the
 * 1:50m source), drops the repeated vertices that snapping creates and the rings it collapses
 * (fewer than 4 positions). Neighbours snap their shared borders identically, so no gaps open.
 */
export function quantizeGeometry(geometry: MultiPolygon, decimals = 2): MultiPolygon {
	const k = 10 ** decimals;
	const snap = (v: number) => Math.round(v * k) / k;
	const ringOut = (ring: Position[]): Position[] => {
		const out: Position[] = [];
		for (const [x, y] of ring) {
			const p: Position = [snap(x!), snap(y!)];
			const last = out[out.length - 1];
			if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
		}
		return out;
	};
	const coordinates: Position[][][] = [];
	for (const polygon of geometry.coordinates) {
		const [exterior, ...holes] = polygon.map(ringOut);
		if (!exterior || exterior.length < 4) continue;
		coordinates.push([exterior, ...holes.filter((h) => h.length >= 4)]);
	}
	return { type: 'MultiPolygon', coordinates };
}
