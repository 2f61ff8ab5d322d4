import { readFileSync } from 'node:fs';
import { chromium, expect, test, type Page } from '@playwright/test';
import type { WorldSvg } from '../src/lib/map/types';
import { MAP_THEMES, MARKER_GAP } from '../src/lib/map/mapStyle';
import { worldViewPoint } from '../src/lib/map/worldView';
import { FIRST_YEAR } from '../src/lib/state/labels';
import { COMPILE_HINT } from '../scripts/compileHints';
import { CHROMIUM_ARGS, testChromiumExecutable } from './chromium';

// MapLibre on SwiftShader takes long on a busy 2-core machine: generous timeouts, no timings.
test.describe.configure({ timeout: 180_000 });
const SLOW = { timeout: 90_000 };

/** The home page mounts WorldMap. */
const ROUTE = '/';
const svg = JSON.parse(readFileSync('src/lib/generated/worldSvg.json', 'utf8')) as WorldSvg;
/** MapLibre's own code (the lazy chunk and its worker). */
const MAPLIBRE = /maplibre/i;

/** Asserts that the page opened the panel of `name` (e.g. "Pakistan"). */
async function expectSelected(page: Page, name: string) {
	await expect(page.getByRole('complementary', { name: `${name} details` })).toBeVisible(SLOW);
}

/** Screen point of a lon/lat at the first view (shared by the SVG and MapLibre). */
async function screenPoint(page: Page, lon: number, lat: number) {
	return worldViewPoint((await page.locator('.world-map').boundingBox())!, lon, lat);
}

/** Screen point of a point in the static SVG's units, at the first view. */
async function fromSvg(page: Page, x: number, y: number) {
	const box = (await page.locator('.world-map').boundingBox())!;
	const s = Math.min(box.width / svg.width, box.height / svg.height);
	return {
		x: box.x + box.width / 2 + (x - svg.width / 2) * s,
		y: box.y + box.height / 2 + (y - svg.height / 2) * s
	};
}

/**
 * Opens the page and waits until it is hydrated (the static map answers clicks) and the map has
 * measured itself, which it does in the frame after hydration (its dots then take their size).
 */
async function open(page: Page, url = ROUTE) {
	await page.goto(url);
	await page.locator('[data-hydrated]').waitFor(SLOW);
	// The markers move to this size's places a task or two after hydration.
	await page.locator('svg.static[data-settled]').waitFor({ state: 'attached', ...SLOW });
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);
}

/** Each shape's and dot's drawing on the static map: colour, fading, outlines, name. */
function staticDrawing(page: Page): Promise<string[]> {
	return page.getByRole('img', { name: 'World map' }).evaluate((map) =>
		[...map.querySelectorAll('g.shape, g.marker')].map((group) => {
			const dot = group.querySelector('circle');
			const iso3 = group.getAttribute('data-marker') ?? group.querySelector('path')?.dataset.iso3;
			const fill = (dot ?? group).getAttribute('fill');
			const title = group.querySelector('title')?.textContent;
			return `${iso3} ${fill} ${group.getAttribute('opacity')} ${(dot ?? group).getAttribute('class')} ${title}`;
		})
	);
}

/** Records the URLs of MapLibre's code the page requests. */
function watchMapLibre(page: Page): string[] {
	const requested: string[] = [];
	page.on('request', (r) => {
		if (MAPLIBRE.test(r.url())) requested.push(r.url());
	});
	return requested;
}

/** The text of each script the page fetches (modules and their preloads), by address. */
function watchScripts(page: Page): Map<string, Promise<string>> {
	const scripts = new Map<string, Promise<string>>();
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script' && response.ok())
			scripts.set(response.url(), response.text());
	});
	return scripts;
}

/** Waits until MapLibre has drawn and the static SVG has stepped aside. */
async function waitForMapLibre(page: Page) {
	await expect(page.locator('.world-map.live')).toHaveCount(1, SLOW);
	await expect(page.getByRole('img', { name: 'World map' })).toBeHidden(SLOW);
}

