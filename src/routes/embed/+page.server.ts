import { loadAtlas } from '$lib/server/loadAtlas';
import { toCountryIndex } from '$lib/server/toCountryIndex';
import type { PageServerLoad } from './$types';

/** The same thin index as the map page. */
export const load: PageServerLoad = () => ({
	countries: toCountryIndex(loadAtlas()),
	currentYear: new Date().getFullYear()
});
