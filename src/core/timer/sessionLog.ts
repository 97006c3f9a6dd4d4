/**
 * Study sessions written into the plan: `- ⏱ 2026-11-22 19:05-19:50 (45 min)` lines under a day (the
 * timer's and `learning-plans log`'s one format, grammar/dayMarks.ts); what they add up to is sessionTotals.ts.
 */
import * as l10n from '@vscode/l10n';
import type { EditOutcome } from '../edits/completionEdits';
import { applyTextEdits, Lines, type TextEdit } from '../edits/textEdit';
import { inMemoryDocument } from '../document';
import { buildPlan } from '../parse/buildPlan';
import { continuationPrefix, HTML_INTERRUPTS, isAtxHeadingLine, isBlank, LIST_MARKER, OPENS_BLOCK, QUOTE_MARKERS, quotedIndentColumns, unquoted, withoutContainers } from '../grammar/lineSyntax';
import { pauseText, readSessionMark, sessionText, type PauseMark, type SessionMark } from '../grammar/dayMarks';
import type { ParsedPlan, PlanNode, StudySession } from '../model';
import { formatMinutes } from '../study/duration';
import { dayName as dayLabel } from '../nodeLabels';
import { isLearningsHeading } from '../review/cards';
import { hoursOf, minutesByDate, minutesOnDates } from './sessionTotals';
import { dayALine, lineBreakMark } from '../parse/paragraphDayLines';

export type { SessionMark };


/** Where the day's own content ends: before its first sub-heading (or the table of its first row day), else where the day ends. */
function ownEnd(lines: Lines, day: PlanNode): number {
  const child = day.children.find((node) => node.line >= day.bodyLine);
  if (!child) return day.endLine;
  let end = child.line;
  if (child.form === 'tableRow') while (end - 1 >= day.bodyLine && !isBlank(lines.at(end - 1)) && lines.at(end - 1).includes('|')) end--;
  return end;
}

const CLOSING_FENCE = /^(?:`{3,}|~{3,})[ \t]*$/;
/** A list item's first line: the new item before it needs no blank line (one would make a tight list loose). */
const LIST_ITEM_START = new RegExp(`^ {0,3}${LIST_MARKER}(?:[ \\t]|$)`);
function quoteDepth(line: string): number {
  const markers = QUOTE_MARKERS.exec(line);
  return markers ? markers[0].split('>').length - 1 : 0;
}


/** The last line of the day's own content in its container (its heading's line when it has none), or a refusal. */
function lastContentLine(lines: Lines, plan: ParsedPlan, day: PlanNode, prefix: string): number | string {
  let end = Math.min(ownEnd(lines, day), lines.count);
  // A day headed inside a blockquote or a list item ends with it; a line right after paragraph text continues it lazily.
  if (prefix !== '') {
    // Inside: as deep in quotes as the heading, then (in a list item) indented as far as its content.
    const depth = quoteDepth(prefix);
    // In columns inside the quotes, tabs to their stops from the line's start (`>\t more` is indented three: counted
    // after the whole tab, it read as one, and a session went above the day's last paragraph).
    const indent = quotedIndentColumns(prefix);
    for (let line = day.bodyLine; line < end; line++) {
      const text = lines.at(line);
      const content = unquoted(text);
      const inside = quoteDepth(text) >= depth && (isBlank(content) || quotedIndentColumns(text) >= indent);
      const previous = line > day.bodyLine ? lines.at(line - 1) : '';
      const lazy = !isBlank(content) && !OPENS_BLOCK.test(content) && !HTML_INTERRUPTS.test(content) && !isBlank(withoutContainers(previous)) && !isAtxHeadingLine(previous);
      if (!inside && !lazy) {
        end = line;
        break;
      }
    }
  }
  const lastBefore = (stop: number): number => {
    for (let line = stop - 1; line >= day.bodyLine; line--) if (!isBlank(withoutContainers(lines.at(line)))) return line;
    return day.bodyLine - 1;
  };
  const last = lastBefore(end);
  const block = plan.literalBlocks.find(([start, stop]) => last >= start && last < stop);
  if (block) {
    const opening = withoutContainers(lines.at(block[0])).trimStart();
    const fenced = opening.startsWith('```') || opening.startsWith('~~~');
    // A fence that is not closed runs to the end of the file: the session goes before it.
    if (fenced && (last === block[0] || last !== block[1] - 1 || !CLOSING_FENCE.test(withoutContainers(lines.at(last)).trim()))) {
      return block[0] > day.bodyLine - 1 ? lastBefore(block[0]) : l10n.t('{0} ends inside a code block that is not closed: close it (```) and log again', dayLabel(day));
    }
  }
  return last;
}

