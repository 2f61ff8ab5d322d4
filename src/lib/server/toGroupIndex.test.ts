import { describe, expect, it } from 'vitest';
import type { AtlasData } from '$lib/types';
import { toGroupIndex } from './toGroupIndex';

describe('toGroupIndex', () => {
	it('keeps ids, names, sources and dated memberships, drops the notes', () => {
		const atlas = {
			countries: [],
			problems: [],
			groups: [
				{
					id: 'arab-league',
					name: 'Arab League',
					kind: 'bloc',
					size: 1,
					note: 'a note',
					source: { cite: 'Arab League', asOf: '2025-01' },
					members: [
						{
							iso3: 'SYR',
							status: 'suspended',
							since: '2011-11-16',
							until: '2023-05-07',
							note: 'x'
						},
						{ iso3: 'SYR', status: 'member', since: '2023-05-07' }
					]
				}
			]
		} as AtlasData;
		expect(toGroupIndex(atlas)).toEqual([
			{
				id: 'arab-league',
				name: 'Arab League',
				kind: 'bloc',
				size: 1,
				source: { cite: 'Arab League', asOf: '2025-01' },
				members: [
					{ iso3: 'SYR', status: 'suspended', since: '2011-11-16', until: '2023-05-07' },
					{ iso3: 'SYR', status: 'member', since: '2023-05-07' }
				]
			}
		]);
	});
});
