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
		checkState(iso3, name, line, this.#lineOf, (...problem) => this.error(...problem));
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

/** Reports one `file:line` error: line, message, what to do. */
type ReportError = (line: number, message: string, hint: string) => void;

/**
 * The error for an iso3 cell that is not a known ISO 3166-1 alpha-3 code (empty or mistyped),
 * with the nearest code as a hint when there is one; null for a known code.
 * @example unknownIso3('BGX', 'Bangladesh')?.hint // 'did you mean BGD?'
 */
export function unknownIso3(
	iso3: string,
	name: string,
	examples = 'Kosovo: XKX, Western Sahara/SADR: ESH'
): { message: string; hint: string } | null {
	if (ISO3_CODES.has(iso3)) return null;
	const guess = suggestIso3(iso3, name);
	return {
		message: iso3
			? `unknown ISO 3166-1 alpha-3 code "${iso3}"${name ? ` (${name})` : ''}`
			: 'the iso3 cell is empty',
		hint: guess ? `did you mean ${guess}?` : `use the ISO 3166-1 alpha-3 code (${examples})`
	};
}

/**
 * A table row's state: a known ISO code, on one row only (`lineOf` remembers where each code
 * stood), with a name. Shared by the facts table and its companions.
 */
export function checkState(
	iso3: string,
	name: string,
	line: number,
	lineOf: Map<string, number>,
	error: ReportError
): void {
	const unknown = unknownIso3(iso3, name);
	if (unknown) error(line, unknown.message, unknown.hint);
	else {
		const other = lineOf.get(iso3);
		if (other !== undefined)
			error(
				line,
				`duplicate row for ${iso3}${name ? ` (${name})` : ''}`,
				`${iso3} is also on line ${other}: keep one row per state`
			);
		else lineOf.set(iso3, line);
	}
	if (!name) error(line, 'the name cell is empty', 'write the common English name of the state');
}
