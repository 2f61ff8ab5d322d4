import { json } from '@sveltejs/kit';
import { loadAtlas } from '$lib/server/loadAtlas';
import { toCountryIndex } from '$lib/server/toCountryIndex';
import { toGroupIndex } from '$lib/server/toGroupIndex';
import type { CompareData } from '../types';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * The thin country index and the groups, for the compare page to fetch once it has loaded: as
 * JSON rather than in its HTML, where the browser had to parse and run 190 KB of script before
 * the page could answer a tap.
 */
export const GET: RequestHandler = () =>
	json({
		countries: toCountryIndex(loadAtlas()),
		groups: toGroupIndex(loadAtlas())
	} satisfies CompareData);
