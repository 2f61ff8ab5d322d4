import { describe, expect, it } from 'vitest';
import { svgShapeMarkup } from './svgShapeMarkup';

describe('svgShapeMarkup', () => {
	it.each([
		['path only', 'M0,0L1,1Z', {}, '<path d="M0,0L1,1Z"></path>'],
		[
			'attributes before d',
			'M0,0Z',
			{ 'data-iso3': 'PAK' },
			'<path data-iso3="PAK" d="M0,0Z"></path>'
		],
		[
			'quotes and angle brackets escaped',
			'M0"/><script>',
			{ class: 'a&b' },
			'<path class="a&#38;b" d="M0&#34;/&#62;&#60;script&#62;"></path>'
		]
	])('%s', (_name, d, attributes, expected) => {
		expect(svgShapeMarkup(d, attributes)).toBe(expected);
	});
});
