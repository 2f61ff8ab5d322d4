import { describe, expect, it } from 'vitest';
import type { Group } from '../types';
import { pickerSections } from './pickerSections';

const group = (id: string, name: string, kind: Group['kind']): Group =>
	({ id, name, kind, size: 1, source: { cite: 'test', asOf: '2025' }, members: [] }) as Group;

describe('pickerSections', () => {
	it('lists regions and sub-regions by name, blocs and voting groups in their given order', () => {
		const sections = pickerSections([
			group('bloc-z', 'Zeta League', 'bloc'),
			group('west-asia', 'Western Asia', 'subregion'),
			group('africa', 'Africa', 'region'),
			group('ssa', 'Sub-Saharan Africa', 'subregion'),
			group('carib', 'Caribbean', 'intermediate'),
			group('bloc-a', 'Arab League', 'bloc'),
			group('americas', 'Americas', 'region')
		]);
		expect(sections).toEqual([
			{
				label: 'UN regions',
				groups: [
					{ id: 'africa', name: 'Africa', size: 1 },
					{ id: 'americas', name: 'Americas', size: 1 }
				]
			},
			{
				label: 'UN sub-regions',
				groups: [
					{ id: 'carib', name: 'Caribbean', size: 1 },
					{ id: 'ssa', name: 'Sub-Saharan Africa', size: 1 },
					{ id: 'west-asia', name: 'Western Asia', size: 1 }
				]
			},
			{
				label: 'Blocs',
				groups: [
					{ id: 'bloc-z', name: 'Zeta League', size: 1 },
					{ id: 'bloc-a', name: 'Arab League', size: 1 }
				]
			}
		]);
	});

	it('sorts names with accents as a reader expects', () => {
		const [section] = pickerSections([
			group('c', 'Cuba', 'subregion'),
			group('b', 'Côte', 'subregion'),
			group('a', 'Costa', 'subregion')
		]);
		expect(section!.groups.map((g) => g.name)).toEqual(['Costa', 'Côte', 'Cuba']);
	});
});