/**
 * The insertion of `item` after line `after`: blank lines (in the container) before it when the line is
 * the end of an HTML block, and after it when text follows that would continue the new item lazily.
 */
function insertAfter(lines: Lines, plan: ParsedPlan, after: number, prefix: string, item: string): TextEdit {
  const eol = lines.breakAfter(after);
  const blank = eol + prefix.trimEnd();
  const block = plan.literalBlocks.find(([start, stop]) => after >= start && after < stop);
  const htmlBefore = block !== undefined && withoutContainers(lines.at(block[0])).trimStart().startsWith('<');
  const next = after + 1 < lines.count ? lines.at(after + 1) : null;
  const textAfter = next !== null && !isBlank(withoutContainers(next)) && !isAtxHeadingLine(next) && !LIST_ITEM_START.test(unquoted(next));
  const at = { line: after, character: lines.at(after).length };
  return { range: { start: at, end: at }, newText: (htmlBefore ? blank : '') + eol + prefix + item + (textAfter ? blank : '') };
}

/** What the edit must leave alone: every node's kind, title and progress, every task. */
function structure(node: PlanNode): string {
  return `${node.kind}|${node.title}|${node.done}|${node.progress.tasksTotal}/${node.progress.daysTotal}|${node.tasks.map((t) => `${t.text}:${t.status}`).join(',')}[${node.children.map(structure).join(';')}]`;
}

function sessionCount(node: PlanNode): number {
  return node.sessions.length + node.children.reduce((n, child) => n + sessionCount(child), 0);
}

/** Every session line of the plan, in document order. */
function sessionsOf(node: PlanNode, into: StudySession[] = []): StudySession[] {
  into.push(...node.sessions);
  for (const child of node.children) sessionsOf(child, into);
  return into;
}

function pauseCount(node: PlanNode): number {
  return node.pauses.length + node.children.reduce((n, child) => n + pauseCount(child), 0);
}

/**
 * Appends `- ⏱ ...` after the last line of the day's own content (its last list item, paragraph or closed
 * code block; before its sub-headings), in the heading's container (`> ` in a blockquote), with the file's
 * line break. The result is parsed again before it is offered: if the line would not read as the day's
 * session, or would change anything else of the plan (a lazily continued paragraph, an HTML block), the
 * line right under the heading is tried, and if that fails too the edit is refused. A day in a table has
 * no line of its own to write under: refused.
 */
export function logSession(text: string, plan: ParsedPlan, day: PlanNode, session: SessionMark, options: { readonly measured?: boolean } = {}): EditOutcome {
  // A day has 24 hours: `log 20h` run twice made 40 h of study on one date (a learner's heatmap said so). A session
  // the study timer measured is time that passed: written (refused, the timer would stay stuck on it).
  // Its hours past midnight count for the next date (a hostile trial's 23:50 session of 24 h filled its start date).
  const logged = options.measured ? null : minutesByDate([plan], true);
  for (const [date, minutes] of logged === null ? [] : minutesOnDates(session)) {
    const before = logged!.get(date) ?? 0;
    if (before + minutes > 24 * 60) {
      return { ok: false, message: l10n.t('{0} is logged on {1} in this plan already: {2} more would make more than 24 h that day', formatMinutes(before), date, formatMinutes(minutes)) };
    }
  }
  // A session with its hours that overlaps one logged with its hours cannot be another: the same command run twice
  // (a trial's `--from 19:05` was written twice). Refused, with the line that holds it. One past midnight (`23:30` to
  // `00:30`) runs into the next date, where a session from `00:00` overlaps it (a trial's half hour counted twice).
  const hours = options.measured ? null : hoursOf(session);
  const overlapping = hours === null ? undefined : sessionsOf(plan.root).find((s) => {
    const other = hoursOf(s);
    return other !== null && other.from < hours.to && hours.from < other.to;
  });
  if (overlapping) {
    return { ok: false, message: l10n.t('a session from {0} to {1} on {2} is logged on line {3} already, and this one ({4} to {5}) overlaps it', overlapping.from!, overlapping.to!, overlapping.date, overlapping.line + 1, session.from!, session.to!) };
  }
  // A second line like one already there is logged (two sessions of 30 min happen) but said: a command run twice
  // by mistake counts twice (a learner's report).
  const same = day.sessions.some((s) => s.date === session.date && s.minutes === session.minutes && s.from === session.from && s.to === session.to);
  const summary = (): string => (same
    ? l10n.t('Logged {0} on {1}; the same session was logged there before, and both count (remove a line if this was it)', formatMinutes(session.minutes), dayLabel(day))
    : l10n.t('Logged {0} on {1}', formatMinutes(session.minutes), dayLabel(day)));
  if (day.form === 'tableRow') return logBelowTable(text, plan, day, session, summary);
  return appendDayLine(text, plan, day, `- ${sessionText(session, formatMinutes)}`, sessionCount, (node) => node.sessions, summary);
}

