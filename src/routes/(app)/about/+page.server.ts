import factsReadme from '../../../../data/FACTS.md?raw';
import { countValues } from '$lib/server/countValues';
import { listConflicts } from '$lib/server/listConflicts';
import { loadAtlas } from '$lib/server/loadAtlas';
import { markdownBullets } from '$lib/server/markdownBullets';
import type { PageServerLoad } from './$types';

/** Sources, counts, conflicts and doubts for the about page. */
export const load: PageServerLoad = () => {
	const atlas = loadAtlas();
	const asOf = atlas.countries
		.flatMap((c) => Object.values(c.attributes).map((a) => a.asOf ?? ''))
		.reduce((latest, date) => (date > latest ? date : latest), '');
	return {
		total: atlas.countries.length,
		articles: atlas.countries
			.filter((c) => c.article)
			.map((c) => ({ iso3: c.iso3, name: c.name, title: c.article!.title, file: c.article!.file })),
		counts: countValues(atlas),
		conflicts: listConflicts(atlas),
		warnings: atlas.problems
			.filter((p) => p.severity === 'warning')
			.map((p) => ({ where: `${p.file}:${p.line}`, message: p.message })),
		asOf,
		sourceTags: markdownBullets(factsReadme, 'Source tags'),
		doubts: markdownBullets(factsReadme, 'Doubts')
	};
};
