import { describe, expect, it } from 'vitest';
import { toCountryIndex, trimText } from './toCountryIndex';
import { ATLAS } from './testAtlas';

describe('trimText', () => {
	it.each([
		['short', 'short text', 20, 'short text'],
		['at a word', 'one two three four five', 12, 'one two…'],
		['no spaces', 'abcdefghijklmnop', 8, 'abcdefg…']
	])('%s', (_name, text, limit, expected) => {
		expect(trimText(text, limit)).toBe(expected);
		expect(trimText(text, limit).length).toBeLessThanOrEqual(limit);
	});
});

describe('toCountryIndex', () => {
	const index = toCountryIndex(ATLAS);
	it('keeps every country, in order, without article bodies', () => {
		expect(index.map((c) => c.iso3)).toEqual(['BHR', 'TUR']);
		expect(JSON.stringify(index)).not.toContain('Second paragraph');
	});
	it.each([
		['BHR', true, 'Bahrain–Palestine relations', 'First paragraph about Bahrain.'],
		['TUR', false, null, null]
	])('%s: article %s, title %s, lead %s', (iso3, hasArticle, title, lead) => {
		const entry = index.find((c) => c.iso3 === iso3);
		expect(entry).toMatchObject({ hasArticle, title, lead });
	});
	it('keeps attributes with source, cite, date and conflict; evidence only without an article', () => {
		expect(JSON.stringify(ATLAS.countries[0])).toContain('"evidence"');
		expect(JSON.stringify(index[0])).not.toContain('"evidence"');
		// No /country/TUR.json exists: the facts row's cells must travel with the index.
		expect(index[1]!.attributes.recognizesPalestine.evidence).toBe('=yes, 1988-11-15');
		const bhr = index[0]!;
		expect(bhr.attributes.recognizesIsrael).toMatchObject({
			value: 'yes',
			source: 'facts',
			cite: 'WP-IL 2024-06',
			asOf: '2026-03',
			conflict: { value: 'no', source: 'text' }
		});
		expect(index[1]!.attributes.recognizesPalestine.date).toBe('1988-11-15');
		expect(index[1]!.aliases).toEqual(['Türkiye']);
	});
});
