import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { SourceInfo } from '$lib/types';
import { citeUrls, countriesToCsv } from './countriesToCsv';
import { ATLAS } from './testAtlas';

const SOURCES: Record<string, SourceInfo> = {
	'AJ-WAFA': {
		tag: 'AJ-WAFA',
		title: 'Which countries recognise Palestine?',
		url: 'https://www.aljazeera.com/recognition',
		publisher: 'Al Jazeera',
		date: '2025-09'
	},
	'WP-PS': {
		tag: 'WP-PS',
		title: 'International recognition of Palestine',
		url: 'https://en.wikipedia.org/wiki/International_recognition_of_Palestine',
		publisher: 'Wikipedia',
		date: 'rev. 2026-03'
	},
	'WP-IL': { tag: 'WP-IL', title: 'Recognition of Israel', publisher: 'Wikipedia', date: '2024' }
};

describe('citeUrls', () => {
	it.each([
		[
			'AJ-WAFA; WP-PS',
			'https://www.aljazeera.com/recognition; https://en.wikipedia.org/wiki/International_recognition_of_Palestine'
		],
		[
			'WP-PS 2025-09 + AJ-WAFA',
			'https://en.wikipedia.org/wiki/International_recognition_of_Palestine; https://www.aljazeera.com/recognition'
		],
		['WP-PS; WP-PS', 'https://en.wikipedia.org/wiki/International_recognition_of_Palestine'],
		['WP-IL 2024-06', undefined],
		['an unknown tag', undefined],
		[undefined, undefined]
	])('%j → %s', (cite, urls) => expect(citeUrls(cite, SOURCES)).toBe(urls));
});

describe('countriesToCsv: source addresses', () => {
	const rows = parse(countriesToCsv({ ...ATLAS, sources: SOURCES }), {
		columns: true
	}) as Record<string, string>[];
	it('gives every cited source its address beside the tags', () => {
		const turkey = rows.find((r) => r.iso3 === 'TUR')!;
		expect(turkey.recognizesPalestine_cite).toBe('AJ-WAFA; WP-PS');
		expect(turkey.recognizesPalestine_cite_url).toBe(
			'https://www.aljazeera.com/recognition; https://en.wikipedia.org/wiki/International_recognition_of_Palestine'
		);
		expect(turkey.palestinianMission_cite_url).toBe('');
	});
});

describe('countriesToCsv', () => {
	const rows = parse(countriesToCsv(ATLAS), { columns: true }) as Record<string, string>[];
	it('has one row per country', () => {
		expect(rows.map((r) => r.iso3)).toEqual(['BHR', 'TUR']);
	});
	it.each([
		['BHR', 'recognizesIsrael', 'yes'],
		['BHR', 'recognizesIsrael_source', 'facts'],
		['BHR', 'recognizesIsrael_cite', 'WP-IL 2024-06'],
		['BHR', 'recognizesIsrael_as_of', '2026-03'],
		['BHR', 'recognizesIsrael_article_says', 'no'],
		['BHR', 'recognizesIsrael_article_evidence', 'Bahrain said "no", then yes.'],
		['BHR', 'palestinianMission_city', 'Manama'],
		['BHR', 'palestinianMission_source', 'infobox'],
		['BHR', 'article_title', 'Bahrain–Palestine relations'],
		['TUR', 'recognizesPalestine_date', '1988-11-15'],
		['TUR', 'recognizesPalestine_evidence', "'=yes, 1988-11-15"],
		['TUR', 'article_title', ''],
		['TUR', 'missionToPalestine', 'bogus']
	])('%s %s = %s', (iso3, column, expected) => {
		expect(rows.find((r) => r.iso3 === iso3)?.[column]).toBe(expected);
	});
	it.each([
		['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
		['+1 555', "'+1 555"],
		['-2 votes', "'-2 votes"],
		['@SUM(A1)', "'@SUM(A1)"],
		['a, b', '"a, b"'],
		['say "no"', '"say ""no"""'],
		['two\nlines', '"two\nlines"'],
		['carriage\rreturn', '"carriage\rreturn"'],
		['plain', 'plain'],
		['1-2', '1-2']
	])('writes the cell %j as %s', (value, raw) => {
		const csv = countriesToCsv({ ...ATLAS, countries: [{ ...ATLAS.countries[1]!, name: value }] });
		const record = csv.slice(csv.indexOf('\r\n') + 2);
		expect(record.startsWith(`TUR,${raw},`)).toBe(true);
		// What a spreadsheet reads back: the text, defused, never a formula.
		const [row] = parse(csv, { columns: true }) as Record<string, string>[];
		expect(row!.name).toBe(/^[=+\-@]/.test(value) ? `'${value}` : value);
	});

	it('ends every record with CRLF, and has no line break outside quotes', () => {
		const csv = countriesToCsv({
			...ATLAS,
			countries: [{ ...ATLAS.countries[1]!, name: 'two\nlines' }, ATLAS.countries[0]!]
		});
		expect(csv.endsWith('\r\n')).toBe(true);
		const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '');
		expect(outsideQuotes.split('\r\n')).toHaveLength(4);
		expect(outsideQuotes.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});
});
