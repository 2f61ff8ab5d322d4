import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { cutAntimeridian } from './cutAntimeridian';

/** Largest longitude jump between consecutive vertices of any ring. */
function maxLonStep(g: MultiPolygon): number {
	let max = 0;
	for (const polygon of g.coordinates)
		for (const ring of polygon)
			for (let i = 1; i < ring.length; i++)
				max = Math.max(max, Math.abs(ring[i]![0]! - ring[i - 1]![0]!));
	return max;
}

// d3 winding: exterior clockwise on the sphere (in lon/lat with north up).
const square = (w: number, s: number, e: number, n: number): Polygon => ({
	type: 'Polygon',
	coordinates: [
		[
			[w, s],
			[w, n],
			[e, n],
			[e, s],
			[w, s]
		]
	]
});

describe('cutAntimeridian', () => {
	it.each([
		['left of the line', square(10, 10, 20, 20), 1],
		['across the line', square(170, -20, -170, -10), 2],
		['across the line, far north', square(160, 60, -160, 70), 2]
	])('%s: no edge spans more than 180° and %d parts', (_name, polygon, parts) => {
		const cut = cutAntimeridian(polygon);
		expect(cut.coordinates).toHaveLength(parts);
		expect(maxLonStep(cut)).toBeLessThanOrEqual(180);
	});

	it('keeps a hole inside its exterior and winds rings the RFC 7946 way', () => {
		const outer = square(0, 0, 10, 10).coordinates[0]!;
		const hole = [...square(4, 4, 6, 6).coordinates[0]!].reverse();
		const cut = cutAntimeridian({ type: 'Polygon', coordinates: [outer, hole] });
		expect(cut.coordinates).toHaveLength(1);
		expect(cut.coordinates[0]).toHaveLength(2);
	});

	it('closes a polygon around the south pole along the map edge', () => {
		// A cap around the pole (like Antarctica): eastward, so the pole is on the right (d3 winding).
		const ring = [-179, -90, 0, 90, 179, -179].map((lon) => [lon, -70]);
		const cut = cutAntimeridian({ type: 'Polygon', coordinates: [ring] });
		expect(maxLonStep(cut)).toBeLessThanOrEqual(180);
		const lats = cut.coordinates.flat(2).map((p) => p[1]);
		expect(Math.min(...(lats as number[]))).toBe(-90);
	});
});
