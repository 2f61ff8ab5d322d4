import { describe, expect, it } from 'vitest';
import { stackSegments } from './stackSegments';

describe('stackSegments', () => {
	it('lays counts end to end over 100 units, skipping zeros', () => {
		expect(
			stackSegments([
				{ value: 'yes', count: 3 },
				{ value: 'no', count: 0 },
				{ value: 'unknown', count: 1 }
			])
		).toEqual([
			{ value: 'yes', count: 3, percent: 75, x: 0, width: 75 },
			{ value: 'unknown', count: 1, percent: 25, x: 75, width: 25 }
		]);
	});

	it('rounds percentages to one decimal, widths stay exact', () => {
		const [a, b, c] = stackSegments([
			{ value: 'a', count: 1 },
			{ value: 'b', count: 1 },
			{ value: 'c', count: 1 }
		]);
		expect([a!.percent, b!.percent, c!.percent]).toEqual([33.3, 33.3, 33.3]);
		expect(c!.x + c!.width).toBeCloseTo(100, 10);
	});

	it('gives nothing for an empty group', () => {
		expect(stackSegments([{ value: 'yes', count: 0 }])).toEqual([]);
		expect(stackSegments([])).toEqual([]);
	});
});
