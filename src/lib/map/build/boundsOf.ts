import type { Position } from 'geojson';

/**
 * Smallest [west, south, east, north] box around some lon/lat positions, with east > west: the
 * longitudes are read on a circle and the box leaves out their widest gap, so Fiji or Russia get
 * a box across the antimeridian (east beyond 180) instead of one around the whole globe.
 */
export function boundsOf(positions: Position[]): [number, number, number, number] {
	if (!positions.length) throw new Error('boundsOf: no positions');
	const lons = [...new Set(positions.map((p) => ((((p[0]! + 180) % 360) + 360) % 360) - 180))].sort(
		(a, b) => a - b
	);
	const lats = positions.map((p) => p[1]!);
	// The gap that wraps from the last longitude round to the first.
	let gap = lons[0]! + 360 - lons[lons.length - 1]!;
	let west = lons[0]!;
	let east = lons[lons.length - 1]!;
	for (let i = 1; i < lons.length; i++) {
		const g = lons[i]! - lons[i - 1]!;
		if (g > gap) [gap, west, east] = [g, lons[i]!, lons[i - 1]! + 360];
	}
	return [west, Math.min(...lats), east, Math.max(...lats)];
}
