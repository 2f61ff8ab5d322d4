import { describe, expect, it } from 'vitest';
import { FIRST_YEAR } from './labels';
import { playStart, playStep } from './playYears';

describe('playStart', () => {
	it.each([
		[2026, 2026, 1988],
		[2030, 2026, 1988],
		[2025, 2026, 2025],
		[1988, 2026, 1988],
		[2000, 2026, 2000]
	])('at %i (today %i) starts from %i', (year, today, start) => {
		expect(playStart(year, today)).toBe(start);
	});
	it('restarts from the first year of the control, 1988', () => {
		expect(FIRST_YEAR).toBe(1988);
	});
});

describe('playStep', () => {
	it.each([
		[1988, 2026, 1989],
		[2024, 2026, 2025],
		[2025, 2026, 2026],
		[2026, 2026, null],
		[2027, 2026, null]
	])('from %i (today %i) goes to %s', (year, today, next) => {
		expect(playStep(year, today)).toBe(next);
	});

	it('playing from the start visits every year once, up to today and no further', () => {
		const visited: number[] = [];
		for (let y: number | null = playStart(2026, 2026); y !== null; y = playStep(y, 2026))
			visited.push(y);
		expect(visited).toEqual(Array.from({ length: 2026 - 1988 + 1 }, (_, i) => 1988 + i));
	});
});
