import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Hashes of the inline scripts written in src/app.html (the theme set before first paint):
 * ours, so the policy allows exactly them, and any edit to them keeps its hash up to date.
 */
const APP_HTML_SCRIPTS = [
	...readFileSync(new URL('./src/app.html', import.meta.url), 'utf8').matchAll(
		/<script>([\s\S]*?)<\/script>/g
	)
].map((m) => /** @type {const} */ (`sha256-${createHash('sha256').update(m[1]).digest('base64')}`));

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// `await` in components: Deferred.svelte hydrates parts of a page in tasks of their own, the
	// server's HTML kept meanwhile (hydrationTurn.ts). Svelte's documented flag, until Svelte 6.
	compilerOptions: { experimental: { async: true } },
	kit: {
		adapter: adapter({ fallback: '404.html', precompress: true }),
		// Every page's CSS goes into its HTML: no render-blocking stylesheet requests before the
		// first paint (each page's CSS is 10–25 KB raw, 2–5 KB brotli; README, "Performance").
		inlineStyleThreshold: Infinity,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Content-Security-Policy, written into each prerendered page as a <meta> tag. Kit adds the
		// hash of its own inline bootstrap to script-src, and app.html's scripts are hashed above,
		// so no other inline script runs. Styles may be inline (Svelte and
		// MapLibre set style attributes). frame-ancestors cannot be set by <meta>: the host sends
		// it (README, "Hosting"), on every page but /embed, which stays framable.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...APP_HTML_SCRIPTS],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				// MapLibre's worker is a same-origin file (setWorkerUrl); blob: for its fallback.
				'worker-src': ['self', 'blob:'],
				'child-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
