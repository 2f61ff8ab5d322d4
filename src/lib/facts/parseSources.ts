/**
 * Parsing and validation of data/sources.csv: every source tag the facts tables cite.
 */
import type { Problem, SourceInfo } from '../types';
import { readTable } from './readTable';

/** Columns of data/sources.csv, in order. */
export const SOURCE_COLUMNS = ['tag', 'title', 'url', 'publisher', 'date'] as const;

/**
 * The sources by tag, and every problem as a `file:line` error: an empty tag, title or
 * publisher, a tag defined twice, a URL that is not http(s). A blank URL is allowed (no address
 * was found). Rows with an error are left out.
 * @example parseSources(text, 'data/sources.csv').sources['WP-PS'].title
 */
export function parseSources(
	text: string,
	file: string
): { sources: Record<string, SourceInfo>; problems: Problem[] } {
	const { rows, problems } = readTable(text, file, SOURCE_COLUMNS);
	const sources: Record<string, SourceInfo> = {};
	const lineOf = new Map<string, number>();
	const error = (line: number, message: string, hint: string) =>
		problems.push({ severity: 'error', file, line, message, hint });
	for (const { cells, line } of rows) {
		const before = problems.length;
		const { tag = '', title = '', url = '', publisher = '', date = '' } = cells;
		if (!tag) error(line, 'the tag cell is empty', 'give the source a short tag, e.g. "WP-PS"');
		else if (tag.includes(';'))
			error(
				line,
				`the tag "${tag}" contains ";"`,
				'tags are separated by ";" where they are cited'
			);
		else if (lineOf.has(tag))
			error(
				line,
				`the tag "${tag}" is defined twice`,
				`it is also on line ${lineOf.get(tag)}: keep one row per tag`
			);
		if (!title) error(line, 'the title cell is empty', 'write the title of the page or document');
		if (!publisher)
			error(line, 'the publisher cell is empty', 'name who published it (a site or an agency)');
		if (url && !/^https?:\/\/[^\s]+$/.test(url))
			error(
				line,
				`the url "${url}" is not a web address`,
				'write a full http:// or https:// address, or leave the cell empty when none was found'
			);
		if (problems.length > before) continue;
		lineOf.set(tag, line);
		sources[tag] = { tag, title, ...(url ? { url } : {}), publisher, date };
	}
	return { sources, problems };
}
