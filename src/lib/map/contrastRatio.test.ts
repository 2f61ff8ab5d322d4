import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrastRatio';

describe('contrastRatio', () => {
	it.each<[string, string, number]>([
		['#000000', '#ffffff', 21],
		['#ffffff', '#000000', 21],
		['#777777', '#777777', 1],
		['#767676', '#ffffff', 4.54],
		['rgb(0, 0, 0)', '#ffffff', 21]
	])('%s on %s', (a, b, ratio) => expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2));
});
