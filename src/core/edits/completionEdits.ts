/**
 * The progress edits: text and model in, text edits out. Every completion path (tree, editor,
 * palette, CodeLens, CLI) goes through these functions, so all of them stamp the same way.
 */
import * as l10n from '@vscode/l10n';
import type { ParsedPlan, PlanNode, Task } from '../model';
import { contentEnd } from '../grammar/lineSyntax';
import { readTitleMarks } from '../grammar/dayMarks';
import { unskipRow } from './tableEdits';
import { alignedRowEdits } from './tableAlignment';
import { findTaskBox, setTaskChecked } from './lineEdits';
import { alreadyComplete, markTrackerRow, ownMark, paragraphMarksEnd, stampTitle, trackerRowDone, unmarkTrackerRow, unstampTitle } from './dayTitleEdits';
import { dayStateNotes } from './dayStateNotes';
import { allTasks } from './locate';
import { applyTextEdits, Lines, onLine, type TextEdit } from './textEdit';
import { holdsSlashedDates } from './tableRows';
import { otherDaysChanged, yearlessMoved } from './doneReadings';
import { holdsYearlessDate } from '../grammar/fileYears';
import { buildPlan } from '../parse/buildPlan';
import { inMemoryDocument } from '../document';
import { DONE_MARK } from '../stamps';
import { dayName as dayLabel } from '../nodeLabels';
import { dayMark, isBoxlessItem, isDayMark } from '../dayMark';
import { nextOccurrenceEdit } from './recurrence';
import { clip } from '../text/clip';

export interface ProgressOptions {
  /** `YYYY-MM-DD` to stamp, or null when date stamps are turned off. */
  readonly date: string | null;
  /** Mark Day Complete also checks the day's open tasks. */
  readonly checkTasks: boolean;
  /**
   * The day is an entry of a journal (ParsedPlan.journal): a record with no done state, never marked. Required, so
   * that no caller can forget it (an entry stamped by mistake counted in the streak).
   */
  readonly journal: boolean;
  /** The plan's file (its name may say the year of dates written without one): the check of other days reads it as the plan was read. */
  readonly uri?: string;
}

export type EditOutcome =
  | { readonly ok: true; readonly edits: TextEdit[]; readonly summary: string }
  | { readonly ok: false; readonly message: string };

function fail(message: string): EditOutcome {
  return { ok: false, message };
}

function taskEdits(lines: Lines, task: Task, checked: boolean, date: string | null): TextEdit[] | null {
  const wraps = task.lastLine !== task.line;
  const edits = setTaskChecked(lines.at(task.line), checked, date, wraps ? lines.at(task.lastLine) : undefined);
  if (!edits) return null;
  return [...edits.box.map((edit) => onLine(task.line, edit)), ...edits.last.map((edit) => onLine(task.lastLine, edit))];
}

/**
 * Sets each task to `wanted(task)`: true checks it (with a stamp when `date` is given), false unchecks
 * it (removing the stamp checking added), 'reopen' turns a cancelled task's `[-]` back into `[ ]`.
 */
function editTasks(text: string, tasks: readonly Task[], wanted: (task: Task) => boolean | 'reopen', date: string | null, recurIn: ParsedPlan | null = null): { edits: TextEdit[]; notes: string[] } | string {
  const lines = new Lines(text);
  const edits: TextEdit[] = [];
  const notes: string[] = [];
  for (const task of tasks) {
    const want = wanted(task);
    const own = want === 'reopen' ? reopenEdits(lines, task) : taskEdits(lines, task, want, date);
    if (own === null) return l10n.t('line {0} no longer holds the task "{1}"', task.line + 1, task.text);
    edits.push(...own);
    // A recurring task checked: its next one above it, as Obsidian Tasks writes it; not inside a day, which a
    // next one would keep open for good (each check wrote another), nor a day's own box (a day does not recur).
    const inDay = recurIn !== null && recurIn.days.some((day) => task.line >= day.line && task.line < day.endLine);
    const next = recurIn !== null && !inDay && want === true && task.recurrence !== null ? nextOccurrenceEdit(lines, task, date) : null;
    if (inDay && want === true && task.recurrence !== null && !recurIn!.days.some((day) => isDayMark(day, task))) {
      notes.push(l10n.t('no next one is written for a task inside a day (the day would never be done)'));
    }
    if (typeof next === 'string') notes.push(next);
    else if (next) {
      edits.push(next.edit);
      notes.push(next.due ? l10n.t('its next one ({0}) is written above it', next.due) : l10n.t('its next one is written above it'));
    }
  }
  return { edits, notes };
}

