import { describe, expect, it } from 'vitest';
import { hostHeaders, isEmbedPath } from './hostHeaders';

describe('hostHeaders', () => {
	it.each(['/', '/about', '/country/PAK', '/downloads/countries.csv', '/embedded', '/x/embed'])(
		'%s may be framed only by the site itself',
		(path) => {
			expect(isEmbedPath(path)).toBe(false);
			expect(hostHeaders(path)).toEqual({
				'x-content-type-options': 'nosniff',
				'referrer-policy': 'strict-origin-when-cross-origin',
				'content-security-policy': "frame-ancestors 'self'",
				'x-frame-options': 'SAMEORIGIN'
			});
		}
	);

	it.each(['/embed', '/embed/', '/embed.html', '/embed/anything'])('%s stays framable', (path) => {
		expect(isEmbedPath(path)).toBe(true);
		expect(hostHeaders(path)).toEqual({
			'x-content-type-options': 'nosniff',
			'referrer-policy': 'strict-origin-when-cross-origin'
		});
	});
});
