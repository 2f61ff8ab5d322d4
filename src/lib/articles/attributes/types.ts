/** Private types of the attribute readers. */
import type { Reading } from '../../types';

/** One sentence of the prose (or one bullet of a list), with where it stands. */
export interface Sentence {
	text: string;
	/** `text` lower-cased, for the cheap keyword tests that skip most sentences. */
	lower: string;
	/** 1-based line where the sentence starts. */
	line: number;
	/** Position among the article's sentences: earlier wins ties (the lead states the present). */
	order: number;
	/** The first date in the sentence (findDate), read once. */
	date: string | undefined;
	/** Offsets where each clause starts, found once when first needed (clauseBefore). */
	clauseStarts?: number[];
}

/** A candidate reading with what ranks it against the others. */
export interface Candidate {
	reading: Reading;
	/** Stated in the present ("does not recognise"), not as history ("recognised in 1949"). */
	current: boolean;
	/** Year of the sentence's first date, 0 when none. */
	year: number;
	/** How strong the wording is: an embassy outranks an office, a verb a loose mention. */
	strength: number;
	order: number;
}

/** How an article names its country: every name, official name, short form and demonym. */
export interface Terms {
	iso3: string;
	/** The country (or a predecessor state) named anywhere. */
	mention: RegExp;
	/** The country itself named, not a predecessor. */
	own: RegExp;
	/** A clause that opens with the country ("The Kingdom of Bahrain …", "Pakistan …"). */
	atStart: RegExp;
	/** The country as owner before a noun ("Pakistan's embassy", "the Malaysian embassy"). */
	possessive: RegExp;
	/** Predecessor states read as the country ("the USSR" for Russia), matched at a clause start. */
	predecessor: RegExp | null;
}
