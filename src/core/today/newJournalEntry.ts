/**
 * A session logged in a dated journal on a date it has no entry for: the entry is written with it (`## 2026-12-04`,
 * headed as the journal heads its entries, then `- ⏱ 2026-12-04 (25 min)`), where the journal's order puts it: by date
 * among its entries, forward or newest first, and in a journal kept in week sections, in the week that holds the date
 * (a new week's section, headed as the others are, where none does). A trial's `log journal.md today 25m` was refused,
 * told to add the heading by hand; another's entries all went to the end of the file.
 */
import * as l10n from '@vscode/l10n';
import type { EditOutcome } from '../edits/completionEdits';
import { applyTextEdits, Lines, type TextEdit } from '../edits/textEdit';
import { inMemoryDocument } from '../document';
import { buildPlan } from '../parse/buildPlan';
import { isBlank } from '../grammar/lineSyntax';
import { sessionText, type SessionMark } from '../grammar/dayMarks';
import type { ParsedPlan, PlanNode } from '../model';
import { formatMinutes } from '../study/duration';
import { journalEntryHeading, writtenDateIn } from './journalEntry';
import { weekHeadingLike } from './weekHeading';
import { weekStartOf } from '../parse/weekdayDates';
import { addDays, dayNumber } from '../calendar/calendarDays';

/** Whether `date` needs an entry of its own in the journal: one dated by headings, none on that date. */
export function needsNewEntry(plan: ParsedPlan, date: string): boolean {
  return plan.journal && entriesOf(plan).length > 0 && !plan.days.some((day) => day.date === date);
}

/** The journal's entries headed by a date (their title writes it: `2026-12-01`, `01.12.2026`), in the file's order. */
function entriesOf(plan: ParsedPlan): PlanNode[] {
  return plan.days.filter((day) => day.form === 'heading' && day.number === null && day.date !== null && day.level > 1 && writtenDateIn(day.title, day.date) !== null);
}

export function logInNewEntry(text: string, plan: ParsedPlan, session: SessionMark): EditOutcome {
  const entries = entriesOf(plan);
  const heading = journalEntryHeading(plan, session.date);
  if (!needsNewEntry(plan, session.date) || writtenDateIn(heading, session.date) === null) {
    return { ok: false, message: l10n.t('the journal has no entry headed by a date to write {0} beside', session.date) };
  }
  const lines = new Lines(text);
  // Newest first when the first entry is dated after the last (one entry: forward).
  const newestFirst = entries.length > 1 && entries[0].date! > entries[entries.length - 1].date!;
  const block = [heading, `- ${sessionText(session, formatMinutes)}`];
  const weeks = weekSections(plan, entries);
  let edit: TextEdit;
  if (weeks.length === 0) edit = placed(lines, entrySlots(entries), session.date, newestFirst, block);
  else {
    // A journal kept in week sections (`# Week 48 (Nov 23 – Nov 29, 2026)`): in the week that holds the date, by
    // date among its entries, or a new week's section headed as the others are (a trial's entry of the 19th went
    // to the end of the file, under the week of the 23rd).
    const week = weeks.find((w) => w.start <= session.date && session.date <= addDays(w.start, 6));
    if (week) {
      const inWeek = entries.filter((entry) => entry.line > week.node.line && entry.line < week.node.endLine);
      edit = inWeek.length > 0 ? placed(lines, entrySlots(inWeek), session.date, newestFirst, block) : after(lines, week.node, block);
    } else {
      const made = newWeek(lines, weeks, session.date, newestFirst, block);
      if (typeof made === 'string') return { ok: false, message: made };
      edit = made;
    }
  }
  const result = buildPlan(inMemoryDocument(plan.uri, applyTextEdits(text, [edit]), plan.version + 1));
  const made = result.days.filter((day) => day.date === session.date);
  if (result.days.length === plan.days.length + 1 && made.length === 1 && made[0].sessions.length === 1) {
    return { ok: true, edits: [edit], summary: l10n.t('Logged {0} in a new entry, "{1}"', formatMinutes(session.minutes), made[0].title) };
  }
  return { ok: false, message: l10n.t('a new entry for {0} cannot be written without changing the text around it; add "{1}" by hand', session.date, heading) };
}

