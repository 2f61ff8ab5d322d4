/** Characters that count as a dash or hyphen in a name ("Guinea‑Bissau", "Timor–Leste"). */
const DASHES = /[\u002d\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc\u02bb`´]/g;
const COMBINING_MARKS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}' ]+/gu;
const SPACES = /\s+/g;
const LEADING_THE = /^the /;

/**
 * Folds a country name to a comparison key: lower case, diacritics removed, dashes and
 * punctuation to spaces, "&" to "and", leading "the " dropped.
 * @example normalizeCountryName('the Côte d’Ivoire') // "cote d'ivoire"
 */
export function normalizeCountryName(name: string): string {
	return name
		.normalize('NFKD')
		.replace(COMBINING_MARKS, '')
		.replace(APOSTROPHES, "'")
		.replace(DASHES, ' ')
		.replace(/&/g, ' and ')
		.toLowerCase()
		.replace(NON_WORD, ' ')
		.replace(/(^| )'+|'+( |$)/g, ' ')
		.replace(SPACES, ' ')
		.trim()
		.replace(LEADING_THE, '');
}
