/**
 * Merging an article's reading of one attribute with the facts table's.
 */
import type { Attribute, Reading } from '../types';
import { datesAgree } from './datesAgree';

/** Number of parts of a partial date: 0 (none), 1 (year), 2 (month), 3 (day). */
const precision = (date: string | undefined) => (date ? date.split('-').length : 0);

const isKnown = (reading: Reading | undefined): reading is Reading =>
	reading !== undefined && reading.value !== 'unknown';

/**
 * The merged attribute: a known value beats `unknown`; on disagreement (value, or dates that
 * differ on the parts both give) the facts reading wins and keeps the article's as `conflict`;
 * on agreement the more informative reading is shown (the article's when it adds a city or a
 * more precise date, else the table's) and the other is kept as `agreement`.
 * @example mergeReading({ value: 'yes', date: '1988', source: 'text' }, { value: 'yes', date: '1988-11-16', source: 'facts' }) // the facts reading
 */
export function mergeReading(article: Reading | undefined, facts: Reading | undefined): Attribute {
	if (!isKnown(facts)) return article ?? { value: 'unknown' };
	if (!isKnown(article)) return facts;
	if (article.value !== facts.value || !datesAgree(article.date, facts.date))
		return { ...facts, conflict: article };
	if (article.city || precision(article.date) > precision(facts.date))
		return { ...article, agreement: facts };
	return { ...facts, agreement: article };
}
