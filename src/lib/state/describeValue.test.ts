import { describe, expect, it } from 'vitest';
import { colorScale } from '$lib/map/colorScale';
import { describeValue } from './describeValue';

describe('describeValue', () => {
	it.each([
		['recognizesPalestine', 'yes', 'recognises Palestine: yes'],
		['recognizesIsrael', 'no', 'recognises Israel: no'],
		['palestinianMission', 'embassy', "Palestine's mission in the country: embassy"],
		['recognitionYear', 1988, 'year Palestine was recognised: 1988'],
		['recognitionYear', 'no', 'year Palestine was recognised: not recognised'],
		['missionToPalestine', 'unknown', "the country's mission to Palestine: unknown"]
	] as const)('%s %s', (id, value, expected) => {
		expect(describeValue(colorScale(id, 2026), id, value)).toBe(expected);
	});
});
