import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { AtlasData, CountryRecord } from '../src/lib/types';

/** The data the site was built from: expectations are computed from it. */
const DATA = JSON.parse(
	readFileSync('src/lib/server/generated/countries.json', 'utf8')
) as AtlasData;
const byIso3 = (iso3: string): CountryRecord => {
	const country = DATA.countries.find((c) => c.iso3 === iso3);
	if (!country) throw new Error(`${iso3} is not in the data`);
	return country;
};
const [PAK, BGD, MYS] = ['PAK', 'BGD', 'MYS'].map(byIso3) as [
	CountryRecord,
	CountryRecord,
	CountryRecord
];

async function open(page: Page, url: string) {
	await page.goto(url);
	await page.locator('[data-hydrated]').waitFor();
}

const sideBySide = (page: Page) => page.getByRole('table', { name: /side by side/ });
/** The column headers' texts to expect (each also holds its remove button). */
const headers = (...countries: CountryRecord[]) =>
	countries.map((c) => new RegExp(`^${c.name}\\b`));

/** Serious and critical axe violations inside `selector`. */
async function seriousViolations(page: Page, selector: string) {
	const results = await new AxeBuilder({ page })
		.include(selector)
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

test('three countries side by side with values, cities and sources', async ({ page }) => {
	await open(page, '/compare?countries=PAK,BGD,MYS');
	const table = sideBySide(page);
	await expect(table.getByRole('columnheader')).toHaveText(headers(PAK, BGD, MYS));
	// Every city the data holds for the missions shows in its country's column.
	for (const country of [PAK, BGD, MYS]) {
		const column = [PAK, BGD, MYS].indexOf(country);
		for (const id of ['palestinianMission', 'missionToPalestine'] as const) {
			const city = country.attributes[id].city;
			if (!city) continue;
			const row = table.getByRole('row', {
				name: new RegExp(
					`^${id === 'palestinianMission' ? "Palestine's mission" : "The country's mission"}`
				)
			});
			await expect(row.getByRole('cell').nth(column)).toContainText(`in ${city}`);
		}
	}
	// Hand-written oracle: Pakistan hosts Palestine's embassy in Islamabad.
	const mission = table.getByRole('row', { name: /^Palestine's mission/ });
	await expect(mission.getByRole('cell').first()).toContainText('Embassy, in Islamabad');
	// The quote an article value rests on arrives with the article.
	const quoted = PAK.attributes.palestinianMission;
	expect(quoted.source).not.toBe('facts');
	await expect(mission.getByRole('cell').first()).toContainText(quoted.evidence!);
	// A facts value names its sources as links, with the row's note, as the map's panel does.
	const israel = PAK.attributes.recognizesIsrael;
	const israelCell = table
		.getByRole('row', { name: /^Recognises Israel/ })
		.getByRole('cell')
		.first();
	// Hand-written oracle: Pakistan's row cites Wikipedia's list of Israel's recognitions.
	expect(israel.source).toBe('facts');
	expect(israel.cite).toContain('WP-IL');
	const wikipedia = DATA.sources!['WP-IL']!;
	await expect(israelCell.getByRole('link', { name: wikipedia.title })).toHaveAttribute(
		'href',
		wikipedia.url!
	);
	await expect(israelCell).toContainText(israel.note!);

	// Differences are marked in words, computed from the data.
	for (const [label, id] of [
		['Recognises Palestine', 'recognizesPalestine'],
		['Recognises Israel', 'recognizesIsrael'],
		["Palestine's mission", 'palestinianMission'],
		["The country's mission", 'missionToPalestine']
	] as const) {
		const values = new Set([PAK, BGD, MYS].map((c) => c.attributes[id].value));
		await expect(table.getByRole('row', { name: new RegExp(`^${label}`) })).toContainText(
			values.size > 1 ? 'Differs' : 'Same for all'
		);
	}
});

test('the sources failing to load leave their tags as text, and the next country tries again', async ({
	page
}) => {
	let failures = 0;
	await page.route('**/sources.json', (route) =>
		failures++ === 0 ? route.abort() : route.continue()
	);
	await open(page, '/compare?countries=PAK,BGD');
	const israelCell = sideBySide(page)
		.getByRole('row', { name: /^Recognises Israel/ })
		.getByRole('cell')
		.first();
	const wikipedia = DATA.sources!['WP-IL']!;
	// Hand-written oracle: Pakistan's row cites Wikipedia's list of Israel's recognitions.
	await expect(israelCell).toContainText('WP-IL');
	await expect.poll(() => failures).toBe(1);
	await expect(israelCell.getByRole('link', { name: wikipedia.title })).toHaveCount(0);

	const search = page.getByRole('combobox', { name: 'Add a country' });
	await search.fill('Malay');
	await page.getByRole('option', { name: MYS.name }).click();
	await expect(israelCell.getByRole('link', { name: wikipedia.title })).toHaveAttribute(
		'href',
		wikipedia.url!
	);
	expect(failures).toBe(2);
});

test('remove a country and add one; the URL follows', async ({ page }) => {
	await open(page, '/compare?countries=PAK,BGD,MYS');
	await sideBySide(page)
		.getByRole('button', { name: `Remove ${MYS.name} from the comparison` })
		.click();
	await expect(page).toHaveURL(/\/compare\?countries=PAK,BGD$/);
	await expect(sideBySide(page).getByRole('columnheader')).toHaveText(headers(PAK, BGD));

	const search = page.getByRole('combobox', { name: 'Add a country' });
	await search.fill('Malay');
	await page.getByRole('option', { name: MYS.name }).click();
	await expect(page).toHaveURL(/\/compare\?countries=PAK,BGD,MYS$/);
	await expect(sideBySide(page).getByRole('columnheader')).toHaveText(headers(PAK, BGD, MYS));
	await page.goBack();
	await expect(sideBySide(page).getByRole('columnheader')).toHaveText(headers(PAK, BGD));
});

test('the panel offers a comparison', async ({ page }) => {
	await open(page, '/?country=PAK');
	await page
		.getByRole('complementary')
		.getByRole('link', { name: `Compare ${PAK.name}`, exact: true })
		.click();
	await expect(page).toHaveURL(/\/compare\?countries=PAK$/, { timeout: 30_000 });
	await expect(
		page.getByText(`Add at least one more country to compare with ${PAK.name}.`)
	).toBeVisible();
});

test('bad parameters fall back without breaking the page', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await open(page, '/compare?countries=XXX,pak,PAK,%3Cb%3E&year=abc&attr=zzz');
	await expect(page.getByRole('note')).toContainText('XXX (not a known country code)');
	await expect(sideBySide(page).getByRole('columnheader')).toHaveText(headers(PAK));
	await open(page, '/compare?countries=,,&regions=');
	await expect(page.getByRole('heading', { name: /choose two to six/ })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Pakistan, Bangladesh and Malaysia' })).toBeVisible();
	expect(errors).toEqual([]);
});

test('nothing moves when the page starts: the HTML already holds the searches', async ({
	browser
}) => {
	/** Where the countries' heading is before the page's scripts have run, and after. */
	const headingTop = async (started: boolean) => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		// Without its scripts the page stays as its HTML drew it (and <noscript> stays hidden).
		if (!started) await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
		await page.goto('/compare');
		if (started) await page.locator('[data-hydrated]').waitFor();
		const box = await page.getByRole('heading', { name: /^Countries side by side/ }).boundingBox();
		await context.close();
		return box!.y;
	};
	expect(await headingTop(true)).toBe(await headingTop(false));
});

test('the data failing to load says so, and the page still offers its examples', async ({
	page
}) => {
	await page.route('**/country-index.json', (route) => route.abort());
	await page.goto('/compare?countries=PAK,BGD');
	await expect(page.getByRole('alert')).toHaveText(/could not be loaded\. Reload the page/);
	await expect(page.getByRole('link', { name: 'Pakistan, Bangladesh and Malaysia' })).toBeVisible();
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('the comparison is usable at 390 px and passes axe', async ({ page }) => {
		test.setTimeout(120_000);
		await open(page, '/compare?countries=PAK,BGD,MYS');
		// The page itself does not scroll sideways; the table scrolls in its own box, with the
		// attribute names kept in view.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
		const search = page.getByRole('combobox', { name: 'Add a country' });
		const box = (await search.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(390);
		await sideBySide(page)
			.getByRole('button', { name: `Remove ${BGD.name} from the comparison` })
			.tap();
		await expect(page).toHaveURL(/countries=PAK,MYS$/);
		expect(await seriousViolations(page, 'main')).toEqual([]);
	});
});

/** A group's counted members today: members and suspended, not observers, not Palestine. */
function countedMembers(id: string): string[] {
	const group = DATA.groups.find((g) => g.id === id)!;
	return [
		...new Set(
			group.members
				.filter((m) => m.until === undefined && m.status !== 'observer' && m.iso3 !== 'PSE')
				.map((m) => m.iso3)
				.filter((iso3) => DATA.countries.some((c) => c.iso3 === iso3))
		)
	];
}

test('/compare?regions=eu,arab-league shows both rows with their counts', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	await open(page, '/compare?regions=eu,arab-league');
	const bars = page.getByRole('list', { name: /one bar per region/ });
	for (const [id, name] of [
		['eu', 'European Union'],
		['arab-league', 'Arab League']
	] as const) {
		const members = countedMembers(id);
		const yes = members.filter(
			(iso3) => byIso3(iso3).attributes.recognizesPalestine.value === 'yes'
		).length;
		const row = bars.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });
		await expect(row).toContainText(`${members.length} states counted`);
		// The bar is focusable, its numbers are its accessible name.
		const bar = row.getByRole('img');
		await bar.focus();
		await expect(bar).toBeFocused();
		await expect(bar).toHaveAccessibleName(
			new RegExp(`^${name}, ${members.length} states counted: Yes ${yes} \\(`)
		);
		// The plain table holds the same numbers.
		await expect(
			page
				.getByRole('table', { name: /same numbers/ })
				.getByRole('row', { name: new RegExp(`^${name}`) })
		).toContainText(`${yes} (`);
	}
	// Hand-written oracle: Palestine is a member of the Arab League and is not counted.
	await expect(bars).toContainText('21 states counted (and Palestine, a member, not counted)');
	await expect(page.getByText('never counted in a group')).toBeVisible();
	// The chart over time, and no MapLibre on this page.
	await expect(page.getByRole('img', { name: /Line chart/ })).toBeVisible();
	expect(requests.filter((u) => /maplibre/i.test(u))).toEqual([]);
	// The CSV download holds the numbers, formula-escaped.
	const href = await page
		.getByRole('link', { name: 'Download this comparison (CSV)' })
		.getAttribute('href');
	const csv = decodeURIComponent(href!.replace(/^data:text\/csv;charset=utf-8,/, ''));
	expect(csv.split('\r\n')[0]).toBe(
		'region_id,region,attribute,year,value,count,percent,counted_members,members_with_value,source'
	);
	expect(csv).toMatch(/^arab-league,Arab League,recognizesPalestine,today,yes,\d+,/m);
	expect(csv).not.toMatch(/(^|,)[=+@]/m);
});

