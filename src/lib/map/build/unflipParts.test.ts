import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { MultiPolygon } from 'geojson';
import { unflipParts } from './unflipParts';

// d3 winding: clockwise (north up) is the small side.
const island = [
	[
		[10, 0],
		[10, 1],
		[11, 1],
		[10, 0]
	]
];
const flipped = island.map((ring) => [...ring].reverse());

describe('unflipParts', () => {
	it.each([
		['keeps a well-wound part as it is', [island], [island]],
		['rewinds a part that reads as the rest of the sphere', [flipped], [island]],
		['rewinds only the flipped part', [island, flipped], [island, island]]
	])('%s', (_, parts, expected) => {
		const out = unflipParts({ type: 'MultiPolygon', coordinates: parts });
		expect(out.coordinates).toEqual(expected);
		expect(geoArea(out as MultiPolygon)).toBeLessThan(0.01);
	});
});
