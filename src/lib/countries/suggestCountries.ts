import { countryIndex } from './countryIndex';
import { editDistance } from './editDistance';
import { normalizeCountryName } from './normalizeCountryName';

/**
 * The `n` states whose names are closest to `name` (edit distance relative to length, over every
 * known name, normalised), for "did you mean …?" hints: common English names, best first.
 * @example suggestCountries('Bangladsh') // ['Bangladesh', …]
 */
export function suggestCountries(name: string, n = 3): string[] {
	const key = normalizeCountryName(name);
	if (!key || n <= 0) return [];
	const { byIso3 } = countryIndex();
	const scored: { name: string; score: number }[] = [];
	for (const entry of byIso3.values()) {
		if (!entry.state) continue;
		let score = Infinity;
		for (const alias of entry.aliases) {
			const candidate = normalizeCountryName(alias);
			let distance = editDistance(key, candidate) / Math.max(key.length, candidate.length);
			// A name that contains the typed text ("Congo" in "DR Congo") is a strong hint.
			if (candidate.includes(key) || key.includes(candidate)) distance /= 4;
			score = Math.min(score, distance);
		}
		scored.push({ name: entry.name, score });
	}
	return scored
		.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
		.slice(0, n)
		.map((s) => s.name);
}
