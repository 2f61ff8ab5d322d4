import { resolveCountry } from '../countries/resolveCountry';
import type { InfoboxRow, Problem } from '../types';
import { MAX_ROWS_PER_KEY } from './limits';
import type { RawInfoboxRow } from './types';

/** Which party of the infobox is the country, and the labelled rows. */
export interface InfoboxRows {
	rows: InfoboxRow[];
	/** The country's party number: Mission{n}, Envoy{n}, … are the country's. */
	countryParty: 1 | 2;
	problems: Problem[];
}

const KEY = /^(.*?)[\s_]*([12])?$/;
/** Rows kept as layout metadata, not shown as content. */
const META: Record<string, string> = {
	map: 'Map',
	filetype: 'File type',
	flagvariant: 'Flag variant',
	flag: 'Flag',
	image: 'Image',
	imagesize: 'Image size',
	mapsize: 'Map size',
	size: 'Size',
	title: 'Title',
	caption: 'Caption',
	mapcaption: 'Map caption',
	alt: 'Alternative text',
	mapalt: 'Map alternative text',
	legend: 'Legend',
	width: 'Width'
};
/** Content rows that belong to one party: label prefix. */
const PARTY_ROWS: Record<string, string> = {
	mission: 'Mission of',
	envoy: 'Envoy of',
	envoytitle: 'Title of the envoy of',
	ambassador: 'Ambassador of',
	ambassadortitle: 'Title of the ambassador of'
};

/**
 * Stage 2: gives infobox rows human labels and tells which party is the country.
 * `Party1`/`Party2` set the order when present; otherwise the title's order does.
 * @example infoboxToRows(rows, { iso3: 'BGD', name: 'Bangladesh' }, 1, 'bgd.txt')
 */
export function infoboxToRows(
	raw: RawInfoboxRow[],
	country: { iso3: string; name: string },
	titlePosition: 1 | 2,
	file: string
): InfoboxRows {
	const problems: Problem[] = [];
	let countryParty: 1 | 2 = titlePosition;
	const partyRows = raw.filter((r) => /^party\s*_?[12]$/i.test(r.key));
	for (const row of partyRows) {
		const n = row.key.endsWith('1') ? 1 : 2;
		const party = resolveCountry(row.value);
		if (party?.iso3 === country.iso3) countryParty = n;
		else if (party?.iso3 === 'PSE') countryParty = n === 1 ? 2 : 1;
		else {
			problems.push({
				severity: 'warning',
				file,
				line: row.line,
				message: `infobox ${row.key} "${row.value}" is neither ${country.name} nor Palestine`,
				hint: `write ${country.name} or Palestine; the title's order is used meanwhile`
			});
		}
	}
	const nameOf = (n: string | undefined) =>
		n === undefined ? '' : Number(n) === countryParty ? country.name : 'Palestine';
	const rows = raw.map((r): InfoboxRow => {
		const [, stem = '', n] = KEY.exec(r.key) ?? [];
		const key = stem.toLowerCase().replace(/[\s_-]+/g, '');
		const row: InfoboxRow = { key: r.key, label: '', value: r.value, line: r.line };
		if (key === 'party' && n) row.label = `Party ${n}`;
		else if (PARTY_ROWS[key] && n) row.label = `${PARTY_ROWS[key]} ${nameOf(n)}`;
		else if (META[key]) {
			row.label = n ? `${META[key]} (${nameOf(n)})` : META[key];
			row.meta = true;
		} else {
			row.label = humanize(r.key);
			problems.push({
				severity: 'warning',
				file,
				line: r.line,
				message: `unknown infobox key "${r.key}"`,
				hint: 'known keys: Party1/2, Mission1/2, Envoy1/2, Envoytitle1/2, Map, Filetype, Flagvariant1/2, Title'
			});
		}
		return row;
	});
	problems.push(...repeatedKeys(raw, file));
	return { rows, countryParty, problems };
}

/**
 * A warning for each repeat of a key (`Mission1` twice), and an error once a key passes
 * MAX_ROWS_PER_KEY rows. Every row is still kept, in order.
 */
function repeatedKeys(raw: RawInfoboxRow[], file: string): Problem[] {
	const problems: Problem[] = [];
	const seen = new Map<string, { line: number; count: number }>();
	for (const row of raw) {
		const key = row.key.toLowerCase().replace(/[\s_-]+/g, '');
		const first = seen.get(key);
		if (!first) {
			seen.set(key, { line: row.line, count: 1 });
			continue;
		}
		first.count++;
		if (first.count <= MAX_ROWS_PER_KEY)
			problems.push({
				severity: 'warning',
				file,
				line: row.line,
				message: `infobox key "${row.key}" repeats (first on line ${first.line}); both rows are shown`,
				hint: 'merge the values into one row, or number the key for the other party (Mission1/Mission2)'
			});
		else if (first.count === MAX_ROWS_PER_KEY + 1)
			problems.push({
				severity: 'error',
				file,
				line: row.line,
				message: `infobox key "${row.key}" has more than ${MAX_ROWS_PER_KEY} rows (first on line ${first.line})`,
				hint: `keep at most ${MAX_ROWS_PER_KEY} rows per key; remove the repeated rows`
			});
	}
	return problems;
}

/** "map_caption2" → "Map caption 2", "HeadOfMission" → "Head of mission". */
function humanize(key: string): string {
	const words = key
		.replace(/([a-z])([A-Z])/g, '$1 $2')
		.replace(/([A-Za-z])(\d)/g, '$1 $2')
		.replace(/[_-]+/g, ' ')
		.trim()
		.toLowerCase();
	return words ? words[0]!.toUpperCase() + words.slice(1) : key;
}