/** The summary, then what a recurrence wrote or could not. */
function withNotes(summary: string, notes: readonly string[]): string {
  return notes.length === 0 ? summary : `${summary}; ${notes.join('; ')}`;
}

/** How much of a task's text a message gives. */
const TASK_TEXT_SHOWN = 120;

function describeTasks(tasks: readonly Task[]): string {
  return tasks.length === 1 ? `"${clip(tasks[0].text, TASK_TEXT_SHOWN)}"` : l10n.t('{0} tasks', tasks.length);
}

/**
 * `recurIn`: the plan, when a recurring task checked is to get its next one (a task's own check, outside the
 * plan's days); Mark Day Complete gives none.
 */
export function setTasksChecked(text: string, tasks: readonly Task[], checked: boolean, date: string | null, recurIn: ParsedPlan | null = null): EditOutcome {
  const result = editTasks(text, tasks, () => checked, date, recurIn);
  if (typeof result === 'string') return fail(result);
  return { ok: true, edits: result.edits, summary: withNotes(checked ? l10n.t('Checked {0}', describeTasks(tasks)) : l10n.t('Unchecked {0}', describeTasks(tasks)), result.notes) };
}

function reopenEdits(lines: Lines, task: Task): TextEdit[] | null {
  const box = findTaskBox(lines.at(task.line));
  if (!box) return null;
  const edits = [onLine(task.line, { start: box.index, end: box.index + 1, newText: ' ' })];
  // Its `❌ date` goes with the cancel, with the white space before it, as Obsidian Tasks takes it off (left,
  // checking the task later wrote `❌ … ✅ …`). Written otherwise (`❌️`, two spaces), it stays.
  if (task.cancelledDate !== null) {
    const last = lines.at(task.lastLine);
    const field = `\u274C ${task.cancelledDate}`;
    const at = last.lastIndexOf(field);
    const from = task.lastLine === task.line ? box.index + 1 : 0;
    // Never inside code: a backtick after it, or an odd number before it, and the field is the learner's text.
    const inCode = at >= 0 && (last.indexOf('`', at) >= 0 || (last.slice(from, at).split('`').length - 1) % 2 === 1);
    if (at >= from && !inCode) {
      const start = from + last.slice(from, at).trimEnd().length;
      edits.push(onLine(task.lastLine, { start, end: at + field.length, newText: '' }));
    }
  }
  return edits;
}

/**
 * Flips each task: checked ones are unchecked (and unstamped), open and in-progress ones checked (and
 * stamped). A cancelled task is reopened (`[-]` -> `[ ]`), as Obsidian Tasks' own toggle does.
 */
export function toggleTasks(text: string, tasks: readonly Task[], date: string | null, recurIn: ParsedPlan | null = null): EditOutcome {
  const wanted = (task: Task): boolean | 'reopen' => (task.status === 'cancelled' ? 'reopen' : !task.checked);
  const result = editTasks(text, tasks, wanted, date, recurIn);
  if (typeof result === 'string') return fail(result);
  const unchecked = tasks.filter((task) => wanted(task) === false);
  const kept = recurIn ? unchecked.flatMap((task) => nextKept(recurIn, task)) : [];
  const days = recurIn ? dayStateNotes(new Lines(text), recurIn, tasks, tasks.map(wanted), date !== null) : [];
  // A stamp written or taken out may say the year of dates written without one (fileYears.ts): none may move.
  if (result.edits.length > 0 && holdsYearlessDate(text)) {
    const uri = recurIn?.uri ?? '';
    const moved = yearlessMoved(buildPlan(inMemoryDocument(uri, text)), buildPlan(inMemoryDocument(uri, applyTextEdits(text, result.edits))));
    if (moved !== null) return fail(moved);
  }
  return { ok: true, edits: result.edits, summary: withNotes(toggleSummary(tasks, tasks.map(wanted), date !== null), [...result.notes, ...kept, ...days]) };
}

/**
 * Unchecking a recurring task leaves the next one its check wrote above it (as Obsidian Tasks does): said, with its
 * line, so one checked by mistake is not followed by two open copies unexplained (a learner's).
 */
