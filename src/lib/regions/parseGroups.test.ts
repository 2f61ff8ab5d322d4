import { describe, expect, it } from 'vitest';
import { parseGroups } from './parseGroups';

const TODAY = new Date('2026-03-01T00:00:00Z');
const GROUPS_HEADER = 'id,name,kind,source_title,source_url,as_of,note';
const MEMBERS_HEADER = 'group,iso3,name,status,since,until,note';
const GROUPS = `${GROUPS_HEADER}\ngcc,Gulf Cooperation Council,bloc,GCC: Member States,https://www.gcc-sg.org/en/,2025-10,\narab-league,Arab League,bloc,LAS: members,,2025-10,a note\n`;

/** Parses the fixture groups with these member rows (after the header). */
function parse(memberRows: string, groups = GROUPS) {
	return parseGroups(
		{ file: 'groups.csv', text: groups },
		{ file: 'members.csv', text: `${MEMBERS_HEADER}\n${memberRows}` },
		new Set(['asia', 'western-asia']),
		TODAY
	);
}

/** `file:line: message (hint)` of each problem, for compact assertions. */
const report = (problems: { file: string; line: number; message: string; hint?: string }[]) =>
	problems.map((p) => `${p.file}:${p.line}: ${p.message} (${p.hint})`);

describe('parseGroups: valid files', () => {
	const { groups, problems } = parse(
		[
			'gcc,SAU,Saudi Arabia,member,1981-05-25,,',
			'gcc,QAT,Qatar,member,1981-05-25,,',
			'arab-league,PSE,Palestine,member,1976,,represented by the PLO',
			'arab-league,SYR,Syria,suspended,2011-11-16,2023-05-07,',
			'arab-league,SYR,Syria,member,2023-05-07,,',
			'arab-league,SYR,Syria,member,1945-03-22,2011-11-16,',
			'arab-league,EGY,Egypt,member,,,'
		].join('\n')
	);

	it('has no problems', () => expect(problems).toEqual([]));

	it('reads each grouping with its source, as-of date and note', () => {
		expect(groups.map((g) => [g.id, g.name, g.kind, g.source, g.note])).toEqual([
			[
				'gcc',
				'Gulf Cooperation Council',
				'bloc',
				{ cite: 'GCC: Member States', url: 'https://www.gcc-sg.org/en/', asOf: '2025-10' },
				undefined
			],
			['arab-league', 'Arab League', 'bloc', { cite: 'LAS: members', asOf: '2025-10' }, 'a note']
		]);
	});

	it('keeps one membership per period, sorted by state then date', () => {
		const arab = groups.find((g) => g.id === 'arab-league')!;
		expect(arab.members).toEqual([
			{ iso3: 'EGY', status: 'member' },
			{ iso3: 'PSE', status: 'member', since: '1976', note: 'represented by the PLO' },
			{ iso3: 'SYR', status: 'member', since: '1945-03-22', until: '2011-11-16' },
			{ iso3: 'SYR', status: 'suspended', since: '2011-11-16', until: '2023-05-07' },
			{ iso3: 'SYR', status: 'member', since: '2023-05-07' }
		]);
	});

	it('counts today’s members in the size, Palestine left out', () => {
		expect(groups.map((g) => [g.id, g.size])).toEqual([
			['gcc', 2],
			['arab-league', 2]
		]);
	});
});

