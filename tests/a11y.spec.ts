import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * Serious and critical axe-core violations on the page as it is now, WCAG 2.x A and AA; only
 * within `scope` (CSS selectors) when given, so a test of one part does not re-check the whole
 * page (axe over the whole home page takes half a minute on a busy machine).
 */
async function seriousViolations(page: Page, scope: string[] = [], leaveOut: string[] = []) {
	let builder = new AxeBuilder({ page }).withTags([
		'wcag2a',
		'wcag2aa',
		'wcag21a',
		'wcag21aa',
		'wcag22aa',
		'best-practice'
	]);
	for (const selector of scope) builder = builder.include(selector);
	for (const selector of leaveOut) builder = builder.exclude(selector);
	const results = await builder.analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/** The home page's country table, a row per state. */
const TABLE_AREA = 'section[aria-label="Table of all countries"]';

/** Pages and states, each with the part it checks (the whole page when none is named). */
for (const [name, url, scope] of [
	['home, all but the country table (checked on its own)', '/', []],
	['home with a panel open', '/?country=PAK', ['aside']],
	[
		'home with the recognition year',
		'/?attr=recognitionYear&year=1995',
		['.year-area', '.legend-area']
	],
	['a country page', '/country/PAK', []],
	['the about page', '/about', []],
	['the 404 page', '/country/XYZ', []],
	['the embed', '/embed?attr=recognitionYear', []]
] as const) {
	test(`no serious or critical axe violations: ${name}`, async ({ page }) => {
		// axe over a whole page takes minutes on a loaded 2-core machine: triple the time allowed.
		test.slow();
		await page.goto(url);
		if (url.startsWith('/?') || url === '/' || url.startsWith('/embed'))
			await page.locator('[data-hydrated]').waitFor();
		if (url.includes('country=PAK')) {
			await expect(
				page.getByRole('complementary').getByRole('heading', { level: 2 })
			).toBeVisible();
		}
		await expect(page.getByRole('heading', { level: 1 }).first()).toBeAttached();
		const leaveOut = url === '/' ? [TABLE_AREA] : [];
		expect(await seriousViolations(page, [...scope], leaveOut)).toEqual([]);
	});
}

test('no serious or critical axe violations: the country table', async ({ page }) => {
	// Every state is a row: the largest part of any page, checked once, on its own.
	test.slow();
	await page.goto('/');
	await page.locator('[data-hydrated]').waitFor();
	// It renders once it nears the viewport.
	await page.locator(TABLE_AREA).scrollIntoViewIfNeeded();
	const table = page.getByRole('table', { name: /All countries/ });
	await table.scrollIntoViewIfNeeded();
	await expect(table).toBeVisible();
	expect(await seriousViolations(page, [TABLE_AREA])).toEqual([]);
});

test('no serious or critical axe violations: search list open', async ({ page }) => {
	await page.goto('/');
	await page.locator('[data-hydrated]').waitFor();
	await page.getByRole('combobox', { name: 'Find a country' }).fill('Ma');
	await expect(page.getByRole('listbox')).toBeVisible();
	expect(await seriousViolations(page, ['[role="combobox"]', '[role="listbox"]'])).toEqual([]);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });
	test('no serious or critical axe violations with the bottom sheet open', async ({ page }) => {
		await page.goto('/?country=MYS');
		await page.locator('[data-hydrated]').waitFor();
		await expect(page.getByRole('complementary')).toBeVisible();
		expect(await seriousViolations(page, ['aside'])).toEqual([]);
	});
});
