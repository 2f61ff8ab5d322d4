import { describe, expect, it } from 'vitest';
import { lineChart } from './lineChart';

describe('lineChart', () => {
	const layout = lineChart(
		[
			{
				id: 'eu',
				points: [
					{ year: 2000, share: 0 },
					{ year: 2001, share: 0.5 },
					{ year: 2002, share: null },
					{ year: 2003, share: 1 }
				]
			}
		],
		140,
		134
	);

	it('maps years across and shares up, with a gap where a year has no share', () => {
		// Plot: x 40…124 over 2000…2003 (28 a year); y 110 (0 %) … 10 (100 %).
		expect(layout.lines[0]!.d).toBe('M40,110L68,60M124,10');
		expect(layout.lines[0]!.last).toEqual({ x: 124, y: 10 });
	});

	it('gives year ticks every step and at the last year, share ticks every 25 %', () => {
		expect(
			lineChart(
				[{ id: 'a', points: [1988, 1995, 2026].map((year) => ({ year, share: 0 })) }],
				400,
				200
			).xTicks.map((t) => t.year)
		).toEqual([1988, 1993, 1998, 2003, 2008, 2013, 2018, 2023, 2026]);
		expect(layout.yTicks).toEqual([
			{ percent: 0, y: 110 },
			{ percent: 25, y: 85 },
			{ percent: 50, y: 60 },
			{ percent: 75, y: 35 },
			{ percent: 100, y: 10 }
		]);
	});

	it('draws nothing for a series with no shares', () => {
		const empty = lineChart(
			[
				{
					id: 'x',
					points: [
						{ year: 2000, share: null },
						{ year: 2001, share: null }
					]
				}
			],
			100,
			100
		);
		expect(empty.lines[0]).toEqual({ id: 'x', d: '', last: null });
	});
});
