import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import type { AtlasData, CountryRecord, Group } from '../src/lib/types';

/** The data the site was built from: expectations are computed from it, not hard-coded. */
const DATA = JSON.parse(
	readFileSync('src/lib/server/generated/countries.json', 'utf8')
) as AtlasData;
const group = (id: string): Group => DATA.groups.find((g) => g.id === id)!;

test('groups.csv lists every grouping with its members, dates and sources', async ({
	page,
	request
}) => {
	await page.goto('/about');
	await expect(page.getByRole('link', { name: 'groups.csv' })).toHaveAttribute(
		'href',
		'/downloads/groups.csv'
	);
	const response = await request.get('/downloads/groups.csv');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('text/csv');
	const text = await response.text();
	expect(text.slice(0, 200)).toContain('\r\n');
	const rows = parse(text, { columns: true }) as Record<string, string>[];
	expect(rows).toHaveLength(DATA.groups.reduce((n, g) => n + g.members.length, 0));
	expect(new Set(rows.map((r) => r.group_id))).toEqual(new Set(DATA.groups.map((g) => g.id)));

	const arab = rows.filter((r) => r.group_id === 'arab-league');
	const counted = new Set(arab.filter((r) => r.counted === 'yes').map((r) => r.iso3));
	expect(counted.size).toBe(group('arab-league').size);
	expect(arab.find((r) => r.iso3 === 'PSE')).toMatchObject({ status: 'member', counted: 'no' });
	expect(arab.filter((r) => r.iso3 === 'SYR').map((r) => r.status)).toEqual([
		'member',
		'suspended',
		'member'
	]);
	for (const row of rows) {
		expect(row.source_title, row.group_id).toBeTruthy();
		expect(row.as_of, row.group_id).toMatch(/^\d{4}(-\d{2}){0,2}$/);
	}
});

test('countries.csv and .json carry the M49 region and one column per bloc', async ({
	request
}) => {
	const rows = parse(await (await request.get('/downloads/countries.csv')).text(), {
		columns: true
	}) as Record<string, string>[];
	const syria = rows.find((r) => r.iso3 === 'SYR')!;
	expect(syria).toMatchObject({
		m49_region: 'Asia',
		m49_subregion: 'Western Asia',
		group_arab_league: 'member',
		group_oic: 'suspended',
		group_eu: ''
	});
	for (const g of DATA.groups.filter((g) => g.kind === 'bloc' || g.kind === 'un-group')) {
		const column = `group_${g.id.replace(/-/g, '_')}`;
		const members = rows.filter((r) => r[column] === 'member' || r[column] === 'suspended');
		expect(members.length, g.id).toBe(g.size);
	}

	const json = (await (await request.get('/downloads/countries.json')).json()) as {
		countries: CountryRecord[];
		groups: Group[];
	};
	expect(json.groups.map((g) => g.id)).toEqual(DATA.groups.map((g) => g.id));
	expect(json.countries.find((c) => c.iso3 === 'SYR')?.groups).toMatchObject({
		region: 'asia',
		subregion: 'western-asia'
	});
});

test('every source tag in the downloads can be followed: its address beside it', async ({
	request
}) => {
	const rows = parse(await (await request.get('/downloads/countries.csv')).text(), {
		columns: true
	}) as Record<string, string>[];
	const json = (await (await request.get('/downloads/countries.json')).json()) as {
		sources: NonNullable<AtlasData['sources']>;
	};
	expect(json.sources).toEqual(DATA.sources);
	// Where a cite is a list of known tags, the addresses are those tags' addresses, in order.
	let checked = 0;
	for (const country of DATA.countries) {
		const cite = country.attributes.recognizesPalestine.cite;
		const tags = cite?.split('; ') ?? [];
		if (!tags.length || !tags.every((tag) => json.sources[tag]?.url)) continue;
		const row = rows.find((r) => r.iso3 === country.iso3)!;
		expect(row.recognizesPalestine_cite).toBe(cite);
		const urls = [...new Set(tags.map((tag) => json.sources[tag]!.url))];
		expect(row.recognizesPalestine_cite_url, country.iso3).toBe(urls.join('; '));
		checked++;
	}
	expect(checked).toBeGreaterThan(50);
	// Every address in the column is a source's address.
	const urls = new Set(Object.values(json.sources).flatMap((s) => (s.url ? [s.url] : [])));
	for (const row of rows)
		for (const url of row.recognizesPalestine_cite_url?.split('; ').filter(Boolean) ?? [])
			expect(urls.has(url), `${row.iso3}: ${url}`).toBe(true);
});
