import { countryIndex } from './countryIndex';

/**
 * Adjectives editors write that world-countries lacks (it gives one form, sometimes a noun:
 * "Kazakhstani", "Maldivan", "Filipino", "Motswana"). One table; each entry is a usual English
 * adjective for the state's government or missions ("the Kazakh embassy").
 */
const EXTRA_DEMONYMS: Record<string, string[]> = {
	ARG: ['Argentinian'],
	BFA: ['Burkinabé'],
	BLR: ['Belarussian'],
	BWA: ['Batswana', 'Botswanan'],
	COM: ['Comorian'],
	CPV: ['Cape Verdean'],
	DJI: ['Djiboutian'],
	ECU: ['Ecuadorian'],
	GNB: ['Bissau-Guinean'],
	GRC: ['Hellenic'],
	ISL: ['Icelandic'],
	KAZ: ['Kazakh'],
	KGZ: ['Kyrgyz'],
	LAO: ['Lao'],
	LSO: ['Basotho'],
	LUX: ['Luxembourgish'],
	MDV: ['Maldivian'],
	NPL: ['Nepali'],
	PHL: ['Philippine'],
	SAU: ['Saudi'],
	SLV: ['Salvadorean'],
	STP: ['Santomean', 'São Toméan'],
	SUR: ['Surinamese'],
	SVN: ['Slovenian'],
	TJK: ['Tajik', 'Tajikistani'],
	TLS: ['Timorese'],
	TTO: ['Tobagonian'],
	UZB: ['Uzbek']
};

/**
 * English demonyms of a country ("Bangladeshi"), each on its own ("Antiguan, Barbudan" is
 * two), with the adjectives editors use beside the library's; `[]` if unknown.
 * @example countryDemonyms('KAZ') // ['Kazakhstani', 'Kazakh']
 */
export function countryDemonyms(iso3: string): string[] {
	const listed = (countryIndex().byIso3.get(iso3)?.demonyms ?? []).flatMap((d) =>
		d.split(/,\s*|\s+or\s+/)
	);
	return [...new Set([...listed, ...(EXTRA_DEMONYMS[iso3] ?? [])])].filter(Boolean);
}
