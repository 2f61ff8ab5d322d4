/**
 * A Vite plugin for the browser build: V8's explicit compile hint on the code every page runs as
 * it loads, so that code is compiled ahead, in one pass, rather than one function at a time as
 * each is first called, inside hydration's long task. In traces the compiling moved to the
 * modules' evaluation, before hydration, and the two together took less than hydration alone had.
 *
 *   plugins: [compileHints(), sveltekit()]
 *
 * Chromium 136 and later read the hint; other browsers see a comment. Measured in the README,
 * "Performance".
 *
 * Only the chunks the entries import statically get it: MapLibre and everything else loaded on
 * demand stay lazily compiled (most of their functions never run on a page that is only read).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The hint, which must be the file's first line. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** What `hintedChunks` needs of a Rollup/Rolldown chunk. */
export interface ChunkLike {
	type: 'chunk' | 'asset';
	isEntry?: boolean;
	imports?: readonly string[];
}

/** The file names of the entries and every chunk they import statically, however deep. */
export function hintedChunks(bundle: Readonly<Record<string, ChunkLike>>): Set<string> {
	const hinted = new Set<string>();
	const visit = (name: string) => {
		const chunk = bundle[name];
		if (hinted.has(name) || chunk?.type !== 'chunk') return;
		hinted.add(name);
		for (const imported of chunk.imports ?? []) visit(imported);
	};
	for (const [name, chunk] of Object.entries(bundle)) if (chunk.isEntry) visit(name);
	return hinted;
}

export function compileHints(): Plugin {
	let browserBuild = false;
	return {
		name: 'atlas-compile-hints',
		apply: 'build',
		configResolved(config) {
			browserBuild = !config.build.ssr;
		},
		// On the files written: Vite puts its dynamic imports' preload list at the top of a
		// chunk after every plugin's generateBundle, and the hint must be the first line.
		writeBundle(options, bundle) {
			if (!browserBuild || !options.dir) return;
			for (const name of hintedChunks(bundle)) {
				const file = join(options.dir, name);
				const code = readFileSync(file, 'utf8');
				if (!code.startsWith(COMPILE_HINT)) writeFileSync(file, COMPILE_HINT + code);
			}
		}
	};
}