/**
 * Starts MapLibre without moving the view: keyboard focus on the map. Focus given by a script
 * is keyboard focus (`:focus-visible`, which starts MapLibre) only when the reader's last input
 * was a key, not a click: so the map is blurred and a key pressed first. (Without this, a test
 * that had clicked a button last depended on MapLibre having been started earlier, by the focus
 * a closed panel returns to the map, and once waited 90 s for a takeover never asked for.)
 */
async function startByFocus(page: Page) {
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	await page.keyboard.press('Escape');
	await page.locator('.world-map').focus();
	expect(await page.locator('.world-map').evaluate((map) => map.matches(':focus-visible'))).toBe(
		true
	);
	await waitForMapLibre(page);
}

/**
 * Decodes a PNG in the page and returns its RGBA bytes. No `fetch` of a data: URL: the site's
 * Content-Security-Policy (connect-src 'self') refuses it; a Blob made from the bytes is not a fetch.
 */
async function decodePng(page: Page, png: Buffer) {
	const { width, height, data } = await page.evaluate(async (b64) => {
		const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
		const img = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
		const c = new OffscreenCanvas(img.width, img.height);
		const ctx = c.getContext('2d')!;
		ctx.drawImage(img, 0, 0);
		const rgba = ctx.getImageData(0, 0, img.width, img.height).data;
		let binary = '';
		for (let i = 0; i < rgba.length; i += 0x8000) {
			binary += String.fromCharCode(...rgba.subarray(i, i + 0x8000));
		}
		return { width: img.width, height: img.height, data: btoa(binary) };
	}, png.toString('base64'));
	return { width, height, data: Buffer.from(data, 'base64') };
}

/** RGB of the screen pixel at each point. */
async function pixels(page: Page, points: { x: number; y: number }[]) {
	const { width, data } = await decodePng(page, await page.screenshot());
	return points.map(({ x, y }) => {
		const i = (Math.round(y) * width + Math.round(x)) * 4;
		return [data[i]!, data[i + 1]!, data[i + 2]!];
	});
}

/** Country interiors at the world view: Pakistan, Brazil, the United States, Australia, Russia, Algeria. */
const INTERIORS: [number, number][] = [
	[67.5, 27.5],
	[-52, -10],
	[-100, 40],
	[134, -25],
	[95, 62],
	[3, 28]
];

test('the static SVG map is in the HTML, before any JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(ROUTE);
	const map = page.getByRole('img', { name: 'World map' });
	await expect(map).toBeVisible();
	expect(await map.locator('path[data-iso3]').count()).toBeGreaterThan(190);
	await expect(map.locator('[data-marker="BHR"] circle')).toHaveCount(1);
	await context.close();
});

test('no MapLibre before the first interaction; a click on the static map opens the panel', async ({
	page
}) => {
	const requested = watchMapLibre(page);
	await open(page);
	const { x, y } = await screenPoint(page, 69.5, 29.5);
	await page.mouse.click(x, y);
	await expectSelected(page, 'Pakistan');
	// Legend highlight and attribute changes are served by the SVG too.
	await page.getByRole('radio', { name: 'Recognises Israel' }).check();
	await expect(page.getByRole('img', { name: 'World map' })).toBeVisible();
	expect(requested).toEqual([]);
	await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(0);
});

test('a territory is named on the map, and a click on it opens nothing', async ({ page }) => {
	await open(page);
	// Greenland is drawn, but is not one of the atlas' states.
	const greenland = page.locator('g:has(> path[data-iso3="GRL"]) > title');
	await expect(greenland).toHaveText('Greenland: not covered by the atlas');
	const { x, y } = await screenPoint(page, -42, 72);
	// Its tooltip says so too (a state's names its value), as keyboard movement announces it.
	await page.mouse.move(x, y);
	await expect(page.locator('.world-map .tooltip')).toHaveText(
		'Greenland: not covered by the atlas'
	);
	await page.mouse.click(x, y);
	await page.waitForTimeout(500);
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('complementary')).toHaveCount(0);
	// A state next to it still opens.
	const canada = await screenPoint(page, -100, 58);
	await page.mouse.click(canada.x, canada.y);
	await expectSelected(page, 'Canada');
});

