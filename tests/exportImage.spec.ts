import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { AtlasData } from '../src/lib/types';

const DATA = JSON.parse(
	readFileSync('src/lib/server/generated/countries.json', 'utf8')
) as AtlasData;

test.describe.configure({ timeout: 120_000 });

/** Width and height from a PNG's IHDR chunk (null when it is not a PNG). */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
	if (!bytes.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]))) return null;
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Clicks a download button and returns the file's name and bytes. */
async function download(page: Page, name: string) {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name }).click()
	]);
	const path = await file.path();
	return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

const no = DATA.countries.filter((c) => c.attributes.recognizesIsrael.value === 'no').length;

for (const url of ['/?attr=recognizesIsrael', '/embed?attr=recognizesIsrael']) {
	test(`PNG and SVG of the view from the vector map, with the legend's counts: ${url}`, async ({
		page
	}) => {
		await page.goto(url);
		await page.locator('[data-hydrated]').waitFor();
		const svg = await download(page, 'Download SVG');
		expect(svg.name).toBe('palestine-atlas-recognizesIsrael.svg');
		const markup = svg.bytes.toString('utf8');
		expect(markup).toContain('Palestine Relations Atlas: Recognises Israel');
		expect(markup).toContain(`No: ${no}`);
		// The facts' date, to the month or the day ("March 2026", "26 March 2026").
		expect(markup).toMatch(/facts current to (\d{1,2} )?[A-Z][a-z]+ \d{4}\./);
		// Drawn from the geometry: one path per country shape, not a picture of the canvas.
		expect(markup.match(/<path /g)!.length).toBeGreaterThan(150);
		expect(markup).not.toContain('<image');
		const height = Number(/viewBox="0 0 1200 (\d+)"/.exec(markup)![1]);

		const png = await download(page, 'Download PNG');
		expect(png.name).toBe('palestine-atlas-recognizesIsrael.png');
		// A real PNG, at twice the image's size.
		expect(pngSize(png.bytes)).toEqual({ width: 2400, height: 2 * height });
	});
}

test('the build made a social card per attribute, used as og:image and the embed’s fallback', async ({
	page,
	request
}) => {
	for (const attr of ['recognizesPalestine', 'recognizesIsrael', 'recognitionYear']) {
		const response = await request.get(`/og/${attr}.png`);
		expect(response.status()).toBe(200);
		const size = pngSize(await response.body());
		expect(size?.width).toBe(2400);
	}
	await page.goto('/');
	await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
		'content',
		'/og/recognizesPalestine.png'
	);
	const yes = DATA.countries.filter((c) => c.attributes.recognizesPalestine.value === 'yes').length;
	await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute(
		'content',
		new RegExp(`Recognises Palestine: Yes ${yes}, `)
	);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the embed shows the card with its counts as alt text', async ({ page }) => {
		await page.goto('/embed');
		const img = page.getByRole('img', { name: /^World map, Recognises Palestine: Yes \d+/ });
		await expect(img).toBeVisible();
		expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(2400);
	});
});
