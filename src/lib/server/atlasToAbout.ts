import type { AtlasData } from '$lib/types';
import { countValues } from './countValues';
import { listConflicts } from './listConflicts';
import { markdownBullets } from './markdownBullets';
import { palestineSummary } from './palestineSummary';

/**
 * What the About page shows, from the atlas and data/FACTS.md: counts, articles, conflicts,
 * warnings, the facts table's date, its source tags and doubts; and recognition among the UN
 * members alone, so the page can say which set each count is of; every source by its tag.
 * @example atlasToAbout(loadAtlas(), factsReadme).conflicts // [{ iso3: 'BHR', … }]
 */
export function atlasToAbout(atlas: AtlasData, factsReadme: string) {
	const asOf = atlas.countries
		.flatMap((c) => Object.values(c.attributes).map((a) => a.asOf ?? ''))
		.reduce((latest, date) => (date > latest ? date : latest), '');
	return {
		total: atlas.countries.length,
		articles: atlas.countries
			.filter((c) => c.article)
			.map((c) => ({ iso3: c.iso3, name: c.name, title: c.article!.title, file: c.article!.file })),
		counts: countValues(atlas),
		unMembers: palestineSummary(atlas).unMembers,
		/** Every source the facts tables cite, by tag (cited tags become titled links). */
		sources: atlas.sources ?? {},
		conflicts: listConflicts(atlas),
		warnings: atlas.problems
			.filter((p) => p.severity === 'warning')
			.map((p) => ({ where: p.line > 0 ? `${p.file}:${p.line}` : p.file, message: p.message })),
		asOf,
		sourceTags: markdownBullets(factsReadme, 'Source tags'),
		doubts: markdownBullets(factsReadme, 'Doubts')
	};
}
