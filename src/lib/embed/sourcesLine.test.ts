import { describe, expect, it } from 'vitest';
import { sourcesLine } from './sourcesLine';

describe('sourcesLine', () => {
	it('states the date the facts are current to, in words', () => {
		expect(sourcesLine('2026-03')).toContain('facts current to March 2026.');
		expect(sourcesLine('2026-03-02')).toContain('facts current to 2 March 2026.');
	});
	it('says no date when there is none', () => {
		expect(sourcesLine(null)).not.toContain('current to');
		expect(sourcesLine(null)).toMatch(/^Sources: .*facts table\. Boundaries: Natural Earth/);
	});
	it("states the map's point of view: its boundaries take no side", () => {
		expect(sourcesLine(null)).toContain('no position on disputed territory');
	});
});
