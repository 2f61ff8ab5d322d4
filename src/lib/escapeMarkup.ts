/**
 * Escapes the characters that could end an attribute value or start markup, for text written
 * into HTML or SVG markup (element content or a quoted attribute).
 * @example escapeMarkup('<b>"A" & B</b>') // '&#60;b&#62;&#34;A&#34; &#38; B&#60;/b&#62;'
 */
export const escapeMarkup = (text: string) =>
	text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
