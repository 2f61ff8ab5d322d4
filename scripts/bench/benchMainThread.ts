/**
 * The main thread after first paint, from Chromium's own trace: what Lighthouse's total blocking
 * time is made of, measured steadily enough to steer by. Lighthouse simulates one load; on a
 * shared machine its score moves by 5 to 15 points between runs of the same page. Here each page
 * loads `runs` times, cold, in a fresh browser (as Lighthouse's are), at a phone's size, pages
 * interleaved so that a busy machine slows them alike, and the medians are reported:
 *
 *   import { benchMainThread } from './benchMainThread';
 *   await benchMainThread('http://127.0.0.1:4180', ['/', '/embed']);
 *   // { '/': { longest: 71, blocking: 190 }, … }
 *
 * `longest` is the longest task after first paint (ms, as observed); `blocking` is total
 * blocking time as the mobile preset defines it, each observed task taken 4× as long (its CPU
 * slowdown) and counted beyond 50 ms. Lighthouse's own simulation multiplied tasks by about 2
 * here (its long-task list against its trace), so `blocking` is the harsher of the two. Tracing
 * itself lengthens the modules' evaluation (V8 collects source positions, 10 to 74 ms measured),
 * which a reader's browser does not pay; Lighthouse traces too. See the README, "Performance".
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../tests/chromium';
import { median } from './benchMap';

/** The mobile preset's CPU slowdown, and the part of a task that is not blocking. */
const SLOWDOWN = 4;
const BLOCKING_AFTER = 50;

export interface MainThreadFigures {
	/** The longest task after first paint, ms. */
	longest: number;
	/** Total blocking time after first paint at the mobile preset's 4× slowdown, ms. */
	blocking: number;
}

/** The figures of one load: its tasks' start and duration (ms) and its first paint. */
export function mainThreadFigures(
	tasks: readonly { start: number; duration: number }[],
	firstPaint: number
): MainThreadFigures {
	const after = tasks.filter((task) => task.start >= firstPaint).map((task) => task.duration);
	return {
		longest: Math.max(0, ...after),
		blocking: after.reduce((sum, d) => sum + Math.max(0, d * SLOWDOWN - BLOCKING_AFTER), 0)
	};
}

interface TraceEvent {
	name: string;
	ph: string;
	pid: number;
	tid: number;
	ts: number;
	dur?: number;
}

/** One cold load of `url`: its tasks and first paint, from the renderer's main thread. */
async function traceLoad(url: string): Promise<MainThreadFigures> {
	const browser = await chromium.launch({
		executablePath: chromiumExecutable(),
		args: CHROMIUM_ARGS
	});
	try {
		const page = await browser.newPage({
			viewport: { width: 412, height: 823 },
			deviceScaleFactor: 1.75,
			isMobile: true,
			hasTouch: true
		});
		await browser.startTracing(page, {
			categories: [
				'devtools.timeline',
				'disabled-by-default-devtools.timeline',
				'loading',
				'rail',
				'blink.user_timing'
			]
		});
		await page.goto(url, { waitUntil: 'load' });
		// Long enough for hydration and what follows it: nothing runs after until the reader moves.
		await page.waitForTimeout(3000);
		const events = (
			JSON.parse((await browser.stopTracing()).toString()) as {
				traceEvents: TraceEvent[];
			}
		).traceEvents;
		const parse = events.find((e) => e.name === 'ParseHTML');
		const paint = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === parse?.pid);
		if (!parse || !paint) throw new Error(`${url}: no first paint in the trace`);
		const tasks = events
			.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.name === 'RunTask' && e.dur)
			.map((e) => ({ start: e.ts / 1000, duration: e.dur! / 1000 }));
		return mainThreadFigures(tasks, paint.ts / 1000);
	} finally {
		await browser.close();
	}
}

/**
 * A load whose trace lacks its first paint (it happens, seldom, in a headless browser) is loaded
 * again, up to three times in all.
 */
async function traceLoadRetried(url: string): Promise<MainThreadFigures> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await traceLoad(url);
		} catch (error) {
			if (attempt === 3) throw error;
		}
	}
}

/** The median figures of each page (paths on `baseUrl`), `runs` cold loads each, interleaved. */
export async function benchMainThread(
	baseUrl: string,
	paths: readonly string[],
	runs = 7
): Promise<Record<string, MainThreadFigures & { runs: MainThreadFigures[] }>> {
	const loads: Record<string, MainThreadFigures[]> = Object.fromEntries(paths.map((p) => [p, []]));
	for (let i = 0; i < runs; i++)
		for (const path of paths) loads[path]!.push(await traceLoadRetried(`${baseUrl}${path}`));
	return Object.fromEntries(
		paths.map((path) => {
			const all = loads[path]!;
			return [
				path,
				{
					longest: Math.round(median(all.map((f) => f.longest))),
					blocking: Math.round(median(all.map((f) => f.blocking))),
					runs: all
				}
			];
		})
	);
}
