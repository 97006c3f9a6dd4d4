/**
 * Most lines of a plan are either plain text or a bold field (`- **Task (30 min):** Study X`). For
 * those two shapes the model needs no inline tokens at all: the display text and the field can be
 * read straight from the line, skipping markdown-it's inline rules and hundreds of thousands of token
 * objects. Anything with another inline construct, or any doubt, returns null and goes through
 * markdown-it; a test compares the results with a full parse on fixtures and generated input.
 */

export interface SimpleInline {
  /** The bold label of a `**label**rest` line, or null for plain text. */
  readonly label: string | null;
  /** The text after the label (the whole content for plain text). */
  readonly rest: string;
}

/** Characters that can start an inline construct (besides `**`), line breaks, and linkify triggers. */
const SPECIAL = /[*_`[\]!<>&\\~\n\r]|:\/\/|mailto:|www\./i;
const BOLD_PREFIX = /^\*\*([^*]+?)\*\*([^*]*)$/;

export function simpleInline(content: string): SimpleInline | null {
  if (!SPECIAL.test(content)) return { label: null, rest: content };
  const bold = BOLD_PREFIX.exec(content);
  if (!bold) return null;
  const [, label, rest] = bold;
  // The pair must open and close by CommonMark's flanking rules: no space inside the markers, and
  // after the closing one, nothing that could make it not right-flanking.
  if (SPECIAL.test(label) || SPECIAL.test(rest) || /^\s|\s$/.test(label) || !/^(?:$|[\s:])/.test(rest)) return null;
  return { label, rest };
}
