import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import type { AtlasData, CountryRecord } from '../src/lib/types';

/** The data the site was built from: expectations are computed from it, not hard-coded. */
const DATA = JSON.parse(
	readFileSync('src/lib/server/generated/countries.json', 'utf8')
) as AtlasData;
/**
 * The site's "today" is fixed when it is built, not when the tests run (a run across New Year
 * must agree with the build): read it from the built page's year control.
 */
const CURRENT_YEAR = Number(
	/<input[^>]*type="range"[^>]*max="(\d{4})"/.exec(readFileSync('build/index.html', 'utf8'))?.[1]
);
const byIso3 = (iso3: string): CountryRecord => {
	const country = DATA.countries.find((c) => c.iso3 === iso3);
	if (!country) throw new Error(`${iso3} is not in the data`);
	return country;
};
const PAK = byIso3('PAK');
const MYS = byIso3('MYS');

const VALUE_LABELS: Record<string, string> = {
	yes: 'Yes',
	no: 'No',
	unknown: 'Unknown',
	embassy: 'Embassy',
	other: 'Other mission (delegation, office)',
	none: 'None',
	resident: 'Resident (in Palestine)',
	'non-resident': 'Non-resident (covered from elsewhere)'
};

/** How many countries have each value of an attribute, in the data file. */
function countsOf(id: keyof CountryRecord['attributes']): Map<string, number> {
	const counts = new Map<string, number>();
	for (const c of DATA.countries) {
		const value = c.attributes[id].value;
		counts.set(value, (counts.get(value) ?? 0) + 1);
	}
	return counts;
}

/** States that had recognised Palestine by the end of `year` (a year-only date counts from that year). */
function recognisedBy(year: number): number {
	return DATA.countries.filter((c) => {
		const a = c.attributes.recognizesPalestine;
		if (a.value !== 'yes') return false;
		if (!a.date) return year >= CURRENT_YEAR;
		return Number(a.date.slice(0, 4)) <= year;
	}).length;
}

/** The legend entries as "label count" strings. */
async function legendTexts(page: Page, title: string): Promise<string[]> {
	const legend = page.getByRole('region', { name: title, exact: true });
	const texts = await legend.getByRole('button').allInnerTexts();
	return texts.map((t) => t.replace(/\s+/g, ' ').trim());
}

/** The table's section (a table on wide screens, a compact list on phones). */
const tableArea = (page: Page) => page.getByRole('region', { name: 'Table of all countries' });

/**
 * A country's button in the table, found by filtering the table by its name (rows render on
 * demand: as they come into view or are searched).
 */
async function tableButton(page: Page, name: string) {
	// The table renders once it nears the viewport: scroll to it, as a reader would.
	await tableArea(page).scrollIntoViewIfNeeded();
	await tableArea(page).getByRole('searchbox', { name: 'Filter by name' }).fill(name);
	return tableArea(page).getByRole('button', { name, exact: true });
}

/** Opens a country's panel through the table (the map's own clicks are tested with the map). */
async function chooseInTable(page: Page, name: string) {
	await (await tableButton(page, name)).click();
}

const panel = (page: Page) => page.getByRole('complementary');

/** Opens the map page and waits for hydration, so clicks reach their handlers. */
async function open(page: Page, url = '/') {
	await page.goto(url);
	await page.locator('[data-hydrated]').waitFor();
}

test('choosing Pakistan opens its panel with its title and evidence', async ({ page }) => {
	await open(page, '/');
	await chooseInTable(page, PAK.name);
	await expect(page).toHaveURL(/country=PAK/);
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(PAK.article!.title);
	// Evidence of an article-sourced value arrives with the article's JSON.
	const quoted =
		Object.values(PAK.attributes).find((a) => a.evidence && a.source !== 'facts') ??
		Object.values(PAK.attributes).find((a) => a.evidence);
	expect(quoted, 'Pakistan has a sourced value').toBeTruthy();
	await expect(panel(page).getByText(quoted!.evidence!, { exact: true }).first()).toBeVisible();
	await expect(
		panel(page).getByText(PAK.article!.summary.split('\n')[0]!.slice(0, 60))
	).toBeVisible();
	// Announced politely for screen readers.
	await expect(page.getByRole('status').filter({ hasText: 'selected' })).toHaveText(
		`${PAK.name} selected: recognises Palestine: yes`
	);
});

