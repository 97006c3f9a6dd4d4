/**
 * What XML 1.0 does not allow in a document at all (C0 controls but tab and line breaks, U+FFFE, U+FFFF, a
 * lone surrogate): a badge label or a plan's title holding one made the SVG not well-formed, so it is shown
 * as U+FFFD.
 */
// eslint-disable-next-line no-control-regex -- control characters are what XML forbids
const NOT_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text and attribute values for HTML and SVG: the five characters that could end or open markup, and none XML forbids. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!).replace(NOT_XML, '\ufffd');
}
