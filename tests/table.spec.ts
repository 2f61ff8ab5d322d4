import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { AtlasData } from '../src/lib/types';

/** The data the site was built from: expectations are computed from it. */
const DATA = JSON.parse(
	readFileSync('src/lib/server/generated/countries.json', 'utf8')
) as AtlasData;
const TOTAL = DATA.countries.length;
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

const area = (page: Page) => page.getByRole('region', { name: 'Table of all countries' });
const bodyRows = (page: Page) => area(page).locator('tbody tr:not(.more)');

async function open(page: Page, url = '/') {
	await page.goto(url);
	await page.locator('[data-hydrated]').waitFor();
	// The table renders once it nears the viewport: scroll to its heading, as a reader would.
	await area(page)
		.getByRole('heading', { name: /All countries/ })
		.scrollIntoViewIfNeeded();
}

test('rows render as they come into view, not all at load', async ({ page }) => {
	test.setTimeout(120_000);
	await open(page);
	const table = area(page).getByRole('table');
	await expect(table).toBeVisible();
	// At load (the table below the map) far fewer than all rows are laid out.
	expect(await bodyRows(page).count()).toBeLessThan(TOTAL / 2);
	await expect(table).toHaveAttribute('aria-rowcount', String(TOTAL + 1));
	// Scrolling to the end of the list keeps adding rows until every country is there.
	await expect
		.poll(
			async () => {
				await page.keyboard.press('End');
				await page.mouse.wheel(0, 4000);
				return bodyRows(page).count();
			},
			{ timeout: 90_000 }
		)
		.toBe(TOTAL);
	const names = await bodyRows(page).locator('th').allInnerTexts();
	expect(names).toEqual([...DATA.countries].sort(byName).map((c) => c.name));
});

test('a table in view at load shows the countries without the reader moving', async ({ page }) => {
	// A tall screen: the table starts within the first screen, below the map. Its countries come
	// with the full index, which is otherwise fetched on the reader's first move.
	await page.setViewportSize({ width: 1280, height: 1100 });
	await page.goto('/');
	await expect(area(page).getByRole('searchbox', { name: 'Filter by name' })).toBeVisible({
		timeout: 30_000
	});
	await expect(bodyRows(page).first()).toBeVisible();
});

test('sorting by a column, with aria-sort, by mouse and keyboard', async ({ page }) => {
	await open(page);
	const header = area(page).getByRole('columnheader', { name: /^Recognises Palestine/ });
	await expect(area(page).getByRole('columnheader', { name: /^Country/ })).toHaveAttribute(
		'aria-sort',
		'ascending'
	);
	await header.getByRole('button').click();
	await expect(header).toHaveAttribute('aria-sort', 'ascending');
	// Earliest recognition first (by date, then name), computed from the data.
	const recognisers = DATA.countries
		.filter((c) => c.attributes.recognizesPalestine.value === 'yes')
		.sort(
			(a, b) =>
				(a.attributes.recognizesPalestine.date ?? '9999').localeCompare(
					b.attributes.recognizesPalestine.date ?? '9999'
				) || byName(a, b)
		);
	await expect(bodyRows(page).first().locator('th')).toHaveText(recognisers[0]!.name);
	// Hand-checked oracle: nobody recognised the State of Palestine before its 1988 declaration.
	await expect(bodyRows(page).first().locator('td').first()).toContainText(
		/^Yes\s*since (.* )?1988/
	);

	// The keyboard: Enter on the focused header button reverses the order.
	await header.getByRole('button').focus();
	await page.keyboard.press('Enter');
	await expect(header).toHaveAttribute('aria-sort', 'descending');
	const firstNo = DATA.countries
		.filter((c) => c.attributes.recognizesPalestine.value === 'no')
		.sort(byName)[0]!;
	await expect(bodyRows(page).first().locator('th')).toHaveText(firstNo.name);
	await expect(area(page).getByRole('columnheader', { name: /^Country/ })).not.toHaveAttribute(
		'aria-sort'
	);
});

