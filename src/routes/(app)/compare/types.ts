import type { CountryIndexEntry } from '$lib/state/types';
import type { Group } from '$lib/types';

/**
 * What the compare page compares, fetched after it has loaded: the map pages' full index
 * (`/country-index.json`) and the groupings (`/groups.json`).
 */
export interface CompareData {
	countries: CountryIndexEntry[];
	groups: Group[];
}
