import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { worldViewPoint } from '../src/lib/map/worldView';
import { citeRuns } from '../src/lib/state/citeRuns';
import type { AtlasData } from '../src/lib/types';

/** The data the site was built from: expectations are computed from it, not hard-coded. */
const DATA = JSON.parse(
	readFileSync('src/lib/server/generated/countries.json', 'utf8')
) as AtlasData;
const PAK = DATA.countries.find((c) => c.iso3 === 'PAK')!;
/** The sources Pakistan's values cite from the facts tables (each shown as its title). */
const CITED = Object.values(PAK.attributes).flatMap((a) =>
	a.source === 'facts' && a.cite
		? citeRuns(a.cite, DATA.sources ?? {}).flatMap((run) => ('source' in run ? [run.source] : []))
		: []
);

test('the first click on the static map opens one panel, every value with its source', async ({
	page
}) => {
	expect(CITED.length, 'Pakistan cites the facts tables').toBeGreaterThan(0);
	await page.goto('/');
	await page.locator('[data-hydrated]').waitFor({ timeout: 90_000 });
	// The page's idle work runs first: the sources arrive, then the panel is rendered once, off
	// the page, to warm it up.
	await page.waitForLoadState('networkidle');
	await page.evaluate(async () => {
		for (let i = 0; i < 5; i++) await new Promise((resolve) => requestIdleCallback(resolve));
	});
	// Nothing of a panel is in the page before the click: no second panel for a screen reader.
	await expect(page.locator('#panel-title')).toHaveCount(0);

	const { x, y } = worldViewPoint((await page.locator('.world-map').boundingBox())!, 69.5, 29.5);
	await page.mouse.click(x, y);
	const panel = page.getByRole('complementary', { name: 'Pakistan details' });
	await expect(panel).toBeVisible();
	await expect(page.getByRole('complementary')).toHaveCount(1);
	await expect(page.locator('#panel-title')).toHaveCount(1);
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();

	// Each of the four values says where it comes from, or that nothing does.
	const values = panel.getByRole('definition');
	await expect(values).toHaveCount(4);
	for (const value of await values.all())
		await expect(value).toContainText(/Source: |Neither the article nor the facts tables say/);
	for (const source of CITED) {
		if (source.url)
			await expect(panel.getByRole('link', { name: source.title }).first()).toHaveAttribute(
				'href',
				source.url
			);
		else await expect(panel.getByText(source.title).first()).toBeVisible();
	}
});
