import { countryName } from '../countries/countryName';
import { normalizeCountryName } from '../countries/normalizeCountryName';
import { resolveCountry } from '../countries/resolveCountry';
import type { Problem } from '../types';
import type { FactsRow } from './types';

/** "Turkey (Türkiye)", "Western Sahara (Sahrawi Arab Democratic Republic)": a name and a gloss in words. */
const GLOSSED = /^(.+?)\s*\([\p{L}\p{M} .'’-]+\)$/u;

/**
 * A warning for each row whose `name` is not a known name of its ISO code (a typo, the wrong
 * row, or markup such as `<img …>Austria` or `=HYPERLINK(…)` that the map would show).
 * @example checkFactsNames([{ iso3: 'AUT', name: 'Austira', line: 9, … }], 'facts.csv') // one warning
 */
export function checkFactsNames(rows: FactsRow[], file: string): Problem[] {
	const problems: Problem[] = [];
	for (const row of rows) {
		const known = countryName(row.iso3);
		if (!known) continue; // Kosovo and the like: the code's name comes from this table.
		const name = GLOSSED.exec(row.name)?.[1] ?? row.name;
		if (resolveCountry(name)?.iso3 === row.iso3) continue;
		if (normalizeCountryName(name) === normalizeCountryName(known)) continue;
		problems.push({
			severity: 'warning',
			file,
			line: row.line,
			message: `the name "${row.name}" is not a known name of ${row.iso3} (${known}); the map shows it as written`,
			hint: `write the state's common English name, e.g. ${known}, or check the iso3 code`
		});
	}
	return problems;
}
