import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { worldViewPoint } from '../src/lib/map/worldView';
import type { AtlasData } from '../src/lib/types';

test.describe.configure({ timeout: 150_000 });

const DATA = JSON.parse(
	readFileSync('src/lib/server/generated/countries.json', 'utf8')
) as AtlasData;

// A framed MapLibre on a busy 2-core machine: each step may take seconds.
test.describe.configure({ timeout: 120_000 });

test('the embed takes the same URL parameters and shows map, picker and legend only', async ({
	page
}) => {
	await page.goto('/embed?attr=recognizesIsrael&country=PAK');
	await page.locator('[data-hydrated]').waitFor();
	await expect(page.getByRole('radio', { name: 'Recognises Israel' })).toBeChecked();
	const no = DATA.countries.filter((c) => c.attributes.recognizesIsrael.value === 'no').length;
	const legend = page.getByRole('region', { name: 'Recognises Israel', exact: true });
	await expect(legend.getByRole('button', { name: /^No/ })).toHaveText(new RegExp(`No\\s*${no}$`));
	await expect(page.getByRole('status')).toContainText('Pakistan: recognises Israel: no');
	const pak = DATA.countries.find((c) => c.iso3 === 'PAK')!.attributes.recognizesIsrael;
	await expect(page.getByRole('status')).toContainText(`Source: facts table (${pak.cite}`);
	// No site header, table or panel.
	await expect(page.getByRole('navigation', { name: 'Site' })).toHaveCount(0);
	await expect(page.getByRole('table')).toHaveCount(0);
	await expect(
		page.getByRole('link', { name: /Open in the Palestine Relations Atlas/ })
	).toHaveAttribute('href', '/?attr=recognizesIsrael&country=PAK');
	// Switching the attribute keeps working inside the embed.
	await page.getByRole('radio', { name: 'Recognises Palestine' }).check();
	await expect(page).toHaveURL(/\/embed\?country=PAK/);
});

test('a territory in the embed is named and selects nothing; a state beside it does', async ({
	page
}) => {
	await page.goto('/embed');
	await page.locator('[data-hydrated]').waitFor();
	await expect(page.locator('g:has(> path[data-iso3="GRL"]) > title')).toHaveText(
		'Greenland: not covered by the atlas'
	);
	const map = (await page.locator('.world-map').boundingBox())!;
	const greenland = worldViewPoint(map, -42, 72);
	await page.mouse.click(greenland.x, greenland.y);
	await page.waitForTimeout(500);
	await expect(page).toHaveURL(/\/embed$/);
	await expect(page.locator('.selection')).toBeEmpty();
	const canada = worldViewPoint(map, -100, 58);
	await page.mouse.click(canada.x, canada.y);
	await expect(page.locator('.selection')).toContainText('Canada: ');
});

test('the embed works in an iframe on a news site of another origin', async ({ page, baseURL }) => {
	// A stand-in for a newspaper's article page: a document on another origin, served by the test
	// on another loopback port (Chromium blocks a page of the public network framing a loopback
	// server, and the site's own pages carry its policies).
	const news = createServer((_, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(`<!doctype html><title>Story</title><h1>Story</h1>
		<iframe title="Palestine Relations Atlas" src="${baseURL}/embed?attr=palestinianMission"
			style="width: 360px; height: 560px; border: 0"></iframe>`);
	});
	await new Promise<void>((resolve) => news.listen(0, '127.0.0.1', resolve));
	const host = `http://127.0.0.1:${(news.address() as AddressInfo).port}/a-news-article`;
	news.unref(); // closed below; a failure midway leaves nothing that holds the worker
	await page.goto(host);
	const embed = page.frameLocator('iframe[title="Palestine Relations Atlas"]');
	await embed.locator('[data-hydrated]').waitFor();
	await expect(
		embed.getByRole('radio', { name: "Palestine's mission in the country" })
	).toBeChecked();
	// In view at load, the embed waits for the reader; its zoom button starts MapLibre (slow on
	// a busy machine).
	await expect(embed.locator('.world-map.live')).toHaveCount(0);
	await embed.getByRole('button', { name: 'Zoom in' }).click();
	await expect(embed.locator('.world-map.live')).toHaveCount(1, { timeout: 90_000 });
	await embed.getByRole('radio', { name: 'Recognises Israel' }).check();
	const no = DATA.countries.filter((c) => c.attributes.recognizesIsrael.value === 'no').length;
	await expect(
		embed
			.getByRole('region', { name: 'Recognises Israel', exact: true })
			.getByRole('button', { name: /^No/ })
	).toHaveText(new RegExp(`No\\s*${no}$`));
	// The host page stays where it was.
	expect(page.url()).toBe(host);
	news.close();
});
