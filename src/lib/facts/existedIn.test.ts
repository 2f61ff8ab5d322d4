import { describe, expect, it } from 'vitest';
import type { Statehood } from '../types';
import { existedIn } from './existedIn';

const KAZ: Statehood = {
	since: '1991-12-16',
	predecessor: 'the Soviet Union',
	continuous: false,
	cite: 'UNIVERSALIS'
};
const RUS: Statehood = { ...KAZ, since: '1991-12-26', continuous: true };

describe('existedIn', () => {
	it.each([
		['a state of 1988 (no record)', {}, 1988, true],
		['Kazakhstan in 1990', { statehood: KAZ }, 1990, false],
		['Kazakhstan in 1991 (by the end of the year)', { statehood: KAZ }, 1991, true],
		['Kazakhstan in 2026', { statehood: KAZ }, 2026, true],
		['Russia in 1988 (continues the Soviet Union)', { statehood: RUS }, 1988, true],
		['a year-only date', { statehood: { ...KAZ, since: '2002' } }, 2001, false]
	])('%s', (_, country, year, expected) => {
		expect(existedIn(country, year)).toBe(expected);
	});
});
