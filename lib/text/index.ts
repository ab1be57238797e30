/**
 * Text that crosses from a news page (or the reader's keyboard) into a letter: the one
 * invisible-character cleaner and the citation rules. Free of campaign data and storage, so
 * the in-page panel can use it too.
 */
export { cleanLine, cleanText, hasInvisible, stripInvisible } from './clean';
export { CITE_MAX, capText, citationOf, citeHost, citeUrl, type Citation } from './citation';
