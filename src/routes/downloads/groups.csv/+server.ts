import { groupsToCsv } from '$lib/server/groupsToCsv';
import { loadAtlas } from '$lib/server/loadAtlas';
import type { RequestHandler } from './$types';

export const prerender = true;

/** Every grouping (M49 regions, blocs, UN groups) with its members, dates and sources, as CSV. */
export const GET: RequestHandler = () =>
	new Response(groupsToCsv(loadAtlas()), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
