import { describe, expect, it } from 'vitest';
import { nearestMarker } from './nearestMarker';

describe('nearestMarker', () => {
	const markers = [
		{ iso3: 'BHR', x: 100, y: 100 },
		{ iso3: 'QAT', x: 104, y: 108 }
	];
	it.each<[string, number, number, string | null]>([
		['on Bahrain', 100, 101, 'BHR'],
		['nearer Qatar', 103, 106, 'QAT'],
		['between, nearer Bahrain', 101, 103, 'BHR']
	])('%s', (_name, x, y, expected) => {
		expect(nearestMarker(markers, x, y)).toBe(expected);
	});
	it('no candidates', () => expect(nearestMarker([], 0, 0)).toBeNull());
});
