import { describe, expect, it } from 'vitest';
import { SVG_WIDTH, svgHeight, worldViewPoint } from './worldView';

describe('worldViewPoint', () => {
	const height = svgHeight();
	// A box with the viewBox's own proportions, and one twice as wide (letterboxed left and right).
	const exact = { x: 10, y: 20, width: SVG_WIDTH, height };
	const wide = { x: 0, y: 0, width: 2 * SVG_WIDTH, height };
	it.each([
		['the west edge at the north bound', exact, -180, 84, 10, 20],
		['the east edge at the south bound', exact, 180, -58, 10 + SVG_WIDTH, 20 + height],
		['lon 0 is the middle', exact, 0, 84, 10 + SVG_WIDTH / 2, 20],
		['letterboxed: centred horizontally', wide, -180, 84, SVG_WIDTH / 2, 0]
	])('%s', (_, box, lon, lat, x, y) => {
		const point = worldViewPoint(box, lon, lat);
		expect(point.x).toBeCloseTo(x, 0);
		expect(point.y).toBeCloseTo(y, 0);
	});
});