test("a URL's view, applied once the page has loaded, is drawn as if chosen on the page", async ({
	page
}) => {
	await open(page);
	const initial = await staticDrawing(page);
	// Chosen on the page: the map repaints at once.
	await page.getByRole('radio', { name: 'Recognises Israel' }).check();
	await expect.poll(() => staticDrawing(page), SLOW).not.toEqual(initial);
	const israel = await staticDrawing(page);
	// The prerendered HTML always shows the default view; the URL's comes on the client.
	await open(page, '/?attr=recognizesIsrael');
	await expect.poll(() => staticDrawing(page), SLOW).toEqual(israel);
	await open(page, '/?attr=recognizesIsrael&country=PAK');
	await expect(page.locator('g.shape.selected > path')).toHaveAttribute('data-iso3', 'PAK', SLOW);
	expect((await staticDrawing(page)).filter((d) => !d.startsWith('PAK '))).toEqual(
		israel.filter((d) => !d.startsWith('PAK '))
	);
	// A state drawn as a marker, chosen in the URL: its dot is outlined as selected.
	await open(page, '/?country=BHR');
	await expect(page.locator('[data-marker="BHR"] circle')).toHaveClass(/\bselected\b/, SLOW);
	// A year: the slider's first one, chosen with the keyboard, against the same year in the URL.
	await open(page);
	await page.getByRole('slider').press('Home');
	await expect(page).toHaveURL(new RegExp(`year=${FIRST_YEAR}`), SLOW);
	await expect.poll(() => staticDrawing(page), SLOW).not.toEqual(initial);
	const firstYear = await staticDrawing(page);
	await open(page, `/?year=${FIRST_YEAR}`);
	await expect.poll(() => staticDrawing(page), SLOW).toEqual(firstYear);
	// And back to the default view: the server's drawing, untouched.
	await open(page);
	expect(await staticDrawing(page)).toEqual(initial);
});

test('in the dark theme the static map is drawn in its dark colours from the start', async ({
	page
}) => {
	await open(page);
	const light = await staticDrawing(page);
	await page.getByRole('button', { name: 'Dark mode' }).click();
	await expect.poll(() => staticDrawing(page), SLOW).not.toEqual(light);
	const dark = await staticDrawing(page);
	expect(dark.find((d) => d.startsWith('ABW '))).toContain(MAP_THEMES.dark.noData);
	// The markers too (painted in a task of their own): Palestine's dot in the dark subject colour.
	await expect(page.locator('[data-marker="PSE"] circle')).toHaveAttribute(
		'fill',
		MAP_THEMES.dark.subject
	);
	// Remembered: the next page is dark too, over the server's light markup.
	await open(page);
	await expect.poll(() => staticDrawing(page), SLOW).toEqual(dark);
	// The system's dark theme is known as the page hydrates, before anything is mounted.
	await page.evaluate(() => localStorage.clear());
	await page.emulateMedia({ colorScheme: 'dark' });
	await open(page);
	await expect.poll(() => staticDrawing(page), SLOW).toEqual(dark);
});

for (const route of ['/', '/embed']) {
	test(`${route} hydrates the server's static map: no mismatch, its paths not downloaded again`, async ({
		page
	}) => {
		const warnings: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
		});
		const paths: string[] = [];
		page.on('request', (r) => {
			if (/worldSvg/.test(r.url())) paths.push(r.url());
		});
		await open(page, `${route}?attr=recognizesIsrael`);
		expect(await page.locator('svg.static path[data-iso3]').count()).toBeGreaterThan(190);
		// A mismatch makes Svelte throw the server's HTML away and draw the page again.
		expect(warnings.filter((w) => /hydration|Content Security Policy/i.test(w))).toEqual([]);
		expect(paths).toEqual([]);
	});
}

