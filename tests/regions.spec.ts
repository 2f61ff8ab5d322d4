import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { AtlasData, AttributeId } from '../src/lib/types';

/** The data the site was built from: expectations are computed from it. */
const DATA = JSON.parse(
	readFileSync('src/lib/server/generated/countries.json', 'utf8')
) as AtlasData;
const TOTAL = DATA.countries.length;
const byIso3 = new Map(DATA.countries.map((c) => [c.iso3, c]));

const VALUE_LABELS: Record<string, string> = { yes: 'Yes', no: 'No', unknown: 'Unknown' };

/** A group's counted members today: members and suspended, not observers, not Palestine. */
function counted(id: string) {
	const group = DATA.groups.find((g) => g.id === id);
	if (!group) throw new Error(`no group ${id} in the data`);
	const iso3s = group.members
		.filter((m) => m.until === undefined && m.status !== 'observer' && m.iso3 !== 'PSE')
		.map((m) => m.iso3)
		.filter((iso3) => byIso3.has(iso3));
	return { group, iso3s: [...new Set(iso3s)] };
}

/** How many of `iso3s` have each value of `id`. */
function countsOf(iso3s: string[], id: AttributeId) {
	const counts = new Map<string, number>();
	for (const iso3 of iso3s) {
		const value = byIso3.get(iso3)!.attributes[id].value;
		counts.set(value, (counts.get(value) ?? 0) + 1);
	}
	return counts;
}

async function open(page: Page, url: string) {
	await page.goto(url);
	await page.locator('[data-hydrated]').waitFor();
}

/** The legend entries as "label count" strings. */
async function legendTexts(page: Page, title: string): Promise<string[]> {
	const legend = page.getByRole('region', { name: title, exact: true });
	const texts = await legend.getByRole('button').allInnerTexts();
	return texts.map((t) => t.replace(/\s+/g, ' ').trim());
}

test('?region=arab-league counts only the Arab League in the legend', async ({ page }) => {
	await open(page, '/?region=arab-league&attr=recognizesIsrael');
	const { group, iso3s } = counted('arab-league');
	const palestine = group.members.some((m) => m.iso3 === 'PSE' && m.until === undefined);
	const title = `${group.name} · ${iso3s.length} states${palestine ? ' and Palestine' : ''}`;
	// Hand-written oracle: 22 members, Palestine one of them and never counted, Syria readmitted.
	expect(title).toBe('Arab League · 21 states and Palestine');
	const counts = countsOf(iso3s, 'recognizesIsrael');
	await expect
		.poll(() => legendTexts(page, title))
		.toEqual(['yes', 'no', 'unknown'].map((v) => `${VALUE_LABELS[v]} ${counts.get(v) ?? 0}`));
	// The result in words, in a live region.
	const yes = counts.get('yes') ?? 0;
	await expect(page.getByRole('status').filter({ hasText: 'Arab League states' })).toHaveText(
		new RegExp(`^${yes} of ${iso3s.length} Arab League states recognise.? Israel`)
	);
	// The table follows: only members, and the hand-checked ones that recognise Israel.
	const table = page.getByRole('region', { name: 'Table of all countries' });
	// It renders once it nears the viewport: scroll to it, as a reader would.
	await table.scrollIntoViewIfNeeded();
	await expect(table.getByRole('status')).toHaveText(
		`Showing ${iso3s.length} of ${TOTAL} countries (members of Arab League)`
	);
	await table.getByRole('combobox', { name: 'Recognises Israel' }).selectOption('yes');
	await expect(table.getByRole('status')).toHaveText(
		`Showing ${yes} of ${TOTAL} countries (members of Arab League)`
	);
	for (const name of ['Egypt', 'Jordan', 'United Arab Emirates', 'Bahrain', 'Morocco'])
		await expect(table.getByRole('button', { name, exact: true })).toBeVisible();
	// The map keeps the members at full strength (the region prop reached it).
	await expect(page).toHaveURL(/region=arab-league/);
});

test('the year control works within the region; clearing returns to the world', async ({
	page
}) => {
	await open(page, '/?region=eu&year=2000');
	// Members at the end of 2000 (the fifteen; the 2004 enlargement is not counted yet).
	const yearOf = (date: string) => Number(date.slice(0, 4));
	const iso3s = DATA.groups
		.find((g) => g.id === 'eu')!
		.members.filter(
			(m) =>
				(m.since === undefined || yearOf(m.since) <= 2000) &&
				(m.until === undefined || yearOf(m.until) > 2000)
		)
		.map((m) => m.iso3);
	expect(iso3s).toHaveLength(15);
	const by2000 = iso3s.filter((iso3) => {
		const a = byIso3.get(iso3)!.attributes.recognizesPalestine;
		return a.value === 'yes' && a.date !== undefined && Number(a.date.slice(0, 4)) <= 2000;
	}).length;
	const sentence = page.getByRole('status').filter({ hasText: 'European Union states' });
	await expect(sentence).toContainText(`${by2000} of 15 European Union states`);
	await expect(sentence).toContainText('at the end of 2000');
	await page.getByRole('button', { name: 'Whole world' }).click();
	await expect(page).not.toHaveURL(/region=/);
	await expect(
		page.getByRole('region', { name: 'Recognises Palestine', exact: true })
	).toBeVisible();
	const sum = (await legendTexts(page, 'Recognises Palestine'))
		.map((t) => Number(t.split(' ').at(-1)))
		.reduce((a, b) => a + b, 0);
	expect(sum).toBe(TOTAL);
});

