import { expect, test } from '@playwright/test';

/**
 * Hydration takes over the server's HTML as it is, the parts that hydrate later
 * (`Deferred.svelte`) included. A part whose client markup differs from the server's (a deferred
 * part hidden behind a flag set after mounting, say) is thrown away and drawn again: a flash, and
 * lost focus or scroll. The prerendered default views only: a URL's own view (`?attr=…`) is
 * drawn over the default one on purpose.
 */
for (const path of ['/', '/embed', '/compare', '/country/PAK'])
	test(`hydrating ${path} keeps every element the server sent`, async ({ page }) => {
		// Hold the app's scripts until the server's page is parsed and its elements noted.
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_app/immutable/entry/start.*.js', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(path, { waitUntil: 'domcontentloaded' });
		const sent = await page.evaluate(() => {
			const elements = [...document.body.querySelectorAll('*')];
			(window as unknown as { sent: Element[] }).sent = elements;
			return elements.length;
		});
		expect(sent).toBeGreaterThan(40);
		release();
		await page.locator('[data-hydrated]').waitFor();
		const lost = await page.evaluate(() =>
			(window as unknown as { sent: Element[] }).sent
				.filter((element) => !element.isConnected)
				.map((element) => `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`)
		);
		expect(lost).toEqual([]);
	});
