import { describe, expect, it } from 'vitest';
import type { MultiPolygon } from 'geojson';
import { quantizeGeometry } from './quantizeGeometry';

const mp = (...rings: number[][][]): MultiPolygon => ({
	type: 'MultiPolygon',
	coordinates: rings.map((r) => [r])
});

describe('quantizeGeometry', () => {
	it.each([
		[
			'snaps to the grid',
			mp([
				[0.001, 0.004],
				[1.006, 0],
				[1, 1],
				[0.001, 0.004]
			]),
			2,
			mp([
				[0, 0],
				[1.01, 0],
				[1, 1],
				[0, 0]
			])
		],
		[
			'drops repeated vertices',
			mp([
				[0, 0],
				[0.001, 0.001],
				[1, 0],
				[1, 1],
				[0, 0]
			]),
			2,
			mp([
				[0, 0],
				[1, 0],
				[1, 1],
				[0, 0]
			])
		],
		[
			'drops collapsed rings',
			mp([
				[0, 0],
				[0.001, 0],
				[0.001, 0.001],
				[0, 0]
			]),
			2,
			mp()
		]
	])('%s', (_name, input, decimals, expected) => {
		expect(quantizeGeometry(input, decimals)).toEqual(expected);
	});
});
