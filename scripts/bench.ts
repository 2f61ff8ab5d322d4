/**
 * The benchmark: prints figures for the README and checks them against the budgets.
 *
 * Usage: npm run bench [-- --skip-build] [-- --pipeline-only]
 *
 * 1. The article pipeline on 5,000 generated articles: articles per second, peak memory; one
 *    1 MB paragraph (reading stays linear); `npm run build:data` start to finish.
 * 2. The built site (copied aside, served like a CDN) in headless Chromium: transfer size of
 *    the home page by type, first paint, map visible, MapLibre interactive, click-to-panel
 *    (medians of several cold loads), against a static page holding only the pre-rendered map.
 * 3. The compare page (regions and countries) against the home page, loaded in turn: first paint,
 *    the comparison visible, and that it fetches no MapLibre.
 */
import { execSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../tests/chromium';
import { benchMap, benchStaticFloor } from './bench/benchMap';
import { benchPages } from './bench/benchPages';
import { benchBuildData, benchLongParagraph, benchPipeline } from './bench/benchPipeline';
import { benchTransfer } from './bench/benchTransfer';

const PORT = 4190;
const { values: flags } = parseArgs({
	options: { 'skip-build': { type: 'boolean' }, 'pipeline-only': { type: 'boolean' } }
});
const budgets: { name: string; value: number; limit: number; unit: string }[] = [];
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

console.log('## Pipeline (5,000 generated articles, one process)');
const pipeline = benchPipeline(5000);
console.log(
	`${pipeline.articles} articles (${pipeline.megabytes.toFixed(1)} MB) in ${pipeline.seconds.toFixed(2)} s: ` +
		`${Math.round(pipeline.articlesPerSecond)} articles/s, peak RSS ${pipeline.peakRssMiB.toFixed(0)} MiB`
);
budgets.push({ name: '5,000 articles', value: pipeline.seconds, limit: 2, unit: 's' });
const long = benchLongParagraph(1_000_000);
console.log(
	`one 1 MB paragraph with no full stop in ${long.seconds.toFixed(2)} s; ` +
		`${long.doubling.toFixed(1)}× the time of half of it (2× is linear, 4× quadratic)`
);
budgets.push({ name: '1 MB one-line paragraph', value: long.seconds, limit: 2, unit: 's' });
budgets.push({ name: 'doubling the paragraph', value: long.doubling, limit: 3, unit: '×' });
const buildData = benchBuildData();
console.log(
	`npm run build:data on the bundled articles: ${buildData.npm.wall.toFixed(2)} s wall, ${buildData.npm.cpu.toFixed(2)} s CPU; ` +
		`the script without npm: ${buildData.script.wall.toFixed(2)} s wall, ${buildData.script.cpu.toFixed(2)} s CPU (medians of 5)`
);
budgets.push({ name: 'npm run build:data', value: buildData.npm.wall, limit: 0.5, unit: 's' });

if (!flags['pipeline-only']) await benchSite();

console.log('\n## Budgets');
let over = 0;
for (const b of budgets) {
	const ok = b.value <= b.limit;
	if (!ok) over++;
	console.log(
		`${ok ? 'within' : 'OVER  '} ${b.name}: ${b.value.toFixed(b.unit === 's' ? 2 : 1)} ${b.unit} (budget ${b.limit} ${b.unit})`
	);
}
console.log(over ? `${over} over budget` : 'all within budget');

async function benchSite() {
	if (!flags['skip-build'] || !existsSync('build/index.html')) {
		console.log('\nbuilding the site (npm run build) …');
		execSync('npm run --silent build', { stdio: 'ignore' });
	}
	// A private copy, so a concurrent build cannot change files under the running server.
	const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
	cpSync('build', dir, { recursive: true });
	// Node itself (not npx, whose child would outlive `kill()` and keep the port).
	const server = spawn(
		process.execPath,
		['--import', 'tsx', 'scripts/serve-build.ts', '--port', String(PORT), '--dir', dir],
		{ stdio: ['ignore', 'pipe', 'inherit'] }
	);
	await new Promise((resolve) => server.stdout!.once('data', resolve));
	const base = `http://127.0.0.1:${PORT}`;
	try {
		const geometry = readFileSync('src/lib/generated/world.topo.json');
		const geometryGzip = gzipSync(geometry, { level: 9 }).length;
		console.log('\n## Geometry');
		console.log(`world.topo.json: ${kb(geometry.length)} KB raw, ${kb(geometryGzip)} KB gzip`);
		budgets.push({ name: 'geometry (gzip)', value: geometryGzip / 1024, limit: 60, unit: 'KB' });

		const browser = await chromium.launch({
			executablePath: chromiumExecutable(),
			args: CHROMIUM_ARGS
		});
		const rows = await benchTransfer(
			browser,
			`${base}/`,
			`!!document.querySelector('.world-map.ready')`
		);
		// The floor draws the map at the size it has on the home page (1280×800): painting a
		// smaller SVG is cheaper, which would flatter the floor.
		const probe = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await probe.goto(`${base}/`);
		const box = (await probe.locator('.world-map').boundingBox())!;
		await browser.close();
		writeFileSync(
			join(dir, 'floor.html'),
			staticFloorPage(readFileSync(join(dir, 'index.html'), 'utf8'), box)
		);
		console.log('\n## Home page transfer (everything fetched until MapLibre is idle)');
		console.log('| type | files | raw KB | gzip KB | brotli KB |\n| --- | --- | --- | --- | --- |');
		for (const r of rows)
			console.log(`| ${r.type} | ${r.files} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);

		const floor = await benchStaticFloor(`${base}/floor.html`);
		const timings = await benchMap(base);
		console.log('\n## Timings (ms from navigation start, median of 9 cold loads, 1280×800)');
		console.log(
			`static floor (the pre-rendered map alone, at its home-page size ${Math.round(box.width)}×${Math.round(box.height)}): first paint ${floor}`
		);
		for (const [name, ms] of Object.entries(timings)) console.log(`${name}: ${ms}`);
		budgets.push({
			name: 'map visible (× static floor)',
			value: timings.svgMapVisible! / floor,
			limit: 1.5,
			unit: '×'
		});
		budgets.push({ name: 'click to panel', value: timings.clickToPanel!, limit: 50, unit: 'ms' });

		const pages = await benchPages(base, {
			home: '/',
			regions: '/compare?regions=eu,arab-league,oic',
			countries: '/compare?countries=PAK,BGD,MYS'
		});
		console.log(
			'\n## Compare page vs home page (ms, median of 9 cold loads each, in turn, 1280×800)'
		);
		console.log(
			'| page | first paint | content visible | MapLibre fetched |\n| --- | --- | --- | --- |'
		);
		for (const [name, t] of Object.entries(pages))
			console.log(
				`| ${name} | ${t.firstPaint} | ${t.contentVisible} | ${t.mapLibreFetched ? 'yes' : 'no'} |`
			);
		// "No slower than the home page", with a tenth for the noise of a shared machine.
		for (const name of ['regions', 'countries'])
			budgets.push({
				name: `/compare (${name}) first paint (× home page's)`,
				value: pages[name]!.firstPaint / pages.home!.firstPaint,
				limit: 1.1,
				unit: '×'
			});
		budgets.push({
			name: '/compare pages that fetch MapLibre',
			value: Number(pages.regions!.mapLibreFetched) + Number(pages.countries!.mapLibreFetched),
			limit: 0,
			unit: 'pages'
		});
	} finally {
		server.kill();
		rmSync(dir, { recursive: true, force: true });
	}
}

/**
 * A page holding only the home page's pre-rendered SVG map, with the page's CSS, in a box of
 * the map's size on the home page: the floor we measure against.
 */
function staticFloorPage(home: string, box: { width: number; height: number }): string {
	const svg = home.match(/<svg[^>]*aria-label="World map"[\s\S]*?<\/svg>/)?.[0];
	if (!svg)
		throw new Error('no pre-rendered map (svg[aria-label="World map"]) in build/index.html');
	const head = home.slice(0, home.indexOf('</head>'));
	// The page's CSS, linked or inlined (kit.inlineStyleThreshold).
	const style = [
		...head.matchAll(/<link[^>]+rel="stylesheet"[^>]*>|<style[^>]*>[\s\S]*?<\/style>/g)
	]
		.map((m) => m[0])
		.join('');
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">${style}</head><body><div style="width:${box.width}px;height:${box.height}px"><div class="world-map">${svg}</div></div></body></html>`;
}
