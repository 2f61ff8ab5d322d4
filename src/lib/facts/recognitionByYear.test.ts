import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Attribute, CountryRecord } from '../types';
import { mergeFacts } from './mergeFacts';
import { parseFacts } from './parseFacts';
import {
	countRecognisedBy,
	FIRST_RECOGNITION_YEAR,
	recognisedBy,
	recognitionYear,
	recognitionYears
} from './recognitionByYear';

const yes = (date?: string): Attribute => ({
	value: 'yes',
	...(date ? { date } : {}),
	source: 'facts'
});

describe('recognitionYear', () => {
	it.each([
		[yes('1988-11-16'), 1988],
		[yes('1988-11'), 1988],
		[yes('1989'), 1989],
		[yes(), null],
		[{ value: 'no' }, null],
		[{ value: 'unknown' }, null],
		[{ value: 'no', date: '1988' }, null],
		[undefined, null]
	])('%o → %s', (attribute, expected) => {
		expect(recognitionYear(attribute)).toBe(expected);
	});
});

describe('recognisedBy', () => {
	it.each([
		[yes('1988-11-16'), 1988, true],
		[yes('1988-11-16'), 2000, true],
		[yes('1988-12'), 1988, true],
		[yes('1989'), 1988, false],
		[yes('1989'), 1989, true],
		[yes('2025-09-22'), 2024, false],
		[yes('2025-09-22'), 2025, true],
		[yes(), 2020, false],
		[yes(), 2026, true],
		[yes(), 2030, true],
		[{ value: 'no' }, 2026, false],
		[{ value: 'unknown' }, 2026, false],
		[undefined, 2026, false]
	])('%o by %i → %s (current year 2026)', (attribute, year, expected) => {
		expect(recognisedBy(attribute, year, 2026)).toBe(expected);
	});
});

describe('countRecognisedBy', () => {
	const record = (iso3: string, attribute: Attribute): CountryRecord => ({
		iso3,
		name: iso3,
		aliases: [],
		article: null,
		attributes: {
			recognizesPalestine: attribute,
			recognizesIsrael: { value: 'unknown' },
			palestinianMission: { value: 'unknown' },
			missionToPalestine: { value: 'unknown' }
		},
		warnings: []
	});
	const countries = [
		record('AAA', yes('1988-11-16')),
		record('BBB', yes('1989')),
		record('CCC', yes()),
		record('DDD', { value: 'no' }),
		record('EEE', yes('2024-05'))
	];
	it.each([
		[1987, 0],
		[1988, 1],
		[1989, 2],
		[2023, 2],
		[2024, 3],
		[2025, 3],
		[2026, 4]
	])('by %i → %i', (year, expected) => {
		expect(countRecognisedBy(countries, year, 2026)).toBe(expected);
	});

	it('with the real table: counts grow and reach every yes row today', () => {
		const { rows } = parseFacts(
			readFileSync('data/facts.csv', 'utf8'),
			'data/facts.csv',
			new Date('2026-03-15')
		);
		const all = mergeFacts([], rows, 'data/facts.csv').countries;
		const counts = recognitionYears(2026).map((year) => countRecognisedBy(all, year, 2026));
		for (let i = 1; i < counts.length; i++)
			expect(counts[i]).toBeGreaterThanOrEqual(counts[i - 1]!);
		expect(counts[0]).toBeLessThan(counts.at(-1)!);
		expect(counts.at(-1)).toBe(rows.filter((r) => r.recognizesPalestine === 'yes').length);
		// 1988: every row dated 1988, at any precision
		expect(counts[0]).toBe(
			rows.filter((r) => r.palestineRecognitionDate?.startsWith('1988')).length
		);
	});
});

describe('recognitionYears', () => {
	it.each([
		[1988, [1988]],
		[1990, [1988, 1989, 1990]],
		[1987, []]
	])('to %i → %o', (currentYear, expected) => {
		expect(recognitionYears(currentYear)).toEqual(expected);
	});

	it('starts in 1988 and ends this year by default', () => {
		const years = recognitionYears();
		expect(years[0]).toBe(FIRST_RECOGNITION_YEAR);
		expect(years.at(-1)).toBe(new Date().getFullYear());
	});
});
