import { describe, expect, it } from 'vitest';
import { boundsOf } from './boundsOf';

describe('boundsOf', () => {
	it.each<[string, number[][], number[]]>([
		[
			'an ordinary country',
			[
				[60, 24],
				[77, 37],
				[70, 30]
			],
			[60, 24, 77, 37]
		],
		[
			'islands on both sides of the antimeridian',
			[
				[177, -18],
				[179.9, -16],
				[-180, -17],
				[-178.5, -19]
			],
			[177, -19, 181.5, -16]
		],
		[
			'a country reaching round most of the globe',
			[
				[19.6, 54],
				[180, 65],
				[-169.9, 66],
				[100, 81]
			],
			[19.6, 54, 190.1, 81]
		],
		['one point', [[12.45, 41.9]], [12.45, 41.9, 12.45, 41.9]]
	])('%s', (_name, positions, expected) => {
		const box = boundsOf(positions);
		expected.forEach((v, i) => expect(box[i]).toBeCloseTo(v, 6));
	});
});