/**
 * A session of a table's row, which has no line of its own: below the table (after the sessions logged there), naming
 * the row as its day column does (`- ⏱ 2026-11-28 (45 min) · Day 3`), which the parser gives to that row (a trial's
 * table plan could log no time at all). Parsed again before it is offered, as a line under a heading is.
 */
function logBelowTable(text: string, plan: ParsedPlan, day: PlanNode, session: SessionMark, summary: () => string): EditOutcome {
  const lines = new Lines(text);
  const prefix = continuationPrefix(lines.at(day.line));
  const colon = day.title.indexOf(': ');
  const mark = sessionText({ ...session, day: colon > 0 ? day.title.slice(0, colon) : day.title }, formatMinutes);
  // Where the table ends as markdown reads it: a line of text right after it is a row too (GFM), a block ends it.
  let end = day.line;
  while (end + 1 < lines.count && !isBlank(unquoted(lines.at(end + 1))) && !OPENS_BLOCK.test(unquoted(lines.at(end + 1)))) end++;
  let last = -1;
  for (let k = end + 1; k < lines.count && (last >= 0 || k <= end + 2); k++) {
    const content = withoutContainers(lines.at(k));
    if (readSessionMark(content) === null) {
      if (!isBlank(content) || last >= 0) break;
    } else last = k;
  }
  // After the sessions logged there, as they are written; else a list of its own, its bullet not that of a list
  // right after the table (which would take it in and turn loose: a review's).
  let bullet = last >= 0 ? BULLET.exec(unquoted(lines.at(last)))?.[1] ?? '-' : '-';
  if (last < 0) {
    let next = end + 1;
    while (next < lines.count && isBlank(unquoted(lines.at(next)))) next++;
    if (next < lines.count && BULLET.exec(unquoted(lines.at(next)))?.[1] === '-') bullet = '*';
  }
  const item = `${bullet} ${mark}`;
  const itemPrefix = last >= 0 ? ITEM_PREFIX.exec(lines.at(last))?.[0] ?? prefix : prefix;
  const at = { line: last >= 0 ? last : end, character: lines.at(last >= 0 ? last : end).length };
  const eol = lines.breakAfter(at.line);
  const after = at.line + 1 < lines.count ? unquoted(lines.at(at.line + 1)) : '';
  const newText = (last >= 0 ? '' : eol + prefix.trimEnd()) + eol + itemPrefix + item + (last < 0 && !isBlank(after) ? eol + prefix.trimEnd() : '');
  const edit: TextEdit = { range: { start: at, end: at }, newText };
  const index = plan.days.indexOf(day);
  const result = buildPlan(inMemoryDocument(plan.uri, applyTextEdits(text, [edit]), plan.version + 1));
  if (result.days[index]?.sessions.length === day.sessions.length + 1 && structure(result.root) === structure(plan.root)) return { ok: true, edits: [edit], summary: summary() };
  return { ok: false, message: l10n.t('a session line cannot be placed below the table of {0} without changing the text around it; add "{1}" below it by hand', dayLabel(day), item) };
}

/** A list item's bullet (`-`, `*`, `+`) after its indentation. */
const BULLET = /^[ \t]*([-*+])[ \t]/;

