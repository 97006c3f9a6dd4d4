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
import { isAtxHeadingLine, isBlank } from '../grammar/lineSyntax';
import { sessionText, type SessionMark } from '../grammar/dayMarks';
import type { ParsedPlan, PlanNode } from '../model';
import { formatMinutes } from '../study/duration';
import { journalEntryHeading, journalOrder, languagesIn, parentOf, writtenDateIn } from './journalEntry';
import { monthHeadingLike, monthSections } from './monthSections';
import { namesWeekByNumber, weekHeadingLike } from './weekHeading';
import { WEEK_WORDS, weekStartOf } from '../parse/weekdayDates';
import { monthNameAt } from '../grammar/yearlessDates';
import { addDays, dayNumber, weekStart } from '../calendar/calendarDays';

/** Whether `date` needs an entry of its own in the journal: one dated by headings, none on that date. */
export function needsNewEntry(plan: ParsedPlan, date: string): boolean {
  return plan.journal && entriesOf(plan).length > 0 && !plan.days.some((day) => day.date === date);
}

/** The journal's entries headed by a date (their title writes it: `2026-12-01`, `01.12.2026`), in the file's order. */
function entriesOf(plan: ParsedPlan): PlanNode[] {
  const order = journalOrder(plan);
  return plan.days.filter((day) => day.form === 'heading' && day.number === null && day.date !== null && day.level > 1 && writtenDateIn(day.title, day.date, order) !== null);
}