test('the first wheel over the map requests MapLibre, which takes over and zooms', async ({
	page
}) => {
	const requested = watchMapLibre(page);
	const scripts = watchScripts(page);
	await open(page);
	// Every script the page ran as it loaded is compiled ahead (scripts/compileHints.ts).
	const atLoad = [...scripts.keys()];
	expect(atLoad.length).toBeGreaterThan(3);
	for (const url of atLoad)
		expect((await scripts.get(url)!).startsWith(COMPILE_HINT), url).toBe(true);
	const { x, y } = await screenPoint(page, 20, 10);
	await page.mouse.move(x, y);
	expect(requested).toEqual([]);
	await page.mouse.wheel(0, -300);
	await expect.poll(() => requested.length, SLOW).toBeGreaterThan(0);
	await waitForMapLibre(page);
	await expect(page).toHaveURL(/#map=[\d.]+\/-?[\d.]+\/-?[\d.]+$/, SLOW);
	// MapLibre's module, mostly code a reader never runs, is left to compile lazily.
	const mapLibre = [...scripts.keys()].filter((url) => MAPLIBRE.test(url) && /\.m?js$/.test(url));
	expect(mapLibre.length).toBeGreaterThan(0);
	for (const url of mapLibre)
		expect((await scripts.get(url)!).startsWith(COMPILE_HINT), url).toBe(false);
});

test('the first drag over the map requests MapLibre', async ({ page }) => {
	const requested = watchMapLibre(page);
	await open(page);
	const { x, y } = await screenPoint(page, 20, 10);
	await page.mouse.move(x, y);
	await page.mouse.down();
	await page.mouse.move(x + 40, y + 10, { steps: 5 });
	await page.mouse.up();
	await expect.poll(() => requested.length, SLOW).toBeGreaterThan(0);
	await waitForMapLibre(page);
	// A drag is not a click: no panel opened.
	await expect(page.getByRole('complementary')).toHaveCount(0);
});

// One page and one MapLibre start (seconds each in SwiftShader) for three checks in turn.
test('MapLibre takes over with the same colours, draws under the CSP, and survives a lost WebGL context', async ({
	page
}) => {
	// Under the site's Content-Security-Policy: its worker and styles are allowed.
	const refused: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
	});
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await open(page);
	const points = await Promise.all(INTERIORS.map(([lon, lat]) => screenPoint(page, lon, lat)));
	const before = await pixels(page, points);
	// Several distinct colours: the check compares real fills, not ocean with ocean.
	expect(new Set(before.map((p) => p.join())).size).toBeGreaterThanOrEqual(2);
	await startByFocus(page);
	await page.locator('.world-map').blur();

	await test.step("the map's colours and framing are the same before and after MapLibre takes over", async () => {
		const after = await pixels(page, points);
		for (const [i, rgb] of after.entries()) {
			for (const [c, value] of rgb.entries()) {
				expect(Math.abs(value - before[i]![c]!), `${INTERIORS[i]} channel ${c}`).toBeLessThan(12);
			}
		}
	});

	await test.step('MapLibre draws the map: the canvas has land, ocean and several colours', async () => {
		const { data } = await decodePng(
			page,
			await page.locator('canvas.maplibregl-canvas').screenshot()
		);
		// Distinct colours (5 bits a channel) each covering over 0.2% of the canvas.
		const counts = new Map<string, number>();
		for (let i = 0; i < data.length; i += 4 * 7) {
			const key = `${data[i]! >> 3},${data[i + 1]! >> 3},${data[i + 2]! >> 3}`;
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
		const total = data.length / (4 * 7);
		const colours = [...counts.values()].filter((n) => n / total > 0.002).length;
		expect(colours).toBeGreaterThanOrEqual(4);
		expect(refused).toEqual([]);
	});

	await test.step('WebGL context lost: the static map at once, clickable; restored: every colour back', async () => {
		const lose = (method: 'loseContext' | 'restoreContext') =>
			page.evaluate((method) => {
				const canvas = document.querySelector('canvas.maplibregl-canvas') as HTMLCanvasElement;
				const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
				(window as unknown as { __lose: WEBGL_lose_context }).__lose ??=
					gl.getExtension('WEBGL_lose_context')!;
				(window as unknown as { __lose: WEBGL_lose_context }).__lose[method]();
			}, method);
		await lose('loseContext');
		await expect(page.getByRole('img', { name: 'World map' })).toBeVisible(SLOW);
		// Switching the attribute while the context is lost must not throw, and the SVG follows.
		await page.getByRole('radio', { name: 'Recognises Israel' }).check();
		// Brazil: left of where the panel opens, so selecting it does not move the view.
		const { x, y } = points[1]!;
		await page.mouse.click(x, y);
		await expectSelected(page, 'Brazil');
		await page.keyboard.press('Escape');
		await expect(page.getByRole('complementary')).toHaveCount(0);
		const staticColours = await pixels(page, points);
		await lose('restoreContext');
		await waitForMapLibre(page);
		const restored = await pixels(page, points);
		for (const [i, rgb] of restored.entries()) {
			for (const [c, value] of rgb.entries()) {
				expect(
					Math.abs(value - staticColours[i]![c]!),
					`${INTERIORS[i]} channel ${c}`
				).toBeLessThan(12);
			}
		}
		expect(errors).toEqual([]);
	});
});

