import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ fallback: '404.html', precompress: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Content-Security-Policy, written into each prerendered page as a <meta> tag. Kit adds the
		// hash of its own inline bootstrap to script-src, so no other inline script runs: an
		// inline <script> added to app.html needs its hash here. Styles may be inline (Svelte and
		// MapLibre set style attributes). frame-ancestors cannot be set by <meta>: the host sends
		// it (README, "Hosting"), on every page but /embed, which stays framable.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
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
