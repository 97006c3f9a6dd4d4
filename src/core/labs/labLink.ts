import * as l10n from '@vscode/l10n';
import { Lines } from '../grammar/lines';
import { continuationPrefix, DASH_ITEM, indentColumns, isBlank, LIST_MARKER } from '../grammar/lineSyntax';
import { applyTextEdits, onLine, type TextEdit } from '../edits/textEdit';
import { buildPlan } from '../parse/buildPlan';
import { dayALine, lineBreakMark } from '../parse/paragraphDayLines';
import { inMemoryDocument } from '../document';
import { linkInRow } from '../edits/tableEdits';
import { alignedRowEdits } from '../edits/tableAlignment';
import type { EditOutcome } from '../edits/completionEdits';
import type { Link, PlanNode } from '../model';
import { allLinks, fieldLinks } from './dayContent';

/** `a/b/c` relative to folder `a/x` is `../b/c`; both are `/`-separated paths from the same root. */
export function relativePosix(fromFolder: string, to: string): string {
  const from = fromFolder.split('/').filter(Boolean);
  const target = to.split('/').filter(Boolean);
  let common = 0;
  // Past the end of `from`, from[common] is undefined: never equal to a segment.
  while (common < target.length - 1 && from[common] === target[common]) common++;
  return [...Array(from.length - common).fill('..'), ...target.slice(common)].map((s) => encodeURI(s)).join('/');
}

/** A line in the heading's container with nothing in it (`>` in a blockquote). */
function isEmptyIn(line: string, prefix: string): boolean {
  return isBlank(line) || (line.startsWith(prefix.trimEnd()) && isBlank(line.slice(prefix.trimEnd().length)));
}

/**
 * Whether a line, read in the heading's container, is indented enough to become part of a list item
 * inserted above it (two columns: the width of `- `), even after a blank line: indented code or a
 * nested list would then change meaning.
 */
function wouldJoinAListItem(line: string, prefix: string): boolean {
  // In columns, tabs to their stops: `\t1. [ ] Day 0` under a heading in an item (`- ### Day 4`, its prefix two
  // spaces) joined the new item, not starting with the prefix's spaces (a fuzz run's).
  return joinsNewItem(line, prefix, '-');
}

/**
 * A paragraph day's link. After a day a line in a paragraph of such days (paragraphDayLines.ts), a line of the day's own
 * text, ended as the day's line is (a hard break's `\\` or two spaces): blank lines there would end the paragraph after
 * a `\\`, which then reads as a backslash, or turn a day indented below into code. Else a paragraph of its own after the
 * day's paragraph, blank lines around it. Whichever is written is parsed again: every day must read as it did.
 */
function paragraphLink(text: string, lines: Lines, day: PlanNode, eol: string, paragraph: string): EditOutcome {
  const body = day.bodyLine;
  const places: TextEdit[] = [];
  // The last day of such a paragraph too: a paragraph after it would take in the next day's line the learner adds.
  if (dayALine(lines, day)) {
    const last = lines.at(body - 1);
    const ending = lineBreakMark(last);
    if (body < lines.count) {
      const at = { line: body, character: 0 };
      places.push({ range: { start: at, end: at }, newText: paragraph + ending + eol });
    } else {
      const at = { line: lines.count - 1, character: lines.at(lines.count - 1).length };
      places.push({ range: { start: at, end: at }, newText: eol + paragraph + ending });
    }
  }
  if (body >= lines.count) {
    const last = lines.count - 1;
    const end = lines.at(last).length;
    places.push({ range: { start: { line: last, character: end }, end: { line: last, character: end } }, newText: eol + eol + paragraph });
  } else {
    const at = { line: body, character: 0 };
    places.push({ range: { start: at, end: at }, newText: isBlank(lines.at(body)) ? eol + paragraph + eol : eol + paragraph + eol + eol });
  }
  const before = dayTitles(text);
  for (const edit of places) {
    const after = applyTextEdits(text, [edit]);
    if (dayTitles(after) === before) return { ok: true, edits: [edit], summary: l10n.t('Linked {0} to its lab', day.title) };
  }
  return { ok: false, message: l10n.t('a lab link cannot be placed under {0} without changing the days around it; add "{1}" under the day by hand', day.title, paragraph) };
}

/** Every day of the text as parsed, by number and title: what a link must leave as it was. */
function dayTitles(text: string): string {
  return buildPlan(inMemoryDocument('', text)).days.map((day) => `${day.number}:${day.title}`).join('\n');
}

/** The link on the day's `Lab:` line, if it has one (the lab it names, or names wrongly). */
export function labFieldLink(day: PlanNode): Link | undefined {
  const field = day.fields.find((f) => /^lab$/i.test(f.name));
  return field && fieldLinks(day, field, day.links)[0];
}

/** A list item's indentation and marker at the start of a line (after its quotes). */
const NESTED_ITEM = new RegExp(`^([ \\t]*)(${LIST_MARKER})(?:[ \\t]|$)`);

/**
 * How an item day's link item is written before `next`, the line after the day's text: where `next` is an item of a
 * list nested in the day (indented at least to the day's content, tabs counted to their stop), as indented as it and
 * with its bullet (`-` before a numbered list); else at the day's content column, with `-`.
 */
