import { json } from '@sveltejs/kit';
import { loadAtlas } from '$lib/server/loadAtlas';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The full country table as JSON: every country with its article and sourced attributes. */
export const GET: RequestHandler = () => {
	const { countries } = loadAtlas();
	return json({
		$comment:
			'Palestine Relations Atlas: every country, its article (if any) and its four relation attributes, each with value, source (infobox, text or facts), evidence and, for facts, cite and asOf.',
		countries
	});
};
