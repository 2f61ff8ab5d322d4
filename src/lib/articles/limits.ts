/**
 * Limits on one article, so that one bad file cannot make the whole site unusable (every page
 * carries titles; country pages carry the whole article). Documented in the README.
 */

/** An article file larger than this is an error (the longest real one is about 12 KB). */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

/** A title longer than this, in characters, is an error ("… relations" titles are under 80). */
export const MAX_TITLE_LENGTH = 200;

/** More infobox rows than this with one key is an error; a second one is already a warning. */
export const MAX_ROWS_PER_KEY = 10;
