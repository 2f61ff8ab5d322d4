import { json } from '@sveltejs/kit';
import { loadAtlas } from '$lib/server/loadAtlas';
import { toCountryIndex } from '$lib/server/toCountryIndex';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * Every country's index entry with its sources, search names and lead (toCountryIndex). The map
 * pages carry only the values in their HTML (toMapIndex) and fetch this once interactive: the
 * map page at an idle moment and on the first country opened or searched, the embed on the
 * first country pointed at or chosen.
 */
export const GET: RequestHandler = () => json(toCountryIndex(loadAtlas()));
