/** Test helpers for the readers: prose and a country in, sentences and terms out. */
import { countryName } from '../../countries/countryName';
import type { RawInfoboxRow } from '../types';
import { paragraphsToSentences } from './sentences';
import { termsFor } from './subject';
import type { Sentence, Terms } from './types';

/** The sentences of `prose`, one paragraph per line, the first on line 100. */
export function sentencesOf(prose: string): Sentence[] {
	return paragraphsToSentences(
		prose.split('\n').map((text, i) => ({ text, line: 100 + i, breaks: [], section: null }))
	);
}

/** How articles name the country `iso3`. */
export function termsOf(iso3: string): Terms {
	return termsFor(iso3, countryName(iso3) ?? iso3);
}

/** An infobox row as textToArticle gives it, from its line ("- Mission1: …"). */
export function row(raw: string, line = 1): RawInfoboxRow {
	const [key, ...value] = raw.replace(/^- /, '').split(':');
	return { key: key!.trim(), value: value.join(':').trim(), line, raw };
}