/** A week section of a journal: the heading above its entries, and the date its title says the week starts on. */
interface WeekSection {
  readonly node: PlanNode;
  readonly start: string;
}

/**
 * The sections that hold the journal's entries, with the sections beside them, where every one of those holding
 * entries names its week's start (`Week 48 (Nov 23 – Nov 29, 2026)`, `KW 49 (30.11. – 06.12.2026)`); else none.
 */
function weekSections(plan: ParsedPlan, entries: readonly PlanNode[]): WeekSection[] {
  const holders = new Set<PlanNode>();
  for (const entry of entries) {
    const holder = parentOf(plan.root, entry);
    if (holder === undefined || holder === plan.root || holder.form !== 'heading') return [];
    holders.add(holder);
  }
  const sections: WeekSection[] = [];
  const seen = new Set<PlanNode>();
  for (const holder of holders) {
    const parent = parentOf(plan.root, holder);
    for (const node of parent?.children ?? [holder]) {
      if (seen.has(node) || node.form !== 'heading' || node.level !== holder.level) continue;
      seen.add(node);
      const start = weekStartOf(node.title);
      if (start === null && holders.has(node)) return [];
      if (start !== null) sections.push({ node, start });
    }
  }
  return sections.sort((a, b) => a.node.line - b.node.line);
}

/** The node `child` sits in. */
function parentOf(node: PlanNode, child: PlanNode): PlanNode | undefined {
  for (const next of node.children) {
    if (next === child) return node;
    const found = parentOf(next, child);
    if (found) return found;
  }
  return undefined;
}

/** A place among others: an entry and its date, or a week's section and its first day. */
interface Slot {
  readonly date: string;
  readonly node: PlanNode;
}

const entrySlots = (entries: readonly PlanNode[]): Slot[] => entries.map((node) => ({ date: node.date!, node }));

/** `block` placed among `slots` (in the file's order) by `date`, as they run: forward, or newest first. */
function placed(lines: Lines, slots: readonly Slot[], date: string, newestFirst: boolean, block: string[]): TextEdit {
  let previous: PlanNode | null = null;
  for (const slot of slots) if (newestFirst ? slot.date > date : slot.date < date) previous = slot.node;
  if (previous !== null) return after(lines, previous, block);
  const at = { line: slots[0].node.line, character: 0 };
  const eol = lines.breakAfter(at.line);
  return { range: { start: at, end: at }, newText: block.join(eol) + eol + eol };
}

/** `block` after the last line of text of `node`'s section (its blank lines and what follows stay after it). */
function after(lines: Lines, node: PlanNode, block: string[]): TextEdit {
  let end = node.endLine - 1;
  while (end > node.line && isBlank(lines.at(end))) end--;
  const at = { line: end, character: lines.at(end).length };
  const eol = lines.breakAfter(end);
  return { range: { start: at, end: at }, newText: eol + eol + block.join(eol) };
}

/** A new week's section for `date`, headed as the nearest week before it is (see weekHeading.ts), with `block` in it. */
function newWeek(lines: Lines, weeks: readonly WeekSection[], date: string, newestFirst: boolean, block: string[]): TextEdit | string {
  const byStart = [...weeks].sort((a, b) => (a.start < b.start ? -1 : 1));
  const model = byStart.filter((w) => w.start <= date).at(-1) ?? byStart[0];
  const start = addDays(model.start, Math.floor((dayNumber(date) - dayNumber(model.start)) / 7) * 7);
  const title = weekHeadingLike(model.node.title, model.start, start);
  if (title === null) return l10n.t('no week section holds {0}, and its heading cannot be written as "{1}" is: add the heading of its week, then log again', date, model.node.title);
  const heading = `${'#'.repeat(model.node.level)} ${title}`;
  return placed(lines, weeks.map((w) => ({ date: w.start, node: w.node })), start, newestFirst, [heading, '', ...block]);
}
