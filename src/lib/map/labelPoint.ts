import { pathRings } from './pathRings';

/**
 * A point to stand for a country on the map: the centroid of its largest ring, read from the
 * static map's SVG path (scripts/build-geo.ts; M, L and Z, absolute or relative). A bounding
 * box's centre would put France in the Atlantic (French Guiana) and the United States in Canada
 * (Alaska).
 * Null for an empty path.
 * @example labelPoint('M0,0L4,0L4,4L0,4Z') // [2, 2]
 */
export function labelPoint(d: string): [number, number] | null {
	let best: [number, number] | null = null;
	let bestArea = 0;
	for (const ring of pathRings(d)) {
		const xy = ring.flat();
		if (xy.length < 6) {
			if (!best && xy.length >= 2) best = [xy[0]!, xy[1]!];
			continue;
		}
		let area = 0;
		let cx = 0;
		let cy = 0;
		for (let i = 0; i < xy.length; i += 2) {
			const [x0, y0] = [xy[i]!, xy[i + 1]!];
			const j = (i + 2) % xy.length;
			const [x1, y1] = [xy[j]!, xy[j + 1]!];
			const cross = x0 * y1 - x1 * y0;
			area += cross;
			cx += (x0 + x1) * cross;
			cy += (y0 + y1) * cross;
		}
		if (Math.abs(area) > bestArea) {
			bestArea = Math.abs(area);
			best = [cx / (3 * area), cy / (3 * area)];
		} else if (!best && xy.length >= 2) best = [xy[0]!, xy[1]!];
	}
	return best;
}
