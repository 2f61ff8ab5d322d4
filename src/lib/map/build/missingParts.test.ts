import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Position } from 'geojson';
import { missingParts } from './missingParts';

/** A square part, about `side`° wide, wound the d3 way (clockwise), with its south-west corner at (lon, lat). */
function square(lon: number, lat: number, side: number): Position[][] {
	return [
		[
			[lon, lat],
			[lon, lat + side],
			[lon + side, lat + side],
			[lon + side, lat],
			[lon, lat]
		]
	];
}
const multi = (...polygons: Position[][][]): MultiPolygon => ({
	type: 'MultiPolygon',
	coordinates: polygons
});

// 1° × 1° at the equator is about 12,300 km²; 0.1° × 0.1° about 123 km²; 0.05° about 31 km².
const mainland = square(10, 0, 1);
const island = square(12, 0, 0.1);
const islet = square(13, 0, 0.05);

describe('missingParts', () => {
	it.each([
		['nothing when every part is there', multi(mainland, island), []],
		['the island when it is gone', multi(mainland), [{ km2: 124, at: [12, 0] }]],
		['nothing for an islet under the threshold', multi(mainland, island), []],
		[
			'the island when only two of its vertices survive',
			multi(mainland, [
				[
					[12, 0],
					[12, 0.1],
					[10.5, 0.5],
					[12, 0]
				]
			]),
			[{ km2: 124, at: [12, 0] }]
		]
	])('reports %s', (_, built, expected) => {
		expect(missingParts(multi(mainland, island, islet), built, 50)).toEqual(expected);
	});

	it('counts a simplified part: three of its vertices, snapped to 0.01°, are enough', () => {
		const triangle = [
			[
				[12.001, 0.001],
				[12.1, 0.1],
				[12.1, 0.0],
				[12.001, 0.001]
			]
		];
		expect(missingParts(multi(island), multi(triangle), 50)).toEqual([]);
	});

	it('matches a vertex on the antimeridian whichever sign it carries', () => {
		const east = square(179.9, -17, 0.1).map((ring) => ring.map(([x, y]) => [x! >= 180 ? 180 : x!, y!]));
		const cut = east.map((ring) => ring.map(([x, y]) => [x === 180 ? -180 : x!, y!]));
		expect(missingParts(multi(east), multi(cut), 50)).toEqual([]);
	});

	it('reads a ring wound the other way as its own area, not the rest of the sphere', () => {
		const reversed = island.map((ring) => [...ring].reverse());
		expect(missingParts(multi(reversed), multi(), 50)).toEqual([{ km2: 124, at: [12, 0] }]);
	});
});
