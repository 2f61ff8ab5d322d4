import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// axe on a busy 2-core machine takes tens of seconds a page.
test.describe.configure({ timeout: 180_000 });

/** The page's background colour (the root's, which the body shows). */
const background = (page: Page) =>
	page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const DARK = 'rgb(21, 24, 27)';
const LIGHT = 'rgb(255, 255, 255)';

/** Serious and critical axe violations, contrast included, in WCAG 2.x A and AA. */
async function violations(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

test('the site follows the system theme, and the toggle is remembered without a flash', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/about');
	expect(await background(page)).toBe(DARK);
	const toggle = page.getByRole('button', { name: 'Dark mode' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	expect(await background(page)).toBe(LIGHT);

	// Remembered, and applied before any of the app's JavaScript runs: no flash of the wrong theme.
	await page.route('**/_app/**/*.js', (route) => route.abort());
	await page.goto('/');
	expect(await background(page)).toBe(LIGHT);
	await page.unroute('**/_app/**/*.js');
	await page.goto('/');
	await page.locator('[data-hydrated]').waitFor();
	await page.getByRole('button', { name: 'Dark mode' }).click();
	await page.route('**/_app/**/*.js', (route) => route.abort());
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/about');
	expect(await background(page)).toBe(DARK);
});

test('the embed takes ?theme=: light by default, dark, or the reader’s with auto', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	for (const [search, expected] of [
		['', LIGHT],
		['?theme=dark', DARK],
		['?theme=auto', DARK],
		['?theme=bogus', LIGHT]
	] as const) {
		await page.goto(`/embed${search}`);
		expect(await background(page), search).toBe(expected);
	}
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/embed?theme=auto');
	expect(await background(page)).toBe(LIGHT);
	// Transparent: the host shows through.
	await page.goto('/embed?theme=dark&bg=transparent');
	expect(await background(page)).toBe('rgba(0, 0, 0, 0)');
});

for (const [name, url] of [
	['home', '/'],
	['home with a panel open', '/?country=PAK'],
	['the embed', '/embed?theme=dark&attr=recognitionYear&country=MYS'],
	['the about page', '/about']
] as const) {
	test(`dark theme: no contrast or other serious axe violations: ${name}`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(url);
		if (url !== '/about') await page.locator('[data-hydrated]').waitFor();
		expect(await background(page)).toBe(DARK);
		// The map is in the dark theme too (the static map's sea).
		if (url !== '/about') {
			await expect(page.locator('.world-map')).toHaveCSS('background-color', 'rgb(15, 27, 36)');
			// Its zoom controls too.
			await expect(page.getByRole('button', { name: 'Zoom in' })).toHaveCSS(
				'background-color',
				DARK
			);
		}
		expect(await violations(page)).toEqual([]);
	});
}
