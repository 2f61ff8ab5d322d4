import { expect, test, type Page } from '@playwright/test';
import { worldViewPoint } from '../src/lib/map/worldView';

/**
 * Records Content-Security-Policy violations from the page's first script on, and the console's
 * "Refused to …" lines (which also cover what a violation event does not reach).
 */
async function watchCsp(page: Page): Promise<string[]> {
	const violations: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
	});
	await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
	await page.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(
				`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`
			)
		)
	);
	return violations;
}

/** The policy the page's <meta> tag sets. */
async function metaPolicy(page: Page): Promise<string> {
	return (await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content'))!;
}

for (const url of ['/', '/about', '/country/PAK', '/embed', '/country/XYZ']) {
	test(`${url}: a Content-Security-Policy without inline scripts, and no violation`, async ({
		page
	}) => {
		const violations = await watchCsp(page);
		await page.goto(url);
		const policy = await metaPolicy(page);
		expect(policy).toMatch(/script-src 'self'( 'sha256-[^']+')+(;|$)/);
		expect(policy).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
		expect(policy).toMatch(/object-src 'none'/);
		// Hydrated: Kit's inline bootstrap ran under the policy.
		if (url === '/' || url === '/embed') await page.locator('[data-hydrated]').waitFor();
		else await page.waitForFunction(() => document.querySelector('body script') !== null);
		expect(violations).toEqual([]);
	});
}

test('under the policy the map page hydrates, MapLibre draws, and a click opens the panel', async ({
	page
}) => {
	const violations = await watchCsp(page);
	await page.goto('/');
	await page.locator('[data-hydrated]').waitFor();
	const { x, y } = worldViewPoint((await page.locator('.world-map').boundingBox())!, 69.5, 29.5);
	await page.mouse.click(x, y);
	await expect(page.getByRole('complementary', { name: 'Pakistan details' })).toBeVisible();
	// MapLibre (started by the first zoom) and its same-origin worker run under the policy and
	// draw the map.
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect(page.locator('canvas.maplibregl-canvas')).toBeVisible({ timeout: 60_000 });
	await expect(page.getByRole('img', { name: 'World map' })).toBeHidden({ timeout: 60_000 });
	expect(violations).toEqual([]);
});

test("app.html's own inline script runs under the policy (the embed's ?theme=)", async ({
	page
}) => {
	const violations = await watchCsp(page);
	await page.goto('/embed?theme=dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(violations).toEqual([]);
});

test('a script injected into the page is refused', async ({ page }) => {
	const violations = await watchCsp(page);
	await page.goto('/about');
	const ran = await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.__injected = true';
		document.head.append(script);
		return (window as unknown as { __injected?: boolean }).__injected === true;
	});
	expect(ran).toBe(false);
	await expect.poll(() => violations.length).toBeGreaterThan(0);
	expect(violations.join('\n')).toMatch(/script-src/);
});

test('the host headers: nosniff everywhere, frame-ancestors on all but the embed', async ({
	request
}) => {
	for (const url of ['/', '/about', '/country/PAK', '/downloads/countries.csv']) {
		const headers = (await request.get(url)).headers();
		expect(headers['x-content-type-options'], url).toBe('nosniff');
		expect(headers['content-security-policy'], url).toBe("frame-ancestors 'self'");
	}
	const embed = (await request.get('/embed?attr=recognizesIsrael')).headers();
	expect(embed['x-content-type-options']).toBe('nosniff');
	expect(embed['content-security-policy']).toBeUndefined();
	expect(embed['x-frame-options']).toBeUndefined();
});

test('another site can frame the embed but not the rest of the site', async ({ page, baseURL }) => {
	// about:blank stands for a foreign site; `load` waits for both frames, refused or not.
	await page.setContent(
		`<iframe title="embed" src="${baseURL}/embed" width="800" height="600"></iframe>` +
			`<iframe title="home" src="${baseURL}/" width="800" height="600"></iframe>`,
		{ waitUntil: 'load' }
	);
	const embed = page.frameLocator('iframe[title="embed"]');
	await embed.locator('[data-hydrated]').waitFor();
	await expect(embed.getByRole('radio').first()).toBeVisible();
	const home = await (await page.$('iframe[title="home"]'))!.contentFrame();
	// Chromium replaces a refused frame with its error page.
	expect(home!.url()).not.toBe(`${baseURL}/`);
	expect(await home!.locator('[data-hydrated], h1:text("Palestine")').count()).toBe(0);
});
