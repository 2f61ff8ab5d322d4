import { describe, expect, it } from 'vitest';
import { featureIso3 } from './featureIso3';

const CODES = new Map([
	['586', 'PAK'],
	['196', 'CYP'],
	['048', 'BHR']
]);

describe('featureIso3', () => {
	it.each([
		['586', 'Pakistan', 'PAK'],
		['48', 'Bahrain', 'BHR'],
		[48, 'Bahrain', 'BHR'],
		[undefined, 'Kosovo', 'XKX'],
		[undefined, 'N. Cyprus', 'CYP'],
		[undefined, 'Siachen Glacier', null],
		[undefined, 'Nowhere', null],
		['999', 'Unknown code', null]
	])('%s %s → %s', (id, name, expected) => {
		expect(featureIso3(id, name, CODES)).toBe(expected);
	});
});
