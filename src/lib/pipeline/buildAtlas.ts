import { MAX_ARTICLE_BYTES } from '../articles/limits';
import { parseCountryArticle } from '../articles/parseCountryArticle';
import { countryAliases } from '../countries/countryAliases';
import { checkFactsCoverage } from '../facts/checkFactsCoverage';
import { checkFactsNames } from '../facts/checkFactsNames';
import { mergeFacts } from '../facts/mergeFacts';
import { missionToReading } from '../facts/missionToReading';
import { parseFacts } from '../facts/parseFacts';
import { buildGroups } from '../regions/buildGroups';
import { countryGroups } from '../regions/countryGroups';
import type { TextFile } from '../regions/parseGroups';
import { parseMissions, type MissionRow } from '../facts/parseMissions';
import { parseSources } from '../facts/parseSources';
import { parseStatehood } from '../facts/parseStatehood';
import type { AtlasData, AttributeId, CountryRecord, Problem, Reading, SourceInfo } from '../types';
import { decodeUtf8 } from './decodeUtf8';

/** One input file as read from disk; `file` is the path shown in messages. */
export interface InputFile {
	file: string;
	bytes: Uint8Array;
}

/** The companion tables beside the facts table (see data/MISSIONS-AND-STATEHOOD.md). */
export interface FactsTables {
	sources: InputFile;
	statehood: InputFile;
	missionsToPalestine: InputFile;
	palestineMissions: InputFile;
}

/**
 * Turns article files (and optionally the facts table with its companion tables, and the
 * grouping files) into the atlas
 * data, collecting every problem of every file instead of stopping at the first. The caller
 * publishes nothing when any problem is an error.
 */
export function buildAtlas(
	articles: InputFile[],
	facts: InputFile | null,
	groupFiles: { groups: InputFile; members: InputFile } | null = null,
	tables: FactsTables | null = null
): AtlasData {
	const problems: Problem[] = [];
	const byIso3 = new Map<string, { country: CountryRecord; file: string }>();

	for (const input of articles) {
		if (input.bytes.length > MAX_ARTICLE_BYTES) {
			problems.push(tooLarge(input));
			continue;
		}
		const decoded = decodeUtf8(input.bytes, input.file);
		if ('problem' in decoded) {
			problems.push(decoded.problem);
			continue;
		}
		const parsed = parseCountryArticle(decoded.text, input.file);
		problems.push(...parsed.problems);
		if (!parsed.country) continue;
		const earlier = byIso3.get(parsed.country.iso3);
		if (earlier) {
			problems.push(duplicateArticle(parsed.country, input.file, earlier.file));
			continue;
		}
		byIso3.set(parsed.country.iso3, { country: parsed.country, file: input.file });
	}

	let countries = [...byIso3.values()].map((entry) => entry.country);
	let sources: Record<string, SourceInfo> | undefined;
	if (facts) {
		const decoded = decodeUtf8(facts.bytes, facts.file);
		if ('problem' in decoded) {
			problems.push(decoded.problem);
		} else {
			const table = parseFacts(decoded.text, facts.file);
			problems.push(...table.problems);
			// A table that could not be read at all has said so; listing every state adds nothing.
			const unreadable =
				table.rows.length === 0 && table.problems.some((p) => p.severity === 'error');
			if (!unreadable) problems.push(...checkFactsCoverage(table.rows, facts.file));
			problems.push(...checkFactsNames(table.rows, facts.file));
			const companions = tables ? readTables(tables, problems) : null;
			if (companions) {
				const factsLine = new Map(table.rows.map((r) => [r.iso3, r]));
				for (const row of companions.palestineMissions) {
					const other = factsLine.get(row.iso3);
					if (other && other.palestinianMission !== row.value)
						problems.push({
							severity: 'error',
							file: tables!.palestineMissions.file,
							line: row.line,
							message: `${row.name}: palestine_mission_in_country is ${row.value} here but ${other.palestinianMission} in ${facts.file}:${other.line}`,
							hint: `the two tables must agree: correct the one that is wrong (and its source)`
						});
				}
			}
			const merged = mergeFacts(countries, table.rows, facts.file, undefined, companions?.readings);
			problems.push(...merged.problems);
			countries = merged.countries;
			if (companions) {
				for (const country of countries) {
					const statehood = companions.statehood.get(country.iso3);
					if (statehood) country.statehood = statehood;
				}
				sources = companions.sources;
			}
		}
	}

	for (const country of countries) {
		if (country.aliases.length === 0) country.aliases = countryAliases(country.iso3);
		// Published: the file name only, not the path it was read from.
		if (country.article)
			country.article = { ...country.article, file: fileName(country.article.file) };
	}
	countries.sort((a, b) => a.iso3.localeCompare(b.iso3));
	let texts: { groups: TextFile; members: TextFile } | null = null;
	if (groupFiles) {
		const groups = decodeUtf8(groupFiles.groups.bytes, groupFiles.groups.file);
		const members = decodeUtf8(groupFiles.members.bytes, groupFiles.members.file);
		for (const decoded of [groups, members])
			if ('problem' in decoded) problems.push(decoded.problem);
		if ('text' in groups && 'text' in members)
			texts = {
				groups: { file: groupFiles.groups.file, text: groups.text },
				members: { file: groupFiles.members.file, text: members.text }
			};
	}
	const isos = countries.map((c) => c.iso3);
	const { groups, problems: groupProblems } = buildGroups(isos, texts, facts !== null);
	problems.push(...groupProblems);
	for (const country of countries) country.groups = countryGroups(country.iso3, groups);
	return { countries, groups, problems: sortProblems(problems), ...(sources ? { sources } : {}) };
}

