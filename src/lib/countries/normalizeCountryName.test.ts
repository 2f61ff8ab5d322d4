import { describe, expect, it } from 'vitest';
import { normalizeCountryName } from './normalizeCountryName';

describe('normalizeCountryName', () => {
	it.each([
		['Bangladesh', 'bangladesh'],
		['  the  Maldives ', 'maldives'],
		['The Gambia', 'gambia'],
		['Côte d’Ivoire', "cote d'ivoire"],
		['Türkiye', 'turkiye'],
		['Guinea-Bissau', 'guinea bissau'],
		['Timor–Leste', 'timor leste'],
		['Congo‑Brazzaville', 'congo brazzaville'],
		['Saint Kitts & Nevis', 'saint kitts and nevis'],
		['Holy See (Vatican City State)', 'holy see vatican city state'],
		["'Palestine'", 'palestine'],
		['São Tomé and Príncipe', 'sao tome and principe'],
		['', '']
	])('%j → %j', (input, expected) => {
		expect(normalizeCountryName(input)).toBe(expected);
	});
});
