import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { rebuildDataOnSave } from './scripts/rebuildDataOnSave';

export default defineConfig({
	// `npm run dev`: saving an article or a facts table rebuilds the data and reloads the page.
	plugins: [rebuildDataOnSave(), sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// Sized for a busy 2-core machine: the command-line tests start a Node process each.
		testTimeout: 60_000
	}
});
