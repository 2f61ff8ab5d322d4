import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { worldViewPoint } from '../src/lib/map/worldView';
import { citeRuns } from '../src/lib/state/citeRuns';
import type { AtlasData } from '../src/lib/types';
import { carriedCountries } from './carriedCountries';

/** The data the site was built from: expectations are computed from it, not hard-coded. */
const DATA = JSON.parse(
	readFileSync('src/lib/server/generated/countries.json', 'utf8')
) as AtlasData;
const PAK = DATA.countries.find((c) => c.iso3 === 'PAK')!;
/** What a map page carries of a country (toMapIndex). */
const MAP_FIELDS = ['iso3', 'name', 'hasArticle', 'attributes', 'statehood'];
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
	// The reader's pointer comes over the map: the sources arrive, then the panel is rendered
	// once, off the page, to warm it up.
	const sources = page.waitForResponse('**/sources.json');
	const map = (await page.locator('.world-map').boundingBox())!;
	await page.mouse.move(map.x + 4, map.y + 4);
	await sources;
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

test('the map pages carry only the values in their HTML; the sources come with the full index', async ({
	request
}) => {
	for (const path of ['/', '/embed']) {
		const html = await (await request.get(path)).text();
		const countries = carriedCountries(html);
		// Every country's values are there, as the map colours them…
		expect(countries.map((c) => c.iso3).sort(), path).toEqual(
			DATA.countries.map((c) => c.iso3).sort()
		);
		const pak = countries.find((c) => c.iso3 === 'PAK')!;
		expect(pak).toMatchObject({ name: 'Pakistan', hasArticle: true });
		expect(pak.attributes.recognizesPalestine).toEqual({ value: 'yes', date: '1988-11-16' });
		// …but not their sources, notes, search names or leads (a statehood keeps its own cite).
		for (const country of countries) {
			const extra = Object.keys(country).filter((key) => !MAP_FIELDS.includes(key));
			expect(extra, `${path} ${country.iso3}`).toEqual([]);
			for (const reading of Object.values(country.attributes))
				expect(Object.keys(reading).filter((key) => key !== 'value' && key !== 'date')).toEqual([]);
		}
		// …and as a string, not as an object literal the browser would compile as code.
		expect(html, path).not.toContain('iso3:"PAK"');
	}
	const index = (await (await request.get('/country-index.json')).json()) as {
		iso3: string;
		aliases: string[];
		attributes: Record<string, { source?: string }>;
	}[];
	expect(index.map((c) => c.iso3).sort()).toEqual(DATA.countries.map((c) => c.iso3).sort());
	const pak = index.find((c) => c.iso3 === 'PAK')!;
	expect(pak.aliases).toEqual(PAK.aliases);
	expect(pak.attributes.recognizesPalestine?.source).toBe(
		PAK.attributes.recognizesPalestine.source
	);
});

test('a page only looked at fetches nothing more; the first move fetches what a reader needs', async ({
	page
}) => {
	const fetched: string[] = [];
	page.on('request', (request) => {
		const file = new URL(request.url()).pathname;
		if (file.endsWith('.json')) fetched.push(file);
	});
	// A phone: the table (which fetches the countries when it nears the viewport) is far below.
	await page.setViewportSize({ width: 412, height: 823 });
	await page.goto('/');
	await page.locator('[data-hydrated]').waitFor({ timeout: 90_000 });
	await page.waitForLoadState('networkidle');
	await page.evaluate(async () => {
		for (let i = 0; i < 5; i++) await new Promise((resolve) => requestIdleCallback(resolve));
	});
	// Its colours, legend and names are in the HTML; the values' sources wait for a reader.
	expect(fetched).toEqual([]);
	const map = (await page.locator('.world-map').boundingBox())!;
	const index = page.waitForResponse('**/country-index.json');
	await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
	await index;
	await expect
		.poll(() => [...fetched].sort())
		.toEqual(['/country-index.json', '/groups.json', '/sources.json']);
});