test('in 1990, members not yet states are named and left out of the counts', async ({ page }) => {
	await open(page, '/compare?regions=central-asia,eastern-europe&year=1990');
	const bars = page.getByRole('list', { name: /one bar per region/ });
	for (const [id, name] of [
		['central-asia', 'Central Asia'],
		['eastern-europe', 'Eastern Europe']
	] as const) {
		const members = countedMembers(id);
		// From the statehood data: not a state by the end of 1990 (continuing states always are).
		const notYet = members.filter((iso3) => {
			const s = byIso3(iso3).statehood;
			return s !== undefined && !s.continuous && Number(s.since.slice(0, 4)) > 1990;
		});
		const row = bars.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });
		await expect(row).toContainText(`${members.length - notYet.length} states counted`);
		if (notYet.length) {
			const states = notYet.length === 1 ? 'a state' : 'states';
			await expect(row).toContainText(`${notYet.length} not yet ${states}, not counted`);
			await expect(row).toContainText(
				`Not yet states at the end of 1990, not counted: ${notYet
					.map((iso3) => byIso3(iso3).name)
					.sort((a, b) => a.localeCompare(b))
					.join(', ')}.`
			);
		}
	}
	// Hand-written oracle: Central Asia's five became states in 1991; Eastern Europe's
	// Belarus, Russia and Ukraine continue the Soviet Union, Moldova did not exist yet.
	await expect(bars).toContainText('0 states counted; 5 not yet states');
	await expect(
		page.getByRole('table', { name: /same numbers/ }).getByRole('row', { name: /^Central Asia/ })
	).toContainText('5');
	await page.getByText('The numbers, year by year').click();
	const years = page.getByRole('table', { name: /end of each year/ });
	await expect(years.getByRole('row', { name: /^1990/ })).toContainText('0 of 0');
	await expect(years.getByRole('row', { name: /^1993/ })).not.toContainText('0 of 0');
});

test('the regions comparison follows attribute and year; remove a region', async ({ page }) => {
	await open(page, '/compare?regions=eu,arab-league');
	await page.getByRole('combobox', { name: 'Compare on' }).selectOption('recognizesIsrael');
	await expect(page).toHaveURL(/regions=eu,arab-league&attr=recognizesIsrael/);
	await page.getByRole('combobox', { name: 'Year' }).selectOption('2000');
	await expect(page).toHaveURL(/year=2000/);
	await page.getByRole('button', { name: 'Remove European Union from the comparison' }).click();
	await expect(page).toHaveURL(/regions=arab-league&attr=recognizesIsrael&year=2000/);
	await page.getByRole('combobox', { name: 'Add a region or group' }).fill('asean');
	await page
		.getByRole('listbox')
		.getByRole('option', { name: /^ASEAN/ })
		.click();
	await expect(page).toHaveURL(/regions=arab-league,asean/);
});

test.describe('regions on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('usable at 390 px and passes axe', async ({ page }) => {
		test.setTimeout(120_000);
		await open(page, '/compare?regions=eu,arab-league,oic');
		await expect(page.getByRole('heading', { name: 'Arab League' })).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
		expect(await seriousViolations(page, 'main')).toEqual([]);
	});
});