test('a country without an article says so and shows its facts', async ({ page }) => {
	const without = DATA.countries.find((c) => !c.article && c.attributes.recognizesPalestine.source);
	test.skip(!without, 'every country has an article');
	await open(page, `/?country=${without!.iso3}`);
	await expect(panel(page).getByText('No article yet.')).toBeVisible();
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(without!.name);
	// Its values carry the facts row's sources, as titled links, and the table's date.
	await expect(
		panel(page)
			.getByText(/facts as of March 2026/)
			.first()
	).toBeVisible();
	await expect(panel(page).getByRole('link').first()).toHaveAttribute('href', /^https?:/);
});

for (const [id, label] of [
	['recognizesIsrael', 'Recognises Israel'],
	['palestinianMission', "Palestine's mission in the country"],
	['missionToPalestine', "The country's mission to Palestine"],
	['recognizesPalestine', 'Recognises Palestine']
] as const) {
	test(`switching to "${label}" recolours and the legend counts match the data`, async ({
		page
	}) => {
		await open(page, id === 'recognizesPalestine' ? '/?attr=recognizesIsrael' : '/');
		await page.getByRole('radio', { name: label }).check();
		await expect(page).toHaveURL(
			id === 'recognizesPalestine' ? /:\d+\/(#.*)?$/ : new RegExp(`attr=${id}`)
		);
		const counts = countsOf(id);
		const values = {
			recognizesIsrael: ['yes', 'no', 'unknown'],
			recognizesPalestine: ['yes', 'no', 'unknown'],
			palestinianMission: ['embassy', 'other', 'none', 'unknown'],
			missionToPalestine: ['resident', 'non-resident', 'none', 'unknown']
		}[id];
		const expected = values.map((v) => `${VALUE_LABELS[v]} ${counts.get(v) ?? 0}`);
		await expect.poll(() => legendTexts(page, label)).toEqual(expected);
		// The table follows: its column for the attribute is marked, Pakistan's row shows its value.
		await tableButton(page, PAK.name);
		const row = page.getByRole('row', { name: new RegExp(`^${PAK.name}\\b`) });
		const column = [
			'recognizesPalestine',
			'recognizesIsrael',
			'palestinianMission',
			'missionToPalestine'
		].indexOf(id);
		await expect(row.getByRole('cell').nth(column)).toContainText(
			VALUE_LABELS[PAK.attributes[id].value]!
		);
	});
}

test('the recognition-year choice shows a ramp legend whose counts add up', async ({ page }) => {
	await open(page, '/');
	await page.getByRole('radio', { name: 'Year Palestine was recognised' }).check();
	await expect(page).toHaveURL(/attr=recognitionYear/);
	const texts = await legendTexts(page, 'Year Palestine was recognised');
	expect(texts[0]).toBe(
		`1988 ${DATA.countries.filter((c) => c.attributes.recognizesPalestine.value === 'yes' && c.attributes.recognizesPalestine.date?.startsWith('1988')).length}`
	);
	const total = texts.reduce((sum, t) => sum + Number(t.split(' ').at(-1)), 0);
	expect(total).toBe(DATA.countries.length);
	expect(texts.at(-2)).toBe(`Not recognised ${countsOf('recognizesPalestine').get('no') ?? 0}`);
});

test('search selects Malaysia by keyboard alone', async ({ page }) => {
	await open(page, '/');
	const box = page.getByRole('combobox', { name: 'Find a country' });
	await box.focus();
	await page.keyboard.type('Malay');
	await expect(page.getByRole('listbox')).toBeVisible();
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('option', { name: MYS.name })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/country=MYS/);
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
		MYS.article?.title ?? MYS.name
	);
	await expect(page.getByRole('listbox')).toBeHidden();
});