/** Holds back the full index (the values' sources) until the returned function is called. */
async function holdCountryIndex(page: Page): Promise<() => void> {
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/country-index.json', async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

test('a country opened before its sources have arrived says so, then shows every value with its source', async ({
	page
}) => {
	const release = await holdCountryIndex(page);
	await page.goto('/');
	await page.locator('[data-hydrated]').waitFor({ timeout: 90_000 });
	// Brazil: no article, so its values and sources come only with the full index.
	const { x, y } = worldViewPoint((await page.locator('.world-map').boundingBox())!, -51, -10);
	await page.mouse.click(x, y);
	const panel = page.getByRole('complementary', { name: 'Brazil details' });
	await expect(panel.getByRole('heading', { level: 2, name: 'Brazil' })).toBeFocused();
	await expect(panel.getByRole('status')).toHaveText('Loading the values and their sources…');
	await expect(panel.getByRole('definition')).toHaveCount(0);
	release();
	const values = panel.getByRole('definition');
	await expect(values).toHaveCount(4, { timeout: 30_000 });
	for (const value of await values.all())
		await expect(value).toContainText(/Source: |Neither the article nor the facts tables say/);
	await expect(panel.getByRole('status')).toHaveCount(0);
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
});

test("the embed's selection waits for its source, and says so", async ({ page }) => {
	const release = await holdCountryIndex(page);
	await page.goto('/embed?country=BRA');
	await page.locator('[data-hydrated]').waitFor({ timeout: 90_000 });
	const selection = page.locator('.selection');
	await expect(selection).toContainText('Brazil: ');
	await expect(selection).toContainText('Loading its source…');
	release();
	await expect(selection).toContainText(/Source: |Neither the article nor the facts tables say/, {
		timeout: 30_000
	});
	await expect(selection).not.toContainText('Loading its source…');
});

test('the map page and the embed request no stylesheet: all their CSS is in their HTML', async ({
	page
}) => {
	// SvelteKit loads the error page's code on every page at start: a stylesheet of its own was
	// fetched and added to the open page, restyling it (the error page's styles are global now).
	const css: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'stylesheet' || request.url().endsWith('.css'))
			css.push(request.url());
	});
	for (const path of ['/', '/embed']) {
		await page.goto(path);
		await page.locator('[data-hydrated]').waitFor({ timeout: 90_000 });
		await page.waitForLoadState('networkidle');
	}
	// MapLibre's own stylesheet is prefetched at idle (into the cache, not applied) for its takeover.
	expect(css.filter((url) => !/\/maplibre-gl\.[\w-]+\.css$/.test(url))).toEqual([]);
});

test.describe('on a phone, while the page is still arriving', () => {
	test.use({ viewport: { width: 412, height: 823 }, isMobile: true, javaScriptEnabled: false });

	test('the year control and the legend are where they stay once the map has arrived', async ({
		page
	}) => {
		// They come before the map in the document (the controls' column on wide screens) and
		// below it on a phone. A browser paints what it has parsed: if the map's row took its
		// height only from the map, a first paint without the map showed them high up, and they
		// jumped down as the map came in (Lighthouse measured a layout shift of 0.2 from this).
		const html = await (await page.request.get('/')).text();
		const stage = html.lastIndexOf('<div', html.indexOf('class="stage'));
		expect(stage, 'the map page has its map in a .stage').toBeGreaterThan(0);
		const boxes = () =>
			Promise.all(
				['.year-area', '.legend-area'].map((selector) =>
					page.locator(selector).evaluate((element) => element.getBoundingClientRect().top)
				)
			);
		await page.route('/', (route) =>
			route.fulfill({ contentType: 'text/html', body: html.slice(0, stage) })
		);
		await page.goto('/');
		await expect(page.locator('.stage')).toHaveCount(0);
		const beforeMap = await boxes();
		await page.unroute('/');
		await page.goto('/');
		await expect(page.locator('.stage svg[aria-label="World map"]')).toHaveCount(1);
		expect(await boxes()).toEqual(beforeMap);
	});
});
