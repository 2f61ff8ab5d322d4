/**
 * A state's groups, looked up once at build time so each country record carries them.
 */
import type { CountryGroups, Group } from '../types';

/**
 * The M49 region, sub-region and intermediate region of `iso3`, and the blocs and UN groups
 * it belongs to today (member or suspended, not observer), in the order of `groups`.
 * @example countryGroups('SYR', groups) // { region: 'asia', subregion: 'western-asia', intermediate: null, blocs: ['arab-league', …] }
 */
export function countryGroups(iso3: string, groups: readonly Group[]): CountryGroups {
	const result: CountryGroups = { region: null, subregion: null, intermediate: null, blocs: [] };
	for (const group of groups) {
		const today = group.members.some(
			(m) => m.iso3 === iso3 && m.until === undefined && m.status !== 'observer'
		);
		if (!today) continue;
		if (group.kind === 'region') result.region = group.id;
		else if (group.kind === 'subregion') result.subregion = group.id;
		else if (group.kind === 'intermediate') result.intermediate = group.id;
		else result.blocs.push(group.id);
	}
	return result;
}
