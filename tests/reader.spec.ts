import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { AtlasData } from '../src/lib/types';

/** The reader's map (issue 10): the panel in view and back, a search that answers, print, links. */

const DATA = JSON.parse(
	readFileSync('src/lib/server/generated/countries.json', 'utf8')
) as AtlasData;
const nameOf = (iso3: string) => DATA.countries.find((c) => c.iso3 === iso3)!.name;
const PAK = nameOf('PAK');

const table = (page: Page) => page.getByRole('region', { name: 'Table of all countries' });
const panel = (page: Page) => page.getByRole('complementary');

async function open(page: Page, url = '/') {
	await page.goto(url);
	await page.locator('[data-hydrated]').waitFor();
}

/** The number of pages of a PDF Chromium printed (its page objects, and the page tree's count). */
function pdfPages(pdf: Buffer): number {
	const text = pdf.toString('latin1');
	const objects = text.match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
	const count = Number(/\/Type\s*\/Pages[^>]*?\/Count\s+(\d+)/.exec(text)?.[1]);
	expect(objects).toBe(count);
	return objects;
}

for (const viewport of [
	{ width: 1280, height: 800, label: 'a desktop' },
	{ width: 390, height: 844, label: 'a phone' }
]) {
	test.describe(`on ${viewport.label}`, () => {
		const phone = viewport.width < 900;
		test.use({
			viewport: { width: viewport.width, height: viewport.height },
			hasTouch: phone,
			isMobile: phone
		});

		test('a table row opens its panel in view with focus in it; Esc returns to the row', async ({
			page
		}) => {
			await open(page);
			await table(page).scrollIntoViewIfNeeded();
			await table(page).getByRole('searchbox', { name: 'Filter by name' }).fill(PAK);
			const row = table(page).getByRole('button', { name: PAK, exact: true });
			await row.focus();
			await expect(row).toBeInViewport();
			const scrollAtRow = await page.evaluate(() => window.scrollY);
			await page.keyboard.press('Enter');
			const heading = panel(page).getByRole('heading', { level: 2 });
			await expect(heading).toBeFocused();
			await expect(heading).toBeInViewport();
			await page.keyboard.press('Escape');
			await expect(panel(page)).toHaveCount(0);
			await expect(row).toBeFocused();
			await expect(row).toBeInViewport();
			expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollAtRow)).toBeLessThan(2);
		});
	});
}

test('a deep link to a country opens with focus in its panel', async ({ page }) => {
	await open(page, '/?country=PAK');
	const heading = panel(page).getByRole('heading', { level: 2 });
	await expect(heading).toBeFocused();
	await expect(heading).toBeInViewport();
});

test('the search says when nothing matches, and stops saying it when something does', async ({
	page
}) => {
	await open(page);
	const search = page.getByRole('combobox', { name: 'Find a country' });
	await search.fill('Atlantis');
	const status = page.getByRole('status').filter({ hasText: 'matches' });
	await expect(status).toHaveText(
		'No country or group matches “Atlantis”. Try another spelling or its three-letter code.'
	);
	await expect(search).toHaveAccessibleDescription(/No country or group matches “Atlantis”/);
	await expect(page.getByRole('listbox', { name: 'Countries' })).toBeHidden();
	await search.fill('Pak');
	await expect(page.getByRole('option', { name: PAK })).toBeVisible();
	await expect(status).toHaveCount(0);
});

test.describe('print', () => {
	test('the home page with a panel open prints the map, legend and country on ≤ 2 pages', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await open(page, '/?country=PAK');
		await expect(panel(page).getByRole('heading', { level: 2 })).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('img', { name: 'World map' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Recognises Palestine' })).toBeVisible();
		await expect(page.getByRole('region', { name: 'Recognises Palestine' })).toBeVisible();
		await expect(panel(page).getByRole('heading', { level: 2 })).toBeVisible();
		await expect(panel(page).getByText('Recognises Palestine', { exact: true })).toBeVisible();
		await expect(page.getByText(/\?country=PAK$/)).toBeVisible();
		// No controls on paper.
		for (const control of [
			page.getByRole('combobox', { name: 'Find a country' }),
			page.getByRole('button', { name: `Close ${PAK}` }),
			page.getByRole('navigation', { name: 'Site' }),
			page.getByRole('button', { name: 'Zoom in' }),
			table(page)
		])
			await expect(control).toBeHidden();
		const pages = pdfPages(await page.pdf({ format: 'A4' }));
		expect(pages).toBeGreaterThanOrEqual(1);
		expect(pages).toBeLessThanOrEqual(2);
	});

	test('paper is light in the dark theme too, the map included', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await open(page, '/?country=PAK');
		const sea = page.locator('.world-map');
		await expect(sea).toHaveCSS('background-color', 'rgb(15, 27, 36)');
		await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
		await expect(sea).toHaveCSS('background-color', 'rgb(221, 231, 238)');
		await expect(page.locator('body')).toHaveCSS('color', 'rgb(26, 26, 26)');
		await expect(panel(page).getByRole('heading', { level: 2 })).toHaveCSS(
			'color',
			'rgb(26, 26, 26)'
		);
	});

	test('a country page prints cleanly on ≤ 2 pages', async ({ page }) => {
		for (const iso3 of ['PAK', 'BGD', 'FRA']) {
			await page.goto(`/country/${iso3}`);
			await page.emulateMedia({ media: 'print' });
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page.getByRole('link', { name: /on the map$/ })).toBeHidden();
			await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
			const pages = pdfPages(await page.pdf({ format: 'A4' }));
			expect(pages, iso3).toBeLessThanOrEqual(2);
			await page.emulateMedia({ media: 'screen' });
		}
	});
});

test.describe('See-also links', () => {
	test('on a country page, items naming an atlas page link to it; the others stay text', async ({
		page
	}) => {
		await page.goto('/country/AFG');
		const seeAlso = page.getByRole('list').filter({ hasText: 'Foreign relations of Afghanistan' });
		await expect(seeAlso.getByRole('link', { name: 'Iran–Palestine relations' })).toHaveAttribute(
			'href',
			'/country/IRN'
		);
		for (const name of ['Foreign relations of Palestine', 'International recognition of Palestine'])
			await expect(seeAlso.getByRole('link', { name })).toHaveAttribute('href', '/palestine');
		await expect(seeAlso.getByText('Foreign relations of Afghanistan')).toBeVisible();
		await expect(seeAlso.getByRole('link')).toHaveCount(3);
		await seeAlso.getByRole('link', { name: 'Iran–Palestine relations' }).click();
		await expect(page).toHaveURL(/\/country\/IRN$/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText(nameOf('IRN'));
	});

	test('in the panel beside the map too', async ({ page }) => {
		await open(page, '/?country=BGD');
		const seeAlso = panel(page)
			.getByRole('list')
			.filter({ hasText: 'Foreign relations of Bangladesh' });
		await expect(
			seeAlso.getByRole('link', { name: 'Foreign relations of Palestine' })
		).toHaveAttribute('href', '/palestine');
		await expect(
			seeAlso.getByRole('link', { name: 'List of diplomatic missions of the State of Palestine' })
		).toHaveAttribute('href', '/palestine');
		await expect(seeAlso.getByText('Bangladesh–Israel relations')).toBeVisible();
		await expect(seeAlso.getByRole('link')).toHaveCount(2);
	});
});
