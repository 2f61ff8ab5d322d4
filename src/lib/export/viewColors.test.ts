import { describe, expect, it } from 'vitest';
import type { Attribute, AttributeId } from '$lib/types';
import { viewColors } from './viewColors';

const U: Attribute = { value: 'unknown' };
const attrs = (israel: string): Record<AttributeId, Attribute> => ({
	recognizesIsrael: { value: israel, source: 'facts' },
	recognizesPalestine: U,
	palestinianMission: U,
	missionToPalestine: U
});

describe('viewColors', () => {
	it('colours each country by its value and counts the legend', () => {
		const { fills, legend } = viewColors(
			[
				{ iso3: 'PAK', attributes: attrs('no') },
				{ iso3: 'IND', attributes: attrs('yes') },
				{ iso3: 'MYS', attributes: attrs('no') }
			],
			'recognizesIsrael',
			2026,
			2026
		);
		expect(fills).toEqual({ PAK: '#e69f00', IND: '#0072b2', MYS: '#e69f00' });
		expect(legend.map((e) => [e.key, e.count])).toEqual([
			['yes', 1],
			['no', 2],
			['unknown', 0]
		]);
	});
});
