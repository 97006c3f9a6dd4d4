import * as l10n from '@vscode/l10n';
import { Lines, type TextEdit } from '../edits/textEdit';
import type { EditOutcome } from '../edits/progressEdits';
import type { PlanNode } from '../model';
import { allLinks } from './dayContent';

/** `a/b/c` relative to folder `a/x` is `../b/c`; both are `/`-separated paths from the same root. */
export function relativePosix(fromFolder: string, to: string): string {
  const from = fromFolder.split('/').filter(Boolean);
  const target = to.split('/').filter(Boolean);
  let common = 0;
  while (common < from.length && common < target.length - 1 && from[common] === target[common]) common++;
  return [...Array(from.length - common).fill('..'), ...target.slice(common)].map((s) => encodeURI(s)).join('/');
}

function lineEnding(text: string): string {
  const match = /\r\n|\n|\r/.exec(text);
  return match ? match[0] : '\n';
}

/**
 * Adds `- **Lab:** [day-031](target)` right under the day's heading, once: nothing if the day already
 * links to the target or has a Lab field. Before a paragraph a blank line follows, so the paragraph
 * does not become part of the new list item; before a list the link simply joins that list.
 */
export function addLabLink(text: string, day: PlanNode, label: string, target: string): EditOutcome {
  if (day.kind !== 'day') return { ok: false, message: l10n.t('"{0}" is not a day', day.title) };
  if (allLinks(day).some((l) => decodeURI(l.target) === decodeURI(target)) || day.fields.some((f) => /^lab$/i.test(f.name))) {
    return { ok: true, edits: [], summary: l10n.t('{0} already links to its lab', day.title) };
  }
  const lines = new Lines(text);
  const eol = lineEnding(text);
  const entry = `- **Lab:** [${label}](${target})`;
  let edit: TextEdit;
  // A setext heading (`Day 5` over `===`) ends on its underline: the link goes below that, not between.
  let last = day.line;
  const atx = /^(?:\s*(?:>|[-*+]|\d{1,9}[.)])[ \t]+)*\s*#{1,6}(?:[ \t]|$)/.test(lines.at(day.line));
  if (!atx) {
    // Its text may run over several lines; the underline is the first === or --- line of the paragraph.
    for (let i = day.line + 1; i < lines.count && lines.at(i).trim() !== ''; i++) {
      if (/^ {0,3}(=+|-+)[ \t]*$/.test(lines.at(i))) {
        last = i;
        break;
      }
    }
  }
  if (last + 1 >= lines.count) {
    const end = lines.at(last).length;
    edit = { range: { start: { line: last, character: end }, end: { line: last, character: end } }, newText: eol + entry };
  } else {
    const next = lines.at(last + 1);
    const beforeParagraph = next.trim() !== '' && !/^\s*([-*+]|\d{1,9}[.)])(\s|$)/.test(next);
    const at = { line: last + 1, character: 0 };
    edit = { range: { start: at, end: at }, newText: entry + eol + (beforeParagraph ? eol : '') };
  }
  return { ok: true, edits: [edit], summary: l10n.t('Linked {0} to its lab', day.title) };
}
