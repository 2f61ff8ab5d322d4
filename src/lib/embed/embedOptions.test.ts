import { describe, expect, it } from 'vitest';
import {
	DEFAULT_EMBED_OPTIONS as D,
	embedOptionsToParams,
	embedSearch,
	parseEmbedOptions,
	viewSearch,
	type EmbedOptions
} from './embedOptions';

describe('parseEmbedOptions', () => {
	const cases: [string, string, EmbedOptions][] = [
		['none', '', D],
		['dark', 'theme=dark', { ...D, theme: 'dark' }],
		['auto', 'theme=auto', { ...D, theme: 'auto' }],
		['bad theme', 'theme=purple', D],
		['theme is case-sensitive', 'theme=DARK', D],
		['transparent', 'bg=transparent', { ...D, transparent: true }],
		['other bg', 'bg=red', D],
		['no legend, no picker', 'legend=0&picker=0', { ...D, legend: false, picker: false }],
		['legend=1', 'legend=1', D],
		['legend=no keeps it (only 0 hides)', 'legend=no', D],
		['fixed height', 'height=fixed', { ...D, height: 'fixed' }],
		['height in px is not an option', 'height=600', D],
		[
			'everything',
			'theme=dark&bg=transparent&legend=0&picker=0&height=fixed',
			{ theme: 'dark', transparent: true, legend: false, picker: false, height: 'fixed' }
		]
	];
	it.each(cases)('%s', (_name, search, expected) => {
		expect(parseEmbedOptions(new URLSearchParams(search))).toEqual(expected);
	});

	it('round-trips through embedOptionsToParams', () => {
		for (const [, search, options] of cases) {
			const params = new URLSearchParams(embedOptionsToParams(options));
			expect(parseEmbedOptions(params), search).toEqual(options);
		}
		expect(embedOptionsToParams(D)).toEqual([]);
	});
});

describe('viewSearch', () => {
	it.each([
		['', ''],
		['?theme=dark', ''],
		[
			'?attr=recognizesIsrael&theme=dark&country=PAK&legend=0',
			'?attr=recognizesIsrael&country=PAK'
		],
		['?region=asia&height=fixed&bg=transparent&picker=0', '?region=asia']
	])('%s → %s', (search, expected) => {
		expect(viewSearch(search)).toBe(expected);
	});
});

describe('embedSearch', () => {
	it('keeps the view and adds the options that differ from the default', () => {
		expect(embedSearch('', D)).toBe('');
		expect(embedSearch('?attr=recognizesIsrael', { ...D, theme: 'dark', legend: false })).toBe(
			'?attr=recognizesIsrael&theme=dark&legend=0'
		);
		// Options already in the view's query string are replaced, not repeated.
		expect(embedSearch('?theme=dark&country=PAK', { ...D, theme: 'auto' })).toBe(
			'?country=PAK&theme=auto'
		);
	});
});
