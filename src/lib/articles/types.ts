/** Private types of the article pipeline (shared ones live in src/lib/types.ts). */
import type { Article, Problem } from '../types';

/** One `- Key: value` line as written, before it is given a label. */
export interface RawInfoboxRow {
	key: string;
	value: string;
	line: number;
	/** The line verbatim (trimmed), e.g. `- Mission2: Embassy of Palestine, Dhaka`. */
	raw: string;
}

/** A paragraph of prose with where it stands. */
export interface Paragraph {
	text: string;
	/** 1-based line of its first character. */
	line: number;
	/** Offsets in `text` where each later source line begins, with that line's number. */
	breaks: { offset: number; line: number }[];
	/** Title of the content section it belongs to; `null` for the lead. */
	section: string | null;
}

/** How the title was found. */
export type TitleSource = 'title-line' | 'infobox' | 'first-sentence';

/** Output of textToArticle: the article's parts, where they stand, and what was wrong. */
export interface ParsedText {
	/** `infobox` rows carry the bare key as label until infoboxToRows names the parties. */
	article: Article;
	/** `null` when no title could be found (an error problem is present). */
	title: string | null;
	titleLine: number;
	titleSource: TitleSource | null;
	infobox: RawInfoboxRow[];
	/** Lead and content-section paragraphs, in order: the prose attributes are read from. */
	paragraphs: Paragraph[];
	problems: Problem[];
}
