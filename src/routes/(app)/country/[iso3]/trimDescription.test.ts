import { describe, expect, it } from 'vitest';
import { trimDescription } from './trimDescription';

describe('trimDescription', () => {
	it.each([
		['empty', '', 20, ''],
		['short', 'A short lead.', 20, 'A short lead.'],
		['first paragraph only', '\nFirst.\nSecond.', 20, 'First.'],
		['collapses whitespace', 'A  lead\twith   gaps', 40, 'A lead with gaps'],
		['cuts at a word', 'one two three, four five six', 16, 'one two three…']
	])('%s', (_name, summary, limit, expected) => {
		const result = trimDescription(summary, limit);
		expect(result).toBe(expected);
		expect(result.length).toBeLessThanOrEqual(limit);
	});
});
