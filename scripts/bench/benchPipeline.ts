import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
 * Phrases for a long paragraph, together exercising every reader: mission nouns with owners,
 * places and upgrades; recognition verbs and nouns; non-resident envoys and accreditation;
 * relations with Israel; clause breaks, fronted dates and abbreviations. Each rule that looked at
 * the whole sentence once per match made reading quadratic; none of them may.
 */
const LONG_UNITS = [
	'Palestine has an embassy in Dhaka, and Bangladesh has not recognised Israel, while the office of the delegation of Palestine stands in the capital ',
	'the non-resident ambassador of Bangladesh to Palestine stationed in Amman is accredited and covers relations, recognising the State of Palestine on 16 November 1988 while Israel ',
	'its recognition of the State of Israel following the Embassy of Palestine in Dhaka, Bangladesh (accredited) representative office liaison office consulate-general in Jerusalem upgraded to an embassy ',
	'Bangladesh recognises the legitimacy of the aspirations of Palestine; the establishment of diplomatic relations between Bangladesh and Israel, a peace treaty with Israel ',
	'the non-resident envoy with no fixed presence, the ambassador to Egypt is accredited to Palestine, Bangladesh had no diplomatic relations with Egypt and did not recognise Israel ',
	'the U.S. and Dr. S. Y. Ramadan, e.g. in the 1980s, On 6 December 2010, In 1988, whereas While The Kingdom of Bahrain — Pakistan: the Republic of China '
].join('');

/**
 * Seconds to read one article whose lead is a single line of `bytes` with no full stop (best
 * of two), and the ratio to half that length: about 2 when reading is linear, 4 when quadratic.
 */
export function benchLongParagraph(bytes = 1_000_000): { seconds: number; doubling: number } {
	const read = (size: number) => {
		const text = `= Bangladesh–Palestine relations =\n\n${LONG_UNITS.repeat(Math.ceil(size / LONG_UNITS.length)).slice(0, size)}\n`;
		let best = Infinity;
		for (let run = 0; run < 2; run++) {
			const started = performance.now();
			parseCountryArticle(text, 'long.txt');
			best = Math.min(best, performance.now() - started);
		}
		return best / 1000;
	};
	const half = read(bytes / 2);
	const seconds = read(bytes);
	return { seconds, doubling: seconds / half };
}

/**
 * `npm run build:data` on the bundled articles, start to finish, writing to a temporary file;
 * and the same script without npm around it (`node scripts/run-bundled.mjs …`, what npm runs):
 * median wall seconds and median CPU seconds (user + system of the processes and their
 * children; on a busy machine the wall time mostly waits for a core) of five runs after a
 * warm-up that builds the cached bundle.
 */
export function benchBuildData(runs = 5): Record<'npm' | 'script', { wall: number; cpu: number }> {
	const out = join(mkdtempSync(join(tmpdir(), 'atlas-build-data-')), 'countries.json');
	const seconds = (m: string, s: string) => Number(m) * 60 + Number(s);
	const run = (command: string) => {
		const started = performance.now();
		// bash's `times` prints the CPU its children used: "0m0.3s 0m0.1s" on its second line.
		const report = execFileSync('bash', ['-c', `${command} >/dev/null && times`, 'bash', out], {
			encoding: 'utf8'
		});
		const wall = (performance.now() - started) / 1000;
		const [, um = '0', us = '0', sm = '0', ss = '0'] =
			/(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s\s*$/.exec(report.trim()) ?? [];
		return { wall, cpu: seconds(um, us) + seconds(sm, ss) };
	};
	const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
	const measure = (command: string) => {
		run(command);
		const results = Array.from({ length: runs }, () => run(command));
		return { wall: median(results.map((r) => r.wall)), cpu: median(results.map((r) => r.cpu)) };
	};
	return {
		npm: measure('npm run --silent build:data -- --out "$1"'),
		script: measure('node scripts/run-bundled.mjs scripts/build-data.ts --out "$1"')
	};
}

/**
 * What an author waits for under `npm run dev`: from saving an article to the data rebuilt, through
 * the dev server's own plugin (scripts/rebuildDataOnSave.ts) in a Vite server watching a copy
 * of the bundled articles. Median wall seconds of five saves after a warm-up.
 */
export async function benchRebuildOnSave(saves = 5): Promise<number> {
	const { startRebuildServer } = await import('../rebuildDataOnSave');
	const root = mkdtempSync(join(tmpdir(), 'atlas-rebuild-on-save-'));
	const articles = join(root, 'data', 'articles');
	cpSync('data/articles', articles, { recursive: true });
	let rebuilt: ((result: { ok: boolean; ms: number; output: string }) => void) | null = null;
	const server = await startRebuildServer(
		{
			watch: join(root, 'data'),
			args: ['--articles', articles, '--out', join(root, 'countries.json')],
			onrebuilt: (result) => rebuilt?.(result)
		},
		articles
	);
	try {
		const file = join(articles, 'pakistan-palestine.txt');
		const text = readFileSync(file, 'utf8');
		// As an editor saves: the whole new text at once (written aside, then renamed over the
		// article), so no rebuild reads a half-written file.
		const save = async (i: number) => {
			const done = new Promise<number>((resolve, reject) => {
				const timer = setTimeout(
					() => reject(new Error('no rebuild within 30 s of a save')),
					30_000
				);
				rebuilt = ({ ok, ms, output }) => {
					clearTimeout(timer);
					if (ok) resolve(ms);
					else reject(new Error(`the rebuild failed:\n${output}`));
				};
			});
			writeFileSync(`${file}.saving`, `${text}\n${'\n'.repeat(i % 2)}`);
			renameSync(`${file}.saving`, file);
			return done;
		};
		await save(0);
		const times: number[] = [];
		for (let i = 1; i <= saves; i++) times.push(await save(i));
		return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]! / 1000;
	} finally {
		await server.close();
		rmSync(root, { recursive: true, force: true });
	}
}
