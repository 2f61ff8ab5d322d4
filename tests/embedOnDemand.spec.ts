import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { carriedCountries } from './carriedCountries';

// On a busy 2-core machine a page load and a PNG export may each take seconds.
test.describe.configure({ timeout: 120_000 });

/** Text that only the code behind a button holds (string literals survive minification). */
const ON_DEMAND = {
	dialog: 'Code for this view', // EmbedCodeDialog.svelte's label
	export: 'map geometry: HTTP' // downloadMapImage.ts's error
};

/** Records the body of every script the page fetches, in order. */
function recordScripts(page: Page): string[] {
	const scripts: string[] = [];
	page.on('response', async (response) => {
		if (response.request().resourceType() !== 'script') return;
		scripts.push(await response.text().catch(() => ''));
	});
	return scripts;
}

/** How many of `scripts` hold `text`. */
const holding = (scripts: string[], text: string) => scripts.filter((s) => s.includes(text)).length;

test('the embed loads its Embed dialog, image export and groupings only when they are needed', async ({
	page
}) => {
	const scripts = recordScripts(page);
	const groupings: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes('/groups.json')) groupings.push(request.url());
	});
	await page.goto('/embed?attr=recognizesIsrael');
	await page.locator('[data-hydrated]').waitFor();
	await page.waitForLoadState('networkidle');
	// Showing the world, it needs no groupings (regions.spec: with ?region= it fetches them).
	expect(groupings).toEqual([]);
	// The page's own code is there (the sanity check), the on-demand code is not.
	expect(scripts.length).toBeGreaterThan(5);
	expect(holding(scripts, ON_DEMAND.dialog)).toBe(0);
	expect(holding(scripts, ON_DEMAND.export)).toBe(0);

	// The Embed button loads the dialog, which opens with the code for this view.
	await page.getByRole('button', { name: 'Embed', exact: true }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this map' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('textbox', { name: 'Code for this view' })).toHaveValue(
		/<iframe title="[^"]+" src="http:\/\/127\.0\.0\.1:\d+\/embed\?attr=recognizesIsrael"/
	);
	expect(holding(scripts, ON_DEMAND.dialog)).toBe(1);
	expect(holding(scripts, ON_DEMAND.export)).toBe(0);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	// A second press opens the same dialog again, without fetching it again.
	await page.getByRole('button', { name: 'Embed', exact: true }).click();
	await expect(dialog).toBeVisible();
	await page.keyboard.press('Escape');
	expect(holding(scripts, ON_DEMAND.dialog)).toBe(1);

	// The export's code comes with the first download, and the download is a real SVG.
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download SVG' }).click()
	]);
	expect(file.suggestedFilename()).toBe('palestine-atlas-recognizesIsrael.svg');
	expect(readFileSync(await file.path(), 'utf8')).toContain(
		'Palestine Relations Atlas: Recognises Israel'
	);
	expect(holding(scripts, ON_DEMAND.export)).toBe(1);
});

test('the embed’s HTML carries each value, not its source nor what only the map page shows', async ({
	request
}) => {
	const html = await (await request.get('/embed')).text();
	// The data the page hydrates from: values, which colour the map…
	const countries = carriedCountries(html);
	expect(countries.length).toBeGreaterThan(190);
	for (const { iso3, attributes } of countries)
		expect(['yes', 'no', 'unknown'], iso3).toContain(attributes.recognizesIsrael.value);
	// …without their sources (fetched with /country-index.json for a selection), search names,
	// article titles and leads (toMapIndex; tests/firstClick.spec.ts checks every field), nor the
	// map page's region list and social card text.
	for (const country of countries)
		for (const field of ['aliases', 'lead', 'title'])
			expect(field in country, `${country.iso3} ${field}`).toBe(false);
	expect(html).not.toMatch(/source\\?":|regionSections:|imageAlt:/);
});
