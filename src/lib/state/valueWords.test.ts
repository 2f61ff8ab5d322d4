import { describe, expect, it } from 'vitest';
import type { Attribute, AttributeId } from '$lib/types';
import { statehoodSentence, summaryLine, valueSentence } from './valueWords';

const unknown: Attribute = { value: 'unknown' };
const attrs = (a: Partial<Record<AttributeId, Attribute>>): Record<AttributeId, Attribute> => ({
	recognizesPalestine: unknown,
	recognizesIsrael: unknown,
	palestinianMission: unknown,
	missionToPalestine: unknown,
	...a
});

describe('valueSentence', () => {
	it.each([
		[
			'recognizesPalestine',
			{ value: 'yes', date: '1988-11-16' },
			'Recognised the State of Palestine on 16 November 1988'
		],
		[
			'recognizesPalestine',
			{ value: 'yes', date: '1989' },
			'Recognised the State of Palestine in 1989'
		],
		['recognizesPalestine', { value: 'no' }, 'Does not recognise the State of Palestine'],
		['recognizesIsrael', { value: 'no' }, 'Does not recognise Israel'],
		[
			'palestinianMission',
			{ value: 'embassy', city: 'Islamabad' },
			'Palestine has an embassy in Islamabad'
		],
		[
			'palestinianMission',
			{ value: 'none', city: 'Helsinki' },
			'Palestine has no resident mission there; it is covered from Helsinki'
		],
		[
			'missionToPalestine',
			{ value: 'resident', city: 'Jerusalem' },
			'Has a resident mission to Palestine, in Jerusalem'
		],
		[
			'missionToPalestine',
			{ value: 'non-resident', city: 'Cairo' },
			'Covers Palestine from its embassy in Cairo'
		],
		[
			'missionToPalestine',
			unknown,
			'No mission to Palestine known (no source found; this does not mean there is none)'
		]
	] as [AttributeId, Attribute, string][])('%s %o', (id, reading, expected) => {
		expect(valueSentence(id, reading)).toBe(expected);
	});
});

describe('summaryLine', () => {
	it('tells all four values, Palestine first', () => {
		expect(
			summaryLine(
				attrs({
					recognizesPalestine: { value: 'yes', date: '1988-11-16' },
					recognizesIsrael: { value: 'no' },
					palestinianMission: { value: 'embassy', city: 'Islamabad' }
				})
			)
		).toBe(
			'Recognises Palestine since 1988 · does not recognise Israel · Palestinian embassy in Islamabad · no mission in Palestine known'
		);
		expect(summaryLine(attrs({}))).toBe(
			'Recognition of Palestine not known · recognition of Israel not known · Palestinian mission not known · no mission in Palestine known'
		);
	});
});

describe('statehoodSentence', () => {
	const since = { since: '1991-12-26', predecessor: 'the Soviet Union', cite: 'WPR' };
	it('says a kept recognition counts from the predecessor date', () => {
		expect(
			statehoodSentence(
				'Russia',
				{ ...since, continuous: true },
				{ value: 'yes', date: '1988-11-19' }
			)
		).toBe(
			'Russia became a state on 26 December 1991, from the Soviet Union, and kept its recognition of Palestine: the atlas counts it from 19 November 1988.'
		);
	});
	it('says a new state was not yet a state before', () => {
		expect(
			statehoodSentence(
				'Kazakhstan',
				{ ...since, since: '1991-12-16', continuous: false },
				{ value: 'yes', date: '1992-04-06' }
			)
		).toBe(
			'Kazakhstan became a state on 16 December 1991, from the Soviet Union; before then the year view shows it as "not yet a state".'
		);
	});
});
