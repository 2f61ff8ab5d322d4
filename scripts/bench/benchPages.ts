/**
 * First paint of the compare page against the home page's, in headless Chromium:
 *
 *   import { benchPages } from './benchPages';
 *   await benchPages('http://127.0.0.1:4173', { home: '/', regions: '/compare?regions=eu,arab-league' });
 *
 * The pages load in turn, cold (a new context each), `runs` times each, so a busy machine slows
 * them alike. For each page: the median first paint, the median time its content shows (the
 * home page's map, the comparison's bars or columns: `ready` below), and whether MapLibre was
 * fetched (the compare page must not need it).
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../tests/chromium';
import { median } from './benchMap';

/** What shows a page's content: a selector per page name (default: the first paint is it). */
const READY: Record<string, string> = {
	home: 'svg[aria-label="World map"] path[data-iso3]',
	regions: '[aria-label$="one bar per region"] svg[role="img"]',
	countries: 'table th[scope="col"]'
};

/**
 * Injected before the page's own scripts: stamps the frame in which `selector` first shows. A
 * string, not a function: tsx would wrap a function's inner names in helpers the page lacks.
 */
const probe = (selector: string) => `(() => {
	const check = () => {
		if (window.__contentShown === undefined && document.querySelector(${JSON.stringify(selector)}))
			requestAnimationFrame(() => { window.__contentShown ??= performance.now(); });
	};
	new MutationObserver(check).observe(document, { subtree: true, childList: true });
})();`;

/** One page's figures (ms from navigation start). */
export interface PageTiming {
	firstPaint: number;
	contentVisible: number;
	mapLibreFetched: boolean;
}

/** The median to a tenth of a millisecond. */
const medianMs = (values: number[]) => Math.round(median(values) * 10) / 10;

/** Median timings of each page in `pages` (name → path), `runs` cold loads each, interleaved. */
export async function benchPages(
	baseUrl: string,
	pages: Record<string, string>,
	runs = 9
): Promise<Record<string, PageTiming>> {
	const browser = await chromium.launch({
		executablePath: chromiumExecutable(),
		args: CHROMIUM_ARGS
	});
	const samples: Record<string, { paint: number[]; content: number[]; mapLibre: boolean }> = {};
	try {
		for (let i = 0; i < runs; i++) {
			for (const [name, path] of Object.entries(pages)) {
				const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
				const selector = READY[name] ?? null;
				if (selector) await context.addInitScript(probe(selector));
				const page = await context.newPage();
				let mapLibre = false;
				page.on('request', (r) => {
					if (/maplibre/i.test(r.url())) mapLibre = true;
				});
				await page.goto(new URL(path, baseUrl).href);
				await page.waitForFunction(
					(ready) =>
						performance.getEntriesByName('first-paint').length > 0 &&
						(!ready || (window as unknown as { __contentShown?: number }).__contentShown),
					selector,
					{ timeout: 30_000 }
				);
				const { paint, shown } = await page.evaluate(() => ({
					paint: performance.getEntriesByName('first-paint')[0]!.startTime,
					shown: (window as unknown as { __contentShown?: number }).__contentShown ?? NaN
				}));
				// Give a lazy MapLibre a moment to be asked for, so its absence means something.
				await page.waitForLoadState('networkidle');
				const entry = (samples[name] ??= { paint: [], content: [], mapLibre: false });
				entry.paint.push(paint);
				// Nothing shows before the first paint, whatever the frame stamp says.
				entry.content.push(selector ? Math.max(shown, paint) : paint);
				entry.mapLibre ||= mapLibre;
				await context.close();
			}
		}
	} finally {
		await browser.close();
	}
	return Object.fromEntries(
		Object.entries(samples).map(([name, s]) => [
			name,
			{
				firstPaint: medianMs(s.paint),
				contentVisible: medianMs(s.content),
				mapLibreFetched: s.mapLibre
			}
		])
	);
}

if (process.argv[1]?.endsWith('benchPages.ts')) {
	benchPages(process.argv[2] ?? 'http://127.0.0.1:4173', {
		home: '/',
		regions: '/compare?regions=eu,arab-league,oic',
		countries: '/compare?countries=PAK,BGD,MYS'
	}).then((r) => console.log(r));
}
