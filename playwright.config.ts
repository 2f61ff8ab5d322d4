import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, testChromiumExecutable } from './tests/chromium';

/** The port of the static server under test; set E2E_PORT to run two checkouts side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4173);

/** Browser tests run against the built static site (`npm run build` first; `npm run test:e2e` does). */
export default defineConfig({
	testDir: 'tests',
	testMatch: '*.spec.ts',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? 'line' : 'list',
	// Sized for a busy 2-core machine (other builds and tests running): MapLibre's first draw in
	// SwiftShader alone can take 20 s there. An idle machine finishes far inside these.
	timeout: 120_000,
	expect: { timeout: 30_000 },
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		launchOptions: { executablePath: testChromiumExecutable(), args: CHROMIUM_ARGS }
	},
	webServer: {
		command: `npx tsx scripts/serve-build.ts --port ${PORT}`,
		url: `http://127.0.0.1:${PORT}`,
		reuseExistingServer: !process.env.CI,
		timeout: 120_000
	}
});
