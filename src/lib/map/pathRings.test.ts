import { describe, expect, it } from 'vitest';
import { pathRings } from './pathRings';

describe('pathRings', () => {
	it.each<[string, string, [number, number][][]]>([
		[
			'absolute',
			'M0,0L4,0L4,4Z',
			[
				[
					[0, 0],
					[4, 0],
					[4, 4]
				]
			]
		],
		[
			'relative lines after an absolute move',
			'M1 2l3 0 0 4z',
			[
				[
					[1, 2],
					[4, 2],
					[4, 6]
				]
			]
		],
		[
			'implicit lines after a move',
			'M1 2 3 4',
			[
				[
					[1, 2],
					[3, 4]
				]
			]
		],
		[
			'implicit relative lines after m',
			'm1 2 3 4',
			[
				[
					[1, 2],
					[4, 6]
				]
			]
		],
		[
			'numbers run together as SVG reads them',
			'M.5-1.5l3.4.6-.1.4',
			[
				[
					[0.5, -1.5],
					[3.9, -0.9],
					[3.8, -0.5]
				]
			]
		],
		[
			'a relative move after z starts from the ring’s start',
			'M10 10l5 0zm1 1l1 0z',
			[
				[
					[10, 10],
					[15, 10]
				],
				[
					[11, 11],
					[12, 11]
				]
			]
		],
		['empty', '', []]
	])('%s', (_, d, expected) => {
		const rings = pathRings(d);
		expect(rings.length).toBe(expected.length);
		rings.forEach((ring, i) =>
			ring.forEach(([x, y], j) => {
				expect(x).toBeCloseTo(expected[i]![j]![0], 9);
				expect(y).toBeCloseTo(expected[i]![j]![1], 9);
			})
		);
	});
});
