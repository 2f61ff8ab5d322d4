import { describe, expect, it } from 'vitest';
import { labelPoint } from './labelPoint';

describe('labelPoint', () => {
	it.each<[string, string, [number, number] | null]>([
		['a square', 'M0,0L4,0L4,4L0,4Z', [2, 2]],
		['the same square drawn the other way round', 'M0,0L0,4L4,4L4,0Z', [2, 2]],
		[
			'the largest ring wins over a far island',
			'M100,100L101,100L101,101Z M0,0L10,0L10,10L0,10Z',
			[5, 5]
		],
		[
			'a ring too small to have an area: its first point',
			'M640.6,394.8L640.2,394.6Z',
			[640.6, 394.8]
		],
		['negative coordinates', 'M-4,-4L0,-4L0,0L-4,0Z', [-2, -2]],
		['the compact form build-geo writes', 'M100 100l1 0 0 1zM0 0l10 0 0 10-10 0z', [5, 5]],
		['empty', '', null]
	])('%s', (_, d, expected) => {
		const point = labelPoint(d);
		if (expected === null) return expect(point).toBeNull();
		expect(point![0]).toBeCloseTo(expected[0], 6);
		expect(point![1]).toBeCloseTo(expected[1], 6);
	});
	it('France stands in France, not the Atlantic', async () => {
		const { readFileSync } = await import('node:fs');
		const svg = JSON.parse(readFileSync('src/lib/generated/worldSvg.json', 'utf8'));
		const [x, y] = labelPoint(svg.countries.FRA.d)!;
		// Metropolitan France lies between about 495 and 525 across, 305 and 340 down.
		expect(x).toBeGreaterThan(495);
		expect(x).toBeLessThan(525);
		expect(y).toBeGreaterThan(300);
		expect(y).toBeLessThan(340);
	});
});
