import { expect, test, type Locator, type Page } from '@playwright/test';
import { embedCode, openArticle } from './embedHost';

// A framed MapLibre on a busy 2-core machine: each step may take seconds.
test.describe.configure({ timeout: 150_000 });

/** Waits until the iframe is as tall as its content (±4 px). */
async function expectSized(page: Page, iframe: Locator) {
	const frame = page.frameLocator(`iframe[title="${await iframe.getAttribute('title')}"]`);
	await expect
		.poll(
			async () => {
				const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
				const inner = await frame
					.locator('main')
					.evaluate((el) => el.getBoundingClientRect().height);
				return Math.abs(outer - inner);
			},
			{ timeout: 60_000 }
		)
		.toBeLessThanOrEqual(4);
}

test('the Embed dialog’s code, pasted into an article, shows and sizes the chosen view', async ({
	page,
	baseURL,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/?attr=recognizesIsrael&country=PAK');
	await page.locator('[data-hydrated]').waitFor();
	await page.getByRole('button', { name: 'Embed', exact: true }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this map' });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('radio', { name: 'Dark' }).check();
	await dialog.getByRole('checkbox', { name: 'Attribute picker' }).uncheck();
	const code = dialog.getByRole('textbox', { name: 'Code for this view' });
	await expect(code).toHaveValue(/theme=dark/);
	await expect(code).toHaveValue(/<script async src="[^"]+\/embed\.js"><\/script>$/);
	// The live preview shows the same options.
	await expect(dialog.locator('iframe')).toHaveAttribute('src', /picker=0/);
	await dialog.getByRole('button', { name: 'Copy' }).click();
	await expect(dialog.getByRole('status')).toHaveText('Copied.');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(await code.inputValue());
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();

	await openArticle(page, baseURL!, copied);
	const iframe = page.getByTitle('Palestine Relations Atlas: Recognises Israel');
	const frame = page.frameLocator('iframe[title="Palestine Relations Atlas: Recognises Israel"]');
	await frame.locator('[data-hydrated]').waitFor();
	await expect(frame.getByRole('status')).toContainText('Pakistan: recognises Israel: no');
	await expect(frame.getByRole('radio', { name: 'Recognises Israel' })).toBeHidden();
	expect(await frame.locator('html').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
		'rgb(21, 24, 27)'
	);
	await expectSized(page, iframe);
});

test('a wheel over the embedded map scrolls the article, not the map', async ({
	page,
	baseURL
}) => {
	await page.setViewportSize({ width: 600, height: 700 });
	await openArticle(page, baseURL!, embedCode(baseURL!));
	const frame = page.frameLocator('iframe[title="Palestine Relations Atlas"]');
	await frame.locator('[data-hydrated]').waitFor({ timeout: 60_000 });
	const map = frame.locator('.world-map');
	const hashBefore = await frame.locator('html').evaluate(() => location.hash);
	const wheelScrollsArticle = async () => {
		await page.evaluate(() => scrollTo(0, 0));
		const box = (await map.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.wheel(0, 400);
		await expect.poll(() => page.evaluate(() => scrollY), { timeout: 20_000 }).toBeGreaterThan(100);
		// The map did not zoom.
		expect(await frame.locator('html').evaluate(() => location.hash)).toBe(hashBefore);
	};
	// On the static map (MapLibre not started: the embed is in view at load) …
	await wheelScrollsArticle();
	await expect(map).not.toHaveClass(/\blive\b/);
	// … and once MapLibre runs (started by keyboard focus on the map).
	await map.focus();
	await expect(frame.locator('canvas.maplibregl-canvas')).toBeVisible({ timeout: 60_000 });
	await expect(frame.locator('.world-map.live')).toBeAttached({ timeout: 60_000 });
	await wheelScrollsArticle();
});

test('without WebGL the embed still draws its map and sizes itself', async ({ page, baseURL }) => {
	// Every frame: no WebGL context to be had.
	await page.addInitScript(() => {
		const getContext = HTMLCanvasElement.prototype.getContext;
		HTMLCanvasElement.prototype.getContext = function (
			this: HTMLCanvasElement,
			type: string,
			...rest: unknown[]
		) {
			if (type.startsWith('webgl') || type === 'experimental-webgl') return null;
			return (getContext as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
		} as typeof getContext;
	});
	await page.setViewportSize({ width: 320, height: 800 });
	await openArticle(page, baseURL!, embedCode(baseURL!, '?attr=recognizesIsrael'));
	const iframe = page.locator('iframe[title="Palestine Relations Atlas"]');
	const frame = page.frameLocator('iframe[title="Palestine Relations Atlas"]');
	await frame.locator('[data-hydrated]').waitFor();
	// The reader asks to zoom: the notice says why the map stays static.
	await frame.getByRole('button', { name: 'Zoom in' }).click();
	await expect(frame.getByText(/Interactive map unavailable/)).toBeVisible({ timeout: 30_000 });
	await expect(frame.locator('canvas.maplibregl-canvas')).toHaveCount(0);
	await expect(frame.locator('svg.static path[data-iso3="PAK"]')).toBeVisible();
	await expectSized(page, iframe);
});

/** Records MapLibre's requests in every frame: `run` (imported to run) or `prefetch` (downloaded). */
function watchMapLibre(page: Page) {
	const requests = { run: [] as string[], prefetch: [] as string[] };
	page.on('request', (request) => {
		if (!/maplibre/i.test(request.url())) return;
		// A prefetch is a download alone (resource type 'other'); the module import is a script.
		(request.resourceType() === 'script' ? requests.run : requests.prefetch).push(request.url());
	});
	return requests;
}

test('an embed below the fold downloads no MapLibre until it is scrolled into view', async ({
	page,
	baseURL
}) => {
	const maplibre = watchMapLibre(page);
	await page.setViewportSize({ width: 600, height: 700 });
	const below = embedCode(baseURL!, '?attr=recognitionYear', 'Atlas below the fold');
	await openArticle(page, baseURL!, '', below.replace(/\n<script[^]*$/, ''));
	const frame = page.frameLocator('iframe[title="Atlas below the fold"]');
	await frame.locator('[data-hydrated]').waitFor();
	// Its static map is there; MapLibre is not fetched, not even prefetched.
	await expect(frame.locator('svg.static path[data-iso3="PAK"]')).toBeAttached();
	await page.waitForTimeout(3000);
	expect(maplibre).toEqual({ run: [], prefetch: [] });
	// Scrolled into view, it starts MapLibre.
	await page.getByTitle('Atlas below the fold').scrollIntoViewIfNeeded();
	await expect.poll(() => maplibre.run.length, { timeout: 60_000 }).toBeGreaterThan(0);
});

test('an embed in view at load prefetches MapLibre but runs it only when the reader zooms', async ({
	page,
	baseURL
}) => {
	const maplibre = watchMapLibre(page);
	await page.setViewportSize({ width: 600, height: 900 });
	await openArticle(page, baseURL!, embedCode(baseURL!));
	const frame = page.frameLocator('iframe[title="Palestine Relations Atlas"]');
	await frame.locator('[data-hydrated]').waitFor();
	// Downloaded at idle (so the takeover is quick), never run while the reader only reads.
	await expect.poll(() => maplibre.prefetch.length, { timeout: 30_000 }).toBeGreaterThan(0);
	await page.waitForTimeout(3000);
	expect(maplibre.run).toEqual([]);
	await expect(frame.locator('canvas.maplibregl-canvas')).toHaveCount(0);
	// The reader hovers and clicks countries on the static map: still no MapLibre.
	const map = frame.locator('.world-map');
	const box = (await map.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.move(box.x + box.width / 3, box.y + box.height / 2);
	expect(maplibre.run).toEqual([]);
	// Ctrl + wheel, the embed's zoom gesture: MapLibre takes over at the zoomed view.
	await page.keyboard.down('Control');
	await page.mouse.wheel(0, -200);
	await page.keyboard.up('Control');
	await expect(frame.locator('.world-map.live')).toBeAttached({ timeout: 90_000 });
	expect(maplibre.run.length).toBeGreaterThan(0);
	expect(await frame.locator('html').evaluate(() => location.hash)).toMatch(/^#map=/);
});
