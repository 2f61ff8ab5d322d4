import { readFileSync } from 'node:fs';
import { chromium, expect, test, type Page } from '@playwright/test';
import type { WorldSvg } from '../src/lib/map/types';
import { worldViewPoint } from '../src/lib/map/worldView';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium';

// MapLibre on SwiftShader takes long on a busy 2-core machine: generous timeouts, no timings.
test.describe.configure({ timeout: 120_000 });

/** The home page mounts WorldMap. */
const ROUTE = '/';
const svg = JSON.parse(readFileSync('src/lib/generated/worldSvg.json', 'utf8')) as WorldSvg;

/** Asserts that the page opened the panel of `name` (e.g. "Pakistan"). */
async function expectSelected(page: Page, name: string) {
	await expect(page.getByRole('complementary', { name: `${name} details` })).toBeVisible();
}

/** Screen point of a lon/lat at the first view (shared by the SVG and MapLibre). */
async function screenPoint(page: Page, lon: number, lat: number) {
	return worldViewPoint((await page.locator('.world-map').boundingBox())!, lon, lat);
}

function fromSvg(
	box: { x: number; y: number; width: number; height: number },
	x: number,
	y: number
) {
	const s = Math.min(box.width / svg.width, box.height / svg.height);
	return {
		x: box.x + box.width / 2 + (x - svg.width / 2) * s,
		y: box.y + box.height / 2 + (y - svg.height / 2) * s
	};
}

/** Waits until MapLibre has drawn and the static SVG has stepped aside. */
async function waitForMap(page: Page) {
	await expect(page.locator('canvas.maplibregl-canvas')).toBeVisible({ timeout: 60_000 });
	await expect(page.getByRole('img', { name: 'World map' })).toBeHidden({ timeout: 60_000 });
}

test('the static SVG map is in the HTML, before any JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(ROUTE);
	const map = page.getByRole('img', { name: 'World map' });
	await expect(map).toBeVisible();
	expect(await map.locator('path[data-iso3]').count()).toBeGreaterThan(190);
	await expect(map.locator('[data-iso3="BHR"] circle')).toHaveCount(2);
	await context.close();
});

test('MapLibre draws the map: the canvas has land, ocean and several colours', async ({ page }) => {
	await page.goto(ROUTE);
	await waitForMap(page);
	const png = await page.locator('canvas.maplibregl-canvas').screenshot();
	const colours = await page.evaluate(async (b64) => {
		const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
		const c = new OffscreenCanvas(img.width, img.height);
		const ctx = c.getContext('2d')!;
		ctx.drawImage(img, 0, 0);
		const data = ctx.getImageData(0, 0, img.width, img.height).data;
		const counts = new Map<string, number>();
		for (let i = 0; i < data.length; i += 4 * 7) {
			const key = `${data[i]! >> 3},${data[i + 1]! >> 3},${data[i + 2]! >> 3}`;
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
		const total = data.length / (4 * 7);
		return [...counts.values()].filter((n) => n / total > 0.002).length;
	}, png.toString('base64'));
	expect(colours).toBeGreaterThanOrEqual(4);
});

test('clicking Pakistan at the world view selects it', async ({ page }) => {
	await page.goto(ROUTE);
	await waitForMap(page);
	const { x, y } = await screenPoint(page, 69.5, 29.5);
	await page.mouse.click(x, y);
	await expectSelected(page, 'Pakistan');
});

test("clicking Bahrain's marker at the world view selects Bahrain", async ({ page }) => {
	await page.goto(ROUTE);
	await waitForMap(page);
	const box = (await page.locator('.world-map').boundingBox())!;
	const [mx, my] = svg.countries.BHR!.marker!;
	const { x, y } = fromSvg(box, mx, my);
	await page.mouse.click(x, y);
	await expectSelected(page, 'Bahrain');
});

test('the built site ships the MapLibre worker and it loads', async ({ page }) => {
	const failed: string[] = [];
	const worker: number[] = [];
	page.on('response', (r) => {
		if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
		if (/maplibre-gl-worker[^/]*\.m?js/.test(r.url())) worker.push(r.status());
	});
	await page.goto(ROUTE);
	await waitForMap(page);
	expect(worker).toContain(200);
	expect(failed).toEqual([]);
});

test('without WebGL the static map stays, with a notice, and still selects', async ({
	baseURL
}) => {
	const browser = await chromium.launch({
		executablePath: chromiumExecutable(),
		args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis']
	});
	const page = await browser.newPage({ baseURL });
	await page.goto(ROUTE);
	await expect(
		page.getByText('Interactive map unavailable (WebGL off) — showing a static map.')
	).toBeVisible();
	await expect(page.getByRole('img', { name: 'World map' })).toBeVisible();
	await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(0);
	const { x, y } = await screenPoint(page, 69.5, 29.5);
	await page.mouse.click(x, y);
	await expectSelected(page, 'Pakistan');
	await browser.close();
});

test('a selected country is moved out from under the side panel', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	// New Zealand lies at the far right of the world view, where the panel opens.
	await page.goto(`${ROUTE}?country=NZL`);
	await expectSelected(page, 'New Zealand');
	await waitForMap(page);
	// The view (in the #map=zoom/lat/lng hash) pans east until New Zealand is left of the panel.
	await expect
		.poll(async () => Number(new URL(page.url()).hash.split('/')[2] ?? 0), { timeout: 10_000 })
		.toBeGreaterThan(90);
	const panel = (await page.getByRole('complementary').boundingBox())!;
	const hash = new URL(page.url()).hash.slice('#map='.length).split('/').map(Number);
	const [zoom, , lng] = hash as [number, number, number];
	const map = (await page.locator('.world-map').boundingBox())!;
	// Web Mercator: 512 px per 360° at zoom 0; New Zealand's centre is about 172°E.
	const x = map.x + map.width / 2 + ((172 - lng) / 360) * 512 * 2 ** zoom;
	expect(x).toBeLessThan(panel.x);
});

test('after client-side navigation the static map draws its shapes too', async ({ baseURL }) => {
	// Without WebGL the static SVG stays the map: it must have its paths although the page was
	// reached through the router, with no server HTML to keep.
	const browser = await chromium.launch({
		executablePath: chromiumExecutable(),
		args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis']
	});
	try {
		const page = await browser.newPage({ baseURL });
		await page.goto('/about');
		await page.getByRole('link', { name: 'Map', exact: true }).click();
		await expect(page).toHaveURL(/\/$/);
		const map = page.getByRole('img', { name: 'World map' });
		await expect(map.locator('path[data-iso3="PAK"]')).toBeVisible();
		expect(await map.locator('path[data-iso3]').count()).toBeGreaterThan(190);
		const { x, y } = await screenPoint(page, 69.5, 29.5);
		await page.mouse.click(x, y);
		await expectSelected(page, 'Pakistan');
	} finally {
		await browser.close();
	}
});