export function logInNewEntry(text: string, plan: ParsedPlan, session: SessionMark): EditOutcome {
  const entries = entriesOf(plan);
  const heading = journalEntryHeading(plan, session.date);
  if (!needsNewEntry(plan, session.date) || writtenDateIn(heading, session.date, journalOrder(plan)) === null) {
    return { ok: false, message: l10n.t('the journal has no entry headed by a date to write {0} beside', session.date) };
  }
  const lines = new Lines(text);
  const { date } = session;
  const block = (level: number | null): string[] => [level === null ? heading : heading.replace(/^#+/, '#'.repeat(level)), `- ${sessionText(session, formatMinutes)}`];
  const weekly = weekSections(plan, entries);
  // Else a journal kept in month sections (`## November` over its entries; see monthSections.ts).
  const holders = weekly.length > 0 ? null : holdersOf(plan, entries);
  const weeks: WeekSection[] = weekly.length > 0 || holders === null ? weekly : monthSections(holders, (node) => entriesUnder(entries, node)).map((month) => ({ ...month, holds: true, month: true }));
  const spaced = spacedEntries(lines, [...entries, ...weeks.map((week) => week.node)]);
  let edit: TextEdit | string;
  if (weeks.length === 0) edit = placed(lines, entrySlots(entries), date, runsNewestFirst(entries.map((entry) => entry.date!)), block(null), spaced);
  else {
    // A journal kept in week sections (`# Week 48 (Nov 23 – Nov 29, 2026)`): in the week that holds the date, by
    // date among its entries, at its entries' level, or a new week's section headed as the others are (a trial's
    // entry of the 19th went to the end of the file, under the week of the 23rd). Days within a week may run one
    // way and the weeks the other (a review's: newest week first, its days forward).
    const inside = (week: WeekSection): PlanNode[] => entriesUnder(entries, week.node);
    const daysBack = runsNewestFirst((weeks.map(inside).find((days) => days.length > 1) ?? entries).map((entry) => entry.date!));
    const weeksBack = weeks.length > 1 ? runsNewestFirst(weeks.map((week) => week.start)) : daysBack;
    // The level of a week's entries: its own, else those of a week at its level, else one below it.
    const levelIn = (week: WeekSection): number => (inside(week)[0] ?? entries.find((entry) => weeks.some((w) => w.node.level === week.node.level && inside(w).includes(entry))))?.level ?? Math.min(6, week.node.level + 1);
    const week = weeks.find((w) => w.start <= date && date <= w.end);
    if (week) {
      const days = inside(week);
      edit = days.length > 0 ? placed(lines, entrySlots(days), date, daysBack, block(levelIn(week)), spaced) : after(lines, week.node, block(levelIn(week)), spaced);
    } else {
      // Headed as the entries' language writes a month (`Dezember` beside `### Mo 16.11.`).
      const languages = languagesIn(entries.map((entry) => entry.title).join(' '));
      const headingFor = (model: WeekSection): { start: string; title: string } | null => (model.month ? monthHeadingLike(model, date, languages) : weekHeadingFor(model, date));
      edit = newWeek(lines, weeks, weekEnds(plan, weeks), date, weeksBack, (model) => block(levelIn(model)), spaced, headingFor);
    }
  }
  if (typeof edit === 'string') return { ok: false, message: edit };
  const result = buildPlan(inMemoryDocument(plan.uri, applyTextEdits(text, [edit]), plan.version + 1));
  const made = result.days.filter((day) => day.date === session.date);
  // Every other entry still read on its date: a new slashed date never changes the order the journal is read in.
  const kept = result.days.filter((day) => day !== made[0]).every((day, i) => day.date === plan.days[i]?.date);
  if (result.days.length === plan.days.length + 1 && made.length === 1 && made[0].sessions.length === 1 && kept) {
    return { ok: true, edits: [edit], summary: l10n.t('Logged {0} in a new entry, "{1}"', formatMinutes(session.minutes), made[0].title) };
  }
  return { ok: false, message: l10n.t('a new entry for {0} cannot be written without changing the text around it; add "{1}" by hand', session.date, heading) };
}

/**
 * Whether the journal leaves a blank line before its entries and weeks (most of those that follow text do; one right
 * under a heading says nothing): a new entry is set off as they are, not by a blank line in a journal written without.
 */
function spacedEntries(lines: Lines, headings: readonly PlanNode[]): boolean {
  let spaced = 0;
  let tight = 0;
  for (const node of headings) {
    let above = node.line - 1;
    while (above >= 0 && isBlank(lines.at(above))) above--;
    if (above < 0 || isAtxHeadingLine(lines.at(above))) continue;
    if (above === node.line - 1) tight++;
    else spaced++;
  }
  return spaced >= tight;
}

/** Whether dates in the file's order run newest first: the first after the last (one alone runs forward). */
function runsNewestFirst(dates: readonly string[]): boolean {
  return dates.length > 1 && dates[0] > dates[dates.length - 1];
}

/**
 * A week section of a journal: the heading above its entries, the date its title says the week starts on (and its
 * last), and whether it holds entries. Or a month's section (`month`), placed and headed as one.
 */
interface WeekSection {
  readonly node: PlanNode;
  readonly start: string;
  readonly end: string;
  readonly holds: boolean;
  readonly month?: true;
  /** Its title names no date (`## Week 47`): its week is the one (Monday to Sunday) all its entries fall in. */
  readonly undated?: true;
}

/** Where a title's first letter is (after its decoration and numbers). */
const firstWordAt = (title: string): number => Math.max(0, title.search(/\p{L}/u));

/** A heading's first word, lower case (`week`, `kw`): the word a journal's week headings share. */
const firstWord = (title: string): string => /\p{L}+/u.exec(title)?.[0].toLowerCase() ?? '';

/**
 * The sections that hold the journal's entries, and the sections beside them headed as they are (their first word:
 * a `## Exam 2026-11-19` beside the `## Week 46 (...)` sections is no week, a review's), where every one of those
 * holding entries names its week's start (`Week 48 (Nov 23 – Nov 29, 2026)`, `KW 49 (30.11. – 06.12.2026)`); else none.
 */
function weekSections(plan: ParsedPlan, entries: readonly PlanNode[]): WeekSection[] {
  const holders = holdersOf(plan, entries);
  if (holders === null) return [];
  const words = new Set([...holders].map((holder) => firstWord(holder.title)));
  const sections: WeekSection[] = [];
  const seen = new Set<PlanNode>();
  for (const holder of holders) {
    for (const node of parentOf(plan.root, holder)?.children ?? [holder]) {
      if (seen.has(node) || node.form !== 'heading' || node.level !== holder.level) continue;
      seen.add(node);
      const holds = holders.has(node);
      const start = holds || words.has(firstWord(node.title)) ? weekStartOf(node.title) : null;
      if (start !== null) sections.push({ node, start, end: addDays(start, 6), holds });
      else if (holds) {
        // `## Week 47` over `### Mon 16.11.2026`: the week its entries say, where they are all of one (a trial's entry
        // of the 25th went under it).
        const weeks = new Set(entries.filter((entry) => entry.line > node.line && entry.line < node.endLine).map((entry) => weekStart(entry.date!)));
        if (weeks.size !== 1 || !namesWeekByNumber(node.title)) return [];
        sections.push({ node, start: [...weeks][0], end: addDays([...weeks][0], 6), holds, undated: true });
      }
    }
  }
  return sections.sort((a, b) => a.node.line - b.node.line);
}

/** The headings the entries sit right under, or null where one sits in none (at the top, or in a list). */
function holdersOf(plan: ParsedPlan, entries: readonly PlanNode[]): Set<PlanNode> | null {
  const holders = new Set<PlanNode>();
  for (const entry of entries) {
    const holder = parentOf(plan.root, entry);
    if (holder === undefined || holder === plan.root || holder.form !== 'heading') return null;
    holders.add(holder);
  }
  return holders;
}

const entriesUnder = (entries: readonly PlanNode[], node: PlanNode): PlanNode[] => entries.filter((entry) => entry.line > node.line && entry.line < node.endLine);

/** The week `date` is in, headed as `model` is (see weekHeading.ts), or null. */
function weekHeadingFor(model: WeekSection, date: string): { start: string; title: string } | null {
  const start = addDays(model.start, Math.floor((dayNumber(date) - dayNumber(model.start)) / 7) * 7);
  const title = weekHeadingLike(model.node.title, model.start, start, model.undated);
  return title === null ? null : { start, title };
}

/** A place among others: an entry and its date, or a week's section and its first day (and where its part ends). */
interface Slot {
  readonly date: string;
  readonly node: PlanNode;
  readonly endLine?: number;
}

/**
 * Where each week's part of the journal ends: its section, then the sections at its level after it that go with it,
 * until the next week (a trial's new week went between a week and its `## Weekly reflection`). A section goes with
 * the week before it where a week follows it (unless it is a month's divider), where its title says week (`Weekly
 * reflection`, `Wochenrückblick`), or where a section so titled follows another week too (`## Retro` after each).
 */
function weekEnds(plan: ParsedPlan, weeks: readonly WeekSection[]): Map<PlanNode, number> {
  const isWeek = new Set(weeks.map((week) => week.node));
  const runs = weeks.map((week) => {
    const siblings = parentOf(plan.root, week.node)?.children ?? [];
    const run: PlanNode[] = [];
    let k = siblings.indexOf(week.node) + 1;
    for (; k < siblings.length && !isWeek.has(siblings[k]) && siblings[k].form === 'heading' && siblings[k].level === week.node.level; k++) run.push(siblings[k]);
    return { week, run, beforeWeek: k < siblings.length && isWeek.has(siblings[k]) };
  });
  const kind = (node: PlanNode): string => node.title.toLowerCase().replace(/[^\p{L}]+/gu, ' ').trim();
  const repeats = new Map<string, number>();
  for (const { run } of runs) for (const each of new Set(run.map(kind))) repeats.set(each, (repeats.get(each) ?? 0) + 1);
  // A word of a week's (`Weekly reflection`, `Wochenrückblick`; `KW` whole).
  const saysWeek = (node: PlanNode): boolean => kind(node).split(' ').some((word) => [...WEEK_WORDS].some((week) => (week.length < 3 ? word === week : word.startsWith(week))));
  // A month's divider (`## December`) between weeks heads the weeks after it: it goes with none before it.
  const divider = (node: PlanNode): boolean => monthNameAt(node.title, firstWordAt(node.title)) !== null && !saysWeek(node);
  const ends = new Map<PlanNode, number>();
  for (const { week, run, beforeWeek } of runs) {
    let end = week.node.endLine;
    for (const node of run) {
      if (divider(node) || (!beforeWeek && (repeats.get(kind(node)) ?? 0) < 2 && !saysWeek(node))) break;
      end = node.endLine;
    }
    ends.set(week.node, end);
  }
  return ends;
}

const entrySlots = (entries: readonly PlanNode[]): Slot[] => entries.map((node) => ({ date: node.date!, node }));

/** `block` placed among `slots` (in the file's order) by `date`, as they run: forward, or newest first. */
function placed(lines: Lines, slots: readonly Slot[], date: string, newestFirst: boolean, block: string[], spaced: boolean): TextEdit {
  let previous: Slot | null = null;
  for (const slot of slots) if (newestFirst ? slot.date > date : slot.date < date) previous = slot;
  if (previous !== null) return after(lines, previous.node, block, spaced, previous.endLine);
  const line = slots[0].node.line;
  // After a BOM, which stays the file's first bytes (a review's new week went in front of it).
  const at = { line, character: line === 0 && lines.at(0).startsWith('\ufeff') ? 1 : 0 };
  const eol = lines.breakAfter(line);
  return { range: { start: at, end: at }, newText: block.join(eol) + eol + (spaced ? eol : '') };
}

/** `block` after the last line of text of `node`'s section, or of the lines to `endLine` (blank lines and what follows stay after it). */
function after(lines: Lines, node: PlanNode, block: string[], spaced: boolean, endLine = node.endLine): TextEdit {
  let end = endLine - 1;
  while (end > node.line && isBlank(lines.at(end))) end--;
  const at = { line: end, character: lines.at(end).length };
  const eol = lines.breakAfter(end);
  // After HTML or a fence, a blank line always: a heading right after `</details>` is the HTML block's text (a review's).
  const blank = spaced || /^ {0,3}(?:<|`{3}|~{3})/.test(lines.at(end));
  return { range: { start: at, end: at }, newText: eol + (blank ? eol : '') + block.join(eol) };
}

/**
 * A new week's section for `date`, headed as the nearest week holding entries before it is (the first, where none is
 * before it: see weekHeading.ts), with the entry (`block`, at the level of the model week's entries) in it.
 */
function newWeek(lines: Lines, weeks: readonly WeekSection[], ends: ReadonlyMap<PlanNode, number>, date: string, newestFirst: boolean, block: (model: WeekSection) => string[], spaced: boolean, headingFor: (model: WeekSection) => { start: string; title: string } | null): TextEdit | string {
  const byStart = weeks.filter((week) => week.holds).sort((a, b) => (a.start < b.start ? -1 : 1));
  const model = byStart.filter((w) => w.start <= date).at(-1) ?? byStart[0];
  const made = headingFor(model);
  if (made === null) {
    return model.month
      ? l10n.t('no month section holds {0}, and its heading cannot be written as "{1}" is: add the heading of its month, then log again', date, model.node.title)
      : l10n.t('no week section holds {0}, and its heading cannot be written as "{1}" is: add the heading of its week, then log again', date, model.node.title);
  }
  const { start, title } = made;
  const heading = `${'#'.repeat(model.node.level)} ${title}`;
  // A blank line under the heading where the model week has one.
  const under = isBlank(lines.at(model.node.line + 1)) ? [''] : [];
  return placed(lines, weeks.map((w) => ({ date: w.start, node: w.node, endLine: ends.get(w.node) })), start, newestFirst, [heading, ...under, ...block(model)], spaced);
}
