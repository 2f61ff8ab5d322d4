// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Attribute, AttributeId, CountryRecord, Group } from '$lib/types';
import { AtlasState } from './atlasState.svelte';
import type { CountryIndexEntry } from './types';

const U: Attribute = { value: 'unknown' };

/** An index entry with the given attributes. */
function entry(
	iso3: string,
	name: string,
	known: Partial<Record<AttributeId, Attribute>>,
	hasArticle = false
): CountryIndexEntry {
	return {
		iso3,
		name,
		aliases: [],
		hasArticle,
		title: null,
		lead: null,
		attributes: {
			recognizesIsrael: U,
			recognizesPalestine: U,
			palestinianMission: U,
			missionToPalestine: U,
			...known
		}
	};
}

const COUNTRIES = [
	entry(
		'PAK',
		'Pakistan',
		{
			recognizesPalestine: { value: 'yes', date: '1988-11-16' },
			recognizesIsrael: { value: 'no' }
		},
		true
	),
	entry('ARG', 'Argentina', {
		recognizesPalestine: { value: 'yes', date: '2010-12-06' },
		recognizesIsrael: { value: 'yes' }
	}),
	entry('USA', 'United States', {
		recognizesPalestine: { value: 'no' },
		recognizesIsrael: { value: 'yes' }
	})
];

/** A state driven by a URL held in $state, as the app's page.url would be. */
function setup(search = '') {
	const url = $state({ current: new URL(`http://x/${search}`) });
	const visits: [string, boolean][] = [];
	const fetched: string[] = [];
	const state = new AtlasState({
		countries: COUNTRIES,
		currentYear: 2026,
		getUrl: () => url.current,
		navigate: (next, replace) => {
			visits.push([next, replace]);
			url.current = new URL(`http://x/${next}`);
		},
		fetchCountry: async (iso3) => {
			fetched.push(iso3);
			return { iso3 } as CountryRecord;
		}
	});
	return { state, visits, fetched, url };
}

