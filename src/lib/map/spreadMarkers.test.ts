import { describe, expect, it } from 'vitest';
import { worldSvgMeta } from './worldSvgMeta';
import {
	movedMarkers,
	SPREAD_STEP,
	spreadAt,
	spreadLadder,
	spreadMarkers,
	svgMarkers,
	type MarkerPoint
} from './spreadMarkers';

const minDistance = (points: MarkerPoint[]) => {
	let min = Infinity;
	for (let i = 0; i < points.length; i++)
		for (let j = i + 1; j < points.length; j++)
			min = Math.min(min, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
	return min;
};

describe('spreadMarkers', () => {
	it.each<[string, MarkerPoint[]]>([
		[
			'Bahrain on Qatar',
			[
				{ iso3: 'BHR', x: 640.4, y: 394.3 },
				{ iso3: 'QAT', x: 642.2, y: 396.6 }
			]
		],
		[
			'the same spot',
			[
				{ iso3: 'A', x: 5, y: 5 },
				{ iso3: 'B', x: 5, y: 5 }
			]
		],
		[
			'a chain of islands',
			[
				{ iso3: 'ATG', x: 0, y: 0 },
				{ iso3: 'KNA', x: 3, y: -1 },
				{ iso3: 'DMA', x: 1, y: 4 },
				{ iso3: 'LCA', x: 2, y: 8 },
				{ iso3: 'VCT', x: 1, y: 10 },
				{ iso3: 'GRD', x: 0, y: 13 },
				{ iso3: 'BRB', x: 6, y: 9 }
			]
		]
	])('%s: no two markers closer than the gap afterwards', (_, markers) => {
		const gap = 12;
		const spread = spreadMarkers(markers, gap);
		expect(spread.map((m) => m.iso3)).toEqual(markers.map((m) => m.iso3));
		expect(minDistance(spread)).toBeGreaterThanOrEqual(gap - 0.01);
		// They stay near their states: nobody is pushed further than the whole cluster needs.
		for (const [i, m] of spread.entries()) {
			expect(Math.hypot(m.x - markers[i]!.x, m.y - markers[i]!.y)).toBeLessThan(
				gap * markers.length
			);
		}
	});
	it('leaves markers that do not overlap where they are', () => {
		const markers = [
			{ iso3: 'MLT', x: 0, y: 0 },
			{ iso3: 'CYP', x: 50, y: 10 }
		];
		expect(spreadMarkers(markers, 12)).toEqual(markers);
	});
	it('spreads alike whatever the order it is given', () => {
		const markers = [
			{ iso3: 'QAT', x: 642.2, y: 396.6 },
			{ iso3: 'BHR', x: 640.4, y: 394.3 },
			{ iso3: 'ARE', x: 641, y: 395 }
		];
		const byCode = (points: MarkerPoint[]) =>
			Object.fromEntries(points.map((p) => [p.iso3, [p.x, p.y]]));
		expect(byCode(spreadMarkers(markers, 12))).toEqual(
			byCode(spreadMarkers([...markers].reverse(), 12))
		);
	});
	it('parts a pair symmetrically about their middle', () => {
		const [a, b] = spreadMarkers(
			[
				{ iso3: 'BHR', x: 0, y: 0 },
				{ iso3: 'QAT', x: 2, y: 0 }
			],
			10
		);
		expect((a!.x + b!.x) / 2).toBeCloseTo(1, 6);
		expect(b!.x - a!.x).toBeGreaterThanOrEqual(10);
	});
});

describe('movedMarkers', () => {
	it('lists the markers spreadMarkers moves, with where they go', () => {
		const markers = [
			{ iso3: 'BHR', x: 0, y: 0 },
			{ iso3: 'QAT', x: 2, y: 0 },
			{ iso3: 'MUS', x: 100, y: 0 }
		];
		const spread = spreadMarkers(markers, 10);
		expect(movedMarkers(markers, 10)).toEqual({
			BHR: [spread[0]!.x, 0],
			QAT: [spread[1]!.x, 0]
		});
	});
});

describe('spreadLadder and spreadAt', () => {
	// The static map's own markers (tiny states, clustered in the Caribbean, the Gulf, Europe).
	const markers = svgMarkers(worldSvgMeta.countries);
	const ladder = spreadLadder(markers, 12, 60);
	const placed = (at: Record<string, [number, number]>) =>
		markers.map(({ iso3 }) => ({ iso3, x: at[iso3]![0], y: at[iso3]![1] }));

	it('works out a spread for each gap, each SPREAD_STEP wider than the last', () => {
		expect(ladder[0]!.gap).toBe(12);
		expect(ladder.at(-1)!.gap).toBeGreaterThanOrEqual(60);
		for (const [i, rung] of ladder.entries()) {
			// (Each gap stored rounded down to 0.1: a spread at least that wide.)
			if (i) expect(rung.gap / ladder[i - 1]!.gap).toBeGreaterThan(SPREAD_STEP - 0.01);
			if (i) expect(rung.gap / ladder[i - 1]!.gap).toBeLessThan(SPREAD_STEP + 0.01);
			const at = Object.fromEntries(
				markers.map(({ iso3, x, y }) => [iso3, [x, y] as [number, number]])
			);
			const spread = placed({ ...at, ...rung.moved });
			// To 0.1 unit (0.04 CSS pixel on a phone): never closer than the rung's gap beyond that.
			expect(minDistance(spread), `gap ${rung.gap}`).toBeGreaterThan(rung.gap - 0.15);
		}
	});

	it('looks a gap up in the ladder: markers at least that far apart, at most 8% further', () => {
		for (let gap = 12; gap <= 60; gap += 0.37) {
			const spread = placed(spreadAt(markers, gap, ladder));
			expect(minDistance(spread), `gap ${gap}`).toBeGreaterThan(gap - 0.15);
			expect(minDistance(spread), `gap ${gap}`).toBeLessThan(gap * SPREAD_STEP + 0.15);
		}
	});

	it('works a gap out when no rung fits it', () => {
		for (const gap of [6, 80]) {
			const worked = spreadMarkers(markers, gap);
			expect(placed(spreadAt(markers, gap, ladder))).toEqual(worked);
		}
		// And with no ladder at all.
		expect(placed(spreadAt(markers, 31, []))).toEqual(spreadMarkers(markers, 31));
	});
});
