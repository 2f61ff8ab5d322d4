/**
 * Checks shared by the companion tables (data/statehood.csv, data/missions-to-palestine.csv,
 * data/palestine-missions.csv): one row per known state, a name, known source tags.
 */
import type { Problem } from '../types';
import { ISO3_CODES } from './iso3Codes';
import { closestTag, sourceTags } from './sourceTags';
import { suggestIso3 } from './suggestIso3';

/** Collects `file:line` problems for one table. */
export class RowChecks {
	readonly problems: Problem[] = [];
	readonly #lineOf = new Map<string, number>();

	constructor(
		readonly file: string,
		/** Every tag data/sources.csv defines; null skips the tag check. */
		readonly knownTags: ReadonlySet<string> | null
	) {}

	/** Records an error. */
	error(line: number, message: string, hint: string): void {
		this.problems.push({ severity: 'error', file: this.file, line, message, hint });
	}

	/** Number of errors so far (to tell whether a row added any). */
	get errors(): number {
		return this.problems.filter((p) => p.severity === 'error').length;
	}

	/** A known ISO code, on one row only, with a name. */
	state(iso3: string, name: string, line: number): void {
		if (!ISO3_CODES.has(iso3)) {
			const guess = suggestIso3(iso3, name);
			this.error(
				line,
				iso3
					? `unknown ISO 3166-1 alpha-3 code "${iso3}"${name ? ` (${name})` : ''}`
					: 'the iso3 cell is empty',
				guess
					? `did you mean ${guess}?`
					: 'use the ISO 3166-1 alpha-3 code (Kosovo: XKX, Western Sahara/SADR: ESH)'
			);
		} else {
			const other = this.#lineOf.get(iso3);
			if (other !== undefined)
				this.error(
					line,
					`duplicate row for ${iso3}${name ? ` (${name})` : ''}`,
					`${iso3} is also on line ${other}: keep one row per state`
				);
			else this.#lineOf.set(iso3, line);
		}
		if (!name) this.error(line, 'the name cell is empty', 'write the common English name');
	}

	/** A value from a fixed list (exact spelling). */
	oneOf<T extends string>(
		column: string,
		value: string,
		allowed: readonly T[],
		line: number
	): T | null {
		if ((allowed as readonly string[]).includes(value)) return value as T;
		const lower = value.toLowerCase();
		this.error(
			line,
			`${column} is "${value}"; expected ${allowed.join(', ')}`,
			(allowed as readonly string[]).includes(lower)
				? `write it in lower case: ${lower}`
				: `write one of ${allowed.join(', ')}`
		);
		return null;
	}

	/** Every tag of a `source` cell is defined in data/sources.csv. */
	tags(cell: string, line: number): void {
		if (!this.knownTags) return;
		for (const tag of sourceTags(cell)) {
			if (this.knownTags.has(tag)) continue;
			const guess = closestTag(tag, this.knownTags);
			this.error(
				line,
				`unknown source tag "${tag}"`,
				guess
					? `did you mean "${guess}"? Tags are defined in data/sources.csv`
					: 'add the source to data/sources.csv (tag, title, url, publisher, date), or use a tag defined there; separate tags with ";"'
			);
		}
	}
}
