import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

/** Bytes of one resource type on the page: as served raw, gzipped and brotli-compressed. */
export interface TransferRow {
	type: string;
	files: number;
	raw: number;
	gzip: number;
	brotli: number;
}

/** Groups a response into the types the README reports. */
function typeOf(url: string, resourceType: string): string {
	if (resourceType === 'document') return 'HTML';
	if (resourceType === 'stylesheet' || url.endsWith('.css')) return 'CSS';
	if (resourceType === 'script' || /\.m?js(\?|$)/.test(url)) return 'JS';
	if (/\.(json|geojson|topojson|csv)(\?|$)/.test(url) || resourceType === 'fetch') return 'data';
	return 'other';
}

/**
 * Loads `url` once, waits until the page settles, and sums every response the page (and its
 * workers) fetched, by type. Compression is computed here (gzip -9, brotli q11) so the figures
 * do not depend on how the test server encodes.
 */
export async function benchTransfer(
	browser: Browser,
	url: string,
	settled: () => boolean
): Promise<TransferRow[]> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const bodies: Promise<{ type: string; body: Buffer } | null>[] = [];
	page.on('response', (response) => {
		const request = response.request();
		bodies.push(
			response
				.body()
				.then((body) => ({ type: typeOf(request.url(), request.resourceType()), body }))
				.catch(() => null)
		);
	});
	await page.goto(url);
	// A function, not a string: the site's CSP refuses the eval a string predicate needs.
	await page.waitForFunction(settled, undefined, { timeout: 30_000 });
	await page.waitForLoadState('networkidle');
	const rows = new Map<string, TransferRow>();
	for (const item of await Promise.all(bodies)) {
		if (!item) continue;
		const row = rows.get(item.type) ?? { type: item.type, files: 0, raw: 0, gzip: 0, brotli: 0 };
		row.files++;
		row.raw += item.body.length;
		row.gzip += gzipSync(item.body, { level: 9 }).length;
		row.brotli += brotliCompressSync(item.body, {
			params: { [constants.BROTLI_PARAM_QUALITY]: 11 }
		}).length;
		rows.set(item.type, row);
	}
	await context.close();
	const list = [...rows.values()].sort((a, b) => b.brotli - a.brotli);
	const total = list.reduce(
		(sum, r) => ({
			type: 'total',
			files: sum.files + r.files,
			raw: sum.raw + r.raw,
			gzip: sum.gzip + r.gzip,
			brotli: sum.brotli + r.brotli
		}),
		{ type: 'total', files: 0, raw: 0, gzip: 0, brotli: 0 }
	);
	return [...list, total];
}