for (const query of ['Turkey', 'Türkiye', 'turkiye']) {
	test(`search finds TUR for "${query}"`, async ({ page }) => {
		const turkey = byIso3('TUR');
		await open(page, '/');
		await page.getByRole('combobox', { name: 'Find a country' }).fill(query);
		const first = page.getByRole('option').first();
		await expect(first).toContainText(turkey.name);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/country=TUR/);
		await expect(panel(page)).toContainText(turkey.name);
	});
}

test('a deep link reproduces the view', async ({ page }) => {
	await open(page, '/?attr=recognizesIsrael&country=PAK');
	await expect(page.getByRole('radio', { name: 'Recognises Israel' })).toBeChecked();
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(PAK.article!.title);
	const counts = countsOf('recognizesIsrael');
	await expect
		.poll(() => legendTexts(page, 'Recognises Israel'))
		.toEqual([
			`Yes ${counts.get('yes') ?? 0}`,
			`No ${counts.get('no') ?? 0}`,
			`Unknown ${counts.get('unknown') ?? 0}`
		]);
});

test('bad URL values fall back to the default view', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await open(page, '/?attr=zzz&country=123&year=abc');
	await expect(page.getByRole('radio', { name: 'Recognises Palestine' })).toBeChecked();
	await tableArea(page).scrollIntoViewIfNeeded();
	await expect(page.getByRole('table', { name: /All countries/ })).toBeVisible();
	await expect(panel(page)).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('Back and Forward move between selections', async ({ page }) => {
	await open(page, '/');
	await chooseInTable(page, PAK.name);
	await expect(page).toHaveURL(/country=PAK/);
	await chooseInTable(page, MYS.name);
	await expect(page).toHaveURL(/country=MYS/);
	await page.goBack();
	await expect(page).toHaveURL(/country=PAK/);
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(PAK.article!.title);
	await page.goBack();
	await expect(page).toHaveURL(/:\d+\/(#.*)?$/);
	await expect(panel(page)).toHaveCount(0);
	await page.goForward();
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(PAK.article!.title);
});

test('/country/PAK carries title, summary and Open Graph tags in its HTML', async ({ request }) => {
	const response = await request.get('/country/PAK');
	expect(response.status()).toBe(200);
	const html = await response.text();
	const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
	expect(html).toContain(`<title>${PAK.article!.title} — Palestine Relations Atlas</title>`);
	expect(html).toMatch(/<meta name="description" content="[^"]{40,}"/);
	expect(html).toContain(`<meta property="og:title" content="${escape(PAK.article!.title)}"`);
	expect(html).toMatch(/<meta property="og:description" content="[^"]{40,}"/);
	expect(html).toContain('<meta property="og:type" content="article"');
	const firstSentence = PAK.article!.summary.split('. ')[0]!;
	expect(html).toContain(escape(firstSentence).replace(/&quot;/g, '"'));
	expect(html).toContain(`<h1`);
	// Bangladesh's article has an infobox: it is a table in the HTML.
	const bangladesh = await (await request.get('/country/BGD')).text();
	expect(bangladesh).toMatch(/<th scope="row"[^>]*>Mission of Bangladesh<\/th>/);
	expect(bangladesh).toContain('Embassy of Bangladesh, Amman');
});

test('an unknown country code is a proper 404 page', async ({ page, request }) => {
	const response = await request.get('/country/XYZ');
	expect(response.status()).toBe(404);
	await page.goto('/country/XYZ');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
	await expect(page.getByRole('link', { name: 'the map', exact: true })).toBeVisible();
	await expect(page.getByRole('link', { name: /Look for/ })).toHaveCount(0);
	await expect(page).toHaveTitle(/Not found/);
});

test('a mixed-case country address reaches its page', async ({ page, request }) => {
	const austria = byIso3('AUT');
	expect(austria.article).toBeNull();
	// Upper- and lower-case codes have pages; a mixed-case one is the host's 404 page, which goes
	// on to the upper-case page.
	expect((await request.get('/country/Aut')).status()).toBe(404);
	await page.goto('/country/Aut');
	await expect(page).toHaveURL(/\/country\/AUT$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(austria.name);
	await expect(page.getByText('No article yet').first()).toBeVisible();
});

test('Esc closes the panel and focus returns where it was', async ({ page }) => {
	await open(page, '/');
	const button = await tableButton(page, PAK.name);
	await button.focus();
	await page.keyboard.press('Enter');
	const heading = panel(page).getByRole('heading', { level: 2 });
	await expect(heading).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(panel(page)).toHaveCount(0);
	await expect(button).toBeFocused();
	await expect(page).toHaveURL(/:\d+\/(#.*)?$/);

	// The close button does the same.
	await button.press('Enter');
	await panel(page)
		.getByRole('button', { name: `Close ${PAK.name}` })
		.click();
	await expect(panel(page)).toHaveCount(0);
	await expect(button).toBeFocused();
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('the panel is a bottom sheet that leaves the map visible above it', async ({ page }) => {
		await open(page, '/');
		await chooseInTable(page, PAK.name);
		const sheet = panel(page);
		await expect(sheet.getByRole('heading', { level: 2 })).toHaveText(PAK.article!.title);
		const box = (await sheet.boundingBox())!;
		expect(Math.round(box.y + box.height)).toBe(844);
		expect(box.height).toBeLessThan(844 * 0.6);
		expect(box.width).toBe(390);
		const map = (await page.getByTestId('map-area').boundingBox())!;
		expect(map.y).toBeGreaterThanOrEqual(-1);
		expect(map.y + map.height).toBeLessThanOrEqual(box.y + 1);
		expect(map.height).toBeGreaterThan(200);
	});
});

test('the year control: 1988 shows fewer recognising states, and the count matches the data', async ({
	page
}) => {
	await open(page, '/');
	const legend = page.getByRole('region', { name: 'Recognises Palestine', exact: true });
	await expect(legend.getByRole('button', { name: /^Yes/ })).toHaveText(
		new RegExp(`Yes\\s*${recognisedBy(CURRENT_YEAR)}`)
	);
	const slider = page.getByRole('slider', { name: /Recognised by the end of/ });
	await slider.focus();
	await page.keyboard.press('Home');
	await expect(slider).toHaveValue('1988');
	await expect(page).toHaveURL(/year=1988/);
	const in1988 = recognisedBy(1988);
	expect(in1988).toBeLessThan(recognisedBy(CURRENT_YEAR));
	await expect(legend.getByRole('button', { name: /^Yes/ })).toHaveText(
		new RegExp(`Yes\\s*${in1988}$`)
	);
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/year=1989/);
	await expect(legend.getByRole('button', { name: /^Yes/ })).toHaveText(
		new RegExp(`Yes\\s*${recognisedBy(1989)}$`)
	);
	// A year link reproduces the view.
	await open(page, '/?year=2000');
	await expect(slider).toHaveValue('2000');
	await expect(legend.getByRole('button', { name: /^Yes/ })).toHaveText(
		new RegExp(`Yes\\s*${recognisedBy(2000)}$`)
	);
	expect(CURRENT_YEAR).toBeGreaterThan(2000);
	// Play moves the year forward; after Pause the legend counts the year it stopped at.
	const urlYear = () => Number(new URL(page.url()).searchParams.get('year'));
	await page.getByRole('button', { name: /Play/ }).click();
	await expect.poll(urlYear).toBeGreaterThan(2000);
	await page.getByRole('button', { name: /Pause/ }).click();
	await expect(page.getByRole('button', { name: /Play/ })).toBeVisible();
	const stopped = Number(await slider.inputValue());
	expect(stopped).toBeGreaterThan(2000);
	await expect.poll(urlYear).toBe(stopped);
	await expect(legend.getByRole('button', { name: /^Yes/ })).toHaveText(
		new RegExp(`Yes\\s*${recognisedBy(stopped)}$`)
	);
});

test('Play starts again from 1988 at today, and stops at today by itself', async ({ page }) => {
	const slider = page.getByRole('slider', { name: /Recognised by the end of/ });
	// At today's year, Play starts again from 1988 …
	await open(page, '/');
	await expect(slider).toHaveValue(String(CURRENT_YEAR));
	await page.getByRole('button', { name: /Play/ }).click();
	await expect.poll(async () => Number(await slider.inputValue())).toBeLessThan(2000);
	await page.getByRole('button', { name: /Pause/ }).click();
	// … and from the year before today it stops at today by itself, never past it.
	await open(page, `/?year=${CURRENT_YEAR - 1}`);
	await page.getByRole('button', { name: /Play/ }).click();
	await expect(page.getByRole('button', { name: /Play/ })).toBeVisible();
	await expect(slider).toHaveValue(String(CURRENT_YEAR));
	expect(new URL(page.url()).searchParams.get('year')).toBeNull();
});

test('the downloads parse and carry sources', async ({ page, request }) => {
	await open(page, '/');
	await expect(page.getByRole('link', { name: 'CSV' })).toHaveAttribute(
		'href',
		'/downloads/countries.csv'
	);
	const csv = await request.get('/downloads/countries.csv');
	expect(csv.status()).toBe(200);
	expect(csv.headers()['content-type']).toContain('text/csv');
	const rows = parse(await csv.text(), { columns: true }) as Record<string, string>[];
	expect(rows).toHaveLength(DATA.countries.length);
	for (const id of [
		'recognizesPalestine',
		'recognizesIsrael',
		'palestinianMission',
		'missionToPalestine'
	]) {
		expect(Object.keys(rows[0]!)).toContain(`${id}_source`);
		for (const row of rows) {
			if (row[id] !== 'unknown')
				expect(row[`${id}_source`], `${row.iso3} ${id}`).toMatch(/^(infobox|text|facts)$/);
		}
	}
	const pak = rows.find((r) => r.iso3 === 'PAK')!;
	expect(pak.recognizesPalestine).toBe(PAK.attributes.recognizesPalestine.value);
	expect(pak.recognizesPalestine_evidence).toBe(PAK.attributes.recognizesPalestine.evidence ?? '');

	const json = await request.get('/downloads/countries.json');
	expect(json.status()).toBe(200);
	const body = (await json.json()) as { countries: CountryRecord[] };
	expect(body.countries).toHaveLength(DATA.countries.length);
	for (const c of body.countries)
		for (const a of Object.values(c.attributes))
			if (a.value !== 'unknown') expect(a.source).toBeTruthy();
});

test('the about page lists counts, sources, conflicts and doubts', async ({ page }) => {
	await open(page, '/');
	await page.getByRole('link', { name: 'About the data' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the data');
	const counts = countsOf('recognizesPalestine');
	const table = page.getByRole('table', { name: 'Recognises Palestine' });
	await expect(table.getByRole('row', { name: /^Yes/ })).toContainText(
		String(counts.get('yes') ?? 0)
	);
	await expect(page.getByRole('heading', { name: /Known doubts/ })).toBeVisible();
	// The bundled articles agree with the facts table (the list of conflicts itself is tested
	// with a fixture that has one: src/routes/(app)/about/aboutPage.test.ts).
	await expect(page.getByText('None: every article agrees with the facts table.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'countries.csv' })).toBeVisible();
});

test.describe('a deep link on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('shows the map above the bottom sheet, not the controls', async ({ page }) => {
		await open(page, `/?country=${MYS.iso3}`);
		const sheet = (await panel(page).boundingBox())!;
		await expect
			.poll(async () => (await page.getByTestId('map-area').boundingBox())!.y)
			.toBeLessThan(5);
		const map = (await page.getByTestId('map-area').boundingBox())!;
		expect(map.y).toBeGreaterThanOrEqual(-1);
		expect(map.y + map.height).toBeLessThanOrEqual(sheet.y + 1);
	});
});
