/**
 * The UN M49 geoscheme as groups: regions, sub-regions and intermediate regions.
 */
import type { Group, GroupKind, Membership } from '../types';
import { M49_SOURCE, PALESTINE } from './constants';
import { M49_EXCEPTIONS, m49Area, m49Id, m49Place } from './m49Place';

const KIND_ORDER: readonly GroupKind[] = ['region', 'subregion', 'intermediate'];

/**
 * The M49 groups holding the given states (each group lists only those of `iso3s` it holds,
 * and only groups holding one at least are returned), regions first, each kind by name.
 * States M49 cannot place are left out; the caller reports them (see `m49Place`).
 * @example m49Groups(['EGY', 'GHA']).map((g) => g.id) // ['africa', 'northern-africa', 'sub-saharan-africa', 'western-africa']
 */
export function m49Groups(iso3s: Iterable<string>): Group[] {
	const byCode = new Map<string, { kind: GroupKind; members: Membership[] }>();
	const add = (code: string | null, kind: GroupKind, membership: Membership) => {
		if (!code) return;
		const entry = byCode.get(code) ?? { kind, members: [] };
		entry.members.push(membership);
		byCode.set(code, entry);
	};
	for (const iso3 of new Set(iso3s)) {
		const place = m49Place(iso3);
		if (!place) continue;
		const note = M49_EXCEPTIONS[iso3]?.note;
		const membership: Membership = { iso3, status: 'member', ...(note ? { note } : {}) };
		add(place.region, 'region', membership);
		add(place.subregion, 'subregion', membership);
		add(place.intermediate, 'intermediate', membership);
	}
	const groups: Group[] = [];
	for (const [code, { kind, members }] of byCode) {
		const area = m49Area(code)!;
		const parent = area.parent && m49Area(area.parent);
		members.sort((a, b) => a.iso3.localeCompare(b.iso3));
		groups.push({
			id: m49Id(area.name),
			name: area.name,
			kind,
			...(parent && parent.type !== 0 ? { parent: m49Id(parent.name) } : {}),
			size: members.filter((m) => m.iso3 !== PALESTINE).length,
			members,
			source: { ...M49_SOURCE }
		});
	}
	return groups.sort(
		(a, b) =>
			KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name)
	);
}