function nextKept(plan: ParsedPlan, task: Task): string[] {
  if (task.recurrence === null) return [];
  // Above it, as this and Obsidian Tasks write it; or below, where Obsidian Tasks can be set to write it.
  const next = allTasks(plan.root).find((t) => (t.line === task.line - 1 || t.line === task.lastLine + 1) && !t.checked && t.recurrence === task.recurrence && t.text === task.text);
  return next ? [l10n.t('its next one (line {0}) stays: delete it if checking this one was a mistake', next.line + 1)] : [];
}

/** Which way a toggle went, so a learner who unchecked a finished task by mistake reads it: "Unchecked "a"". */
function toggleSummary(tasks: readonly Task[], wanted: readonly (boolean | 'reopen')[], stamps: boolean): string {
  const count = (way: boolean | 'reopen'): number => wanted.filter((w) => w === way).length;
  const [checked, unchecked, reopened] = [count(true), count(false), count('reopen')];
  const what = describeTasks(tasks);
  if (checked === tasks.length) return l10n.t('Checked {0}', what);
  if (unchecked === tasks.length) {
    // The stamp goes with the check: its date is said, so a task unchecked by mistake can get it back (a learner's report).
    const done = tasks.length === 1 ? tasks[0].doneDate : null;
    if (done) return l10n.t('Unchecked {0} (it was done {1})', what, done);
    // An undated check cannot be given back by checking again (that stamps the day: activity that never happened).
    return stamps && tasks.length === 1 && tasks[0].checked ? l10n.t('Unchecked {0} (it was checked with no date: checking it again stamps it with the date)', what) : l10n.t('Unchecked {0}', what);
  }
  if (reopened === tasks.length) return l10n.t('Reopened {0}', what);
  const ways = [
    checked ? l10n.t('{0} checked', checked) : '',
    unchecked ? l10n.t('{0} unchecked', unchecked) : '',
    reopened ? l10n.t('{0} reopened', reopened) : '',
  ].filter(Boolean).join(', ');
  return l10n.t('Toggled {0}: {1}', what, ways);
}


/**
 * The edits that take a day's skip back (its `⏭` marks, or its heading task's `[-]` made `[ ]`): reopening a
 * skipped day puts it back in the plan. Empty when it has none.
 */
function unskipTitle(lines: Lines, day: PlanNode): TextEdit[] {
  if (day.form === 'tableRow' && day.cells) {
    return alignedRowEdits(lines, day.line, unskipRow(lines.at(day.line), day.cells)).map((edit) => onLine(day.line, edit));
  }
  if (day.form === 'paragraph' || isBoxlessItem(day)) {
    const text = lines.at(day.titleEndLine);
    return readTitleMarks(text, paragraphMarksEnd(lines, day)).skips.map(([start, end]) => onLine(day.titleEndLine, { start, end, newText: '' }));
  }
  if (day.form !== 'heading' && day.form !== 'item') return [];
  const task = dayMark(day);
  // Its row in a tracker table is reopened with it (a row skipped by hand skips the day: see trackerRows.ts).
  const mirror = day.mirror;
  const row = mirror ? alignedRowEdits(lines, mirror.line, unskipRow(lines.at(mirror.line), mirror.cells)).map((edit) => onLine(mirror.line, edit)) : [];
  // Reopened as a cancelled task is (its `❌ date` goes with the cancel: a later done wrote `❌ … ✅ …`).
  if (task?.status === 'cancelled') return [...(reopenEdits(lines, task) ?? []), ...row];
  const text = lines.at(day.titleEndLine);
  const marks = readTitleMarks(text, contentEnd(text, day.titleEndLine === day.line));
  return [...marks.skips.map(([start, end]) => onLine(day.titleEndLine, { start, end, newText: '' })), ...row];
}

/**
 * Stamps the day's title (unless it already has a ✅) at its end and, optionally, checks the day's
 * open tasks. The stamp goes at the end of the title: an ATX heading's line (before its closing #s),
 * a setext heading's last line of text, a paragraph day's first line; a table row's status cell is
 * written instead (see tableEdits.ts). `alone` false: one of several days marked in one edit, whose caller checks what the
 * whole edit does to the other days (see othersKept).
 */
export function markDayComplete(text: string, day: PlanNode, options: ProgressOptions, alone = true): EditOutcome {
  const outcome = markDay(text, day, options);
  return alone ? othersKept(text, day, outcome, options.uri) : outcome;
}

