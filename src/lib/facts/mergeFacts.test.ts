import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article, AttributeId, CountryRecord, Reading } from '../types';
import { isUnMember } from '../countries/isUnMember';
import { mergeFacts } from './mergeFacts';
import { parseFacts } from './parseFacts';
import type { FactsRow } from './types';

const FILE = 'data/facts.csv';
const TODAY = new Date('2026-03-15T12:00:00Z');

const row = (over: Partial<FactsRow>): FactsRow => ({
	iso3: 'BHR',
	name: 'Bahrain',
	recognizesPalestine: 'yes',
	palestineRecognitionDate: '1988-11-15',
	recognizesIsrael: 'yes',
	israelRelationsNote: '',
	palestinianMission: 'embassy',
	source: 'Palestine: AJ-WAFA; WP-PS | Israel: WP-IL | mission: WD 2022-11',
	asOf: '2026-03',
	line: 19,
	...over
});

const ARTICLE: Article = {
	file: 'x.txt',
	title: 'Bahrain–Palestine relations',
	summary: '',
	infobox: [],
	sections: [],
	seeAlso: [],
	externalLinks: []
};

const text = (value: string, line: number, extra: Partial<Reading> = {}): Reading => ({
	value,
	source: 'text',
	evidence: `Sentence on line ${line}.`,
	line,
	...extra
});

const country = (
	iso3: string,
	name: string,
	attributes: Partial<Record<AttributeId, Reading>>,
	file = 'x.txt'
): CountryRecord => ({
	iso3,
	name,
	aliases: [name],
	article: { ...ARTICLE, file },
	attributes: {
		recognizesIsrael: { value: 'unknown' },
		recognizesPalestine: { value: 'unknown' },
		palestinianMission: { value: 'unknown' },
		missionToPalestine: { value: 'unknown' },
		...attributes
	},
	warnings: ['an article warning']
});

