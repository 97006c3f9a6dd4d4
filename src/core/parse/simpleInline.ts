import Token from 'markdown-it/lib/token.mjs';

/**
 * Most lines of a plan are either plain text or a bold field (`- **Task (30 min):** Study X`). For
 * those two shapes the inline tokens are known without running markdown-it's inline rules, which
 * are the costly part of a parse. Anything with another inline construct, or any doubt, returns null
 * and goes through markdown-it; a test compares the results with a full parse on generated input.
 */

/** Characters that can start an inline construct (besides `**`), line breaks, and linkify triggers. */
const SPECIAL = /[*_`[\]!<>&\\~\n\r]|:\/\/|mailto:|www\./i;
const BOLD_PREFIX = /^\*\*([^*]+?)\*\*([^*]*)$/;

function text(content: string): Token {
  const token = new Token('text', '', 0);
  token.content = content;
  return token;
}

export function simpleInlineChildren(content: string): Token[] | null {
  if (!SPECIAL.test(content)) return [text(content)];
  const bold = BOLD_PREFIX.exec(content);
  if (!bold) return null;
  const [, label, rest] = bold;
  // The pair must open and close by CommonMark's flanking rules: no space inside the markers, and
  // after the closing one, nothing that could make it not right-flanking.
  if (SPECIAL.test(label) || SPECIAL.test(rest) || /^\s|\s$/.test(label) || !/^(?:$|[\s:])/.test(rest)) return null;
  const open = new Token('strong_open', 'strong', 1);
  open.markup = '**';
  const close = new Token('strong_close', 'strong', -1);
  close.markup = '**';
  return [text(''), open, text(label), close, text(rest)];
}
