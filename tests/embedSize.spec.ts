import { expect, test, type FrameLocator, type Locator } from '@playwright/test';
import { embedCode, openArticle } from './embedHost';

// A framed MapLibre on a busy 2-core machine: each step may take seconds.
test.describe.configure({ timeout: 120_000 });

/** The iframe's height and its content's (the embed's <main>), in CSS px. */
async function heights(iframe: Locator, frame: FrameLocator) {
	const frameHeight = await iframe.evaluate((el) => el.getBoundingClientRect().height);
	const content = await frame.locator('main').evaluate((el) => el.getBoundingClientRect().height);
	const scrolls = await frame
		.locator('html')
		.evaluate((el) => el.scrollHeight > el.clientHeight + 1);
	return { frameHeight, content, scrolls };
}

/** Whether an element inside the frame lies wholly within the frame's visible box. */
function inFrameView(locator: Locator) {
	return locator.evaluate((el) => {
		const box = el.getBoundingClientRect();
		return box.top >= 0 && box.bottom <= document.documentElement.clientHeight + 1;
	});
}

/** Waits until the iframe is as tall as its content (±4 px) and the frame does not scroll. */
async function expectSized(iframe: Locator, frame: FrameLocator) {
	await expect
		.poll(
			async () => {
				const h = await heights(iframe, frame);
				return Math.abs(h.frameHeight - h.content) <= 4 && !h.scrolls;
			},
			{ timeout: 60_000 }
		)
		.toBe(true);
}

for (const width of [320, 600, 1000]) {
	test(`with the loader, the iframe takes its content's height at ${width} px, also after a resize`, async ({
		page,
		baseURL
	}) => {
		await page.setViewportSize({ width, height: 800 });
		await openArticle(page, baseURL!, embedCode(baseURL!, '?attr=palestinianMission'));
		const iframe = page.locator('iframe[title="Palestine Relations Atlas"]');
		const frame = page.frameLocator('iframe[title="Palestine Relations Atlas"]');
		await frame.locator('[data-hydrated]').waitFor();
		await expectSized(iframe, frame);
		const before = await heights(iframe, frame);
		// The legend and the footer's last line are inside the frame's box.
		expect(
			await inFrameView(frame.getByRole('region', { name: "Palestine's mission in the country" }))
		).toBe(true);
		expect(await inFrameView(frame.getByRole('link', { name: /^About the data/ }))).toBe(true);

		// The host's column changes width (a phone turned, a window resized): still right.
		// (600 px and 320 px happen to give nearly the same height, so 600 turns to 1000.)
		await page.setViewportSize({ width: width === 1000 ? 320 : 1000, height: 800 });
		await expectSized(iframe, frame);
		const after = await heights(iframe, frame);
		expect(after.frameHeight).not.toBeCloseTo(before.frameHeight, -1);
	});
}

test('without the loader the embed keeps the host’s height and everything stays reachable', async ({
	page,
	baseURL
}) => {
	await page.setViewportSize({ width: 320, height: 800 });
	await openArticle(
		page,
		baseURL!,
		`<iframe title="Palestine Relations Atlas" src="${baseURL}/embed" height="400"></iframe>`
	);
	const iframe = page.locator('iframe[title="Palestine Relations Atlas"]');
	const frame = page.frameLocator('iframe[title="Palestine Relations Atlas"]');
	await frame.locator('[data-hydrated]').waitFor();
	await page.waitForTimeout(500);
	expect((await iframe.boundingBox())!.height).toBe(400);
	// The footer's link is below the frame's fold, and scrolling the frame reaches it.
	const link = frame.getByRole('link', { name: /Open in the Palestine Relations Atlas/ });
	expect(await inFrameView(link)).toBe(false);
	await link.scrollIntoViewIfNeeded();
	expect(await inFrameView(link)).toBe(true);
});

test('a fixed height fills the frame: map, legend and footer fit without scrolling', async ({
	page,
	baseURL
}) => {
	await page.setViewportSize({ width: 600, height: 900 });
	await openArticle(page, baseURL!, embedCode(baseURL!, '?height=fixed').replace('500', '640'));
	const iframe = page.locator('iframe[title="Palestine Relations Atlas"]');
	const frame = page.frameLocator('iframe[title="Palestine Relations Atlas"]');
	await frame.locator('[data-hydrated]').waitFor();
	await page.waitForTimeout(500);
	// The loader leaves a fixed embed alone.
	expect((await iframe.boundingBox())!.height).toBe(640);
	const h = await heights(iframe, frame);
	expect(h.scrolls).toBe(false);
	expect(await inFrameView(frame.getByRole('link', { name: /^About the data/ }))).toBe(true);
});