/** Centre of a marker's dot as drawn (spread apart from its neighbours), on screen. */
async function markerCentre(page: Page, iso3: string) {
	const box = (await page.locator(`[data-marker="${iso3}"] circle`).boundingBox())!;
	return { x: box.x + box.width / 2, y: box.y + box.height / 2, r: box.width / 2 };
}

test("tiny neighbours' markers do not overlap at the world view, each led back to its state", async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await open(page);
	// Bahrain and Qatar sit 3 px apart at this size; Saint Kitts and Antigua too.
	for (const [a, b] of [
		['BHR', 'QAT'],
		['KNA', 'ATG']
	]) {
		const [pa, pb] = [await markerCentre(page, a!), await markerCentre(page, b!)];
		expect(Math.hypot(pa.x - pb.x, pa.y - pb.y), `${a}–${b}`).toBeGreaterThanOrEqual(pa.r + pb.r);
	}
	// Moved off its state: a line from the state's own point to the dot.
	const leader = page.locator('[data-marker="BHR"] line.leader');
	await expect(leader).toHaveCount(1);
	const [mx, my] = svg.countries.BHR!.marker!;
	expect(Number(await leader.getAttribute('x1'))).toBeCloseTo(mx, 1);
	expect(Number(await leader.getAttribute('y1'))).toBeCloseTo(my, 1);
	// A lone island's marker stays on it, with no line.
	await expect(page.locator('[data-marker="MUS"] line.leader')).toHaveCount(0);
});

test("clicking Bahrain's marker at the world view selects Bahrain, on both maps", async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await open(page);
	/** Clicks a marker's dot where it is drawn now (a panel may have moved the view). */
	const pick = async (iso3: string, name: string) => {
		const { x, y } = await markerCentre(page, iso3);
		await page.mouse.click(x, y);
		await expectSelected(page, name);
		await page.keyboard.press('Escape');
		await expect(page.getByRole('complementary')).toHaveCount(0);
	};
	await pick('BHR', 'Bahrain');
	await pick('QAT', 'Qatar');
	// MapLibre spreads its markers alike (the hidden SVG keeps following its view).
	await page.getByRole('button', { name: 'Reset the map view' }).click();
	await startByFocus(page);
	// As many markers led back to their states as on the static map at this view.
	const leaders = await page.locator('svg.static line.leader').count();
	expect(leaders).toBeGreaterThan(1);
	await expect(page.locator('.world-map .gl')).toHaveAttribute('data-leaders', String(leaders));
	await pick('BHR', 'Bahrain');
	await pick('QAT', 'Qatar');
});