describe('parseGroups: bad member rows are file:line errors with a hint', () => {
	it.each([
		[
			'unknown ISO code, with a suggestion from the name',
			'gcc,SUA,Saudi Arabia,member,,,',
			'members.csv:2: unknown ISO 3166-1 alpha-3 code "SUA" (Saudi Arabia) (did you mean SAU?)'
		],
		[
			'lower-case code',
			'gcc,sau,Saudi Arabia,member,,,',
			'members.csv:2: unknown ISO 3166-1 alpha-3 code "sau" (Saudi Arabia) (did you mean SAU?)'
		],
		[
			'unknown group, with the nearest id',
			'gc,SAU,Saudi Arabia,member,,,',
			'members.csv:2: unknown group "gc" (did you mean gcc?)'
		],
		[
			'impossible date',
			'gcc,SAU,Saudi Arabia,member,1981-02-30,,',
			'members.csv:2: since "1981-02-30" there is no 30 February 1981 (write YYYY-MM-DD, or YYYY-MM / YYYY when only that is known; no future dates)'
		],
		[
			'future date',
			'gcc,SAU,Saudi Arabia,member,,2027,',
			'members.csv:2: until "2027" is in the future (write YYYY-MM-DD, or YYYY-MM / YYYY when only that is known; no future dates)'
		],
		[
			'not a date',
			'gcc,SAU,Saudi Arabia,member,May 1981,,',
			'members.csv:2: since "May 1981" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD (write YYYY-MM-DD, or YYYY-MM / YYYY when only that is known; no future dates)'
		],
		[
			'until before since',
			'gcc,SAU,Saudi Arabia,member,2000,1999,',
			'members.csv:2: until (1999) is not after since (2000) (until is the first day the period no longer holds: it must come after since)'
		],
		[
			'unknown status',
			'gcc,SAU,Saudi Arabia,Member,,,',
			'members.csv:2: status is "Member"; expected member, suspended, observer (write it in lower case: member)'
		],
		[
			'a row of the wrong width',
			'gcc,SAU,Saudi Arabia,member,,',
			'members.csv:2: the row has 6 cells but the header has 7 columns (put a cell that contains a comma in double quotes; leave an empty cell empty (",,"))'
		]
	])('%s', (_, row, expected) => {
		const { problems } = parse(`${row}\ngcc,QAT,Qatar,member,,,\narab-league,EGY,Egypt,member,,,`);
		expect(report(problems)).toEqual([expected]);
	});

	it('reports a duplicate or overlapping period with the other line', () => {
		const { problems, groups } = parse(
			[
				'gcc,SAU,Saudi Arabia,member,1981,,',
				'arab-league,SYR,Syria,member,1945,2011-11-16,',
				'arab-league,SYR,Syria,suspended,2011-11-16,2023-05-07,',
				'arab-league,SYR,Syria,member,2023-05,,',
				'gcc,SAU,Saudi Arabia,member,1981,,'
			].join('\n')
		);
		expect(report(problems)).toEqual([
			'members.csv:5: SYR in arab-league overlaps the row on line 4 (keep one row per period: end the earlier period (until) on the day the next one starts (since))',
			'members.csv:6: SAU in gcc overlaps the row on line 2 (keep one row per period: end the earlier period (until) on the day the next one starts (since))'
		]);
		expect(groups.find((g) => g.id === 'gcc')!.members).toHaveLength(1);
	});

	it('reports every bad row in one pass, and a grouping left without members', () => {
		const { problems } = parse(
			'gcc,XXX,Nowhere,member,,,\narab-league,EGY,Egypt,observer,,1900-13,'
		);
		expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual([
			'members.csv:2',
			'members.csv:3',
			'groups.csv:2',
			'groups.csv:3'
		]);
		expect(problems[2]!.message).toBe('the group gcc has no members in members.csv');
	});

	it('warns when the name is not the code’s', () => {
		const { problems } = parse('gcc,SAU,Qatar,member,,,\narab-league,EGY,Egypt,member,,,');
		expect(problems).toEqual([
			expect.objectContaining({
				severity: 'warning',
				line: 2,
				message: 'the name "Qatar" is not a known name of SAU (Saudi Arabia)'
			})
		]);
	});
});

describe('parseGroups: bad groupings', () => {
	it.each([
		['Bad Id', 'the id "Bad Id" is not a slug'],
		['asia', 'the id "asia" is an M49 region\'s id'],
		['gcc', 'duplicate group id "gcc"']
	])('id %s', (id, message) => {
		const { problems } = parse(
			'gcc,SAU,Saudi Arabia,member,,,\narab-league,EGY,Egypt,member,,,',
			`${GROUPS}${id},Name,bloc,A source,,2025,\n`
		);
		expect(problems.map((p) => [p.file, p.line, p.message])).toEqual([['groups.csv', 4, message]]);
	});

	it('needs a kind, a source title, a web address or none, and an as-of date', () => {
		const { problems } = parse(
			'gcc,SAU,Saudi Arabia,member,,,\narab-league,EGY,Egypt,member,,,',
			`${GROUPS}nato,NATO,alliance,,www.nato.int,,\n`
		);
		expect(problems.map((p) => p.message)).toEqual([
			'kind is "alliance"; expected bloc or un-group',
			'the source_title cell is empty',
			'source_url "www.nato.int" is not a web address',
			'as_of "" is empty: every grouping needs the date its list is current to'
		]);
		expect(new Set(problems.map((p) => `${p.file}:${p.line}`))).toEqual(new Set(['groups.csv:4']));
	});

	it('names a missing column and reads nothing', () => {
		const { problems, groups } = parse(
			'gcc,SAU,Saudi Arabia,member,,,',
			'id,name,kind\ngcc,GCC,bloc\n'
		);
		expect(groups).toEqual([]);
		expect(report(problems)[0]).toMatch(
			/^groups\.csv:1: the header lacks the columns source_title, source_url, as_of/
		);
	});
});