describe('AtlasState', () => {
	it('shows the default view without a URL', () => {
		const state = new AtlasState({
			countries: COUNTRIES,
			currentYear: 2026,
			getUrl: () => null,
			navigate: () => {}
		});
		expect(state.view).toEqual({
			attr: 'recognizesPalestine',
			country: null,
			year: 2026,
			region: null
		});
		expect(state.legend.map((e) => [e.key, e.count])).toEqual([
			['yes', 2],
			['no', 1],
			['unknown', 0]
		]);
	});

	it('reads the view from the URL and derives fills, legend and selection', () => {
		const { state } = setup('?attr=recognizesIsrael&country=PAK');
		expect(state.selected?.name).toBe('Pakistan');
		expect(state.fills).toEqual({ PAK: '#e69f00', ARG: '#0072b2', USA: '#0072b2' });
		expect(state.legend.find((e) => e.key === 'yes')?.iso3s).toEqual(['ARG', 'USA']);
	});

	it('describes a country for tooltips and announcements, following the view', () => {
		const { state } = setup('?attr=recognizesIsrael');
		expect(state.describe('PAK')).toBe(`Pakistan: ${state.valueText('PAK')}`);
		expect(state.valueText('PAK')).toMatch(/israel/i);
		expect(state.valueText('PAK')).toMatch(/\bno\b/i);
		expect(state.describe('XXX')).toBe('');
		expect(state.nameOf('USA')).toBe('United States');
		expect(state.nameOf('XXX')).toBe('XXX');
		const later = setup('?year=2000').state;
		expect(later.valueText('ARG')).toMatch(/\bno\b/i);
	});

	it('follows the year for recognition of Palestine', () => {
		const { state } = setup('?year=2000');
		expect(state.values).toEqual({ PAK: 'yes', ARG: 'no', USA: 'no' });
		expect(state.legend.find((e) => e.key === 'yes')?.count).toBe(1);
	});

	it('writes changes to the URL: history for selection, replace for the year', () => {
		const { state, visits, fetched } = setup('?attr=recognizesIsrael');
		state.select('PAK');
		expect(visits.at(-1)).toEqual(['?attr=recognizesIsrael&country=PAK', false]);
		expect(state.view.country).toBe('PAK');
		expect(fetched).toEqual(['PAK']);
		state.update({ year: 1990 }, true);
		expect(visits.at(-1)).toEqual(['?attr=recognizesIsrael&country=PAK&year=1990', true]);
		state.select(null);
		expect(state.selected).toBeNull();
	});

	it('keeps the colours and legend when only the selection changes (the map is not recoloured)', () => {
		const { state } = setup('?attr=recognizesIsrael');
		const [fills, legend, scale] = [state.fills, state.legend, state.scale];
		state.select('PAK');
		expect(state.view.country).toBe('PAK');
		expect(state.fills).toBe(fills);
		expect(state.legend).toBe(legend);
		expect(state.scale).toBe(scale);
		state.update({ year: 2000 }, true);
		expect(state.fills).not.toBe(fills);
	});

	it('shows a change at once, before the navigation settles, then follows the URL', async () => {
		const url = $state({ current: new URL('http://x/') });
		let settle = () => {};
		const state = new AtlasState({
			countries: COUNTRIES,
			currentYear: 2026,
			getUrl: () => url.current,
			navigate: (next) =>
				new Promise<void>((resolve) => {
					settle = () => {
						url.current = new URL(`http://x/${next}`);
						resolve();
					};
				})
		});
		const done = state.select('PAK');
		expect(state.selected?.iso3).toBe('PAK');
		settle();
		await done;
		expect(state.view.country).toBe('PAK');
		// Back: the URL changes without a call to navigate, and the view follows it.
		url.current = new URL('http://x/');
		expect(state.selected).toBeNull();
	});

	it('highlights a legend entry by key, following the year', () => {
		const { state } = setup('?year=2000');
		state.highlightKey = 'yes';
		expect(state.highlighted).toEqual(['PAK']);
		state.update({ year: 2026 });
		expect(state.highlighted).toEqual(['PAK', 'ARG']);
		state.highlightKey = null;
		expect(state.highlighted).toBeNull();
	});

	it('ends the highlight when the attribute changes, not when the year or country does', () => {
		const { state } = setup('?year=2000');
		state.highlightKey = 'yes';
		state.update({ year: 2026, country: 'PAK' });
		expect(state.highlightKey).toBe('yes');
		state.update({ attr: 'recognizesIsrael' });
		expect(state.highlightKey).toBeNull();
	});

	it('loads a record once and only for countries with an article', async () => {
		const { state, fetched } = setup();
		await Promise.all([state.load('PAK'), state.load('PAK'), state.load('ARG')]);
		expect(fetched).toEqual(['PAK']);
		expect(state.details.PAK?.iso3).toBe('PAK');
	});
	it('fetches the full index once, on the first country loaded or selected, and retries after a failure', async () => {
		const thin = COUNTRIES.map(({ iso3, name, hasArticle, attributes }) => ({
			iso3,
			name,
			hasArticle,
			attributes
		}));
		let calls = 0;
		let fail = true;
		const state = new AtlasState({
			countries: thin,
			currentYear: 2026,
			getUrl: () => null,
			navigate: () => {},
			fetchIndex: async () => {
				calls++;
				if (fail) throw new Error('HTTP 503');
				return COUNTRIES;
			}
		});
		expect(state.entryOf('PAK')).toBeNull();
		const errors = console.error;
		console.error = () => {};
		try {
			await Promise.all([state.loadIndex(), state.load('ARG')]);
		} finally {
			console.error = errors;
		}
		expect(calls).toBe(1);
		expect(state.entriesFailed).toBe(true);
		expect(state.entryOf('PAK')).toBeNull();
		fail = false;
		await state.select('PAK');
		await state.loadIndex();
		expect(calls).toBe(2);
		expect(state.entriesFailed).toBe(false);
		expect(state.entryOf('PAK')).toBe(COUNTRIES[0]);
		expect(state.entries).toBe(COUNTRIES);
		await Promise.all([state.loadIndex(), state.load('PAK')]);
		expect(calls).toBe(2);
	});
	it('an older navigation settling does not overwrite a newer view', async () => {
		const url = $state({ current: new URL('http://x/') });
		const pending: { next: string; settle: () => void }[] = [];
		const state = new AtlasState({
			countries: COUNTRIES,
			currentYear: 2026,
			getUrl: () => url.current,
			navigate: (next) =>
				new Promise<void>((resolve) => {
					pending.push({
						next,
						settle: () => {
							url.current = new URL(`http://x/${next}`);
							resolve();
						}
					});
				})
		});
		const first = state.select('PAK');
		const second = state.update({ attr: 'recognizesIsrael' });
		expect(state.view).toMatchObject({ country: 'PAK', attr: 'recognizesIsrael' });
		expect(pending.map((p) => p.next)).toEqual([
			'?country=PAK',
			'?attr=recognizesIsrael&country=PAK'
		]);
		// The first navigation lands late: the newer view must stay on screen.
		pending[0]!.settle();
		await first;
		expect(state.view).toMatchObject({ country: 'PAK', attr: 'recognizesIsrael' });
		pending[1]!.settle();
		await second;
		expect(state.view).toMatchObject({ country: 'PAK', attr: 'recognizesIsrael' });
	});
});

