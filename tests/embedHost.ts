import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';

const TEMPLATE = readFileSync('tests/fixtures/news-article.html', 'utf8');

/**
 * Opens the fake news article (tests/fixtures/news-article.html) on another origin than the
 * atlas': a loopback server of its own on another port (loopback, as Chromium blocks a public
 * page framing a loopback server). Returns the article's URL.
 */
export async function openArticle(
	page: Page,
	atlas: string,
	embed: string,
	embedBelow = ''
): Promise<string> {
	const html = TEMPLATE.replaceAll('{{EMBED}}', embed)
		.replaceAll('{{EMBED_BELOW}}', embedBelow)
		.replaceAll('{{ATLAS}}', atlas);
	// The article comes from its own loopback server (another origin: another port), so it
	// carries none of the site's headers (its CSP would block the embed and the loader).
	const news = createServer((_, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(html);
	});
	await new Promise<void>((resolve) => news.listen(0, '127.0.0.1', resolve));
	page.once('close', () => news.close());
	const url = `http://127.0.0.1:${(news.address() as AddressInfo).port}/news/article.html`;
	await page.goto(url);
	return url;
}

/** The standard embed code: an iframe and the loader script. */
export function embedCode(atlas: string, search = '', title = 'Palestine Relations Atlas'): string {
	return (
		`<iframe title="${title}" src="${atlas}/embed${search}" height="500"></iframe>\n` +
		`<script async src="${atlas}/embed.js"></script>`
	);
}