test('a region in 1990: states that did not exist yet are shown as such, not counted', async ({
	page
}) => {
	await open(page, '/?region=central-asia&year=1990');
	const { group, iso3s } = counted('central-asia');
	// From the statehood data: not a state by the end of 1990 (continuing states always are).
	const notYet = iso3s.filter((iso3) => {
		const s = byIso3.get(iso3)!.statehood;
		return s !== undefined && !s.continuous && Number(s.since.slice(0, 4)) > 1990;
	});
	// Hand-written oracle: the five former Soviet republics became states in 1991.
	expect(notYet.sort()).toEqual(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
	const states = iso3s.length - notYet.length;
	const title = `${group.name} · ${states} states, ${notYet.length} not yet states`;
	await expect.poll(() => legendTexts(page, title)).toContain(`Not yet a state ${notYet.length}`);
	// No member counted as "does not recognise" for not existing yet.
	expect(states).toBe(0);
	expect((await legendTexts(page, title)).filter((t) => /^(Yes|No) /.test(t))).toEqual([
		'Yes 0',
		'No 0'
	]);
	await expect(page.getByRole('status').filter({ hasText: 'states in Central Asia' })).toHaveText(
		'0 of 0 states in Central Asia recognise Palestine at the end of 1990; 5 members were not yet states.'
	);
});

test('the table filters by region too; a suspended member is shown as suspended', async ({
	page
}) => {
	await open(page, '/?year=2015');
	const table = page.getByRole('region', { name: 'Table of all countries' });
	await table.scrollIntoViewIfNeeded();
	await table.getByRole('combobox', { name: 'Filter by region' }).selectOption('arab-league');
	await expect(page).toHaveURL(/region=arab-league/);
	// Members at the end of 2015, from the data: Syria suspended (2011–2023) and still counted.
	const yearOf = (date: string) => Number(date.slice(0, 4));
	const members = DATA.groups
		.find((g) => g.id === 'arab-league')!
		.members.filter(
			(m) =>
				m.status !== 'observer' &&
				m.iso3 !== 'PSE' &&
				(m.since === undefined || yearOf(m.since) <= 2015) &&
				(m.until === undefined || yearOf(m.until) > 2015)
		);
	const suspended = members.filter((m) => m.status === 'suspended').map((m) => m.iso3);
	expect(suspended).toEqual(['SYR']);
	await expect(table.getByRole('status')).toHaveText(
		`Showing ${new Set(members.map((m) => m.iso3)).size} of ${TOTAL} countries (members of Arab League)`
	);
	await expect(page.getByText('Suspended, still counted: Syria.')).toBeVisible();
	// The map's region control follows the table's.
	await expect(page.getByRole('combobox', { name: 'Region or group' })).toHaveValue('arab-league');
});

test('the map page fetches the groupings and the sources’ titles, not carrying them in its HTML', async ({
	page,
	request
}) => {
	const html = await (await request.get('/')).text();
	// The region picker's list is in the page; the members and the sources' records are not.
	expect(html).toContain('<optgroup label="UN sub-regions">');
	expect(html).not.toContain('members:[');
	expect(html).not.toContain('publisher:"');
	const fetched = Promise.all([
		page.waitForResponse(/\/groups\.json$/),
		page.waitForResponse(/\/sources\.json$/)
	]);
	await open(page, '/');
	// Fetched once the reader starts using the page: here, a first move of the mouse.
	await page.mouse.move(10, 10);
	for (const response of await fetched) expect(response.status()).toBe(200);
});

test('the region control and the search both choose a region', async ({ page }) => {
	await open(page, '/');
	await page.getByRole('combobox', { name: 'Region or group' }).selectOption({ label: 'ASEAN' });
	await expect(page).toHaveURL(/region=asean/);
	const { iso3s } = counted('asean');
	await expect(
		page.getByRole('heading', { name: new RegExp(`^ASEAN · ${iso3s.length} states$`) })
	).toBeVisible();

	const search = page.getByRole('combobox', { name: 'Find a country' });
	await search.fill('arab');
	await page
		.getByRole('listbox')
		.getByRole('option', { name: /^Arab League/ })
		.click();
	await expect(page).toHaveURL(/region=arab-league/);
	await expect(
		page.getByRole('heading', { name: 'Arab League · 21 states and Palestine' })
	).toBeVisible();
});

test('a country panel offers its groups', async ({ page }) => {
	await open(page, '/?country=PAK');
	const panel = page.getByRole('complementary');
	const pak = byIso3.get('PAK')!;
	await expect(panel.getByRole('link', { name: 'Southern Asia' })).toHaveAttribute(
		'href',
		/region=southern-asia/
	);
	await expect(
		panel.getByRole('link', { name: `Compare ${pak.name}'s groups side by side` })
	).toHaveAttribute('href', /\/compare\?regions=.*southern-asia.*oic/);
	await panel.getByRole('link', { name: 'Organisation of Islamic Cooperation' }).click();
	await expect(page).toHaveURL(/region=oic/);
	await expect(page).toHaveURL(/country=PAK/);
});

test('the embed takes region=', async ({ page }) => {
	// Its groupings come on demand, for a URL that names a region.
	const groupings = page.waitForResponse(/\/groups\.json$/);
	await open(page, '/embed?region=arab-league&attr=recognizesIsrael');
	expect((await groupings).status()).toBe(200);
	await expect(
		page.getByRole('heading', { name: 'Arab League · 21 states and Palestine' })
	).toBeVisible();
	const results = await new AxeBuilder({ page })
		.include('.below')
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	expect(
		results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
	).toEqual([]);
});