/**
 * The outcome of marking one day, unless it makes another day read done otherwise: in a table that writes dates with
 * slashes, the rows read a date's order together (`11/05/2026` beside `11/20/2026`), so the text the edit makes is
 * parsed again and compared (see doneReadings.ts); elsewhere an edit of one day's lines reads the others as they were.
 */
function othersKept(text: string, day: PlanNode, outcome: EditOutcome, uri = ''): EditOutcome {
  if (!outcome.ok || outcome.edits.length === 0) return outcome;
  // Days dated without a year (`Nov 27: CTEs`, `Thursday, November 26`): the stamp written may say another's year.
  const row = day.cells ? day.line : (day.mirror?.line ?? null);
  if (!(row !== null && holdsSlashedDates(new Lines(text), row)) && !holdsYearlessDate(text)) return outcome;
  const before = buildPlan(inMemoryDocument(uri, text));
  const after = buildPlan(inMemoryDocument(uri, applyTextEdits(text, outcome.edits)));
  const changed = otherDaysChanged(before, after, new Set([before.days.findIndex((each) => each.line === day.line)]), true);
  return changed === null ? outcome : fail(changed);
}

/** See markDayComplete. */
function markDay(text: string, day: PlanNode, options: ProgressOptions): EditOutcome {
  if (day.kind !== 'day') return fail(l10n.t('"{0}" is not a day', day.title));
  // A stamp would make the record a task done, and count in the streak on the day it was written (a learner's).
  if (options.journal) {
    // An entry holding a to-do (a TIL journal's `- [ ] finish the exercise`): its tasks are checked, its title never stamped.
    const todo = allTasks(day).filter((task) => task.status === 'open' || task.status === 'inProgress');
    if (todo.length === 0) return fail(l10n.t('"{0}" is an entry of a journal: a record, with nothing to mark complete', day.title));
    const checked = setTasksChecked(text, todo, true, options.date);
    return checked.ok ? { ...checked, summary: l10n.t('{0} (an entry of a journal: its title is not stamped)', checked.summary) } : checked;
  }
  // Done already with no task open (by its own mark, or by its tasks): nothing is written. A stamp now would date it
  // today (a trial's day done by its tasks on the 19th gained a heading stamp of the 28th and a day of streak, which
  // undone then refused to take back). A day marked with tasks left open gets them checked, below.
  const lines = new Lines(text);
  if (day.done && !allTasks(day).some((task) => task.status === 'open' || task.status === 'inProgress')) {
    // Its row in a tracker table not marked yet (done by its heading or its tasks): the row follows, dated as the day
    // is (a bare ✅ for a day done by ticks with no date: today's date would be a day of study that never was).
    const row = markTrackerRow(lines, day, day.doneDate);
    if (typeof row === 'string') return fail(row);
    if (row.length > 0) return { ok: true, edits: row, summary: l10n.t('{0} was complete already; its row in the tracker table (line {1}) is marked now', dayLabel(day), day.mirror!.line + 1) };
    return { ok: true, edits: [], summary: alreadyComplete(day, lines) };
  }
  // Done by its row in a tracker table (ticked by hand, on its date): the row is its mark, as a heading's ✅ is; a
  // stamp of today on the heading would date it anew. Its open tasks are checked, below.
  const byRow = trackerRowDone(lines, day);
  const stamped = byRow ? [] : stampTitle(lines, day, options.date, options.checkTasks);
  if (typeof stamped === 'string') return fail(stamped);
  // Its row in a tracker table beside the headings is marked with it (a trial's rows all stayed ❌).
  const tracker = markTrackerRow(lines, day, options.date);
  if (typeof tracker === 'string') return fail(tracker);
  const edits: TextEdit[] = [...stamped, ...tracker];
  // Open and in-progress tasks get checked; cancelled ones stay cancelled. An item day's box is checked either way.
  const own = day.form === 'item' ? dayMark(day) : undefined;
  // A heading that is a task (`### [ ] Day 1`) done by its row keeps its box: checked, it would date the day today.
  const open = (options.checkTasks ? allTasks(day) : own ? [own] : []).filter((task) => (task.status === 'open' || task.status === 'inProgress') && !(byRow && isDayMark(day, task)));
  // Recurring tasks get no next one here: a day marked incomplete again would keep them, open, as its tasks.
  const checked = setTasksChecked(text, open, true, options.date);
  if (!checked.ok) return checked;
  edits.push(...checked.edits);
  if (edits.length === 0) {
    return { ok: true, edits: [], summary: alreadyComplete(day, lines) };
  }
  // An item day's box checked is the day's stamp, not one of its tasks.
  const boxed = own !== undefined && open.includes(own);
  const others = open.length - (boxed ? 1 : 0);
  // A table row's cell is written as its table writes done (`2026-11-28`, `Done 2026-11-28`): a ✅ is said only where one was written.
  const row = day.form === 'tableRow';
  const sign = !row || stamped.some((edit) => edit.newText.includes(DONE_MARK));
  // A row done on its own date gets the bare ✅ its done rows hold: the date is said only where it was written.
  const date = options.date;
  const dated = date !== null && (!row || day.date !== date);
  const said = [sign ? DONE_MARK : '', dated ? options.date : ''].filter((part) => part !== '').join(' ');
  const stamp = (stamped.length === 0 && !boxed) || said === '' ? '' : ` (${said})`;
  const tasks = (others === 0 ? '' : others === 1 ? l10n.t(', 1 task checked') : l10n.t(', {0} tasks checked', others))
    + (tracker.length > 0 ? l10n.t(', its row in the tracker table (line {0}) too', day.mirror!.line + 1) : '');
  // Said as Toggle Task says it: a learner's daily habit inside a day ended without a word.
  const recurring = open.some((task) => task.recurrence !== null && task !== own) ? `; ${l10n.t('no next one is written for a task inside a day (the day would never be done)')}` : '';
  // A skipped day done after all keeps its ⏭ as a record (done, then undone, leaves it as it was): said, so that the two
  // marks and a first undone that leaves the skip are no surprise (a trial's).
  const skipped = day.skipped ? `; ${l10n.t('it was skipped: its ⏭ stays as a record, and undone takes the ✅ back first')}` : '';
  return { ok: true, edits, summary: l10n.t('Marked {0} complete', dayLabel(day)) + stamp + tasks + recurring + skipped };
}