function itemDayEntry(next: string, prefix: string): { lead: string; bullet: string } {
  const indent = /[ \t]*$/.exec(prefix)![0];
  const quotes = prefix.slice(0, prefix.length - indent.length);
  const match = next.startsWith(quotes) ? NESTED_ITEM.exec(next.slice(quotes.length)) : null;
  if (!match || indentColumns(next, quotes.length) < indentColumns(prefix, quotes.length)) return { lead: prefix, bullet: '-' };
  return { lead: quotes + match[1], bullet: match[2] === '*' || match[2] === '+' ? match[2] : '-' };
}

/** Whether `line`, after blank lines, goes on the item `lead` + `bullet` would start: indented to its text or more. */
function joinsNewItem(line: string, lead: string, bullet: string): boolean {
  const indent = /[ \t]*$/.exec(lead)![0];
  const quotes = lead.slice(0, lead.length - indent.length);
  if (!line.startsWith(quotes)) return false;
  // Both counted from the end of the quotes, tab stops from the line's start (a tab after `> ` reaches two columns).
  return line.slice(quotes.length).trim() !== '' && indentColumns(line, quotes.length) >= indentColumns(lead, quotes.length) + bullet.length + 1;
}

/**
 * Adds the lab link right under the day's heading (below a setext underline), once: nothing if the
 * day already links to the target or has a Lab field. The new line sits in the heading's container
 * (inside its blockquote, at its list item's column), and never changes what follows:
 * - before a `-` list in the same container, `- **Lab:** [day-031](target)` joins that list;
 * - otherwise a blank line separates the link from the next block, and if that block is indented
 *   (indented code, a nested list) the link is a paragraph `**Lab:** [...]`, which cannot swallow it.
 * A table day gets the link at the end of its title cell; a paragraph day a paragraph after its own; an item day
 * (`- [ ] Day 2: JOINs`) an item nested in it.
 */
export function addLabLink(text: string, day: PlanNode, label: string, target: string): EditOutcome {
  if (day.kind !== 'day') return { ok: false, message: l10n.t('"{0}" is not a day', day.title) };
  if (allLinks(day).some((l) => decodeURI(l.target) === decodeURI(target)) || day.fields.some((f) => /^lab$/i.test(f.name))) {
    return { ok: true, edits: [], summary: l10n.t('{0} already links to its lab', day.title) };
  }
  const lines = new Lines(text);
  // The new line ends as the day's heading does (in a file of mixed line endings, as the lines around it).
  const eol = lines.breakAfter(Math.max(0, Math.min(day.bodyLine, lines.count) - 1));
  const link = `[${label}](${target})`;
  if (day.cells) {
    // A table day (only a table row has cells) gets the link in its title cell: a new line would end the table.
    const edit = linkInRow(lines.at(day.line), day.cells, link);
    if (!edit) return { ok: false, message: l10n.t('the row of {0} has no title cell', day.title) };
    return { ok: true, edits: alignedRowEdits(lines, day.line, [edit]).map((e) => onLine(day.line, e)), summary: l10n.t('Linked {0} to its lab', day.title) };
  }
  if (day.form === 'paragraph') return paragraphLink(text, lines, day, eol, `**Lab:** ${link}`);
  const prefix = continuationPrefix(lines.at(day.line));
  const item = `- **Lab:** ${link}`;
  const body = day.bodyLine;
  let edit: TextEdit;
  if (body >= lines.count) {
    const last = lines.count - 1;
    const end = lines.at(last).length;
    edit = { range: { start: { line: last, character: end }, end: { line: last, character: end } }, newText: eol + prefix + item };
  } else {
    const next = lines.at(body);
    const at = { line: body, character: 0 };
    const nested = day.form === 'item' ? itemDayEntry(next, prefix) : null;
    if (nested) {
      // Blank lines, then a block indented to the new item's text: that block would become the link's (indented code
      // under the day read as the link's paragraph: a fuzz run's). Refused: nothing else is written in its place.
      let following = body;
      while (following < lines.count && isEmptyIn(lines.at(following), prefix)) following++;
      if (following > body && following < lines.count && joinsNewItem(lines.at(following), nested.lead, nested.bullet)) {
        return { ok: false, message: l10n.t('the indented text under {0} would become part of the link; add the link by hand', day.title) };
      }
      // An item day's link is an item nested in it, always (a paragraph or a blank line would join its title or make
      // the learner's tight list loose): joining its nested list, as indented and with its bullet, or before what ends it.
      edit = { range: { start: at, end: at }, newText: nested.lead + nested.bullet + item.slice(1) + eol };
    } else if (next.startsWith(prefix) && DASH_ITEM.test(next.slice(prefix.length))) {
      edit = { range: { start: at, end: at }, newText: prefix + item + eol };
    } else {
      let following = body;
      while (following < lines.count && isEmptyIn(lines.at(following), prefix)) following++;
      const paragraph = following < lines.count && wouldJoinAListItem(lines.at(following), prefix);
      const entry = prefix + (paragraph ? item.slice(2) : item) + eol;
      const separator = isEmptyIn(next, prefix) ? '' : prefix.trimEnd() + eol;
      edit = { range: { start: at, end: at }, newText: entry + separator };
    }
  }
  return { ok: true, edits: [edit], summary: l10n.t('Linked {0} to its lab', day.title) };
}
