import { describe, expect, it } from 'vitest';
import { ISO3_CODES } from '../facts/iso3Codes';
import { countryGroups } from './countryGroups';
import { m49Groups } from './m49Groups';
import { m49Id, m49Place } from './m49Place';

describe('m49Place', () => {
	it.each([
		['GHA', { region: '002', subregion: '202', intermediate: '011' }],
		['EGY', { region: '002', subregion: '015', intermediate: null }],
		['PSE', { region: '142', subregion: '145', intermediate: null }],
		['BRA', { region: '019', subregion: '419', intermediate: '005' }],
		['ESH', { region: '002', subregion: '015', intermediate: null }],
		// the exceptions table
		['TWN', { region: '142', subregion: '030', intermediate: null }],
		['XKX', { region: '150', subregion: '039', intermediate: null }],
		// not placed: Antarctica hangs off the world, ZZZ is no code
		['ATA', null],
		['ZZZ', null]
	])('%s', (iso3, expected) => {
		expect(m49Place(iso3)).toEqual(expected);
	});
});

describe('m49Id', () => {
	it.each([
		['South-eastern Asia', 'south-eastern-asia'],
		['Latin America and the Caribbean', 'latin-america-and-the-caribbean'],
		['Western Asia', 'western-asia'],
		['Africa', 'africa']
	])('%s → %s', (name, id) => expect(m49Id(name)).toBe(id));
});

describe('m49Groups', () => {
	const states = [...ISO3_CODES];
	const groups = m49Groups([...states, 'PSE']);
	const byId = new Map(groups.map((g) => [g.id, g]));

	it('has the 5 regions, 17 sub-regions and the intermediate regions, with stable ids', () => {
		const ids = (kind: string) => groups.filter((g) => g.kind === kind).map((g) => g.id);
		expect(ids('region')).toEqual(['africa', 'americas', 'asia', 'europe', 'oceania']);
		expect(ids('subregion')).toHaveLength(17);
		expect(ids('subregion')).toEqual(
			expect.arrayContaining(['western-asia', 'northern-africa', 'south-eastern-asia'])
		);
		expect(ids('intermediate')).toEqual([
			'caribbean',
			'central-america',
			'eastern-africa',
			'middle-africa',
			'south-america',
			'southern-africa',
			'western-africa'
		]);
		expect(byId.get('western-asia')?.parent).toBe('asia');
		expect(byId.get('western-africa')?.parent).toBe('sub-saharan-africa');
		expect(byId.get('asia')?.parent).toBeUndefined();
	});

	it('lists Palestine in Western Asia but leaves it out of the size', () => {
		const westernAsia = byId.get('western-asia')!;
		expect(westernAsia.members.map((m) => m.iso3)).toContain('PSE');
		expect(westernAsia.size).toBe(westernAsia.members.length - 1);
	});

	it('lists only the states it is given', () => {
		const two = m49Groups(['EGY', 'GHA']);
		expect(two.map((g) => [g.id, g.size])).toEqual([
			['africa', 2],
			['northern-africa', 1],
			['sub-saharan-africa', 1],
			['western-africa', 1]
		]);
		expect(two.every((g) => g.source.url === 'https://unstats.un.org/unsd/methodology/m49/')).toBe(
			true
		);
	});

	it('places Taiwan and Kosovo with a note saying why', () => {
		const eastern = byId.get('eastern-asia')!.members.find((m) => m.iso3 === 'TWN');
		expect(eastern?.note).toMatch(/not in M49/);
		expect(countryGroups('XKX', groups)).toEqual({
			region: 'europe',
			subregion: 'southern-europe',
			intermediate: null,
			blocs: []
		});
	});
});
