/**
 * Lighthouse (npm, pinned: 12.2.3 runs on Node 20) on a page of the built site, mobile preset
 * (simulated throttling), in Debian's headless Chromium:
 *
 *   import { benchLighthouse } from './benchLighthouse';
 *   await benchLighthouse('http://127.0.0.1:4180/'); // { score: 0.98, tbt: 40, lcp: 1800, … }
 *
 * Returns null (with the reason printed) when Lighthouse cannot run here.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../tests/chromium';

const run = promisify(execFile);
export const LIGHTHOUSE = 'lighthouse@12.2.3';

/** The performance figures of one Lighthouse run (ms, score 0–1). */
export interface LighthouseResult {
	score: number;
	fcp: number;
	lcp: number;
	tbt: number;
	cls: number;
}

export async function benchLighthouse(url: string): Promise<LighthouseResult | null> {
	const flags = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
	try {
		const { stdout } = await run(
			'npx',
			[
				'--yes',
				LIGHTHOUSE,
				url,
				'--only-categories=performance',
				'--output=json',
				'--output-path=stdout',
				'--quiet',
				`--chrome-flags=${flags}`
			],
			{
				env: {
					...process.env,
					...(chromiumExecutable() ? { CHROME_PATH: chromiumExecutable() } : {})
				},
				maxBuffer: 64 * 1024 * 1024,
				timeout: 300_000
			}
		);
		const report = JSON.parse(stdout) as {
			categories: { performance: { score: number } };
			audits: Record<string, { numericValue?: number }>;
		};
		const audit = (id: string) => report.audits[id]?.numericValue ?? NaN;
		return {
			score: report.categories.performance.score,
			fcp: audit('first-contentful-paint'),
			lcp: audit('largest-contentful-paint'),
			tbt: audit('total-blocking-time'),
			cls: audit('cumulative-layout-shift')
		};
	} catch (error) {
		console.log(`Lighthouse could not run on ${url}: ${(error as Error).message.split('\n')[0]}`);
		return null;
	}
}

/**
 * The run with the median score (the lower middle one of an even count), or null for none: its
 * figures belong together, which medians taken metric by metric would not.
 * @example medianRun([{ score: 0.9, … }, { score: 0.8, … }, { score: 0.95, … }]).score // 0.9
 */
export function medianRun(runs: readonly LighthouseResult[]): LighthouseResult | null {
	const sorted = [...runs].sort((a, b) => a.score - b.score);
	return sorted[Math.floor((sorted.length - 1) / 2)] ?? null;
}
