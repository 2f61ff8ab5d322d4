import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

const TEMPLATE = readFileSync('tests/fixtures/news-article.html', 'utf8');

/**
 * Opens the fake news article (tests/fixtures/news-article.html) on another origin than the
 * atlas': localhost rather than 127.0.0.1 (both loopback, as Chromium blocks a public page
 * framing a loopback server). Returns the article's URL.
 */
export async function openArticle(
	page: Page,
	atlas: string,
	embed: string,
	embedBelow = ''
): Promise<string> {
	const url = new URL('/news/article.html', atlas.replace('127.0.0.1', 'localhost')).href;
	const html = TEMPLATE.replaceAll('{{EMBED}}', embed)
		.replaceAll('{{EMBED_BELOW}}', embedBelow)
		.replaceAll('{{ATLAS}}', atlas);
	// The page must come from the loopback server itself (a routed response counts as a public
	// page, which Chromium forbids to frame a loopback one): its 404 page, then the article.
	await page.goto(url);
	await page.setContent(html);
	return url;
}

/** The standard embed code: an iframe and the loader script. */
export function embedCode(atlas: string, search = '', title = 'Palestine Relations Atlas'): string {
	return (
		`<iframe title="${title}" src="${atlas}/embed${search}" height="500"></iframe>\n` +
		`<script async src="${atlas}/embed.js"></script>`
	);
}
