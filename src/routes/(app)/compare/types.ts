import type { CountryIndexEntry } from '$lib/state/types';
import type { Group } from '$lib/types';

/** What the compare page compares, fetched after it has loaded (`/compare/data.json`). */
export interface CompareData {
	countries: CountryIndexEntry[];
	groups: Group[];
}
