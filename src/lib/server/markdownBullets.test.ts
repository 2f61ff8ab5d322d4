import { describe, expect, it } from 'vitest';
import { markdownBullets } from './markdownBullets';

const DOC = `# Title

## Source tags

- **AJ-WAFA** — lists in date order,
  as published.
- \`WP-PS\` — Wikipedia.

## Doubts, and the choices made

- **Malta:** listed from 1988.
* Mexico: low confidence.
Not a bullet.

### A subsection keeps going
- Last.

## Next
- Not included.
`;

describe('markdownBullets', () => {
	it.each([
		[
			'Source tags',
			[
				[{ text: 'AJ-WAFA', strong: true }, { text: ' — lists in date order, as published.' }],
				[{ text: 'WP-PS', code: true }, { text: ' — Wikipedia.' }]
			]
		],
		[
			'Doubts',
			[
				[{ text: 'Malta:', strong: true }, { text: ' listed from 1988.' }],
				[{ text: 'Mexico: low confidence.' }],
				[{ text: 'Last.' }]
			]
		],
		['Missing', []]
	])('%s', (heading, expected) => {
		expect(markdownBullets(DOC, heading)).toEqual(expected);
	});
});
