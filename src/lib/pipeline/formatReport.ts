import { ATTRIBUTE_IDS, type CountryRecord, type Problem } from '../types';

/**
 * A problem as one line a terminal or editor can jump to, plus its hint.
 * @example formatProblem(p) // "data/articles/x.txt:1: error: unknown country \"Atlantis\"\n  hint: did you mean …?"
 */
export function formatProblem(problem: Problem): string {
	const head = `${problem.file}:${problem.line}: ${problem.severity}: ${problem.message}`;
	return problem.hint ? `${head}\n  hint: ${problem.hint}` : head;
}

/**
 * One line for a country: its code, name, every attribute value (with date or city) and its
 * article file and warning count.
 * @example formatCountry(c) // "PAK Pakistan: recognizesIsrael=no recognizesPalestine=yes(1988-11-16) … [pakistan.txt]"
 */
export function formatCountry(country: CountryRecord): string {
	const values = ATTRIBUTE_IDS.map((id) => {
		const a = country.attributes[id];
		const detail = a.date ?? a.city;
		const from = a.source ? `/${a.source}` : '';
		return `${id}=${a.value}${detail ? `(${detail})` : ''}${from}`;
	});
	const warnings = country.warnings.length
		? ` ${country.warnings.length} warning${country.warnings.length > 1 ? 's' : ''}`
		: '';
	const where = country.article ? ` [${country.article.file}]` : ' [facts only]';
	return `${country.iso3} ${country.name}: ${values.join(' ')}${where}${warnings}`;
}
