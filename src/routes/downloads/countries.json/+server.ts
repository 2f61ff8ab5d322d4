import { json } from '@sveltejs/kit';
import { loadAtlas } from '$lib/server/loadAtlas';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * The full country table as JSON: every country with its article, sourced attributes and
 * groups (M49 region, sub-region, intermediate region, today's blocs), and every grouping with
 * its dated memberships and source; and the facts tables' sources by tag, with their addresses.
 */
export const GET: RequestHandler = () => {
	const { countries, groups, sources } = loadAtlas();
	return json({
		$comment:
			'Palestine Relations Atlas: every country, its article (if any), its four relation attributes (each with value, source (infobox, text or facts), evidence and, for facts, cite and asOf) and its groups (UN M49 region, sub-region and intermediate region ids; ids of the blocs and UN groups it belongs to today, suspended included). `groups` lists every grouping with its dated memberships (member, suspended, observer), size (states today, Palestine not counted) and source. `sources` gives every source tag a cite names (tags separated by `;`) with its title, publisher, date and url, so each can be followed.',
		countries,
		groups,
		sources: sources ?? {}
	});
};