test('filtering by value and by name, with a count of the rows shown', async ({ page }) => {
	await open(page);
	const count = area(page).getByRole('status');
	await expect(count).toHaveText(`Showing ${TOTAL} of ${TOTAL} countries`);
	await area(page).getByRole('combobox', { name: 'Recognises Israel' }).selectOption('no');
	const notIsrael = DATA.countries.filter((c) => c.attributes.recognizesIsrael.value === 'no');
	await expect(count).toHaveText(`Showing ${notIsrael.length} of ${TOTAL} countries`);
	// Filtered rows show at once, wherever the table is.
	await expect(bodyRows(page)).toHaveCount(Math.min(notIsrael.length, 25));
	for (const cell of await bodyRows(page).locator('td:nth-of-type(2)').allInnerTexts())
		expect(cell).toMatch(/^No\b/);

	await area(page).getByRole('searchbox', { name: 'Filter by name' }).fill('pakistan');
	await expect(count).toHaveText(`Showing 1 of ${TOTAL} countries`);
	await expect(bodyRows(page)).toHaveCount(1);
	await expect(bodyRows(page).first()).toContainText('Islamabad');

	await area(page).getByRole('searchbox', { name: 'Filter by name' }).fill('zzzz');
	await expect(count).toHaveText(`Showing 0 of ${TOTAL} countries`);
	await expect(area(page).getByText('No country matches these filters.')).toBeVisible();

	await area(page).getByRole('button', { name: 'Clear filters' }).click();
	await expect(count).toHaveText(`Showing ${TOTAL} of ${TOTAL} countries`);
});

test('the table has no serious or critical axe violations', async ({ page }) => {
	await open(page);
	await area(page).getByRole('searchbox', { name: 'Filter by name' }).fill('ma');
	await expect(bodyRows(page).first()).toBeVisible();
	const results = await new AxeBuilder({ page })
		.include('section[aria-label="Table of all countries"]')
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	expect(
		results.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => v.id)
	).toEqual([]);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('nothing of the table renders until the reader nears it', async ({ page }) => {
		await page.goto('/');
		await page.locator('[data-hydrated]').waitFor();
		// A touch at the top: the full index arrives and the panel is warmed up, the table
		// still far below.
		const index = page.waitForResponse('**/country-index.json');
		await page.touchscreen.tap(200, 10);
		await index;
		await page.evaluate(async () => {
			for (let i = 0; i < 5; i++) await new Promise((resolve) => requestIdleCallback(resolve));
		});
		const filter = area(page).getByRole('searchbox', { name: 'Filter by name' });
		await expect(filter).toHaveCount(0);
		await area(page)
			.getByRole('heading', { name: /All countries/ })
			.scrollIntoViewIfNeeded();
		await expect(filter).toBeVisible();
	});

	test('a compact list, collapsed: the page stays short; values and details on demand', async ({
		page
	}) => {
		await open(page);
		const toggle = area(page).getByRole('button', { name: `Show the list (${TOTAL} countries)` });
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await expect(area(page).getByRole('table')).toHaveCount(0);
		expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(5000);

		await toggle.click();
		await expect(area(page).getByRole('button', { name: 'Hide the list' })).toHaveAttribute(
			'aria-expanded',
			'true'
		);
		const pak = DATA.countries.find((c) => c.iso3 === 'PAK')!;
		await area(page).getByRole('searchbox', { name: 'Filter by name' }).fill(pak.name);
		const item = area(page)
			.getByRole('listitem')
			.filter({
				has: page.getByRole('button', { name: pak.name, exact: true })
			});
		await expect(item).toContainText('Palestine: Yes');
		await expect(item).toContainText('Israel: No');
		await item.getByRole('button', { name: `Details of ${pak.name}` }).click();
		const israel = pak.attributes.recognizesIsrael;
		await expect(item).toContainText(`Source: facts table (${israel.cite}, as of ${israel.asOf})`);
		// Nothing sideways: the list fits the screen.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
	});
});
