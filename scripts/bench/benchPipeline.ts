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
