import { describe, expect, it } from 'vitest';
import type { SourceInfo } from '$lib/types';
import { citeRuns } from './citeRuns';

const source = (tag: string): SourceInfo => ({
	tag,
	title: `Title of ${tag}`,
	publisher: 'P',
	date: 'D'
});
const SOURCES = Object.fromEntries(
	['WP-IL', 'WP-PS', 'SINDOnews 2023-12', 'WD 2022-11', 'WD', 'PAL-DK rule', 'UN (A/67.19)'].map(
		(t) => [t, source(t)]
	)
);
const show = (text: string) =>
	citeRuns(text, SOURCES).map((run) => ('source' in run ? `[${run.source.tag}]` : run.text));

describe('citeRuns', () => {
	it.each([
		['AJ-WAFA; WP-PS', ['AJ-WAFA; ', '[WP-PS]']],
		[
			'WP-IL 2024-06 + SINDOnews 2023-12 (list of 28)',
			['[WP-IL]', ' 2024-06 + ', '[SINDOnews 2023-12]', ' (list of 28)']
		],
		['WD 2022-11; PAL-DK rule', ['[WD 2022-11]', '; ', '[PAL-DK rule]']],
		['WDX and XWD stay text, WD alone links', ['WDX and XWD stay text, ', '[WD]', ' alone links']],
		[
			'éWD and WDé stay text (letters beyond ASCII)',
			['éWD and WDé stay text (letters beyond ASCII)']
		],
		['UN (A/67.19), not UN (A/67x19)', ['[UN (A/67.19)]', ', not UN (A/67x19)']],
		['', []]
	])('%s', (text, expected) => {
		expect(show(text)).toEqual(expected);
	});
});