describe('AtlasState with a region', () => {
	const GROUP: Group = {
		id: 'test-bloc',
		name: 'Test Bloc',
		kind: 'bloc',
		size: 2,
		source: { cite: 'A test', asOf: '2026-01' },
		members: [
			{ iso3: 'PAK', status: 'member' },
			{ iso3: 'USA', status: 'member', since: '2000' },
			{ iso3: 'PSE', status: 'member' }
		]
	};

	function regionSetup(search: string, countries = COUNTRIES, group = GROUP) {
		const url = $state({ current: new URL(`http://x/${search}`) });
		const state = new AtlasState({
			countries,
			currentYear: 2026,
			getUrl: () => url.current,
			navigate: (next) => {
				url.current = new URL(`http://x/${next}`);
			},
			groups: [group]
		});
		return { state, url };
	}

	it('counts only the members in the legend, titles it, and lists the members to fit', () => {
		const { state } = regionSetup('?region=test-bloc&attr=recognizesIsrael');
		expect(state.region?.id).toBe('test-bloc');
		expect(state.regionTitle).toBe('Test Bloc · 2 states and Palestine');
		const counts = Object.fromEntries(state.legend.map((e) => [e.key, e.count]));
		// Pakistan no, the United States yes; Argentina is no member; Palestine is never counted.
		expect(counts).toEqual({ yes: 1, no: 1, unknown: 0 });
		expect(state.regionCounts?.summary).toBe(
			'1 of 2 Test Bloc states recognises Israel; Palestine, a member, is not counted.'
		);
		expect([...state.regionShown!].sort()).toEqual(['PAK', 'PSE', 'USA']);
	});

	it('follows the year: members then, recognition then', () => {
		const { state } = regionSetup('?region=test-bloc&year=1990');
		expect(state.regionTitle).toBe('Test Bloc · 1 state and Palestine');
		expect(state.legend.find((e) => e.key === 'yes')?.count).toBe(1);
	});

	it('shows a member that was not yet a state in the year as such, and does not count it', () => {
		const kazakhstan = {
			...entry('KAZ', 'Kazakhstan', { recognizesPalestine: { value: 'yes', date: '1992-04-06' } }),
			statehood: {
				since: '1991-12-16',
				predecessor: 'the Soviet Union',
				continuous: false,
				cite: 'T'
			}
		};
		const group = {
			...GROUP,
			members: [...GROUP.members, { iso3: 'KAZ', status: 'member' as const }]
		};
		const { state } = regionSetup('?region=test-bloc&year=1990', [...COUNTRIES, kazakhstan], group);
		const counts = Object.fromEntries(state.legend.map((e) => [e.key, e.count]));
		expect(counts).toMatchObject({ yes: 1, no: 0, 'not-a-state': 1 });
		expect(state.regionCounts?.total).toBe(1);
		expect(state.regionTitle).toBe('Test Bloc · 1 state and Palestine, 1 not yet a state');
		expect(state.regionCounts?.summary).toContain('1 member was not yet a state');
		// The year control does not apply to recognising Israel: today's members and states.
		const israel = regionSetup(
			'?region=test-bloc&year=1990&attr=recognizesIsrael',
			[...COUNTRIES, kazakhstan],
			group
		).state;
		expect([israel.regionCounts?.year, israel.regionCounts?.total]).toEqual([null, 3]);
	});

	it('an unknown region is the world; clearing returns to it', async () => {
		expect(regionSetup('?region=nowhere').state.region).toBeNull();
		const { state } = regionSetup('?region=test-bloc');
		await state.update({ region: null });
		expect(state.region).toBeNull();
		expect(state.legend.reduce((sum, e) => sum + e.count, 0)).toBe(COUNTRIES.length);
	});

	it('groupings set later (the embed fetches them) make the URL’s region the view', () => {
		const url = $state({ current: new URL('http://x/?region=test-bloc&attr=recognizesIsrael') });
		const state = new AtlasState({
			countries: COUNTRIES,
			currentYear: 2026,
			getUrl: () => url.current,
			navigate: () => {}
		});
		// Until they arrive the region is unknown: the world.
		expect(state.region).toBeNull();
		expect(state.legend.reduce((sum, e) => sum + e.count, 0)).toBe(COUNTRIES.length);
		state.groups = [GROUP];
		expect(state.region?.id).toBe('test-bloc');
		expect(state.regionTitle).toBe('Test Bloc · 2 states and Palestine');
		expect(state.legend.reduce((sum, e) => sum + e.count, 0)).toBe(2);
	});

	it("offers a country's groups as its peers", () => {
		const { state } = regionSetup('');
		expect(state.groupsOf('PAK').map((g) => g.id)).toEqual(['test-bloc']);
		expect(state.groupsOf('ARG')).toEqual([]);
	});
});
