import { describe, expect, it } from 'vitest';
import { pickNearest, type ScreenMarker } from './pickNearest';

/** Bahrain's and Qatar's markers at the world view, a few pixels apart (Qatar's shape around). */
const gulf: ScreenMarker[] = [
	{ iso3: 'BHR', x: 100, y: 100, r: 5.5 },
	{ iso3: 'QAT', x: 104, y: 108, r: 5.5 }
];

describe('pickNearest', () => {
	it.each<[string, number, number, ScreenMarker[], string | null, string | null]>([
		["on Bahrain's dot, over Qatar's land", 100, 101, gulf, 'QAT', 'BHR'],
		["on Qatar's dot", 104, 107, gulf, 'QAT', 'QAT'],
		['where both dots overlap: the nearer centre', 102, 104.5, gulf, 'QAT', 'QAT'],
		['where both dots overlap, nearer Bahrain', 101.5, 103.5, gulf, null, 'BHR'],
		['off the dots, inside a shape: the shape', 92, 100, gulf, 'SAU', 'SAU'],
		['off the dots, over the sea: the nearest marker in reach', 93, 100, gulf, null, 'BHR'],
		['over the sea beyond reach: nothing', 80, 100, gulf, null, null],
		['no markers: the shape', 0, 0, [], 'PAK', 'PAK'],
		['nothing at all', 0, 0, [], null, null]
	])('%s', (_, x, y, markers, shape, expected) => {
		expect(pickNearest(x, y, markers, shape, 12)).toBe(expected);
	});
});
