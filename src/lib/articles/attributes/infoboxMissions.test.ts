import { describe, expect, it } from 'vitest';
import { infoboxMissions } from './infoboxMissions';
import { row, termsOf } from './testSentences';

const read = (iso3: string, party: 1 | 2, ...lines: string[]) => {
	const rows = lines.map((l, i) => row(l, i + 1));
	const { palestinian, own } = infoboxMissions(rows, party, termsOf(iso3), iso3);
	const pick = (r: typeof own) => (r ? [r.value, r.city ?? null, r.note ? 'note' : null] : null);
	return { palestinian: pick(palestinian), own: pick(own) };
};

describe('infoboxMissions', () => {
	it.each<[string, string, 1 | 2, string[], unknown, unknown]>([
		[
			'filed by party',
			'BGD',
			1,
			['- Mission1: Embassy of Bangladesh, Amman', '- Mission2: Embassy of Palestine, Dhaka'],
			['embassy', 'Dhaka', null],
			['non-resident', 'Amman', null]
		],
		[
			'filed by location: the name decides, with a note',
			'IRL',
			1,
			[
				'- Mission1: Palestinian Embassy, Dublin',
				'- Mission2: Representative Office of Ireland, Ramallah'
			],
			['embassy', 'Dublin', 'note'],
			['resident', 'Ramallah', 'note']
		],
		[
			'"Office of China to Palestine": the owner is before "to"',
			'CHN',
			1,
			['- Mission2: Office of China to Palestine, Ramallah'],
			null,
			['resident', 'Ramallah', 'note']
		],
		[
			'a demonym names the owner',
			'VNM',
			2,
			['- Mission1: Vietnamese Embassy, Cairo, Egypt, (accredited)'],
			null,
			['non-resident', 'Cairo', 'note']
		],
		[
			'a name that names neither: the slot decides',
			'IRL',
			1,
			['- Mission1: Consulate-General, East Jerusalem', '- Mission2: None'],
			['none', null, null],
			['resident', 'East Jerusalem', null]
		],
		[
			'N/A keeps its slot',
			'MDV',
			1,
			['- Mission1: N/A', '- Mission2: None'],
			['none', null, null],
			['none', null, null]
		],
		[
			'a row in its own slot wins over an unknown one',
			'KAZ',
			1,
			['- Mission1: Embassy of Palestine, Astana', '- Mission2: Walid Abu Ali'],
			['embassy', 'Astana', 'note'],
			null
		]
	])('%s', (_rule, iso3, party, lines, palestinian, own) => {
		expect(read(iso3, party, ...lines)).toEqual({ palestinian, own });
	});
});
