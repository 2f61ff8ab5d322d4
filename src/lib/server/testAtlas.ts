import type { AtlasData, Attribute, AttributeId } from '$lib/types';

/* Test data for the load helpers' tests (not used by the app). */

const UNKNOWN: Attribute = { value: 'unknown' };

/** Attributes with every id unknown except those given. */
function attributes(
	known: Partial<Record<AttributeId, Attribute>>
): Record<AttributeId, Attribute> {
	return {
		recognizesIsrael: UNKNOWN,
		recognizesPalestine: UNKNOWN,
		palestinianMission: UNKNOWN,
		missionToPalestine: UNKNOWN,
		...known
	};
}

/** A tiny atlas: one country with an article and a conflict, one from the facts table only. */
export const ATLAS: AtlasData = {
	countries: [
		{
			iso3: 'BHR',
			name: 'Bahrain',
			aliases: [],
			article: {
				file: 'bahrain.txt',
				title: 'Bahrain–Palestine relations',
				summary: 'First paragraph about Bahrain.\n\nSecond paragraph.',
				infobox: [],
				sections: [],
				seeAlso: [],
				externalLinks: []
			},
			attributes: attributes({
				recognizesIsrael: {
					value: 'yes',
					source: 'facts',
					evidence: 'yes, normalised 2020 (Abraham Accords)',
					cite: 'WP-IL 2024-06',
					asOf: '2026-03',
					conflict: { value: 'no', source: 'text', evidence: 'Bahrain said "no", then yes.' }
				},
				palestinianMission: {
					value: 'embassy',
					city: 'Manama',
					source: 'infobox',
					evidence: '- Mission1: Embassy'
				}
			}),
			warnings: ['recognizesIsrael: conflict']
		},
		{
			iso3: 'TUR',
			name: 'Turkey',
			aliases: ['Türkiye'],
			article: null,
			attributes: attributes({
				recognizesPalestine: {
					value: 'yes',
					date: '1988-11-15',
					source: 'facts',
					evidence: '=yes, 1988-11-15',
					cite: 'AJ-WAFA; WP-PS',
					asOf: '2026-03'
				},
				missionToPalestine: { value: 'bogus' }
			}),
			warnings: []
		}
	],
	groups: [],
	problems: []
};