describe('mergeFacts', () => {
	it('lets the table win a conflict, keeps the article reading and warns naming both sources', () => {
		const bahrain = country('BHR', 'Bahrain', {
			recognizesPalestine: text('yes', 12, { date: '1988-11-16' })
		});
		const { countries, problems } = mergeFacts([bahrain], [row({})], FILE);
		expect(countries[0]!.attributes.recognizesPalestine).toEqual({
			value: 'yes',
			date: '1988-11-15',
			source: 'facts',
			line: 19,
			cite: 'AJ-WAFA; WP-PS',
			asOf: '2026-03',
			conflict: text('yes', 12, { date: '1988-11-16' })
		});
		expect(problems).toEqual([
			{
				severity: 'warning',
				file: 'data/articles/x.txt',
				line: 12,
				message:
					'Bahrain recognizesPalestine: data/articles/x.txt:12 says yes (1988-11-16) but data/facts.csv:19 (AJ-WAFA; WP-PS, as of 2026-03) says yes (1988-11-15)',
				hint: "the facts table's value is used and the panel shows both; if the table is wrong, correct data/facts.csv:19 and its source"
			}
		]);
	});

	it('warns on a value conflict, with the city the article gave', () => {
		const bahrain = country('BHR', 'Bahrain', {
			recognizesIsrael: text('no', 7),
			palestinianMission: text('other', 8, { city: 'Manama' })
		});
		const { countries, problems } = mergeFacts([bahrain], [row({})], FILE, 'articles/');
		expect(countries[0]!.attributes.recognizesIsrael).toMatchObject({
			value: 'yes',
			source: 'facts',
			conflict: { value: 'no', line: 7 }
		});
		expect(countries[0]!.attributes.palestinianMission).toMatchObject({
			value: 'embassy',
			conflict: { value: 'other', city: 'Manama' }
		});
		expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
			'articles/x.txt:7: Bahrain recognizesIsrael: articles/x.txt:7 says no but data/facts.csv:19 (WP-IL, as of 2026-03) says yes',
			'articles/x.txt:8: Bahrain palestinianMission: articles/x.txt:8 says other (Manama) but data/facts.csv:19 (WD 2022-11, as of 2026-03) says embassy'
		]);
	});

	it('uses an article file path that already has a folder as it is', () => {
		const bahrain = country('BHR', 'Bahrain', { recognizesIsrael: text('no', 7) }, 'tmp/a/x.txt');
		const { problems } = mergeFacts([bahrain], [row({})], FILE);
		expect(problems[0]).toMatchObject({ file: 'tmp/a/x.txt', line: 7 });
		expect(problems[0]!.message).toContain('tmp/a/x.txt:7 says no');
	});

	it('does not warn where dates agree at their common precision', () => {
		const bahrain = country('BHR', 'Bahrain', {
			recognizesPalestine: text('yes', 12, { date: '1988' })
		});
		const { countries, problems } = mergeFacts([bahrain], [row({})], FILE);
		expect(problems).toEqual([]);
		expect(countries[0]!.attributes.recognizesPalestine).toMatchObject({
			source: 'facts',
			date: '1988-11-15'
		});
		expect(countries[0]!.attributes.recognizesPalestine).not.toHaveProperty('conflict');
	});

	it('keeps a known article value over a facts unknown, and the city over an agreeing row', () => {
		const bangladesh = country('BGD', 'Bangladesh', {
			palestinianMission: text('embassy', 4, { city: 'Dhaka', source: 'infobox' }),
			missionToPalestine: text('non-resident', 5, { city: 'Amman', source: 'infobox' })
		});
		const afghanistan = country('AFG', 'Afghanistan', {
			palestinianMission: text('other', 9, { city: 'Kabul' })
		});
		const { countries, problems } = mergeFacts(
			[bangladesh, afghanistan],
			[
				row({ iso3: 'BGD', name: 'Bangladesh', line: 16 }),
				row({ iso3: 'AFG', name: 'Afghanistan', palestinianMission: 'unknown', line: 2 })
			],
			FILE
		);
		expect(problems).toEqual([]);
		const [afg, bgd] = countries;
		expect(afg!.attributes.palestinianMission).toEqual(text('other', 9, { city: 'Kabul' }));
		expect(afg!.attributes.recognizesPalestine).toMatchObject({ value: 'yes', source: 'facts' });
		expect(bgd!.attributes.palestinianMission).toMatchObject(
			text('embassy', 4, { city: 'Dhaka', source: 'infobox' })
		);
		expect(bgd!.attributes.palestinianMission.agreement).toMatchObject({
			value: 'embassy',
			source: 'facts',
			line: 16
		});
		expect(bgd!.attributes.missionToPalestine).toEqual(
			text('non-resident', 5, { city: 'Amman', source: 'infobox' })
		);
		expect(bgd).toMatchObject({
			name: 'Bangladesh',
			aliases: ['Bangladesh'],
			warnings: ['an article warning']
		});
		expect(bgd!.article).not.toBeNull();
	});

	it('gives a country only in the table a record with its facts and unknowns', () => {
		const { countries, problems } = mergeFacts(
			[],
			[
				row({
					iso3: 'DEU',
					name: 'Germany',
					recognizesPalestine: 'no',
					palestineRecognitionDate: undefined,
					palestinianMission: 'unknown',
					line: 60
				})
			],
			FILE
		);
		expect(problems).toEqual([]);
		expect(countries).toEqual([
			{
				iso3: 'DEU',
				name: 'Germany',
				aliases: [],
				article: null,
				attributes: {
					recognizesIsrael: expect.objectContaining({ value: 'yes', source: 'facts', line: 60 }),
					recognizesPalestine: expect.objectContaining({
						value: 'no',
						source: 'facts',
						line: 60
					}),
					palestinianMission: { value: 'unknown' },
					missionToPalestine: { value: 'unknown' }
				},
				warnings: []
			}
		]);
	});

	it('keeps a country only in the articles as it is, sorts by iso3 and changes no input', () => {
		const palestineOnly = country('ZZZ', 'Zedland', { recognizesIsrael: text('no', 3) });
		const input = [palestineOnly];
		const snapshot = structuredClone(input);
		const { countries } = mergeFacts(
			input,
			[row({ iso3: 'PAK', name: 'Pakistan' }), row({})],
			FILE
		);
		expect(countries.map((c) => c.iso3)).toEqual(['BHR', 'PAK', 'ZZZ']);
		expect(countries[2]).toEqual(palestineOnly);
		expect(input).toEqual(snapshot);
	});

	it('with the real table: every UN member has a known recognition of Palestine and Israel', () => {
		const { rows } = parseFacts(readFileSync(FILE, 'utf8'), FILE, TODAY);
		const { countries, problems } = mergeFacts([], rows, FILE);
		expect(problems).toEqual([]);
		expect(countries).toHaveLength(197);
		const un = countries.filter((c) => isUnMember(c.iso3));
		expect(un).toHaveLength(193);
		for (const c of un) {
			expect(['yes', 'no']).toContain(c.attributes.recognizesPalestine.value);
			expect(['yes', 'no']).toContain(c.attributes.recognizesIsrael.value);
			expect(c.attributes.recognizesPalestine).toMatchObject({ source: 'facts', asOf: '2026-03' });
			expect(c.attributes.recognizesPalestine.cite).toBeTruthy();
			expect(c.attributes.recognizesIsrael.cite).toBeTruthy();
		}
		expect(un.filter((c) => c.attributes.recognizesPalestine.value === 'yes')).toHaveLength(158);
		expect(un.filter((c) => c.attributes.recognizesIsrael.value === 'no')).toHaveLength(28);
		const missions = countries.map((c) => c.attributes.palestinianMission.value);
		expect(missions.filter((v) => v === 'unknown')).toHaveLength(75);
		expect(countries.every((c) => c.attributes.missionToPalestine.value === 'unknown')).toBe(true);
	});
});
