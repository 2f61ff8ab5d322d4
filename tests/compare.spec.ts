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
	test.setTimeout(90_000);
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
	// A facts value carries the facts row's sources and date.
	const israel = PAK.attributes.recognizesIsrael;
	await expect(
		table
			.getByRole('row', { name: /^Recognises Israel/ })
			.getByRole('cell')
			.first()
	).toContainText(`facts table (${israel.cite}, as of ${israel.asOf})`);

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

test('remove a country and add one; the URL follows', async ({ page }) => {
	test.setTimeout(90_000);
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
	test.setTimeout(90_000);
	await open(page, '/?country=PAK');
	await page
		.getByRole('complementary')
		.getByRole('link', { name: `Compare ${PAK.name}` })
		.click();
	await expect(page).toHaveURL(/\/compare\?countries=PAK$/, { timeout: 30_000 });
	await expect(
		page.getByText(`Add at least one more country to compare with ${PAK.name}.`)
	).toBeVisible();
});

test('bad parameters fall back without breaking the page', async ({ page }) => {
	test.setTimeout(90_000);
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