/** Reads the companion tables, checking their source tags against data/sources.csv. */
function readTables(tables: FactsTables, problems: Problem[]) {
	const text = (input: InputFile): string => {
		const decoded = decodeUtf8(input.bytes, input.file);
		if ('problem' in decoded) {
			problems.push(decoded.problem);
			return '';
		}
		return decoded.text;
	};
	const sources = parseSources(text(tables.sources), tables.sources.file);
	problems.push(...sources.problems);
	const known = new Set(Object.keys(sources.sources));
	const statehood = parseStatehood(text(tables.statehood), tables.statehood.file, known);
	problems.push(...statehood.problems);
	const readings = new Map<string, Partial<Record<AttributeId, Reading>>>();
	const missions = (input: InputFile, id: 'missionToPalestine' | 'palestinianMission') => {
		const parsed = parseMissions(text(input), input.file, id, known);
		problems.push(...parsed.problems);
		for (const row of parsed.rows) {
			const reading = missionToReading(row, input.file);
			if (reading) readings.set(row.iso3, { ...readings.get(row.iso3), [id]: reading });
		}
		return parsed.rows;
	};
	missions(tables.missionsToPalestine, 'missionToPalestine');
	const palestineMissions: MissionRow[] = missions(tables.palestineMissions, 'palestinianMission');
	return {
		sources: sources.sources,
		statehood: new Map(
			statehood.rows.map(({ since, predecessor, continuous, cite, iso3 }) => [
				iso3,
				{ since, predecessor, continuous, cite }
			])
		),
		readings,
		palestineMissions
	};
}

/** The last part of a path: what the site shows of where an article came from. */
export function fileName(path: string): string {
	return path.split(/[\\/]/).pop() || path;
}

/** The error for an article file over the size limit (read no further). */
function tooLarge(input: InputFile): Problem {
	const kb = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;
	return {
		severity: 'error',
		file: input.file,
		line: 1,
		message: `the file is ${kb(input.bytes.length)}; an article may be at most ${kb(MAX_ARTICLE_BYTES)}`,
		hint: 'an article is the text of one encyclopedia article; check that this is the right file'
	};
}

/** The error for a second article about a country that already has one. */
function duplicateArticle(country: CountryRecord, file: string, earlier: string): Problem {
	return {
		severity: 'error',
		file,
		line: 1,
		message: `a second article about ${country.name} (${country.iso3}); ${earlier} is about it too`,
		hint: `rename or remove one of ${earlier}, ${file} (one article per country)`
	};
}

/** Errors first, then by file and line, so a report reads top to bottom. */
function sortProblems(problems: Problem[]): Problem[] {
	const rank = (p: Problem) => (p.severity === 'error' ? 0 : 1);
	return problems.sort(
		(a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || a.line - b.line
	);
}
