import type { AtlasData, Group } from '$lib/types';

/**
 * The groupings as the pages ship them: ids, names, kinds, sizes, sources and dated
 * memberships, without the notes (shown on the about page and in the groups download). About
 * 5 KB gzipped for all 45.
 */
export function toGroupIndex(atlas: AtlasData): Group[] {
	return (atlas.groups ?? []).map(({ note: _note, members, ...group }) => ({
		...group,
		members: members.map(({ note: _memberNote, ...membership }) => membership)
	}));
}
