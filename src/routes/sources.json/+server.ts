import { json } from '@sveltejs/kit';
import { loadAtlas } from '$lib/server/loadAtlas';
import { usedSources } from '$lib/server/usedSources';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * The titles and links of the sources the atlas cites, by tag (usedSources): the map page
 * fetches them once it is idle, for the panel's citations, instead of carrying them in its HTML.
 */
export const GET: RequestHandler = () => json(usedSources(loadAtlas()));
