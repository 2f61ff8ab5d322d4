import { loadAtlas } from '$lib/server/loadAtlas';
import type { PageServerLoad } from './$types';

const EXAMPLES = [
	{ label: 'Pakistan, Bangladesh and Malaysia', countries: ['PAK', 'BGD', 'MYS'] },
	{ label: 'Sweden, Norway and Denmark', countries: ['SWE', 'NOR', 'DNK'] },
	{ label: 'Egypt, Jordan and the United Arab Emirates', countries: ['EGY', 'JOR', 'ARE'] }
];

/**
 * The build's year and the example comparisons whose countries are in the data. The page is
 * prerendered once; what it compares comes from the URL, and the data from the map pages' files
 * (`/country-index.json`, `/groups.json`), both read in the browser.
 */
export const load: PageServerLoad = () => {
	const known = new Set(loadAtlas().countries.map((c) => c.iso3));
	return {
		currentYear: new Date().getFullYear(),
		examples: EXAMPLES.filter((e) => e.countries.every((iso3) => known.has(iso3)))
	};
};
