/**
 * Map timings on the built site in headless Chromium, medians of cold runs:
 *
 *   import { benchMap, benchFirstPaint } from './benchMap';
 *   await benchMap('http://127.0.0.1:4173'); // a server for `build/` must be running
 *
 * `benchMap` returns ms: clickToPanelStatic (a click on Pakistan on the static SVG, before
 * MapLibre, once the page has loaded and the reader's pointer has come over the map, the work
 * that starts on a reader's first move done (the full index fetched, the panel warmed up), as
 * before a mouse reader's first click; to its panel in the DOM and a frame later), takeover (keyboard focus on
 * the map to MapLibre drawn and live), clickToPanelLive (the same click once MapLibre runs).
 * `benchFirstPaint` returns the median first paint of several pages, loaded in turn (side by
 * side, so a busy machine slows them alike).
 */
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../tests/chromium';
import { worldViewPoint } from '../../src/lib/map/worldView';

const RUNS = 7;

/** Injected before the page's own scripts: stamps the frames in which milestones show. */
const PROBE = `(() => {
	const marks = (window.__mapMarks = {});
	const stamp = (name) => requestAnimationFrame(() => { marks[name] ??= performance.now(); });
	const check = () => {
		if (document.querySelector('.world-map.live')) stamp('live');
		if (marks.click && !marks.panel && document.querySelector('aside[aria-label]')) stamp('panel');
	};
	new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
	document.addEventListener('click', () => { marks.click = performance.now(); delete marks.panel; }, true);
})();`;

export function median(values: number[]): number {
	const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
	if (!sorted.length) return NaN;
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Pakistan's screen point at the first view (the SVG and MapLibre share the fit). */
async function pakistan(page: Page): Promise<{ x: number; y: number }> {
	return worldViewPoint((await page.locator('.world-map').boundingBox())!, 69.5, 29.5);
}

/** Clicks Pakistan and returns the ms from the click to its panel's frame (NaN if none). */
async function clickToPanel(page: Page): Promise<number> {
	const { x, y } = await pakistan(page);
	await page.mouse.click(x, y);
	const shown = await page
		.waitForFunction(() => (window as any).__mapMarks?.panel, null, { timeout: 10_000 })
		.then(() => true)
		.catch(() => false);
	const marks = await page.evaluate(() => (window as any).__mapMarks as Record<string, number>);
	// Closed with the mouse: Esc would return keyboard focus to the map, which starts MapLibre
	// before the takeover is timed.
	await page.getByRole('button', { name: /^Close / }).click();
	await page.waitForFunction(() => !document.querySelector('aside[aria-label]'));
	return shown ? marks.panel! - marks.click! : NaN;
}

/** Median click-to-panel (static and live) and takeover times of `RUNS` cold loads of `/`. */
export async function benchMap(baseUrl: string): Promise<Record<string, number>> {
	const browser = await chromium.launch({
		executablePath: chromiumExecutable(),
		args: CHROMIUM_ARGS
	});
	const runs: Record<string, number>[] = [];
	try {
		for (let i = 0; i < RUNS; i++) {
			const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
			await context.addInitScript(PROBE);
			const page = await context.newPage();
			await page.goto(new URL('/', baseUrl).href);
			await page.locator('[data-hydrated]').waitFor({ timeout: 60_000 });
			await page.waitForLoadState('networkidle');
			// The pointer comes over the map (its top-left corner, the ocean) and rests there.
			const map = (await page.locator('.world-map').boundingBox())!;
			await page.mouse.move(map.x + 4, map.y + 4);
			await page.waitForFunction(() =>
				['/country-index.json', '/sources.json', '/groups.json'].every((file) =>
					performance.getEntriesByType('resource').some((e) => e.name.endsWith(file))
				)
			);
			await page.evaluate(async () => {
				for (let i = 0; i < 8; i++) await new Promise((resolve) => requestIdleCallback(resolve));
			});
			const clickToPanelStatic = await clickToPanel(page);
			// Keyboard focus: a script's focus is :focus-visible (which starts MapLibre) only
			// after a key, so the map is blurred and a key pressed first (nothing to close).
			await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
			await page.keyboard.press('Escape');
			const focusAt = await page.evaluate(() => {
				(document.querySelector('.world-map') as HTMLElement).focus();
				return performance.now();
			});
			await page.waitForFunction(() => (window as any).__mapMarks?.live, null, {
				timeout: 120_000
			});
			const live = await page.evaluate(() => (window as any).__mapMarks.live as number);
			await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
			const clickToPanelLive = await clickToPanel(page);
			runs.push({ clickToPanelStatic, takeover: live - focusAt, clickToPanelLive });
			await context.close();
		}
	} finally {
		await browser.close();
	}
	const keys = Object.keys(runs[0] ?? {});
	return Object.fromEntries(keys.map((k) => [k, round(median(runs.map((r) => r[k]!)))]));
}

/** Median first paint (ms) of each URL, `RUNS` cold loads each, interleaved. */
export async function benchFirstPaint(
	urls: Record<string, string>,
	viewport: { width: number; height: number }
): Promise<Record<string, number>> {
	const browser = await chromium.launch({
		executablePath: chromiumExecutable(),
		args: CHROMIUM_ARGS
	});
	const paints: Record<string, number[]> = Object.fromEntries(
		Object.keys(urls).map((k) => [k, []])
	);
	try {
		for (let i = 0; i < RUNS; i++) {
			for (const [name, url] of Object.entries(urls)) {
				const context = await browser.newContext({ viewport });
				const page = await context.newPage();
				await page.goto(url);
				await page.waitForFunction(() => performance.getEntriesByName('first-paint').length > 0);
				paints[name]!.push(
					await page.evaluate(() => performance.getEntriesByName('first-paint')[0]!.startTime)
				);
				await context.close();
			}
		}
	} finally {
		await browser.close();
	}
	return Object.fromEntries(Object.entries(paints).map(([k, v]) => [k, round(median(v))]));
}