test('a #map= deep link starts MapLibre at once, at that view', async ({ page }) => {
	const requested = watchMapLibre(page);
	await open(page, `${ROUTE}#map=3/30/70`);
	await waitForMapLibre(page);
	expect(requested.length).toBeGreaterThan(0);
	const hash = new URL(page.url()).hash;
	expect(hash).toMatch(/^#map=3\/30\/70$/);
});

test('a #map= hash with bearing and pitch is refused: the default view, no MapLibre', async ({
	page
}) => {
	const requested = watchMapLibre(page);
	await open(page, `${ROUTE}#map=2/20/10/45/60`);
	const { x, y } = await screenPoint(page, 69.5, 29.5);
	await page.mouse.click(x, y);
	await expectSelected(page, 'Pakistan');
	expect(requested).toEqual([]);
});

test('zoom buttons start MapLibre and zoom; "whole world" returns to the first view', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await open(page);
	// The static map stays in the DOM (hidden once MapLibre draws); its viewBox is the shared view.
	const map = page.locator('.world-map svg.static');
	/** The static map's viewBox follows the shared view: its width shrinks as the map zooms in. */
	const shown = async () => (await map.getAttribute('viewBox'))!.split(' ').map(Number);
	// The world view: the SVG's own box fitted "meet" into the map's box.
	const box = (await page.locator('.world-map').boundingBox())!;
	const worldWidth = Math.round(
		box.width / Math.min(box.width / svg.width, box.height / svg.height)
	);
	await expect.poll(async () => Math.round((await shown())[2]!), SLOW).toBe(worldWidth);
	const points = await Promise.all(INTERIORS.map(([lon, lat]) => screenPoint(page, lon, lat)));
	const world = await pixels(page, points);
	/** MapLibre's zoom, from the #map=zoom/lat/lng hash it keeps. */
	const hashZoom = () => Number(new URL(page.url()).hash.slice('#map='.length).split('/')[0]);
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await waitForMapLibre(page);
	await expect.poll(hashZoom, SLOW).toBeGreaterThan(0);
	const once = hashZoom();
	await page.getByRole('button', { name: 'Zoom in' }).press('Enter');
	await expect.poll(hashZoom, SLOW).toBeGreaterThan(once + 0.5);
	await page.getByRole('button', { name: 'Reset the map view' }).click();
	// ±2 units: the test's world box uses the SVG's rounded height (668), the map the exact one.
	await expect.poll(async () => Math.abs((await shown())[2]! - worldWidth), SLOW).toBeLessThan(2);
	// Centred: as much ocean left of the world as right of it.
	expect(Math.abs((await shown())[0]! + (worldWidth - svg.width) / 2)).toBeLessThan(2);
	await expect(page).not.toHaveURL(/#map=/);
	// MapLibre too is back at the world view: the same colours under the same points as before.
	await expect
		.poll(async () => {
			const now = await pixels(page, points);
			return Math.max(...now.flatMap((rgb, i) => rgb.map((v, c) => Math.abs(v - world[i]![c]!))));
		}, SLOW)
		.toBeLessThan(12);
	await expect(page.locator('.world-map.live')).toHaveCount(1);
});

test('keyboard only: reach the map, move to a country, open it, close it, focus returns', async ({
	page
}) => {
	await open(page);
	const map = page.getByRole('application', { name: 'Map of countries' });
	await map.focus();
	await expect(map).toBeFocused();
	const status = page.getByTestId('map-announcement');
	await page.keyboard.press('ArrowRight');
	await expect(status).not.toHaveText('', SLOW);
	const first = await status.textContent();
	await page.keyboard.press('ArrowLeft');
	await expect(status).not.toHaveText(first!, SLOW);
	const name = (await status.textContent())!.split(':')[0]!;
	await page.keyboard.press('Enter');
	await expectSelected(page, name);
	await page.keyboard.press('Escape');
	await expect(page.getByRole('complementary')).toHaveCount(0);
	await expect(map).toBeFocused();
});

test('without WebGL the static map stays, with a notice on zoom, and still selects', async ({
	baseURL
}) => {
	const browser = await chromium.launch({
		executablePath: testChromiumExecutable(),
		args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis']
	});
	try {
		const page = await browser.newPage({ baseURL });
		await open(page);
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await expect(
			page.getByText('Interactive map unavailable (WebGL off) — showing a static map.')
		).toBeVisible(SLOW);
		await expect(page.getByRole('img', { name: 'World map' })).toBeVisible();
		await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(0);
		// The SVG zoomed by itself; back to the world view to click Pakistan there.
		await page.getByRole('button', { name: 'Reset the map view' }).click();
		const { x, y } = await screenPoint(page, 69.5, 29.5);
		await page.mouse.click(x, y);
		await expectSelected(page, 'Pakistan');
	} finally {
		await browser.close();
	}
});

test('a selected country is moved out from under the side panel', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	// New Zealand lies at the far right of the world view, where the panel opens.
	await open(page, `${ROUTE}?country=NZL`);
	await expectSelected(page, 'New Zealand');
	const panel = (await page.getByRole('complementary').boundingBox())!;
	const map = (await page.locator('.world-map').boundingBox())!;
	// The static map pans (its viewBox) until New Zealand's centre (about 172°E) is left of the panel.
	const nzX = ((172 + 180) / 360) * svg.width;
	await expect
		.poll(async () => {
			const viewBox = await page.getByRole('img', { name: 'World map' }).getAttribute('viewBox');
			const [x, , width] = viewBox!.split(' ').map(Number);
			return map.x + ((nzX - x!) * map.width) / width!;
		}, SLOW)
		.toBeLessThan(panel.x);
});

