import { describe, expect, it } from 'vitest';
import type { Group } from '../types';
import { membersIn } from './membersIn';

const ARAB: Group = {
	id: 'arab-league',
	name: 'Arab League',
	kind: 'bloc',
	size: 3,
	source: { cite: 'test', asOf: '2025-10' },
	members: [
		{ iso3: 'COM', status: 'member', since: '1993' },
		{ iso3: 'EGY', status: 'member' },
		{ iso3: 'PSE', status: 'member', since: '1976' },
		{ iso3: 'SYR', status: 'member', since: '1945-03-22', until: '2011-11-16' },
		{ iso3: 'SYR', status: 'suspended', since: '2011-11-16', until: '2023-05-07' },
		{ iso3: 'SYR', status: 'member', since: '2023-05-07' },
		{ iso3: 'GBR', status: 'observer', until: '2020-02-01' }
	]
};

/** `iso3:status` of the members in `year`. */
const at = (year?: number) => membersIn(ARAB, year).map((m) => `${m.iso3}:${m.status}`);

describe('membersIn', () => {
	it.each([
		[1990, ['EGY:member', 'PSE:member', 'SYR:member', 'GBR:observer']],
		[1993, ['COM:member', 'EGY:member', 'PSE:member', 'SYR:member', 'GBR:observer']],
		[2010, ['COM:member', 'EGY:member', 'PSE:member', 'SYR:member', 'GBR:observer']],
		// suspended in November: the end-of-year view shows it suspended
		[2011, ['COM:member', 'EGY:member', 'PSE:member', 'SYR:suspended', 'GBR:observer']],
		[2019, ['COM:member', 'EGY:member', 'PSE:member', 'SYR:suspended', 'GBR:observer']],
		// left on 2020-02-01: not there at the end of 2020
		[2020, ['COM:member', 'EGY:member', 'PSE:member', 'SYR:suspended']],
		[2023, ['COM:member', 'EGY:member', 'PSE:member', 'SYR:member']],
		[undefined, ['COM:member', 'EGY:member', 'PSE:member', 'SYR:member']]
	])('in %s', (year, expected) => {
		expect(at(year)).toEqual(expected);
	});

	it('has no members before the first one joined', () => {
		expect(membersIn({ ...ARAB, members: [ARAB.members[0]!] }, 1992)).toEqual([]);
	});
});
