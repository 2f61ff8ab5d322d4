import { describe, expect, it } from 'vitest';
import { editDistance } from './editDistance';

describe('editDistance', () => {
	it.each([
		['', '', 0],
		['abc', '', 3],
		['', 'abc', 3],
		['bangladesh', 'bangladesh', 0],
		['bangladsh', 'bangladesh', 1],
		['kitten', 'sitting', 3],
		['atlantis', 'antarctica', 6]
	])('%j vs %j → %i', (a, b, expected) => {
		expect(editDistance(a, b)).toBe(expected);
		expect(editDistance(b, a)).toBe(expected);
	});
});