/**
 * The checked tasks Mark Day Incomplete leaves checked: those stamped before the day was marked (`marked`, see
 * markedOn: a chapter read in January, before the day was marked in March), since marking the day did not check
 * them. None when the day was marked on no date; a task on the heading's line is the day's own mark.
 */
function doneBefore(day: PlanNode, checked: readonly Task[], marked: string | null): Set<Task> {
  if (marked === null) return new Set();
  return new Set(checked.filter((task) => !isDayMark(day, task) && task.doneDate !== null && task.doneDate < marked));
}

/**
 * The date a day was marked on: its stamp's; for a day marked by hand with a bare `✅` (`### Day 3 ✅`), the last date
 * a task of it was stamped on (what `done` checked then: a task of the week before lost its date to done, then
 * undone); null otherwise (a day done by its tasks alone has no mark of its own).
 */
function markedOn(lines: Lines, day: PlanNode, checked: readonly Task[]): string | null {
  if (day.stampDate !== null) return day.stampDate;
  return ownMark(lines, day) ? lastDoneDate(checked.filter((task) => !isDayMark(day, task))) : null;
}

/** The latest date any of the tasks was stamped on, or null. */
function lastDoneDate(tasks: readonly Task[]): string | null {
  return tasks.reduce<string | null>((latest, task) => (task.doneDate !== null && (latest === null || task.doneDate > latest) ? task.doneDate : latest), null);
}

/**
 * In a journal's entry (never stamped: `done` checks its tasks), the checked tasks undone leaves checked: all but those
 * stamped on the last date any of them was (what `done` checked), a tick by hand without a date among them.
 */
function doneBeforeLast(checked: readonly Task[]): Set<Task> {
  const last = lastDoneDate(checked);
  return new Set(last === null ? checked : checked.filter((task) => task.doneDate !== last));
}

/**
 * Removes the title's trailing stamp (or the row's done status) and unchecks the day's tasks (removing
 * their stamps), except those done before the day was marked (see doneBefore). When those are all its
 * tasks, the day would stay done by them: it is refused, naming their dates, rather than wiping them.
 * A skipped day (`⏭`, or a `[-]` heading) is reopened by taking its skip back, and only that (a learner found
 * no way to take a skip back but by hand); a day skipped and then done is first made skipped again, as it was
 * before `done` (done, then undone, leaves a day as it found it). `alone` false: one of several days unmarked in one
 * edit, whose caller checks what the whole edit does to the other days (see othersKept).
 */
export function markDayIncomplete(text: string, day: PlanNode, journal = false, alone = true, uri = ''): EditOutcome {
  const outcome = unmarkDay(text, day, journal);
  return alone ? othersKept(text, day, outcome, uri) : outcome;
}

