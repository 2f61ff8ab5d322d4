import { describe, expect, it } from 'vitest';
import type { Attribute, AttributeId } from '$lib/types';
import { displayValue } from './displayValue';

const UNKNOWN: Attribute = { value: 'unknown' };

/** Attributes with recognition of Palestine as given and everything else as `rest`. */
function attrs(palestine: Attribute, rest: Attribute = UNKNOWN): Record<AttributeId, Attribute> {
	return {
		recognizesPalestine: palestine,
		recognizesIsrael: rest,
		palestinianMission: rest,
		missionToPalestine: rest
	};
}

const NOW = 2026;
const Y1988: Attribute = { value: 'yes', date: '1988-11-16', source: 'facts' };
const Y2011: Attribute = { value: 'yes', date: '2011', source: 'facts' };
const YES_UNDATED: Attribute = { value: 'yes', source: 'text' };
const NO: Attribute = { value: 'no', source: 'facts' };

describe('displayValue', () => {
	it.each([
		['recognised 1988, today', Y1988, 'recognizesPalestine', NOW, 'yes'],
		['recognised 1988, in 1988', Y1988, 'recognizesPalestine', 1988, 'yes'],
		['recognised 2011, in 2010', Y2011, 'recognizesPalestine', 2010, 'no'],
		['recognised 2011 (year only), in 2011', Y2011, 'recognizesPalestine', 2011, 'yes'],
		['undated yes, today', YES_UNDATED, 'recognizesPalestine', NOW, 'yes'],
		['undated yes, in the past', YES_UNDATED, 'recognizesPalestine', 2000, 'unknown'],
		['no', NO, 'recognizesPalestine', 1990, 'no'],
		['unknown', UNKNOWN, 'recognizesPalestine', NOW, 'unknown'],
		['year of 1988', Y1988, 'recognitionYear', NOW, 1988],
		['year of 2011, seen from 2000', Y2011, 'recognitionYear', 2000, 'no'],
		['year of undated yes', YES_UNDATED, 'recognitionYear', NOW, 'unknown'],
		['year of no', NO, 'recognitionYear', NOW, 'no'],
		['year of unknown', UNKNOWN, 'recognitionYear', NOW, 'unknown']
	] as const)('%s', (_name, palestine, id, year, expected) => {
		expect(displayValue(attrs(palestine), id, year, NOW)).toBe(expected);
	});

	it.each([
		['recognizesIsrael', { value: 'no' }, 'no'],
		['palestinianMission', { value: 'embassy', city: 'Dhaka' }, 'embassy'],
		['missionToPalestine', { value: 'non-resident' }, 'non-resident'],
		['missionToPalestine', { value: 'bogus' }, 'unknown']
	] as const)('%s %j → %s (the year does not matter)', (id, attribute, expected) => {
		expect(displayValue(attrs(UNKNOWN, attribute), id, 1990, NOW)).toBe(expected);
	});
});

describe('displayValue: statehood over time', () => {
	const yes = (date: string) =>
		({
			recognizesPalestine: { value: 'yes', date },
			recognizesIsrael: { value: 'unknown' },
			palestinianMission: { value: 'unknown' },
			missionToPalestine: { value: 'unknown' }
		}) as const;
	const kazakhstan = {
		since: '1991-12-16',
		predecessor: 'the Soviet Union',
		continuous: false,
		cite: 'UNIVERSALIS'
	};
	const russia = { ...kazakhstan, since: '1991-12-26', continuous: true };
	it.each([
		[
			'Kazakhstan in 1990',
			yes('1992-04-06'),
			kazakhstan,
			1990,
			'recognizesPalestine',
			'not-a-state'
		],
		['Kazakhstan in 1991', yes('1992-04-06'), kazakhstan, 1991, 'recognizesPalestine', 'no'],
		['Kazakhstan in 1992', yes('1992-04-06'), kazakhstan, 1992, 'recognizesPalestine', 'yes'],
		[
			'Kazakhstan in 1990 by year',
			yes('1992-04-06'),
			kazakhstan,
			1990,
			'recognitionYear',
			'not-a-state'
		],
		[
			'Russia in 1990 (kept the USSR recognition)',
			yes('1988-11-19'),
			russia,
			1990,
			'recognizesPalestine',
			'yes'
		],
		['Kazakhstan today', yes('1992-04-06'), kazakhstan, 2026, 'recognizesPalestine', 'yes']
	] as const)('%s', (_, attributes, statehood, year, id, expected) => {
		expect(displayValue(attributes, id, year, 2026, statehood)).toBe(expected);
	});
});
