import { loadAtlas } from '$lib/server/loadAtlas';
import { toCountryIndex } from '$lib/server/toCountryIndex';
import { toGroupIndex } from '$lib/server/toGroupIndex';
import type { PageServerLoad } from './$types';

/**
 * The thin country index and the build's year. The page is prerendered once; the comparison
 * itself comes from the URL, read in the browser.
 */
export const load: PageServerLoad = () => ({
	countries: toCountryIndex(loadAtlas()),
	groups: toGroupIndex(loadAtlas()),
	currentYear: new Date().getFullYear()
});
