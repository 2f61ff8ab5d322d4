import { describe, expect, it } from 'vitest';
import type { AttributeId } from '../types';
import { articleToAttributes, type AttributeInput } from './articleToAttributes';
import type { RawInfoboxRow } from './types';

const COUNTRIES: Record<string, string> = {
	PAK: 'Pakistan',
	BHR: 'Bahrain',
	BGD: 'Bangladesh',
	MYS: 'Malaysia',
	TUR: 'Türkiye',
	USA: 'United States',
	IND: 'India',
	JPN: 'Japan'
};

function input(
	iso3: string,
	prose: string,
	infobox: string[] = [],
	countryParty: 1 | 2 = 1
): AttributeInput {
	const rows: RawInfoboxRow[] = infobox.map((raw, i) => {
		const [key, ...value] = raw.replace(/^- /, '').split(':');
		return { key: key!.trim(), value: value.join(':').trim(), line: i + 1, raw };
	});
	return {
		file: 'f.txt',
		country: { iso3, name: COUNTRIES[iso3]! },
		countryParty,
		infobox: rows,
		paragraphs: prose
			.split('\n')
			.map((text, i) => ({ text, line: 100 + i, breaks: [], section: null }))
	};
}

function read(id: AttributeId, iso3: string, prose: string, infobox?: string[], party?: 1 | 2) {
	const r = articleToAttributes(input(iso3, prose, infobox, party)).attributes[id];
	return [r.value, r.date ?? r.city ?? null];
}

describe('articleToAttributes: recognizesPalestine', () => {
	it('hosting a Palestinian embassy implies yes, with the embassy as evidence', () => {
		const r = articleToAttributes(input('BGD', 'Palestine has an embassy in Dhaka.')).attributes;
		expect(r.recognizesPalestine).toEqual({
			value: 'yes',
			source: 'text',
			evidence: 'Palestine has an embassy in Dhaka.',
			line: 100
		});
	});
});

describe('articleToAttributes: palestinianMission', () => {
	it.each([
		[['- Mission2: Embassy of Palestine, Dhaka'], 1, 'embassy', 'Dhaka'],
		[['- Mission1: Embassy of the State of Palestine in Japan'], 2, 'embassy', null],
		[['- Mission1: General Delegation of Palestine, Tokyo'], 2, 'other', 'Tokyo'],
		[['- Mission2: N/A'], 1, 'none', null]
	])('infobox %j (country is party %i) → %s', (rows, party, value, city) => {
		expect(read('palestinianMission', 'JPN', 'Nothing here.', rows, party as 1 | 2)).toEqual([
			value,
			city
		]);
	});

	it('the city comes from the text when the infobox lacks it', () => {
		const r = articleToAttributes(
			input(
				'BHR',
				'Palestine has an embassy in Manama.',
				['- Mission1: Embassy of the State of Palestine in Bahrain'],
				2
			)
		);
		expect(r.attributes.palestinianMission).toMatchObject({
			value: 'embassy',
			city: 'Manama',
			source: 'text'
		});
		expect(r.problems).toEqual([]);
	});

	it('warns when infobox and text disagree, and keeps the infobox', () => {
		const r = articleToAttributes(
			input('JPN', 'Palestine has a general mission in Tokyo.', [
				'- Mission2: Embassy of Palestine, Tokyo'
			])
		);
		expect(r.attributes.palestinianMission).toMatchObject({
			value: 'embassy',
			source: 'infobox',
			evidence: '- Mission2: Embassy of Palestine, Tokyo',
			line: 1
		});
		expect(r.problems).toEqual([
			expect.objectContaining({
				severity: 'warning',
				line: 1,
				message: expect.stringContaining('palestinianMission')
			})
		]);
	});
});

describe('articleToAttributes: missionToPalestine', () => {
	it('keeps the infobox line verbatim as evidence', () => {
		const r = articleToAttributes(input('BGD', '', ['- Mission1: Embassy of Bangladesh, Amman']));
		expect(r.attributes.missionToPalestine).toEqual({
			value: 'non-resident',
			city: 'Amman',
			source: 'infobox',
			evidence: '- Mission1: Embassy of Bangladesh, Amman',
			line: 1
		});
	});
});

describe('articleToAttributes: nothing known', () => {
	it('is unknown everywhere, with no source', () => {
		const r = articleToAttributes(input('JPN', ''));
		for (const reading of Object.values(r.attributes))
			expect(reading).toEqual({ value: 'unknown' });
		expect(r.problems).toEqual([]);
	});
});
