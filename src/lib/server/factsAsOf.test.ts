import { describe, expect, it } from 'vitest';
import type { AtlasData } from '$lib/types';
import { factsAsOf } from './factsAsOf';
import { ATLAS } from './testAtlas';

/** The test atlas with these `asOf` dates on its first country's first attribute. */
function withDates(...dates: (string | undefined)[]): AtlasData {
	const [first] = ATLAS.countries;
	return {
		...ATLAS,
		countries: dates.map((asOf, i) => ({
			...first!,
			iso3: `X${i}`,
			attributes: { ...first!.attributes, recognizesIsrael: { value: 'yes', asOf } }
		}))
	};
}

describe('factsAsOf', () => {
	it.each([
		['the latest date', ['2025-11', '2026-03', '2026-01-15'], '2026-03'],
		['a day beats its month', ['2026-03', '2026-03-02'], '2026-03-02'],
		['no dates', [undefined, undefined], null]
	])('%s', (_name, dates, expected) => {
		expect(factsAsOf(withDates(...dates))).toBe(expected);
	});
});
