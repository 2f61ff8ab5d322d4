/**
 * The atlas data build behind `npm run build:data` (scripts/build-data.ts, the command line) and
 * the dev server's rebuild on save (scripts/rebuildDataOnSave.ts, through a warm worker):
 * reads data/ and builds the data in one step, and writes it in a second, so a caller can hold
 * a build between the two.
 *
 * @example
 * const build = prepareData(['--out', 'x.json']); // reads and builds, writes nothing
 * const report = build.publish(); // writes x.json unless there were errors
 */
import {
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync,
	type Stats
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { buildAtlas, type FactsTables, type InputFile } from '../src/lib/pipeline/buildAtlas';
import { escapeControls, formatCountry, formatProblem } from '../src/lib/pipeline/formatReport';
import { problemToPublished } from '../src/lib/pipeline/problemToPublished';
import type { Problem } from '../src/lib/types';

const DEFAULTS = {
	articles: 'data/articles',
	facts: 'data/facts.csv',
	groups: 'data/groups.csv',
	members: 'data/group-members.csv',
	tables: 'data',
	out: 'src/lib/server/generated/countries.json'
};
const USAGE =
	'usage: npm run build:data -- [--articles <dir>] [--facts <file|none>] [--groups <file|none>] [--members <file>] [--tables <dir|none>] [--out <file>]';

/** The companion tables' file names inside `--tables`. */
const TABLE_FILES: Record<keyof FactsTables, string> = {
	sources: 'sources.csv',
	statehood: 'statehood.csv',
	missionsToPalestine: 'missions-to-palestine.csv',
	palestineMissions: 'palestine-missions.csv'
};

/** The flags, or the usage error they are: bad flags are the caller's mistake, not a crash. */
function options(argv: string[]) {
	try {
		const { values } = parseArgs({
			options: {
				articles: { type: 'string', default: DEFAULTS.articles },
				facts: { type: 'string', default: DEFAULTS.facts },
				groups: { type: 'string', default: DEFAULTS.groups },
				members: { type: 'string', default: DEFAULTS.members },
				tables: { type: 'string', default: DEFAULTS.tables },
				out: { type: 'string', default: DEFAULTS.out },
				help: { type: 'boolean', short: 'h' }
			},
			args: argv,
			strict: true,
			allowPositionals: false
		});
		return values;
	} catch (error) {
		return { usage: `build-data: ${escapeControls((error as Error).message)}\n${USAGE}` };
	}
}

/** A path as messages show it: relative to where the command runs. */
const shown = (path: string) => relative(process.cwd(), path) || path;

/** A problem with a path as a whole (line 0: not a place in a file). */
function pathProblem(
	severity: Problem['severity'],
	path: string,
	message: string,
	hint: string
): Problem {
	return { severity, file: shown(path), line: 0, message, hint };
}

/** Why a file-system call failed, in words, without a stack trace. */
function reason(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	const words: Record<string, string> = {
		ENOENT: 'it does not exist (or is a symbolic link to nothing)',
		EACCES: 'permission denied',
		EPERM: 'operation not permitted',
		ELOOP: 'a loop of symbolic links',
		ENOSPC: 'no space left on the device',
		EROFS: 'the file system is read-only',
		ENOTDIR: 'a part of the path is not a folder',
		EISDIR: 'it is a folder',
		EMFILE: 'too many open files'
	};
	return (code && words[code]) ?? code ?? String((error as Error).message ?? error);
}

/** "a folder", "a FIFO (named pipe)", … for what a path turned out to be. */
function kindOf(stat: Stats): string {
	if (stat.isDirectory()) return 'a folder';
	if (stat.isFIFO()) return 'a FIFO (named pipe)';
	if (stat.isSocket()) return 'a socket';
	if (stat.isCharacterDevice()) return 'a character device';
	if (stat.isBlockDevice()) return 'a block device';
	return 'a file';
}

/** `statSync` following symbolic links, or the reason it failed. */
function statOf(path: string): Stats | { failed: string } {
	try {
		return statSync(path);
	} catch (error) {
		return { failed: reason(error) };
	}
}

/**
 * Reads every article file, following symbolic links. Anything in the folder that is not an
 * article is a warning; anything named like an article that cannot be read is an error.
 */
function readArticles(dir: string, problems: Problem[]): InputFile[] {
	const hint = 'give --articles the folder that holds the .txt article files';
	const stat = statOf(dir);
	if ('failed' in stat) {
		problems.push(
			pathProblem('error', dir, `the articles folder cannot be used: ${stat.failed}`, hint)
		);
		return [];
	}
	if (!stat.isDirectory()) {
		problems.push(
			pathProblem('error', dir, `--articles names ${kindOf(stat)}, not a folder`, hint)
		);
		return [];
	}
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch (error) {
		problems.push(
			pathProblem('error', dir, `the articles folder cannot be read: ${reason(error)}`, hint)
		);
		return [];
	}
	const inputs: InputFile[] = [];
	for (const name of names.sort()) {
		if (name.startsWith('.')) continue;
		const path = join(dir, name);
		const isArticle = name.endsWith('.txt');
		const entry = statOf(path);
		if ('failed' in entry) {
			problems.push(
				pathProblem(
					isArticle ? 'error' : 'warning',
					path,
					`cannot be read: ${entry.failed}`,
					'point the symbolic link at an existing file, or remove it'
				)
			);
		} else if (entry.isFile() && isArticle) {
			try {
				inputs.push({ file: shown(path), bytes: readFileSync(path) });
			} catch (error) {
				problems.push(
					pathProblem(
						'error',
						path,
						`cannot be read: ${reason(error)}`,
						'make it readable (chmod a+r) or move it out of the folder'
					)
				);
			}
		} else if (entry.isFile()) {
			if (!name.toLowerCase().startsWith('readme'))
				problems.push({
					severity: 'warning',
					file: shown(path),
					line: 1,
					message: 'not read: articles are .txt files',
					hint: 'rename it to end in .txt if it is an article, or move it out of the folder'
				});
		} else {
			problems.push(
				pathProblem(
					isArticle ? 'error' : 'warning',
					path,
					`not read: it is ${kindOf(entry)}; articles are regular .txt files in ${shown(dir)} itself`,
					entry.isDirectory()
						? `move the articles inside it up into ${shown(dir)}, or rename it not to end in .txt`
						: 'replace it with the article text file, or remove it'
				)
			);
		}
	}
	return inputs;
}

/** Reads the facts table, or says why it cannot. */
function readFacts(path: string, problems: Problem[]): InputFile | null {
	const hint = 'give --facts the facts table (a .csv file), or --facts none for articles only';
	const stat = statOf(path);
	let failed: string | null = null;
	if ('failed' in stat) failed = `the facts table cannot be used: ${stat.failed}`;
	else if (!stat.isFile()) failed = `--facts names ${kindOf(stat)}, not a file`;
	else {
		try {
			return { file: shown(path), bytes: readFileSync(path) };
		} catch (error) {
			failed = `the facts table cannot be read: ${reason(error)}`;
		}
	}
	problems.push(pathProblem('error', path, failed, hint));
	return null;
}

/** Reads a grouping file (`flag` names it in the hint), or says why it cannot. */
function readGroupFile(path: string, flag: string, problems: Problem[]): InputFile | null {
	const stat = statOf(path);
	let failed: string;
	if ('failed' in stat) failed = `cannot be used: ${stat.failed}`;
	else if (!stat.isFile()) failed = `--${flag} names ${kindOf(stat)}, not a file`;
	else
		try {
			return { file: shown(path), bytes: readFileSync(path) };
		} catch (error) {
			failed = `cannot be read: ${reason(error)}`;
		}
	problems.push(
		pathProblem('error', path, failed, `give --${flag} a .csv file (--groups none: M49 only)`)
	);
	return null;
}

/** The facts table's companion tables in `dir`; null (with a problem each) when one is unusable. */
function readTables(dir: string, problems: Problem[]): FactsTables | null {
	const hint =
		'give --tables the folder holding them (default: data), or --tables none to skip them';
	const entries = Object.entries(TABLE_FILES).map(([key, name]) => {
		const path = join(dir, name);
		const stat = statOf(path);
		let failed: string | null = null;
		if ('failed' in stat) failed = `the table ${name} cannot be used: ${stat.failed}`;
		else if (!stat.isFile()) failed = `${shown(path)} is ${kindOf(stat)}, not a file`;
		else {
			try {
				return [key, { file: shown(path), bytes: readFileSync(path) }] as const;
			} catch (error) {
				failed = `the table ${name} cannot be read: ${reason(error)}`;
			}
		}
		problems.push(pathProblem('error', path, failed, hint));
		return [key, null] as const;
	});
	if (entries.some(([, input]) => input === null)) return null;
	return Object.fromEntries(entries) as unknown as FactsTables;
}

/** Checks before any work that `--out` can be replaced by a regular file. */
function checkOut(path: string, problems: Problem[]) {
	const hint = `give --out a file path such as ${DEFAULTS.out}`;
	const stat = statOf(path);
	if (!('failed' in stat) && !stat.isFile()) {
		problems.push(pathProblem('error', path, `--out names ${kindOf(stat)}, not a file`, hint));
		return;
	}
	const parent = statOf(dirname(path));
	if (!('failed' in parent) && !parent.isDirectory())
		problems.push(
			pathProblem(
				'error',
				path,
				`--out is inside ${shown(dirname(path))}, which is ${kindOf(parent)}`,
				hint
			)
		);
}

/** Writes atomically (temporary file, then rename); on failure removes the temporary file. */
function write(path: string, text: string): string | null {
	const temporary = `${path}.tmp-${process.pid}`;
	try {
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(temporary, text);
		renameSync(temporary, path);
		return null;
	} catch (error) {
		rmSync(temporary, { force: true });
		return reason(error);
	}
}

/** What a build printed and how it ended, as the command line reports it. */
export interface BuildReport {
	/** The exit status: 0 written (or help), 1 errors and nothing written, 2 bad flags. */
	code: 0 | 1 | 2;
	/** What goes to standard output: a line per article, every problem, the summary. */
	stdout: string;
	/** What goes to standard error (after all of stdout): the usage or the failure. */
	stderr: string;
}

/** A build read and done but not yet written. */
export interface PreparedBuild {
	/** Writes the data when there are no errors (once), and reports as the command line does. */
	publish(): BuildReport;
}

/**
 * Reads the inputs that `argv` (build-data's flags) names and builds the atlas data, writing
 * nothing; `publish()` writes it. Throws only on a bug (the command line's internal error).
 */
export function prepareData(argv: string[]): PreparedBuild {
	const stdout: string[] = [];
	const report = (code: BuildReport['code'], stderr: string[] = []): BuildReport => ({
		code,
		stdout: lines(stdout),
		stderr: lines(stderr)
	});
	const finished = (done: BuildReport): PreparedBuild => ({ publish: () => done });

	const opts = options(argv);
	if ('usage' in opts) return finished(report(2, [opts.usage]));
	if (opts.help) {
		stdout.push(USAGE);
		return finished(report(0));
	}
	const pathProblems: Problem[] = [];
	const inputs = readArticles(opts.articles, pathProblems);
	const facts = opts.facts === 'none' ? null : readFacts(opts.facts, pathProblems);
	const groups = opts.groups === 'none' ? null : readGroupFile(opts.groups, 'groups', pathProblems);
	const members = groups && readGroupFile(opts.members, 'members', pathProblems);
	checkOut(opts.out, pathProblems);

	const tables = facts && opts.tables !== 'none' ? readTables(opts.tables, pathProblems) : null;

	const started = performance.now();
	const data = buildAtlas(inputs, facts, groups && members ? { groups, members } : null, tables);
	const ms = performance.now() - started;
	const problems = [...pathProblems, ...data.problems];
	const rank = (p: Problem) => (p.severity === 'error' ? 0 : 1);
	problems.sort((a, b) => rank(a) - rank(b));

	for (const country of data.countries) if (country.article) stdout.push(formatCountry(country));
	for (const problem of problems) stdout.push(formatProblem(problem));

	const errors = problems.filter((p) => p.severity === 'error').length;
	const warnings = problems.length - errors;
	const withArticle = data.countries.filter((c) => c.article).length;
	const summary = `${inputs.length} articles, ${withArticle} countries with an article, ${data.countries.length} countries in all; ${errors} errors, ${warnings} warnings (${ms.toFixed(0)} ms)`;
	if (errors > 0)
		return finished(
			report(1, [`${summary}\nbuild-data: nothing written; fix the errors above and run it again.`])
		);

	const out = opts.out;
	const paths = [
		...inputs.map((i) => i.file),
		...[facts, groups, members].flatMap((f) => f?.file ?? [])
	];
	let published: BuildReport | null = null;
	const publish = (): BuildReport => {
		const failed = write(
			out,
			JSON.stringify(
				{
					$comment: 'Generated by scripts/build-data.ts; do not edit',
					...data,
					problems: problems.map((p) => problemToPublished(p, paths))
				},
				null,
				'\t'
			) + '\n'
		);
		if (failed) {
			const problem = pathProblem(
				'error',
				out,
				`cannot be written: ${failed}`,
				'check that the folder is writable and has space'
			);
			return report(1, [`${formatProblem(problem)}\n${summary}\nbuild-data: nothing written.`]);
		}
		stdout.push(`${summary}\nwrote ${escapeControls(out)}`);
		return report(0);
	};
	return { publish: () => (published ??= publish()) };
}

/** Reads, builds and writes: `npm run build:data` without the process around it. */
export function buildData(argv: string[]): BuildReport {
	return prepareData(argv).publish();
}

/** Printed lines as one text, each ending in a newline, as console.log prints them. */
function lines(texts: string[]): string {
	return texts.map((text) => `${text}\n`).join('');
}
