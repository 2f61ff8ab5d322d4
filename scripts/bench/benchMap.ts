/**
 * Map timings on the built site in headless Chromium, median of 9 cold runs:
 *
 *   import { benchMap } from './benchMap';
 *   await benchMap('http://127.0.0.1:4173'); // a server for `build/` must be running
 *
 * Returns milliseconds from navigation start: firstPaint, svgMapVisible (the server-rendered
 * map's first frame), mapLibreIdle (MapLibre drew and took over: its first 'idle'), and
 * clickToPanel (click on Pakistan to its panel (role complementary) in the DOM and a frame later).
 */
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../tests/chromium';
import { worldViewPoint } from '../../src/lib/map/worldView';

const RUNS = 9;

/** Injected before the page's own scripts: stamps the frames in which milestones show. */
const PROBE = `(() => {
	const marks = (window.__mapMarks = {});
	const stamp = (name) => requestAnimationFrame(() => { marks[name] ??= performance.now(); });
	const check = () => {
		if (!marks.svg && document.querySelector('svg[aria-label="World map"] path[data-iso3]')) stamp('svg');
		if (document.querySelector('.world-map.ready')) stamp('idle');
		if (marks.click && document.querySelector('aside[aria-label]')) stamp('panel');
	};
	new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
	document.addEventListener('click', () => { marks.click = performance.now(); }, true);
})();`;

function median(values: number[]): number {
	const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
	if (!sorted.length) return NaN;
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Pakistan's screen point at the first view (the SVG and MapLibre share the fit). */
async function pakistan(page: Page): Promise<{ x: number; y: number }> {
	return worldViewPoint((await page.locator('.world-map').boundingBox())!, 69.5, 29.5);
}

/** Median map timings (ms) of `RUNS` cold loads of `baseUrl`'s home page. */
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
			await page.waitForFunction(() => (window as any).__mapMarks?.idle, null, { timeout: 30_000 });
			const paint = await page.evaluate(
				() => performance.getEntriesByName('first-paint')[0]?.startTime ?? NaN
			);
			const { x, y } = await pakistan(page);
			await page.mouse.click(x, y);
			const panel = await page
				.waitForFunction(() => (window as any).__mapMarks?.panel, null, { timeout: 5_000 })
				.then(() => true)
				.catch(() => false);
			const marks = await page.evaluate(() => (window as any).__mapMarks as Record<string, number>);
			runs.push({
				firstPaint: paint,
				// Nothing shows before the first paint, whatever the frame stamp says.
				svgMapVisible: Math.max(marks.svg ?? NaN, paint),
				mapLibreIdle: marks.idle ?? NaN,
				clickToPanel: panel ? marks.panel! - marks.click! : NaN
			});
			await context.close();
		}
	} finally {
		await browser.close();
	}
	const keys = Object.keys(runs[0] ?? {});
	return Object.fromEntries(
		keys.map((k) => [k, Math.round(median(runs.map((r) => r[k]!)) * 10) / 10])
	);
}

if (process.argv[1]?.endsWith('benchMap.ts')) {
	benchMap(process.argv[2] ?? 'http://127.0.0.1:4173').then((r) => console.log(r));
}

/** Median first paint (ms) of `RUNS` cold loads of a static page: the floor to compare with. */
export async function benchStaticFloor(url: string): Promise<number> {
	const browser = await chromium.launch({
		executablePath: chromiumExecutable(),
		args: CHROMIUM_ARGS
	});
	const paints: number[] = [];
	try {
		for (let i = 0; i < RUNS; i++) {
			const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
			const page = await context.newPage();
			await page.goto(url);
			await page.waitForFunction(() => performance.getEntriesByName('first-paint').length > 0);
			paints.push(
				await page.evaluate(() => performance.getEntriesByName('first-paint')[0]!.startTime)
			);
			await context.close();
		}
	} finally {
		await browser.close();
	}
	return Math.round(median(paints) * 10) / 10;
}
