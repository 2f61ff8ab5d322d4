import { describe, expect, it } from 'vitest';
import { neighbourInDirection, type Direction } from './neighbourInDirection';

/** Rough SVG-unit points (y down) of a few countries round the Mediterranean. */
const points: Record<string, [number, number]> = {
	ESP: [490, 330],
	PRT: [478, 332],
	FRA: [505, 310],
	ITA: [535, 328],
	DZA: [505, 360],
	MAR: [483, 352],
	DEU: [525, 295],
	EGY: [580, 370],
	ISR: [596, 360]
};

describe('neighbourInDirection', () => {
	it.each<[string, Direction, string | null]>([
		['ESP', 'right', 'ITA'], // level with Spain, nearer the line than France
		['ESP', 'left', 'PRT'],
		['ESP', 'up', 'FRA'],
		['ESP', 'down', 'MAR'],
		['FRA', 'right', 'DEU'],
		['ITA', 'down', 'DZA'],
		['EGY', 'right', 'ISR'],
		['DEU', 'up', null], // nothing north of Germany here
		['PRT', 'left', null],
		['XXX', 'left', null] // unknown start
	])('%s %s → %s', (from, direction, expected) => {
		expect(neighbourInDirection(from, direction, points)).toBe(expected);
	});
});
