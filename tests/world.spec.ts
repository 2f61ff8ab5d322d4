import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { AtlasData } from '../src/lib/types';

/** The data the site was built from. */
const DATA = JSON.parse(
	readFileSync('src/lib/server/generated/countries.json', 'utf8')
) as AtlasData;

/** Raw CSV as it must never appear on screen: `recognizes_palestine=yes`, `mission_to_palestine=…`. */
const KEY_VALUE = /\b[a-z]+(?:_[a-z]+)+=\S/;

/** Opens the map page and waits for hydration. */
async function open(page: Page, url: string) {
	await page.goto(url);
	await page.locator('[data-hydrated]').waitFor();
}

test('at 1990 the year view shows Kazakhstan as not yet a state and Russia as recognising', async ({
	page
}) => {
	await open(page, '/?country=KAZ&year=1990');
	await expect(page.getByRole('status').filter({ hasText: 'selected' })).toHaveText(
		'Kazakhstan selected: recognises Palestine: not yet a state'
	);
	const legend = page.getByRole('region', { name: 'Recognises Palestine', exact: true });
	await expect(legend.getByRole('button', { name: /^Not yet a state/ })).toBeVisible();
	await expect(legend).toContainText(/Counts the \d+ states that existed by the end of 1990/);
	await open(page, '/?country=RUS&year=1990');
	await expect(page.getByRole('status').filter({ hasText: 'selected' })).toHaveText(
		'Russia selected: recognises Palestine: yes'
	);
	// The panel says why Russia counts from 1988.
	await expect(page.getByRole('complementary')).toContainText(
		'Russia became a state on 26 December 1991, from the Soviet Union, and kept its recognition of Palestine: the atlas counts it from 19 November 1988.'
	);
	// Today no state is "not yet a state", and the legend says which states it counts.
	await open(page, '/');
	await expect(legend.getByRole('button', { name: /^Not yet a state/ })).toHaveCount(0);
	await expect(legend).toContainText('Counts all 197 states on the map');
});

test('/country/FRA is a page with France’s values and linked sources', async ({ page }) => {
	const response = await page.goto('/country/FRA');
	expect(response?.status()).toBe(200);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('France');
	await expect(page.getByText('No article yet.')).toBeVisible();
	await expect(
		page.getByText('Recognised the State of Palestine on 22 September 2025')
	).toBeVisible();
	await expect(page.getByText('Has a resident mission to Palestine, in Jerusalem')).toBeVisible();
	const consulates = page.getByRole('link', {
		name: DATA.sources!['WP-CG-JLM']!.title
	});
	await expect(consulates.first()).toHaveAttribute('href', DATA.sources!['WP-CG-JLM']!.url!);
	await expect(page.getByText(/facts as of March 2026/).first()).toBeVisible();
	await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
		'content',
		'France and Palestine'
	);
});

test('a lower-case code reaches the right page', async ({ page }) => {
	await page.goto('/country/fra');
	await expect(page).toHaveURL(/\/country\/FRA$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('France');
});

test('the summary line answers first, for PAK, BHR and a state without an article', async ({
	page
}) => {
	for (const [iso3, line] of [
		[
			'PAK',
			'Recognises Palestine since 1988 · does not recognise Israel · Palestinian embassy in Islamabad · no mission in Palestine known'
		],
		[
			'BHR',
			'Recognises Palestine since 1988 · recognises Israel · Palestinian embassy in Manama · no mission to Palestine'
		],
		[
			'KAZ',
			'Recognises Palestine since 1992 · recognises Israel · Palestinian embassy · mission to Palestine from Amman'
		]
	]) {
		await page.goto(`/country/${iso3}`);
		const body = page.locator('.body');
		await expect(body.locator('p').first()).toHaveText(line!);
	}
});

test('no prerendered country page and no panel shows raw key=value CSV text', async ({ page }) => {
	test.setTimeout(180_000);
	const dir = 'build/country';
	const pages = readdirSync(dir).filter((f) => /^[A-Z]{3}\.html$/.test(f));
	expect(pages).toHaveLength(DATA.countries.length);
	for (const file of pages) {
		const text = readFileSync(join(dir, file), 'utf8')
			.replace(/<script[\s\S]*?<\/script>/g, '')
			.replace(/<[^>]+>/g, ' ');
		expect(text, file).not.toMatch(KEY_VALUE);
	}
	for (const iso3 of ['PAK', 'BHR', 'FRA', 'AUT', 'KOR']) {
		await open(page, `/?country=${iso3}`);
		const panel = page.getByRole('complementary');
		await expect(panel).toContainText('Recognis', { timeout: 30_000 });
		expect(await panel.innerText(), iso3).not.toMatch(KEY_VALUE);
	}
});