/** See markDayIncomplete. */
function unmarkDay(text: string, day: PlanNode, journal: boolean): EditOutcome {
  if (day.kind !== 'day') return fail(l10n.t('"{0}" is not a day', day.title));
  if (day.skipped) {
    // Reopening takes the skip back and nothing else (a task checked in it was real work).
    const unskip = unskipTitle(new Lines(text), day);
    if (unskip.length > 0) return { ok: true, edits: unskip, summary: l10n.t('{0} is back in the plan (no longer skipped)', dayLabel(day)) };
  }
  const checked = allTasks(day).filter((task) => task.checked);
  // A day not done has no completion to take back: its checked tasks were checked one by one (a learner's second
  // undone unchecked a task stamped days before; toggle unchecks one). A journal's entry is never done by a mark.
  if (!journal && !day.done) {
    return { ok: true, edits: [], summary: checked.length === 0 ? l10n.t('{0} is already incomplete', dayLabel(day))
      : l10n.t('{0} is already incomplete; a task checked in it stays checked (uncheck it on its own)', dayLabel(day)) };
  }
  const lines = new Lines(text);
  const marked = journal ? null : markedOn(lines, day, checked);
  const kept = journal ? doneBeforeLast(checked) : doneBefore(day, checked, marked);
  if (journal && kept.size === checked.length) return { ok: true, edits: [], summary: l10n.t('{0} has no task checked on a date to take back (a journal\'s entry: its ticks by hand stay)', dayLabel(day)) };
  // A heading that is a task counts too: unchecking it reopens the day.
  const counted = allTasks(day).filter((task) => task.status !== 'cancelled').length;
  if (kept.size > 0 && kept.size === counted) {
    const dates = [...new Set([...kept].map((task) => task.doneDate))].sort().join(', ');
    return fail(l10n.t('every task of {0} was checked on a date of its own ({1}), before the day was marked: it stays done while they are checked; uncheck one to reopen it', dayLabel(day), dates));
  }
  // A task checked with no date, in a day marked on a date (see markedOn), was checked by hand (marking the day stamps what it
  // checks): it stays checked too (a learner's ticks were wiped by undone), unless that would leave no task to uncheck.
  const byHand = marked === null ? [] : checked.filter((task) => !isDayMark(day, task) && task.doneDate === null);
  if (byHand.length > 0 && kept.size + byHand.length < counted) for (const task of byHand) kept.add(task);
  const handKept = journal ? [...kept].filter((task) => task.doneDate === null).length : byHand.filter((task) => kept.has(task)).length;
  const unstamped = unstampTitle(lines, day);
  if (typeof unstamped === 'string') return fail(unstamped);
  // Its row in a tracker table goes back to open with it (its ❌ as the table's open rows hold it).
  const row = unmarkTrackerRow(lines, day);
  if (typeof row === 'string') return fail(row);
  const edits: TextEdit[] = [...unstamped, ...row];
  const done = checked.filter((task) => !kept.has(task));
  const unchecked = setTasksChecked(text, done, false, null);
  if (!unchecked.ok) return unchecked;
  edits.push(...unchecked.edits);
  if (edits.length === 0) return { ok: true, edits, summary: l10n.t('{0} is already incomplete', dayLabel(day)) };
  // An item day's box is the day's mark, not one of its tasks.
  const tasksUnchecked = done.length - (day.form === 'item' && done.some((task) => isDayMark(day, task)) ? 1 : 0);
  const tasks = tasksUnchecked === 0 ? '' : tasksUnchecked === 1 ? l10n.t(', 1 task unchecked') : l10n.t(', {0} tasks unchecked', tasksUnchecked);
  const before = kept.size - handKept;
  const others = before === 0 ? '' : before === 1
    ? l10n.t('; 1 task done before the day was marked stays checked')
    : l10n.t('; {0} tasks done before the day was marked stay checked', before);
  const hand = handKept === 0 ? '' : handKept === 1
    ? l10n.t('; 1 task checked by hand (no date) stays checked')
    : l10n.t('; {0} tasks checked by hand (no date) stay checked', handKept);
  const tracker = row.length > 0 ? l10n.t(', its row in the tracker table (line {0}) too', day.mirror!.line + 1) : '';
  return { ok: true, edits, summary: l10n.t('Marked {0} incomplete', dayLabel(day)) + tasks + tracker + others + hand };
}
