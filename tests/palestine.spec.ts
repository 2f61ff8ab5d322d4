import { expect, test, type Page } from '@playwright/test';
import { SVG_WIDTH, WORLD_VIEW_BOUNDS, mercatorY } from '../src/lib/map/worldView';

/** A point in the Gaza Strip (Gaza City), and the regional view of issue 13 centred near it. */
const GAZA_CITY = [34.45, 31.5] as const;
const GAZA_VIEW = '/#map=7/31.45/34.4';
/** The subject's colour on the light map (MAP_THEMES.light.subject). */
const SUBJECT_RGB = [0x1a, 0x1a, 0x1a];

/** The static SVG's viewBox coordinates of a lon/lat (the projection of scripts/build-geo.ts). */
function svgPoint(lon: number, lat: number) {
	const k = SVG_WIDTH / (2 * Math.PI);
	return {
		x: SVG_WIDTH / 2 + (lon / 360) * SVG_WIDTH,
		y: k * (mercatorY(WORLD_VIEW_BOUNDS[1][1]) - mercatorY(lat))
	};
}

/**
 * The colour at the centre of a PNG, decoded in a blank page of the same browser (the site's
 * Content-Security-Policy forbids fetching a data: URL).
 */
async function centrePixel(page: Page, png: Buffer): Promise<number[]> {
	const scratch = await page.context().newPage();
	try {
		return await scratch.evaluate(async (b64) => {
			const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
			const img = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
			const c = new OffscreenCanvas(img.width, img.height);
			const ctx = c.getContext('2d')!;
			ctx.drawImage(img, 0, 0);
			const centre = ctx.getImageData(Math.floor(img.width / 2), Math.floor(img.height / 2), 1, 1);
			return [...centre.data].slice(0, 3);
		}, png.toString('base64'));
	} finally {
		await scratch.close();
	}
}

test('the static SVG map draws Gaza as part of Palestine, not of its neighbours', async ({
	page
}) => {
	await page.goto('/');
	const map = page.getByRole('img', { name: 'World map' });
	await expect(map).toBeVisible();
	const { x, y } = svgPoint(...GAZA_CITY);
	// The browser's own hit test of each rendered shape at Gaza City, in the SVG's units.
	const inFill = await page.evaluate(
		({ x, y }) =>
			Object.fromEntries(
				['PSE', 'ISR', 'EGY'].map((iso3) => {
					const path = document.querySelector<SVGPathElement>(`path[data-iso3="${iso3}"]`);
					return [iso3, path?.isPointInFill(new DOMPoint(x, y)) ?? null];
				})
			),
		{ x, y }
	);
	expect(inFill).toEqual({ PSE: true, ISR: false, EGY: false });
	// Drawn in the subject's colour, not the legend's.
	await expect(map.locator('path[data-iso3="PSE"]')).toHaveCSS('fill', 'rgb(26, 26, 26)');
	await expect(map.locator('text', { hasText: 'Palestine' })).toBeVisible();
	// Named, not coded, in its shape's and its dot's tooltips (the index has no entry for it).
	await expect(map.locator('g.shape:has(path[data-iso3="PSE"]) > title')).toHaveText('Palestine');
	await expect(map.locator('[data-marker="PSE"] > title')).toHaveText('Palestine');
});

test('the interactive map shows Gaza in the subject colour, and a click opens Palestine’s page', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(GAZA_VIEW);
	const canvas = page.locator('canvas.maplibregl-canvas');
	await expect(canvas).toBeVisible({ timeout: 60_000 });
	await expect(page.getByRole('img', { name: 'World map' })).toBeHidden({ timeout: 60_000 });
	const box = (await canvas.boundingBox())!;
	// The view is centred on 34.4° E, 31.45° N, inside the Strip (about 8 km wide there).
	const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
	const rgb = await centrePixel(page, await canvas.screenshot());
	for (const [i, v] of rgb.entries()) expect(Math.abs(v - SUBJECT_RGB[i]!)).toBeLessThan(24);
	// MapLibre names the subject too (its own label, the SVG's being hidden with the SVG).
	await expect(page.locator('.subject-label-gl')).toHaveText('Palestine');
	await expect(page.locator('.subject-label-gl')).toBeVisible();
	await page.mouse.click(centre.x, centre.y);
	await expect(page).toHaveURL(/\/palestine$/, { timeout: 30_000 });
	await expect(
		page.getByRole('heading', { level: 1, name: 'The State of Palestine' })
	).toBeVisible();
});

test('at world view the label "Palestine" on the static map opens Palestine’s page', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	await page.locator('[data-hydrated]').waitFor();
	const label = page
		.getByRole('img', { name: 'World map' })
		.locator('text', { hasText: 'Palestine' });
	// In the subject's colour (MAP_THEMES.light.subject), as Palestine's shape is.
	await expect(label).toHaveAttribute('fill', '#1a1a1a');
	await label.click();
	await expect(page).toHaveURL(/\/palestine$/);
});

test('Palestine’s page says how many states recognise it, and which set is counted', async ({
	page
}) => {
	await page.goto('/palestine');
	await expect(
		page.getByRole('heading', { level: 1, name: 'The State of Palestine' })
	).toBeVisible();
	await expect(page.getByText(/\d+ of the 193 UN member states/)).toBeVisible();
	await expect(page.getByRole('heading', { name: /^Embassies \(\d+\)$/ })).toBeVisible();
	await expect(page.getByText(/no position on any disputed territory/)).toBeVisible();
	await page.goto('/');
	await page.getByRole('link', { name: 'Palestine', exact: true }).click();
	await expect(page).toHaveURL(/\/palestine$/);
});

test('searching "Palestine" opens Palestine’s page', async ({ page }) => {
	await page.goto('/');
	await page.locator('[data-hydrated]').waitFor();
	const search = page.getByRole('combobox', { name: 'Find a country' });
	await search.fill('Palestine');
	await expect(page.getByRole('option', { name: 'Palestine', exact: true })).toBeVisible();
	await search.press('Enter');
	await expect(page).toHaveURL(/\/palestine$/);
	await expect(
		page.getByRole('heading', { level: 1, name: 'The State of Palestine' })
	).toBeVisible();
});