/** Appends `- ⏸ 2026-11-28` (a rest day that keeps the streak) under the day, placed and checked as a session line is. */
export function logPause(text: string, plan: ParsedPlan, day: PlanNode, pause: PauseMark): EditOutcome {
  const item = `- ${pauseText(pause)}`;
  const when = pause.from === pause.to ? pause.from : `${pause.from}..${pause.to}`;
  return appendDayLine(text, plan, day, item, pauseCount, (node) => node.pauses, () => l10n.t('Paused {0} under {1}', when, dayLabel(day)));
}

function appendDayLine(text: string, plan: ParsedPlan, day: PlanNode, item: string, count: (node: PlanNode) => number, marks: (node: PlanNode) => readonly { readonly line: number }[], summary: () => string): EditOutcome {
  // A plan of tasks alone has no day: its sessions go under a section (sectionLog.ts).
  if (day.kind !== 'day' && plan.days.length > 0) return { ok: false, message: l10n.t('"{0}" is not a day', day.title) };
  if (day.form === 'tableRow') return { ok: false, message: l10n.t('{0} is a row of a table: a study session cannot be written under it; give the day a heading', dayLabel(day)) };
  const lines = new Lines(text);
  const prefix = continuationPrefix(lines.at(day.line));
  const last = lastContentLine(lines, plan, day, prefix);
  if (typeof last === 'string') return { ok: false, message: last };
  const before = structure(plan.root);
  const index = plan.days.indexOf(day);
  // Lines of its kind kept under a sub-heading of the day (`#### Study log`): the new one goes after the last of
  // them, not above the sub-heading (a learner's log grew in two places).
  const kept = lastInSections(day, marks);
  const keptPrefix = kept !== null && kept >= ownEnd(lines, day) && endsItem(lines, kept) ? ITEM_PREFIX.exec(lines.at(kept)) : null;
  // Not into a list of notes a label heads (`**Key learnings**` then its items: a trial's session read as a learning).
  const labelled = labelledListStart(lines, day, last);
  const beforeLabel: [number, string][] = labelled === null ? [] : [[lastNonBlankBefore(lines, day, labelled), prefix]];
  const places: [number, string][] = [...(keptPrefix ? [[kept!, keptPrefix[0]] as [number, string]] : []), ...beforeLabel, [last, prefix], [day.bodyLine - 1, prefix]];
  const edits = places.map(([after, itemPrefix]) => insertAfter(lines, plan, after, itemPrefix, item));
  // A day a line in a paragraph of such days (paragraphDayLines.ts): the session as a line of the day's own text, ended
  // as the day's line is (the parser reads a `⏱` line of a paragraph day), first; a list item after it would end the
  // paragraph there (and after a hard break's `\`, make it a backslash in the day's title).
  // The last day of such a paragraph too: a list item after it would take in the next day's line the learner adds (a
  // trial's Day 7 was lost so).
  if (day.form === 'paragraph' && dayALine(lines, day)) {
    const last = lines.at(day.bodyLine - 1);
    const ending = lineBreakMark(last);
    const line = item.replace(/^- /, '') + ending;
    // After the lines of its kind there (a trial's second session went above its first).
    const own = new Set(marks(day).map((mark) => mark.line));
    let below = day.bodyLine;
    while (below < lines.count && own.has(below)) below++;
    if (below < lines.count) {
      const at = { line: below, character: 0 };
      edits.unshift({ range: { start: at, end: at }, newText: line + lines.breakAfter(below - 1) });
    } else {
      const at = { line: lines.count - 1, character: lines.at(lines.count - 1).length };
      edits.unshift({ range: { start: at, end: at }, newText: (lines.breakAfter(lines.count - 2) || '\n') + line });
    }
  }
  for (const edit of edits) {
    const result = buildPlan(inMemoryDocument(plan.uri, applyTextEdits(text, [edit]), plan.version + 1));
    const logged = index >= 0 ? result.days[index] : sameNode(result.root, day);
    if (logged && logged.title === day.title && count(logged) === count(day) + 1 && structure(result.root) === before) {
      return { ok: true, edits: [edit], summary: summary() };
    }
  }
  return { ok: false, message: l10n.t('a session line cannot be placed under {0} without changing the text around it; add "{1}" under the day by hand', dayLabel(day), item) };
}

