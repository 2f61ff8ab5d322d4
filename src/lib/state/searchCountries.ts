import { compareNames } from '../compareNames';

/** The fields a country search looks at. */
export interface Searchable {
	iso3: string;
	name: string;
	aliases: string[];
}

/** Lower case without accents or punctuation: "Türkiye" → "turkiye", "Côte d'Ivoire" → "cote divoire". */
export function foldName(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[’'.]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/**
 * Countries whose name, an alias or ISO3 code matches `query`, best first: exact, then
 * prefix of the name or an alias, then prefix of a later word, then anywhere. Each country once.
 * @example searchCountries('Turkey', countries)[0].iso3 // 'TUR' (also for 'Türkiye')
 */
export function searchCountries<T extends Searchable>(
	query: string,
	countries: T[],
	limit = 8
): T[] {
	// An empty box (as the page hydrates) neither folds nor compiles foldName's patterns.
	const q = query.trim() && foldName(query);
	if (!q) return [];
	const scored: [number, T][] = [];
	for (const country of countries) {
		let best = Infinity;
		if (country.iso3.toLowerCase() === q) best = 0;
		for (const name of [country.name, ...country.aliases]) {
			const folded = foldName(name);
			const rank =
				folded === q
					? 0
					: folded.startsWith(q)
						? 1
						: ` ${folded}`.includes(` ${q}`)
							? 2
							: folded.includes(q)
								? 3
								: Infinity;
			best = Math.min(best, rank);
		}
		if (best < Infinity) scored.push([best, country]);
	}
	return scored
		.sort((a, b) => a[0] - b[0] || compareNames(a[1].name, b[1].name))
		.slice(0, limit)
		.map(([, country]) => country);
}
