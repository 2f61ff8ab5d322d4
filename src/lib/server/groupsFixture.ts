import type { AtlasData, Group } from '$lib/types';
import { ATLAS } from './testAtlas';

/* Test data: the tiny test atlas with groups (not used by the app). */

const SOURCE = { cite: 'A list', url: 'https://example.org/members', asOf: '2025-10' };

const GROUPS: Group[] = [
	{
		id: 'asia',
		name: 'Asia',
		kind: 'region',
		size: 2,
		members: [
			{ iso3: 'BHR', status: 'member' },
			{ iso3: 'PSE', status: 'member' },
			{ iso3: 'TUR', status: 'member' }
		],
		source: SOURCE
	},
	{
		id: 'western-asia',
		name: 'Western Asia',
		kind: 'subregion',
		parent: 'asia',
		size: 2,
		members: [
			{ iso3: 'BHR', status: 'member' },
			{ iso3: 'PSE', status: 'member' },
			{ iso3: 'TUR', status: 'member' }
		],
		source: SOURCE
	},
	{
		id: 'arab-league',
		name: 'Arab League',
		kind: 'bloc',
		size: 1,
		members: [
			{ iso3: 'BHR', status: 'member', since: '1971' },
			{ iso3: 'PSE', status: 'member', since: '1976', note: 'represented by the PLO' }
		],
		source: SOURCE,
		note: '=HYPERLINK("x"), a note'
	},
	{
		id: 'oic',
		name: 'OIC',
		kind: 'bloc',
		size: 1,
		members: [
			{ iso3: 'TUR', status: 'member', until: '2012' },
			{ iso3: 'TUR', status: 'suspended', since: '2012' }
		],
		source: { cite: 'OIC', asOf: '2025-10' }
	},
	{
		id: 'un-weog',
		name: 'Western European and Others Group',
		kind: 'un-group',
		size: 0,
		members: [{ iso3: 'BHR', status: 'observer' }],
		source: SOURCE
	}
];

/** The test atlas with an M49 region, two blocs and a UN group; Turkey suspended from the OIC. */
export const ATLAS_WITH_GROUPS: AtlasData = {
	...ATLAS,
	countries: ATLAS.countries.map((c) => ({
		...c,
		groups: {
			region: 'asia',
			subregion: 'western-asia',
			intermediate: null,
			blocs: c.iso3 === 'BHR' ? ['arab-league'] : ['oic']
		}
	})),
	groups: GROUPS
};
