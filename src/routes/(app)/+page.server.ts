import { loadAtlas } from '$lib/server/loadAtlas';
import { toCountryIndex } from '$lib/server/toCountryIndex';
import type { PageServerLoad } from './$types';

/** The thin country index (no article bodies) and the build's year, for the map page. */
export const load: PageServerLoad = () => ({
	countries: toCountryIndex(loadAtlas()),
	currentYear: new Date().getFullYear()
});
