import type { AtlasData, CountryRecord, Reading, SourceInfo } from '$lib/types';
import { citeRuns } from '$lib/state/citeRuns';

/** Every text of a country that may name source tags: cites, notes, statehood. */
function citingTexts(country: CountryRecord): string[] {
	const texts: string[] = [];
	const add = (reading: Reading | undefined) => {
		if (reading?.cite) texts.push(reading.cite);
		if (reading?.note) texts.push(reading.note);
	};
	for (const attribute of Object.values(country.attributes)) {
		add(attribute);
		add(attribute.conflict);
		add(attribute.agreement);
	}
	if (country.statehood) texts.push(country.statehood.cite);
	return texts;
}

/**
 * The sources (by tag) that `countries` cite, so a page ships only the titles and links it shows.
 * @example usedSources(atlas, [france])['WP-CG-JLM'].title
 */
export function usedSources(
	atlas: AtlasData,
	countries: readonly CountryRecord[] = atlas.countries
): Record<string, SourceInfo> {
	const all = atlas.sources ?? {};
	const used: Record<string, SourceInfo> = {};
	for (const country of countries)
		for (const text of citingTexts(country))
			for (const run of citeRuns(text, all)) if ('source' in run) used[run.source.tag] = run.source;
	return used;
}
