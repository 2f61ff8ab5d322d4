import { describe, expect, it } from 'vitest';
import {
	MAX_HEIGHT,
	ampSizeMessage,
	isEmbedSrc,
	readSizeMessage,
	selectMessage,
	sizeMessage,
	viewMessage
} from './embedMessages';
import { SIZE_CASES, SRC_CASES } from './fixtures/messageCases';

describe('readSizeMessage', () => {
	it.each(SIZE_CASES)('%s', (_name, data, expected) => {
		expect(readSizeMessage(data)).toBe(expected);
	});

	it('reads what sizeMessage builds', () => {
		for (const height of [0, 1, 300.5, 813, 4000]) {
			expect(readSizeMessage(sizeMessage(height))).toBe(Math.ceil(height));
		}
	});
});

describe('message builders', () => {
	it('round heights up and clamp them to the accepted range', () => {
		expect(sizeMessage(812.3)).toEqual({ type: 'pra:embed-size', height: 813 });
		expect(sizeMessage(-3)).toEqual({ type: 'pra:embed-size', height: 0 });
		expect(sizeMessage(1e9).height).toBe(MAX_HEIGHT);
		expect(ampSizeMessage(812.3)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 813 });
	});

	it('build the host messages', () => {
		expect(selectMessage('PAK', 'Pakistan')).toEqual({
			type: 'pra:select',
			iso3: 'PAK',
			name: 'Pakistan'
		});
		expect(
			viewMessage({
				search: '?attr=recognizesIsrael',
				attr: 'recognizesIsrael',
				country: null,
				year: 2026
			})
		).toEqual({
			type: 'pra:view',
			search: '?attr=recognizesIsrael',
			attr: 'recognizesIsrael',
			country: null,
			year: 2026
		});
	});
});

describe('isEmbedSrc', () => {
	it.each(SRC_CASES)('%s → %s', (src, expected) => {
		// Relative srcs resolve against the host page, which is not the atlas.
		expect(isEmbedSrc(src, 'https://atlas.example', 'https://news.example/story')).toBe(expected);
	});
});
