import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { markerPoint } from './markerPoint';

const box = (w: number, s: number, e: number, n: number) => [
	[
		[w, s],
		[w, n],
		[e, n],
		[e, s],
		[w, s]
	]
];

describe('markerPoint', () => {
	it.each<[string, Polygon | MultiPolygon, [number, number]]>([
		['a single island', { type: 'Polygon', coordinates: box(50, 25, 51, 26) }, [50.5, 25.5]],
		[
			'the largest island of an archipelago',
			{ type: 'MultiPolygon', coordinates: [box(0, 0, 0.1, 0.1), box(10, 10, 12, 12)] },
			[11, 11]
		],
		[
			'an island across the antimeridian',
			{ type: 'Polygon', coordinates: box(179, -17, -179, -16) },
			[180, -16.5]
		]
	])('%s', (_name, geometry, [lon, lat]) => {
		const [x, y] = markerPoint(geometry);
		expect(Math.abs(((x - lon + 540) % 360) - 180)).toBeLessThan(0.01);
		expect(y).toBeCloseTo(lat, 1);
	});
});
