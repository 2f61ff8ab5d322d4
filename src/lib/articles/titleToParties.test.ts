import { describe, expect, it } from 'vitest';
import { titleToParties } from './titleToParties';

describe('titleToParties', () => {
	it.each([
		['Bangladesh–Palestine relations', 'BGD', 1, 'Bangladesh'],
		['Palestine–Bahrain relations', 'BHR', 2, 'Bahrain'],
		['State of Palestine–Türkiye relations', 'TUR', 2, 'Türkiye'],
		['Palestine–Turkey relations', 'TUR', 2, 'Turkey'],
		['the Maldives–Palestine relations', 'MDV', 1, 'the Maldives'],
		['Saudi Arabia–Palestine relations', 'SAU', 1, 'Saudi Arabia'],
		['Trinidad and Tobago–Palestine relations', 'TTO', 1, 'Trinidad and Tobago'],
		['Bosnia and Herzegovina–Palestine relations', 'BIH', 1, 'Bosnia and Herzegovina'],
		['Saint Kitts and Nevis–Palestine relations', 'KNA', 1, 'Saint Kitts and Nevis'],
		["Côte d'Ivoire–Palestine relations", 'CIV', 1, "Côte d'Ivoire"],
		['Ivory Coast—Palestine relations', 'CIV', 1, 'Ivory Coast'],
		['Czech Republic–Palestine relations', 'CZE', 1, 'Czech Republic'],
		['Czechia-Palestine relations', 'CZE', 1, 'Czechia'],
		['Burma–Palestine relations', 'MMR', 1, 'Burma'],
		['Holy See–Palestine relations', 'VAT', 1, 'Holy See'],
		['Congo-Brazzaville–Palestine relations', 'COG', 1, 'Congo-Brazzaville'],
		['Palestine–Republic of the Congo relations', 'COG', 2, 'Republic of the Congo'],
		['Palestine–DR Congo relations', 'COD', 2, 'DR Congo'],
		[
			'Democratic Republic of the Congo–Palestine relations',
			'COD',
			1,
			'Democratic Republic of the Congo'
		],
		['Guinea-Bissau-Palestine relations', 'GNB', 1, 'Guinea-Bissau'],
		['Palestine-Guinea-Bissau relations', 'GNB', 2, 'Guinea-Bissau'],
		['Palestine-Timor-Leste relations', 'TLS', 2, 'Timor-Leste'],
		['Timor-Leste-Palestine relations', 'TLS', 1, 'Timor-Leste'],
		['Palestine - Guinea-Bissau relations', 'GNB', 2, 'Guinea-Bissau'],
		['Palestine−Kosovo relations', 'XKX', 2, 'Kosovo'],
		['Guinea–Palestine relations', 'GIN', 1, 'Guinea'],
		['Palestine-Guinea relations', 'GIN', 2, 'Guinea'],
		['Palestinian Authority–Japan relations', 'JPN', 2, 'Japan'],
		['Bangladesh–Palestine Relations', 'BGD', 1, 'Bangladesh'],
		['Bangladesh–Palestine', 'BGD', 1, 'Bangladesh'],
		[
			"Relations between the People's Republic of Bangladesh and the State of Palestine",
			'BGD',
			1,
			"the People's Republic of Bangladesh"
		],
		['Relations between Palestine and Chile', 'CHL', 2, 'Chile']
	])('%j → %s at %i', (title, iso3, position, written) => {
		const result = titleToParties(title);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.parties).toMatchObject({ iso3, position, written });
	});

	it('names the common English name', () => {
		const result = titleToParties('Burma–Palestine relations');
		expect(result.ok && result.parties.name).toBe('Myanmar');
	});

	it.each([
		[
			'Atlantis–Palestine relations',
			'unknown country "Atlantis"',
			/^did you mean "[^"]+", "[^"]+", "[^"]+"\?$/
		],
		[
			'Congo–Palestine relations',
			'unknown country "Congo"',
			/did you mean "DR Congo", "Republic of the Congo"/
		],
		['Bangladsh–Palestine relations', 'unknown country "Bangladsh"', /did you mean "Bangladesh"/],
		['Israel–Pakistan relations', 'does not name Palestine', /Country–Palestine relations/],
		['Palestine–Palestine relations', 'does not name Palestine', /Country–Palestine/],
		['Palestine', 'does not name two parties', /Country–Palestine/],
		['', 'does not name two parties', /Country–Palestine/],
		['– relations', 'does not name Palestine', /Country–Palestine/],
		['A–B–C relations', 'does not name two parties', /Country–Palestine/]
	])('%j is an error: %s', (title, message, hint) => {
		const result = titleToParties(title);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.message).toContain(message);
			expect(result.hint).toMatch(hint);
		}
	});
});
