import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { countriesToCsv } from './countriesToCsv';
import { ATLAS } from './testAtlas';

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
});
