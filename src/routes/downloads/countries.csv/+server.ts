import { countriesToCsv } from '$lib/server/countriesToCsv';
import { loadAtlas } from '$lib/server/loadAtlas';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The full country table as CSV, with a source column per attribute. */
export const GET: RequestHandler = () =>
	new Response(countriesToCsv(loadAtlas()), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
