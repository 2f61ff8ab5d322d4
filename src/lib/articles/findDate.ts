import type { PartialDate } from '../types';

const MONTHS =
	'(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY_MONTH_YEAR = new RegExp(
	`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTHS}\\.?,?\\s+(\\d{4})\\b`,
	'i'
);
const MONTH_DAY_YEAR = new RegExp(
	`\\b${MONTHS}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
	'i'
);
const MONTH_YEAR = new RegExp(`\\b${MONTHS}\\.?,?\\s+(?:of\\s+)?(\\d{4})\\b`, 'i');
/** A year, unless it names borders, lines or a war ("within its 1967 borders", "the 1948 war"). */
const YEAR =
	/\b(1[89]\d\d|20\d\d)\b(?![-–]\d)(?!\s+(?:borders?|lines?|boundar(?:y|ies)|frontiers?|war|armistice)\b)/i;

/**
 * The first date in a text, as precise as written: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
 * @example findDate('on 16 November 1988') // '1988-11-16'
 */
export function findDate(text: string): PartialDate | undefined {
	const found: { at: number; date: string }[] = [];
	let m = DAY_MONTH_YEAR.exec(text);
	if (m && validDay(m[1]!))
		found.push({ at: m.index, date: `${m[3]}-${month(m[2]!)}-${pad(m[1]!)}` });
	m = MONTH_DAY_YEAR.exec(text);
	if (m && validDay(m[2]!))
		found.push({ at: m.index, date: `${m[3]}-${month(m[1]!)}-${pad(m[2]!)}` });
	m = MONTH_YEAR.exec(text);
	if (m) found.push({ at: m.index, date: `${m[2]}-${month(m[1]!)}` });
	m = YEAR.exec(text);
	if (m) found.push({ at: m.index, date: m[1]! });
	// Earliest in the text; at the same place (or inside it) the most precise.
	found.sort((a, b) => a.at - b.at || b.date.length - a.date.length);
	const first = found[0];
	if (!first) return undefined;
	const overlapping = found.filter(
		(f) => f.date.startsWith(first.date.slice(0, 4)) && f.at - first.at < 20
	);
	return overlapping.sort((a, b) => b.date.length - a.date.length)[0]?.date ?? first.date;
}

function month(name: string): string {
	const names = [
		'jan',
		'feb',
		'mar',
		'apr',
		'may',
		'jun',
		'jul',
		'aug',
		'sep',
		'oct',
		'nov',
		'dec'
	];
	return pad(String(names.indexOf(name.slice(0, 3).toLowerCase()) + 1));
}

function pad(n: string): string {
	return n.padStart(2, '0');
}

function validDay(day: string): boolean {
	const n = Number(day);
	return n >= 1 && n <= 31;
}
