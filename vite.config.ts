import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { compileHints } from './scripts/compileHints.ts';
import { rebuildDataOnSave } from './scripts/rebuildDataOnSave.ts';

export default defineConfig({
	// `npm run dev`: saving an article or a facts table rebuilds the data and reloads the page.
	// The build: the code every page runs at load is compiled ahead, before hydration.
	plugins: [rebuildDataOnSave(), compileHints(), sveltekit()],
	build: {
		rolldownOptions: {
			output: {
				// Svelte's and SvelteKit's runtime as one chunk, which every page loads, instead of
				// several small ones (fewer requests before the page is interactive).
				codeSplitting: {
					groups: [
						{
							name: 'framework',
							test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|esm-env|devalue|clsx)[\\/]/
						}
					]
				}
			}
		}
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// One module graph per worker, not one per test file: the files are pure functions over
		// fixtures (no mocks, no shared mutable state; stubbed globals are restored after each
		// test), and a fresh graph per file (a new process, Vitest's default) doubled the run.
		isolate: false,
		// Sized for a busy 2-core machine: the command-line tests start a Node process each.
		testTimeout: 60_000
	}
});
