import { countryAliases } from '../countries/countryAliases';
import type { CountryRecord, Problem } from '../types';
import { articleToAttributes } from './articleToAttributes';
import { infoboxToRows } from './infoboxToRows';
import { textToArticle } from './textToArticle';
import { titleToParties } from './titleToParties';

/** One article read: the country record, or `null` when the country cannot be told. */
export interface ParsedCountryArticle {
	country: CountryRecord | null;
	/** Errors and warnings, in line order. */
	problems: Problem[];
}

/**
 * The whole pipeline for one article file: text → article → parties → labelled infobox →
 * attributes. Never throws; `country` is `null` only with an error problem present.
 * @example parseCountryArticle(text, 'bangladesh-palestine.txt').country?.iso3 // 'BGD'
 */
export function parseCountryArticle(text: string, file: string): ParsedCountryArticle {
	try {
		return parse(text, file);
	} catch (error) {
		// A bug, not bad input: report it against the file instead of losing the run.
		return {
			country: null,
			problems: [
				{
					severity: 'error',
					file,
					line: 1,
					message: `internal error while reading the article: ${String(error)}`,
					hint: 'please report this with the article attached'
				}
			]
		};
	}
}

function parse(text: string, file: string): ParsedCountryArticle {
	const parsed = textToArticle(text, file);
	const problems = [...parsed.problems];
	if (parsed.title === null) return { country: null, problems: sorted(problems) };
	const parties = titleToParties(parsed.title);
	if (!parties.ok) {
		problems.push({
			severity: 'error',
			file,
			line: parsed.titleLine,
			message: parties.message,
			hint: parties.hint
		});
		return { country: null, problems: sorted(problems) };
	}
	const { iso3, name, position } = parties.parties;
	const infobox = infoboxToRows(parsed.infobox, { iso3, name }, position, file);
	problems.push(...infobox.problems);
	parsed.article.infobox = infobox.rows;
	const readings = articleToAttributes({
		file,
		country: { iso3, name },
		countryParty: infobox.countryParty,
		infobox: parsed.infobox,
		paragraphs: parsed.paragraphs
	});
	problems.push(...readings.problems);
	const all = sorted(problems);
	return {
		country: {
			iso3,
			name,
			aliases: countryAliases(iso3).filter((a) => a !== name),
			article: parsed.article,
			attributes: readings.attributes,
			warnings: all.filter((p) => p.severity === 'warning').map((p) => p.message)
		},
		problems: all
	};
}

function sorted(problems: Problem[]): Problem[] {
	return problems.sort((a, b) => a.line - b.line);
}
