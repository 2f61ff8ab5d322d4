/**
 * The HTTP headers a host should send with the static site (README, "Hosting"), as
 * scripts/serve-build.ts sends them. The pages' own Content-Security-Policy is in their HTML
 * (kit.csp); what a <meta> tag cannot say is sent here.
 */

/** True for the embed's pages, which other sites must be able to frame. */
export function isEmbedPath(pathname: string): boolean {
	return /^\/embed(?:\/|\.html$|$)/.test(pathname);
}

/**
 * Headers for a response to `pathname`: `nosniff` everywhere; `frame-ancestors 'self'` (and the
 * older X-Frame-Options) on every page but the embed, so the site cannot be framed elsewhere.
 * @example hostHeaders('/about') // { 'x-content-type-options': 'nosniff', 'content-security-policy': "frame-ancestors 'self'", … }
 */
export function hostHeaders(pathname: string): Record<string, string> {
	const headers: Record<string, string> = {
		'x-content-type-options': 'nosniff',
		'referrer-policy': 'strict-origin-when-cross-origin'
	};
	if (!isEmbedPath(pathname)) {
		headers['content-security-policy'] = "frame-ancestors 'self'";
		headers['x-frame-options'] = 'SAMEORIGIN';
	}
	return headers;
}