/** The node of `root` at `node`'s line, of its kind (a section of a plan without days, found again after an edit). */
function sameNode(root: PlanNode, node: PlanNode): PlanNode | undefined {
  if (root.line === node.line && root.kind === node.kind) return root;
  for (const child of root.children) {
    const found = child.line <= node.line && node.line < child.endLine ? sameNode(child, node) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** A bold line alone (`**Key learnings**`, `__Notes:__`, `**Notes**:`), its words captured. Read trimmed: linear. */
const BOLD_LINE = /^(\*\*|__)([^*_]+)\1:?$/;
/** Names of notes beside those of learnings (isLearningsHeading): what a list of them is headed by. */
const NOTES_NAME = /^(?:notes?|my notes|reflections?|thoughts|summary|remarks|journal)$/i;

/**
 * Whether a line is the label of a list of notes (`**Key learnings**`, `Notes:`, `**Reflection:**`): its name is one of
 * learnings or notes; a label of anything else (`**Tasks:**`, `**Objective:** loops`) heads the day's work.
 */
function isNotesLabel(line: string): boolean {
  const text = line.trim();
  const bold = BOLD_LINE.exec(text);
  const name = bold ? bold[2].trim() : text.endsWith(':') ? text.slice(0, -1).trim() : null;
  if (name === null || name === '' || name.length > 60) return false;
  const words = name.replace(/:$/, '').trim();
  return NOTES_NAME.test(words) || isLearningsHeading(words);
}

const TASK_LINE = new RegExp(`^[ \\t]*${LIST_MARKER}[ \\t]+\\[[^\\]]\\]`);

/**
 * The line of the notes label that heads the list the day's content ends with (`**Key learnings**` above `- a`, `- b`,
 * with or without a blank line between), when that list holds no task (a list of tasks is where a session goes); null
 * when the content ends otherwise.
 */
function labelledListStart(lines: Lines, day: PlanNode, last: number): number | null {
  const text = (line: number): string => unquoted(lines.at(line));
  let start = last;
  while (start - 1 >= day.bodyLine && !isBlank(text(start - 1))) start--;
  let first = start;
  while (first <= last && !LIST_ITEM_START.test(text(first))) first++;
  if (first > last || first === day.bodyLine) return null;
  // A list of tasks is where a session goes; one holding sessions already is the log (it grows in one place).
  for (let line = first; line <= last; line++) if (TASK_LINE.test(text(line)) || /[\u23F1\u23F8]/.test(text(line))) return null;
  let label = first - 1;
  if (label < start) {
    // A blank line between: the label is a paragraph of one line above it.
    while (label >= day.bodyLine && isBlank(text(label))) label--;
    if (label < day.bodyLine || (label - 1 >= day.bodyLine && !isBlank(text(label - 1)))) return null;
  } else if (label !== start) return null;
  return isNotesLabel(text(label)) && !LIST_ITEM_START.test(text(label)) && !isAtxHeadingLine(lines.at(label)) ? label : null;
}

/** The last line with text above `line` in the day (its heading's line when there is none). */
function lastNonBlankBefore(lines: Lines, day: PlanNode, line: number): number {
  for (let k = line - 1; k >= day.bodyLine; k--) if (!isBlank(withoutContainers(lines.at(k)))) return k;
  return day.bodyLine - 1;
}

/** The last line of `marks` in the day's sub-sections (not in a day below it), or null. */
function lastInSections(day: PlanNode, marks: (node: PlanNode) => readonly { readonly line: number }[]): number | null {
  let last: number | null = null;
  const visit = (node: PlanNode): void => {
    for (const mark of marks(node)) if (last === null || mark.line > last) last = mark.line;
    for (const child of node.children) if (child.kind === 'section') visit(child);
  };
  for (const child of day.children) if (child.kind === 'section') visit(child);
  return last;
}

/** What comes before a list item's marker: quotes and indentation (the new line is written as its neighbour is). */
const ITEM_PREFIX = /^(?:[ \t]*>[ \t]?)*[ \t]*(?=[-*+][ \t])/;

/** Whether a line after `line` starts an item of its own: nothing continues the line's item (a blank line, another item, a heading, the end). */
function endsItem(lines: Lines, line: number): boolean {
  if (line + 1 >= lines.count) return true;
  const next = unquoted(lines.at(line + 1));
  return isBlank(next) || LIST_ITEM_START.test(next) || isAtxHeadingLine(next);
}
