/** One correction to the name libraries (world-countries, i18n-iso-countries). */
export interface CountryException {
	/** The code we publish; `null` marks names too ambiguous to resolve. */
	iso3: string | null;
	/** Names that resolve to `iso3` ahead of anything the libraries say. */
	names: readonly string[];
	/** Library codes to publish as `iso3` instead. */
	codes?: readonly string[];
}

/** The one table of what the libraries lack or get wrong; each entry says why. */
export const COUNTRY_EXCEPTIONS: readonly CountryException[] = [
	// Kosovo has no ISO code: world-countries uses UNK, i18n-iso-countries XKK; we publish XKX
	// (the EU / IMF user-assigned code the map data uses).
	{ iso3: 'XKX', codes: ['UNK', 'XKK'], names: ['Kosovo', 'Republic of Kosovo'] },
	// Both libraries only know "Holy See (Vatican City State)"; articles say "Holy See".
	{ iso3: 'VAT', names: ['Holy See', 'Vatican', 'Vatican City'] },
	// The SADR is listed only as Western Sahara's official name; add its short forms.
	{ iso3: 'ESH', names: ['Sahrawi Arab Democratic Republic', 'Sahrawi Republic', 'SADR'] },
	// i18n-iso-countries gives bare "Congo" to both Congos; pin each state's usual names.
	{
		iso3: 'COG',
		names: ['Republic of the Congo', 'Republic of Congo', 'Congo-Brazzaville', 'Congo Republic']
	},
	{
		iso3: 'COD',
		names: [
			'Democratic Republic of the Congo',
			'Democratic Republic of Congo',
			'DR Congo',
			'DRC',
			'Congo-Kinshasa',
			'Zaire'
		]
	},
	// Bare "Congo" names two states: ask the writer which one (suggestions list both).
	{ iso3: null, names: ['Congo'] },
	// world-countries lists "Republic of Turkey" but not plain "Turkey" (i18n does; keep it sure).
	{ iso3: 'TUR', names: ['Turkey', 'Türkiye'] },
	// "Palestinian Authority", "Palestinian territories" name the Palestine side of a title.
	{
		iso3: 'PSE',
		names: [
			'Palestinian Authority',
			'Palestinian National Authority',
			'Palestinian territories',
			'State of Palestine'
		]
	},
	// "Britain" and "Great Britain" are how prose usually names the United Kingdom.
	{ iso3: 'GBR', names: ['Britain', 'Great Britain'] },
	// Cabo Verde's own short name since 2013; world-countries keeps it only in Portuguese.
	{ iso3: 'CPV', names: ['Cabo Verde'] }
];
