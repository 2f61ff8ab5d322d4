import { describe, expect, it } from 'vitest';
import { territoryLabel, territoryName } from './territories';

describe('territoryName and territoryLabel', () => {
	it('name a territory the map draws and say the atlas does not cover it', () => {
		expect(territoryName('GRL')).toBe('Greenland');
		expect(territoryLabel('GRL')).toBe('Greenland: not covered by the atlas');
	});

	it.each([
		['a state', 'PAK'],
		['the subject', 'PSE'],
		['a code the map does not draw', 'XYZ']
	])('leave %s to the page (null)', (_, iso3) => {
		expect(territoryName(iso3)).toBeNull();
		expect(territoryLabel(iso3)).toBeNull();
	});
});
