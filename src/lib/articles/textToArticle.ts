import type { Article, InfoboxRow, Problem, Section } from '../types';
import type { Paragraph, ParsedText, RawInfoboxRow, TitleSource } from './types';
import { MAX_TITLE_LENGTH } from './limits';
import { splitSentences } from './splitSentences';

const LINE_BREAK = /\r\n|\r|\n/;
/**
 * Read as spaces: tabs, and U+2028/U+2029 (line and paragraph separators), which no editor
 * shows as a line end but which JavaScript's `.` and `$` treat as one, so a row holding one
 * would end the infobox.
 */
const SPACE_LIKE = /[\t\u2028\u2029]/g;
const TITLE_LINE = /^=(?!=)\s*(.*?)\s*(?<!=)=$/;
const HEADING = /^(=+)\s*(.*?)\s*(=+)$/;
const INFOBOX_START = /^\{{0,2}\s*infobox\b/i;
const INFOBOX_ITEM = /^[-*•|]\s*(.*)$/;
const BARE_INFOBOX_ITEM = /^[A-Za-z][A-Za-z0-9_]{0,40}\s*:/;
const BULLET = /^[-*•]\s+/;
/** A line ending like this ends its paragraph; other line breaks are soft wraps. */
const PARAGRAPH_END = /[.!?:;"”’')\]]$/;
const TITLE_SUBJECT =
	/^(.{2,160}?)\s+(?:\([^)]*\)\s+)?(?:refers?|refer|is|are|was|were|has|have|had|describes?|concerns?|covers?|comprises?|encompass(?:es)?)\b/i;
const RELATIONS_SUBJECT = /^(?:the\s+)?(.{2,160}?\brelations?)\b/i;

/** Sections that are apparatus, not content. */
const SEE_ALSO = new Set(['see also']);
const EXTERNAL_LINKS = new Set(['external links', 'external link', 'links']);
const APPARATUS = new Set([
	'references',
	'notes',
	'footnotes',
	'citations',
	'sources',
	'further reading',
	'bibliography',
	'works cited',
	'notes and references',
	'references and notes',
	'literature'
]);

type Kind = 'lead' | 'content' | 'seeAlso' | 'externalLinks' | 'apparatus';

interface Block {
	kind: Kind;
	title: string;
	level: number;
	line: number;
	lines: { text: string; line: number }[];
}

/**
 * Stage 1 of the pipeline: splits an article's text into title, infobox rows, lead, sections,
 * See also and External links, keeping line numbers and collecting problems. Never throws.
 * @example textToArticle('= A–Palestine relations =\n\nLead.', 'a.txt').article.summary // 'Lead.'
 */
export function textToArticle(text: string, file: string): ParsedText {
	const problems: Problem[] = [];
	const article: Article = {
		file,
		title: '',
		summary: '',
		infobox: [],
		sections: [],
		seeAlso: [],
		externalLinks: []
	};
	const result: ParsedText = {
		article,
		title: null,
		titleLine: 1,
		titleSource: null,
		infobox: [],
		paragraphs: [],
		problems
	};
	const source = typeof text === 'string' ? text : '';
	const lines = source
		.replace(/^\uFEFF/, '')
		.split(LINE_BREAK)
		.map((l) => l.replace(SPACE_LIKE, ' ').trimEnd());
	if (lines.every((l) => l.trim() === '')) {
		problems.push({
			severity: 'error',
			file,
			line: 1,
			message: 'the file is empty',
			hint: 'write the article text, starting with a `= Country–Palestine relations =` line'
		});
		return result;
	}

	// Stage: title line.
	let i = 0;
	while (i < lines.length && lines[i]!.trim() === '') i++;
	const titleMatch = TITLE_LINE.exec(lines[i]!.trim());
	if (titleMatch && titleMatch[1]) {
		result.title = titleMatch[1];
		result.titleLine = i + 1;
		result.titleSource = 'title-line';
		i++;
	}

	// Stage: blocks by heading; the infobox is read where it stands in the lead.
	const blocks: Block[] = [{ kind: 'lead', title: '', level: 0, line: i + 1, lines: [] }];
	let current = blocks[0]!;
	let seenLeadText = false;
	for (; i < lines.length; i++) {
		const trimmed = lines[i]!.trim();
		const heading = trimmed.startsWith('=') ? HEADING.exec(trimmed) : null;
		if (heading && heading[2]) {
			const level = Math.min(heading[1]!.length, heading[3]!.length);
			const title = heading[2];
			const parent = blocks.length > 1 ? current : null;
			current = {
				kind: kindOf(title, level, parent),
				title,
				level,
				line: i + 1,
				lines: []
			};
			blocks.push(current);
			continue;
		}
		if (current.kind === 'lead' && !seenLeadText && INFOBOX_START.test(trimmed)) {
			i = readInfobox(lines, i, result.infobox, problems, file) - 1;
			continue;
		}
		if (current.kind === 'lead' && trimmed) seenLeadText = true;
		current.lines.push({ text: trimmed, line: i + 1 });
	}

	// Stage: paragraphs, sections, lists.
	const lead = blocks[0]!;
	const leadParagraphs = toParagraphs(lead.lines, null);
	result.paragraphs.push(...leadParagraphs);
	article.summary = leadParagraphs.map((p) => p.text).join('\n\n');
	for (let b = 1; b < blocks.length; b++) {
		const block = blocks[b]!;
		if (block.kind === 'seeAlso') article.seeAlso.push(...listItems(block));
		else if (block.kind === 'externalLinks') article.externalLinks.push(...listItems(block));
		else if (block.kind === 'content') {
			const paragraphs = toParagraphs(block.lines, block.title);
			result.paragraphs.push(...paragraphs);
			const section: Section = {
				title: block.title,
				level: block.level,
				text: paragraphs.map((p) => p.text).join('\n\n')
			};
			article.sections.push(section);
			const next = blocks[b + 1];
			const hasSubsections = next !== undefined && next.level > block.level;
			if (!section.text && !hasSubsections) {
				problems.push({
					severity: 'warning',
					file,
					line: block.line,
					message: `section "${block.title}" is empty`,
					hint: 'write its text or remove the heading'
				});
			}
		}
	}

	// Stage: infobox rows (labels are given by infoboxToRows once the parties are known).
	article.infobox = result.infobox.map((r): InfoboxRow => ({
		key: r.key,
		label: r.key,
		value: r.value,
		line: r.line
	}));

	// Stage: title from the infobox or the first sentence when there is no title line.
	if (result.title === null) {
		const fromInfobox = result.infobox.find((r) => r.key.toLowerCase() === 'title' && r.value);
		const first = leadParagraphs[0] ?? result.paragraphs[0];
		const subject = first ? titleFromSentence(first.text) : null;
		if (fromInfobox) setTitle(fromInfobox.value, fromInfobox.line, 'infobox');
		else if (subject && first) setTitle(subject, first.line, 'first-sentence');
		else {
			problems.push({
				severity: 'error',
				file,
				line: first?.line ?? 1,
				message: first ? 'no title found' : 'the article has no text',
				hint:
					'start the file with a title line such as `= Ghana–Palestine relations =`, ' +
					'or a first sentence such as "Ghana–Palestine relations refer to …"'
			});
		}
	}
	if (result.title !== null && result.title.length > MAX_TITLE_LENGTH) {
		problems.push({
			severity: 'error',
			file,
			line: result.titleLine,
			message: `the title is ${result.title.length} characters long; the limit is ${MAX_TITLE_LENGTH}`,
			hint: 'write a title such as `= Ghana–Palestine relations =` (every page of the site shows titles)'
		});
		result.title = null;
	}
	article.title = result.title ?? '';
	return result;

	function setTitle(title: string, line: number, sourceKind: TitleSource) {
		result.title = title;
		result.titleLine = line;
		result.titleSource = sourceKind;
	}
}

/** Classifies a heading; headings below See also, References, … share their parent's kind. */
function kindOf(title: string, level: number, parent: Block | null): Kind {
	const key = title
		.toLowerCase()
		.replace(/[^a-z ]+/g, '')
		.trim();
	if (SEE_ALSO.has(key)) return 'seeAlso';
	if (EXTERNAL_LINKS.has(key)) return 'externalLinks';
	if (APPARATUS.has(key)) return 'apparatus';
	if (parent && parent.kind !== 'content' && parent.kind !== 'lead' && level > parent.level)
		return parent.kind;
	return 'content';
}

/** Reads `- Key: value` lines after an `Infobox` line; returns the index after the infobox. */
function readInfobox(
	lines: string[],
	start: number,
	rows: RawInfoboxRow[],
	problems: Problem[],
	file: string
): number {
	let i = start + 1;
	while (i < lines.length && lines[i]!.trim() === '') i++;
	for (; i < lines.length; i++) {
		const raw = lines[i]!.trim();
		const item = INFOBOX_ITEM.exec(raw);
		if (!item && !BARE_INFOBOX_ITEM.test(raw)) break;
		const body = item ? item[1]! : raw;
		const colon = body.indexOf(':');
		const key = colon > 0 ? body.slice(0, colon).trim() : '';
		if (colon <= 0 || !key) {
			problems.push({
				severity: 'error',
				file,
				line: i + 1,
				message: `infobox line has no "Key:" part: "${raw}"`,
				hint: 'write it as `- Key: value`'
			});
			continue;
		}
		rows.push({ key, value: body.slice(colon + 1).trim(), line: i + 1, raw });
	}
	return i;
}

/** Joins a block's lines into paragraphs: blank lines and sentence-final line ends break them. */
function toParagraphs(
	lines: { text: string; line: number }[],
	section: string | null
): Paragraph[] {
	const paragraphs: Paragraph[] = [];
	let open: Paragraph | null = null;
	let openIsList = false;
	for (const { text, line } of lines) {
		if (!text) {
			open = null;
			continue;
		}
		const isList = BULLET.test(text);
		if (open && (isList !== openIsList || (!isList && PARAGRAPH_END.test(open.text)))) open = null;
		if (!open) {
			open = { text, line, breaks: [], section };
			openIsList = isList;
			paragraphs.push(open);
			continue;
		}
		open.text += isList ? '\n' : ' ';
		open.breaks.push({ offset: open.text.length, line });
		open.text += text;
	}
	return paragraphs;
}

/** The items of a See also / External links block: one per line, bullets removed. */
function listItems(block: Block): string[] {
	return block.lines.map((l) => l.text.replace(BULLET, '').trim()).filter(Boolean);
}

/** The subject of an article's first sentence: "X–Palestine relations refer to …" → "X–Palestine relations". */
function titleFromSentence(paragraph: string): string | null {
	const sentence = splitSentences(paragraph)[0]?.text ?? '';
	const relations = RELATIONS_SUBJECT.exec(sentence);
	if (relations && /[-‐‑‒–—―−]|\band\b/.test(relations[1]!)) {
		const subject = relations[1]!;
		// "Relations between A and B are …" names the pair after the word "relations".
		if (/^relations?$/i.test(subject.trim())) return null;
		return subject;
	}
	const between =
		/^((?:the\s+)?relations?\s+between\s+.{2,120}?)\s+(?:are|is|were|was|have|has)\b/i.exec(
			sentence
		);
	if (between) return between[1]!;
	const subject = TITLE_SUBJECT.exec(sentence);
	return subject ? subject[1]! : null;
}
