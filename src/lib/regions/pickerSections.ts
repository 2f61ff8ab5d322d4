import { compareNames } from '../compareNames';
import type { Group } from '../types';

/** One section of the region picker's list: a heading and its groups, in the order shown. */
export interface PickerSection {
	label: string;
	groups: { id: string; name: string; size: number }[];
}

/** The list's sections, in the order a reader looks for them. */
const SECTIONS: { label: string; kinds: Group['kind'][]; byName: boolean }[] = [
	{ label: 'UN regions', kinds: ['region'], byName: true },
	{ label: 'UN sub-regions', kinds: ['subregion', 'intermediate'], byName: true },
	{ label: 'Blocs', kinds: ['bloc'], byName: false },
	{ label: 'UN voting groups', kinds: ['un-group'], byName: false }
];

/**
 * The region picker's list: regions and sub-regions by name, blocs and voting groups in their
 * table's order; empty sections left out. Built on the server, so the page sorts nothing while
 * it loads (a collator's first use costs a phone tens of milliseconds).
 * @example pickerSections(groups)[0] // { label: 'UN regions', groups: [{ id: 'africa', name: 'Africa', size: 55 }, …] }
 */
export function pickerSections(groups: readonly Group[]): PickerSection[] {
	return SECTIONS.map(({ label, kinds, byName }) => {
		const chosen = groups.filter((g) => kinds.includes(g.kind));
		if (byName) chosen.sort((a, b) => compareNames(a.name, b.name));
		return { label, groups: chosen.map(({ id, name, size }) => ({ id, name, size })) };
	}).filter((section) => section.groups.length > 0);
}
