import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCountryArticle } from '../../src/lib/articles/parseCountryArticle';
import { decodeUtf8 } from '../../src/lib/pipeline/decodeUtf8';
import { generateArticles } from './generateArticles';

/** Figures for the article pipeline on generated articles: throughput and peak memory. */
export interface PipelineFigures {
	articles: number;
	megabytes: number;
	seconds: number;
	articlesPerSecond: number;
	peakRssMiB: number;
}

/**
 * Decodes and parses `count` generated articles in one process (what build-data does per
 * file), best of three runs after a warm-up, and reports throughput and peak resident memory.
 */
export function benchPipeline(count = 5000): PipelineFigures {
	const encoder = new TextEncoder();
	const inputs = generateArticles(count).map((a) => ({
		file: a.file,
		bytes: encoder.encode(a.text)
	}));
	const bytes = inputs.reduce((sum, input) => sum + input.bytes.length, 0);
	const parseAll = () => {
		let parsed = 0;
		for (const input of inputs) {
			const decoded = decodeUtf8(input.bytes, input.file);
			if ('text' in decoded && parseCountryArticle(decoded.text, input.file).country) parsed++;
		}
		if (parsed !== inputs.length) throw new Error(`only ${parsed} of ${inputs.length} parsed`);
	};
	parseAll();
	let best = Infinity;
	for (let run = 0; run < 3; run++) {
		const started = performance.now();
		parseAll();
		best = Math.min(best, performance.now() - started);
	}
	const seconds = best / 1000;
	return {
		articles: count,
		megabytes: bytes / 1e6,
		seconds,
		articlesPerSecond: count / seconds,
		peakRssMiB: process.resourceUsage().maxRSS / 1024
	};
}

/**
 * Seconds to read one article whose lead is a single line of `bytes` with no full stop, dense
 * with mission nouns, verbs and clause breaks (best of two): reading must stay linear in it.
 */
export function benchLongParagraph(bytes = 1_000_000): number {
	const unit =
		'Palestine has an embassy in Dhaka, and Bangladesh has not recognised Israel, while the office of the delegation of Palestine stands in the capital ';
	const text = `= Bangladesh–Palestine relations =\n\n${unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes)}\n`;
	let best = Infinity;
	for (let run = 0; run < 2; run++) {
		const started = performance.now();
		parseCountryArticle(text, 'long.txt');
		best = Math.min(best, performance.now() - started);
	}
	return best / 1000;
}

/**
 * `npm run build:data` on the bundled articles, start to finish, writing to a temporary file:
 * median wall seconds and median CPU seconds (user + system of npm, node and their children;
 * on a busy machine the wall time mostly waits for a core) of five runs after a warm-up that
 * builds the cached bundle.
 */
export function benchBuildData(runs = 5): { wall: number; cpu: number } {
	const out = join(mkdtempSync(join(tmpdir(), 'atlas-build-data-')), 'countries.json');
	const seconds = (m: string, s: string) => Number(m) * 60 + Number(s);
	const run = () => {
		const started = performance.now();
		// bash's `times` prints the CPU its children used: "0m0.3s 0m0.1s" on its second line.
		const report = execFileSync(
			'bash',
			['-c', 'npm run --silent build:data -- --out "$1" >/dev/null && times', 'bash', out],
			{ encoding: 'utf8' }
		);
		const wall = (performance.now() - started) / 1000;
		const [, um = '0', us = '0', sm = '0', ss = '0'] =
			/(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s\s*$/.exec(report.trim()) ?? [];
		return { wall, cpu: seconds(um, us) + seconds(sm, ss) };
	};
	run();
	const results = Array.from({ length: runs }, run);
	const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
	return { wall: median(results.map((r) => r.wall)), cpu: median(results.map((r) => r.cpu)) };
}