test.describe('on a phone (390×844, touch)', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test("no two tiny states' markers are closer than MARKER_GAP on screen", async ({ page }) => {
		// A phone's map is drawn at about 0.4 CSS px per unit: the markers' spread at that scale
		// is looked up among the ones worked out at build time, not the server's.
		await open(page);
		const markers = page.locator('g.markers [data-marker]');
		await expect(markers.first()).toBeVisible();
		const centres = await markers.evaluateAll((groups) =>
			groups.map((g) => {
				const box = g.querySelector('circle')!.getBoundingClientRect();
				return [box.x + box.width / 2, box.y + box.height / 2];
			})
		);
		expect(centres.length).toBeGreaterThan(30);
		let closest = Infinity;
		for (const [i, [ax, ay]] of centres.entries())
			for (const [bx, by] of centres.slice(i + 1))
				closest = Math.min(closest, Math.hypot(ax! - bx!, ay! - by!));
		expect(closest).toBeGreaterThanOrEqual(MARKER_GAP - 0.5);
		expect(closest).toBeLessThan(MARKER_GAP * 1.2);
	});

	test('a one-finger swipe over the map scrolls the page, also once MapLibre runs', async ({
		page
	}) => {
		await open(page);
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await waitForMapLibre(page);
		const box = (await page.locator('.world-map').boundingBox())!;
		const x = box.x + box.width / 2;
		const y = box.y + box.height * 0.8;
		const cdp = await page.context().newCDPSession(page);
		const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', ty: number) =>
			cdp.send('Input.dispatchTouchEvent', {
				type,
				touchPoints: type === 'touchEnd' ? [] : [{ x, y: ty }]
			});
		await touch('touchStart', y);
		for (let i = 1; i <= 8; i++) await touch('touchMove', y - i * 25);
		await touch('touchEnd', y - 200);
		await expect.poll(() => page.evaluate(() => window.scrollY), SLOW).toBeGreaterThan(50);
	});

	test('the first view frames one whole world, as the static map does', async ({ page }) => {
		await open(page);
		const map = page.getByRole('img', { name: 'World map' });
		const box = (await page.locator('.world-map').boundingBox())!;
		const [x, , width] = (await map.getAttribute('viewBox'))!.split(' ').map(Number);
		// The world spans the map's width exactly: no copies beside it, nothing cut.
		expect(Math.abs(x!)).toBeLessThan(0.5);
		expect(Math.abs(width! - svg.width)).toBeLessThan(0.5);
		expect(box.width).toBeGreaterThan(300);
	});
});
