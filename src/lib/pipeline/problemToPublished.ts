import type { Problem } from '../types';
import { fileName } from './buildAtlas';

/**
 * A problem as the site publishes it: every path it names (its file, and the same paths in its
 * message and hint) cut to the file name, so the site never shows where the build ran.
 * @example problemToPublished({ file: '../x/peru.txt', … }, ['../x/peru.txt']).file // 'peru.txt'
 */
export function problemToPublished(problem: Problem, paths: readonly string[]): Problem {
	const cut = (text: string) =>
		[...paths]
			.sort((a, b) => b.length - a.length)
			.reduce((out, path) => (path ? out.split(path).join(fileName(path)) : out), text);
	return {
		...problem,
		file: fileName(problem.file),
		message: cut(problem.message),
		...(problem.hint !== undefined ? { hint: cut(problem.hint) } : {})
	};
}
