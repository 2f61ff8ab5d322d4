import { describe, expect, it } from 'vitest';
import { countValues } from './countValues';
import { ATLAS } from './testAtlas';

describe('countValues', () => {
	const counts = countValues(ATLAS);
	it.each([
		['recognizesIsrael', { yes: 1, no: 0, unknown: 1 }],
		['recognizesPalestine', { yes: 1, no: 0, unknown: 1 }],
		['palestinianMission', { embassy: 1, other: 0, none: 0, unknown: 1 }],
		// An unexpected value counts as unknown.
		['missionToPalestine', { resident: 0, 'non-resident': 0, none: 0, unknown: 2 }]
	] as const)('%s', (id, expected) => {
		expect(counts[id]).toEqual(expected);
	});
});
