/**
 * Catching up on a scheduled plan that fell behind: three ways, each as text edits the schedule reads
 * back (see schedule.ts), each told with its new end date before anything is written.
 *
 * - shift: the rest of the plan (from the current day on) moves N study days later;
 * - spread: the days missed (planned before today) go into the next K study days, two on M of them, so
 *   the plan ends when it would have (M: the missed days; fewer where the plan's days left fit the K days
 *   with fewer, a plan that ends inside them);
 * - skip: chosen open days are marked `⏭` and leave the schedule.
 *
 * A replan writes a new date only where the schedule would not already give it: the front matter's
 * `start:` when nothing has been studied yet (and the start is the plan's own), else a `📅` on the day
 * where the dates change, and on the second day of a date that takes two. Rest read from the dates that the new
 * dates would no longer say is written into the front matter (keepRest.ts).
 */
import * as l10n from '@vscode/l10n';
import { buildPlan } from '../parse/buildPlan';
import { inMemoryDocument } from '../document';
import { findDay, type DayRef } from '../edits/locate';
import { applyTextEdits, Lines, type TextEdit } from '../edits/textEdit';
import type { ParsedPlan, PlanNode } from '../model';
import { currentDayOf, frontMatterStartProblem } from './currentDay';

export { scheduleStatus, type CatchUpContext, type ScheduleStatus } from './scheduleStatus';
import { dayNumber, isoFromDayNumber, isValidIsoDate } from '../calendar/calendarDays';
import { scheduleDays, scheduleFor } from './schedule';
import { scheduleStatus, type CatchUpContext, type ScheduleStatus } from './scheduleStatus';
import { dateEdits, keepSlashedOrder, lastDateBefore, withTrackerDates } from './dateEdits';
import { moveUpAfterSkip } from './skipAhead';
import { BEYOND_9999, frontMatterStartEdit, plannedDateEdit, skipDayEdit } from './scheduleEdits';
import { otherDaysChanged } from '../edits/doneReadings';
import { describe, standing } from './replanSummary';
import { closedUpOver, openChain, startShift } from './replanDates';
import { keptText, withKeptRest } from './keepRest';
import type { CatchUpChoice, ReplanOutcome } from './replanTypes';
import { doneTodayInWindow, doublesAvoidingPairs, doublesFit, doublesNeeded, heldByDate, shortestSpread, spreadWindow } from './spreadDays';

export type { CatchUpChoice, ReplanOutcome } from './replanTypes';

const fail = (message: string): ReplanOutcome => ({ ok: false, message });
const reparse = (plan: ParsedPlan, text: string): ParsedPlan => buildPlan(inMemoryDocument(plan.uri, text, plan.version + 1));

/**
 * The new date of each day from the current one on (day numbers by index, in order), or a message. Only open
 * days are moved: a day done early (after the current one, out of order) takes no slot of the new dates and
 * gets no date written; it keeps the place the schedule reads for it (its own 📅, else the day after the day
 * before it), and the open days after it are dated around it.
 */
function targets(plan: ParsedPlan, status: ScheduleStatus, choice: CatchUpChoice, context: CatchUpContext): Map<number, number> | string {
  const { schedule } = status;
  const old = scheduleDays(plan, schedule.start, schedule.rest);
  const region = plan.days.map((_, i) => i).filter((i) => i >= status.currentIndex && !Number.isNaN(old[i]));
  const open = openTargets(plan, status, choice, context, old, region);
  if (typeof open === 'string') return open;
  // The done days' places, in the chain of the new dates (the schedule reads a day without 📅 as the day after the one before).
  const result = new Map<number, number>();
  let previous = NaN;
  for (const i of region) {
    const own = plan.days[i].planned;
    const date = open.get(i) ?? (Number.isNaN(previous) || (own !== null && isValidIsoDate(own)) ? old[i] : schedule.rest.nextStudyDay(previous));
    result.set(i, date);
    previous = date;
  }
  return result;
}

/** The new dates of the open days of `region` (see targets). */
function openTargets(plan: ParsedPlan, status: ScheduleStatus, choice: CatchUpChoice, context: CatchUpContext, old: Float64Array, region: readonly number[]): Map<number, number> | string {
  const { schedule } = status;
  const result = new Map<number, number>();
  if (choice.kind === 'shift') {
    if (!Number.isInteger(choice.days) || choice.days === 0) return l10n.t('shift by a whole number of days other than 0');
    // Each open day moves by the shift from its date in the chain of the open days (see openChain): the days
    // done early leave no empty date between them (a learner's report), nor a gap their own 📅 made. A shift
    // later never moves a day before its old date (closing up into the past left a learner further behind), and
    // two days that shared a date still do.
    const chain = openChain(plan, old, region, schedule.rest);
    let previous = NaN;
    let previousOld = NaN;
    let afterDone = false;
    for (const i of region) {
      if (plan.days[i].done) {
        afterDone = true;
        continue;
      }
      let date = schedule.rest.advance(chain.get(i)!, choice.days);
      // From the first day done early on only (before it each day moves by the shift, as it always did).
      if (afterDone && !Number.isNaN(previous)) {
        // A shift earlier moves each day by the shift (closing up too would move it further than asked).
        date = Math.max(date, choice.days > 0 ? old[i] : schedule.rest.advance(old[i], choice.days));
        if (old[i] === previousOld) date = previous;
        else if (old[i] > previousOld && date <= previous) date = schedule.rest.nextStudyDay(previous);
        // ...and never further than the shift itself moves it (a 📅 on a rest day can put two days closer).
        date = Math.min(date, schedule.rest.advance(old[i], choice.days));
      }
      result.set(i, date);
      previous = date;
      previousOld = old[i];
    }
    // Earlier, but never onto or before the days already behind the learner.
    const before = lastDateBefore(old, status.currentIndex);
    const first = region.length > 0 ? result.get(region[0])! : null;
    if (before !== null && first !== null && first <= before) {
      // The first date it may take, and why: the day before it keeps its date (a learner read "the date of the day before it" as that day's own).
      return l10n.t('the rest of the plan cannot start before {0}: the day before it is planned on {1}', isoFromDayNumber(schedule.rest.nextStudyDay(before)), isoFromDayNumber(before));
    }
    return result;
  }
  if (choice.kind !== 'spread') return result;
  const missed = status.missed;
  if (missed === 0) return l10n.t('no day is behind schedule: there is nothing to spread');
  // Today's days done today count in today's two (a learner who had done a day that morning was given two more):
  // today takes no double then, so the missed days need a day more to spread over.
  const doneToday = doneTodayInWindow(plan, schedule, context.today);
  // How many days each date holds now, from the dates `old` already gives.
  const held = heldByDate(plan, old, status, context.today);
  const window = spreadWindow(schedule, context.today, Number.isInteger(choice.over) && choice.over > 0 ? choice.over : 0);
  const needed = doublesNeeded(plan, old, status, window, context.today, held, doneToday);
  if (window.length === 0 || !doublesFit(window, needed, held, context.today, doneToday)) {
    const shortest = shortestSpread(plan, old, status, context.today, held, doneToday);
    return doneToday > 0
      ? l10n.t('{0} missed days need at least {1} days to spread over: today holds the day done today and one more at most', missed, shortest)
      : l10n.t('{0} missed days need at least {1} days to spread over (two a day at most, counting the days already planned on them)', missed, shortest);
  }
  const doubles = new Set(choice.doubleOn ?? doublesAvoidingPairs(held, needed, window, context.today, doneToday));
  if (needed === 0 && doubles.size > 0) return l10n.t('no day takes two over the next {0} study days (one a day fills them): leave out the days to double', choice.over);
  if (doubles.size !== needed || [...doubles].some((date) => !window.includes(date))) {
    // Which dates it may be and what was wrong with those given (a trial's three dates, one a rest day, were refused unnamed).
    const outside = [...doubles].filter((date) => !window.includes(date));
    const named = outside.map((date) => (schedule.rest.isRestDate(date) ? l10n.t('{0} (a rest day)', date) : date)).join(', ');
    const wrong = outside.length === 0 ? l10n.t('{0} given', doubles.size)
      : outside.length === 1 ? l10n.t('{0} is not one of them', named) : l10n.t('{0} are not among them', named);
    return l10n.t('choose {0} of the next {1} study days to take two days each ({2}); {3}', needed, choice.over, window.join(', '), wrong);
  }
  // A double on today would be lost to the day done today (a review: it was taken and dropped without a word).
  if (doneToday > 0 && doubles.has(context.today)) return l10n.t('{0} already holds the day done today: choose the days that take two among the days after it', context.today);
  // A date of the window holds the days it held (two, where an earlier spread put two: a second spread does not
  // undo the first one's pairs), at least one, and one more where a missed day doubles up; two a day at most.
  // Once a day was done today, today takes two in all, the days done counted (the default doubles leave today alone:
  // the day done took its second place).
  const capacity = (date: string): number => (date === context.today && doneToday > 0 ? 2 - doneToday
    : Math.min(2, Math.max(1, held.get(dayNumber(date)) ?? 0) + (doubles.has(date) ? 1 : 0)));
  let slot = 0;
  let used = 0;
  let previous = -Infinity;
  let previousOld = NaN;
  const today = dayNumber(context.today);
  for (const i of region) {
    if (plan.days[i].done) continue;
    const at = old[i];
    let date: number;
    while (slot < window.length && capacity(window[slot]) <= 0) slot++;
    // A day its learner dated ahead (`📅` today or later: not missed) keeps its date where the days before it leave
    // room, the dates between left as they are (a learner's pinned days were moved earlier by a spread).
    if (plan.days[i].planned !== null && at >= today && slot < window.length && at >= dayNumber(window[slot])) {
      while (slot < window.length && dayNumber(window[slot]) < at) {
        slot++;
        used = 0;
      }
      if (slot < window.length && dayNumber(window[slot]) === at && ++used >= capacity(window[slot])) {
        slot++;
        used = 0;
      }
      result.set(i, at);
      previous = at;
      previousOld = at;
      continue;
    }
    if (slot < window.length) {
      date = dayNumber(window[slot]);
      if (++used === capacity(window[slot])) {
        slot++;
        used = 0;
      }
    } else {
      // After the window the plan keeps its dates (each still after the one before), and the two days of a
      // date that took two keep it (an earlier spread's pairs: they were pushed a day each, and a second spread
      // ended the plan weeks later).
      const pair = at === previousOld && at === previous;
      date = at > previous || pair ? at : schedule.rest.nextStudyDay(previous);
    }
    result.set(i, date);
    previous = date;
    previousOld = at;
  }
  return result;
}

function skipEdits(plan: ParsedPlan, text: string, refs: readonly DayRef[], today: string): { edits: TextEdit[]; days: number } | string {
  const lines = new Lines(text);
  const edits: TextEdit[] = [];
  // A day named twice (`--skip 2-3,3`) is marked once.
  const marked = new Set<PlanNode>();
  for (const ref of refs) {
    const day = findDay(plan, ref);
    if (!day) return l10n.t('"{0}" is no longer in the plan', ref.title);
    if (day.done || day.skipped || marked.has(day)) continue;
    marked.add(day);
    const edit = skipDayEdit(lines, day, today);
    if (typeof edit === 'string') return edit;
    edits.push(...edit);
  }
  return { edits, days: marked.size };
}

/**
 * After a skip, the pin that keeps the days after the missed ones where they were, or null when none is
 * needed. Skipped days leave the schedule and the days after them move up: right for a day ahead (the
 * plan ends sooner), but a day that was missed (planned before today) is skipped to catch up, and moving
 * the rest up would leave the learner exactly as far behind. So the first day after the last missed day
 * skipped keeps the date the days ahead skipped alone would give it: a `start:` when every day before it is
 * skipped (nothing studied), else a `📅`.
 */
function keepDatesAfterMissed(plan: ParsedPlan, text: string, skipMarks: readonly TextEdit[], status: ScheduleStatus, refs: readonly DayRef[], context: CatchUpContext): TextEdit | null | string {
  const { schedule } = status;
  const old = scheduleDays(plan, schedule.start, schedule.rest);
  const today = dayNumber(context.today);
  // The days this skip takes out of the schedule (refs of done or already skipped days mark nothing), by index.
  const skipped = new Map<number, DayRef>();
  for (const ref of refs) {
    const day = findDay(plan, ref);
    if (day && !day.done && !day.skipped) skipped.set(plan.days.indexOf(day), ref);
  }
  const missed = [...skipped.keys()].filter((i) => old[i] < today);
  if (missed.length === 0) return null;
  const last = Math.max(...missed);
  // The first open day after it that stays in the schedule: a day done early takes no date (see targets), so
  // it moves up with the skip and the open day after it is the one pinned.
  const keep = plan.days.findIndex((day, i) => i > last && !skipped.has(i) && !day.skipped && !day.done && !Number.isNaN(old[i]));
  if (keep < 0) return null;
  // Its date as the days ahead skipped alone would leave it (they move it up; a date its author wrote stays),
  // and as every skip leaves it: a pin only where the missed ones moved it further.
  const ahead = [...skipped].filter(([i]) => old[i] >= today).map(([, ref]) => ref);
  const aheadMarks = skipEdits(plan, text, ahead, context.today);
  if (typeof aheadMarks === 'string') return aheadMarks;
  // Skip marks change no line count: the kept day is at the same index in each text.
  const dateIn = (marks: readonly TextEdit[]): number => {
    const marked = reparse(plan, applyTextEdits(text, marks));
    const moved = scheduleFor(marked, context.options);
    return moved ? scheduleDays(marked, moved.start, moved.rest)[keep] : NaN;
  };
  const wanted = dateIn(aheadMarks.edits);
  if (Number.isNaN(wanted) || dateIn(skipMarks) === wanted) return null;
  const date = isoFromDayNumber(wanted);
  const lines = new Lines(text);
  const allBeforeSkipped = plan.days.slice(0, keep).every((day, i) => skipped.has(i) || day.skipped);
  if (allBeforeSkipped && schedule.startFrom === 'frontMatter' && plan.days[keep].planned === null) {
    const edit = frontMatterStartEdit(lines, date);
    if (edit) return edit;
  }
  if (!canCarryDate(plan.days[keep])) {
    // A day with no place for a date (a table row without a Date column, a paragraph day): when every day before it
    // is done or skipped, a new start: keeps it on its date (the days done keep their stamps; a trial's skip of the
    // first open row moved the rows up instead, "still 6 days behind"). Else no pin: the days after move up and the
    // summary says the plan is still behind (Skip Day on a missed row was refused, naming the next day).
    const before = plan.days.slice(0, keep);
    if (!before.every((day, i) => skipped.has(i) || day.skipped || day.done) || schedule.startFrom !== 'frontMatter' || plan.days[keep].planned !== null) return null;
    // The days done keep their places in the schedule: the start goes back by as many study days as they take.
    const places = before.filter((day, i) => !skipped.has(i) && !day.skipped).length;
    return frontMatterStartEdit(lines, isoFromDayNumber(schedule.rest.advance(wanted, -places)));
  }
  return plannedDateEdit(lines, plan.days[keep], date);
}

/**
 * The edits of a catch-up choice, with the plan's end date before and after (read back from the edited
 * text, as the schedule will read it). `uri` names the plan for the parse of the edited text.
 */
export function catchUp(text: string, plan: ParsedPlan, choice: CatchUpChoice, context: CatchUpContext): ReplanOutcome {
  // A journal's entries are records, as for done: nothing to skip (from a review: `--skip 2026-11-20` marked one).
  if (choice.kind === 'skip' && plan.journal) return fail(l10n.t('{0} is a journal: its entries are records, with nothing to skip', context.name ?? plan.root.title));
  const status = scheduleStatus(plan, context);
  if (!status) {
    const name = context.name ?? plan.root.title;
    const problem = frontMatterStartProblem(plan);
    if (problem) return fail(l10n.t('{0} has no schedule to catch up on: {1}', name, problem));
    if (choice.kind === 'skip') return unscheduledSkip(plan, text, choice.days, context.today);
    // A file with a start: and no day (a learner was told to give it the start date it had).
    if (plan.days.length === 0) return fail(l10n.t('{0} has no days to schedule', name));
    // A journal's entries are records of their dates, no schedule (a trial was told to give one a start date).
    if (plan.journal) return fail(l10n.t('{0} is a journal: its entries are records of their dates, with no schedule to catch up on', name));
    if (!plan.days.some((day) => !day.done && !day.skipped)) return fail(l10n.t('{0} has no open day to catch up on: every day is done or skipped', name));
    return fail(l10n.t('{0} has no schedule to catch up on: give it a start date (front matter start: YYYY-MM-DD) and an open day', name));
  }
  let edits: TextEdit[] | string;
  let skips = 0;
  let closedUp = 0;
  let oneADay = false;
  if (choice.kind === 'skip') {
    const skipped = skipEdits(plan, text, choice.days, context.today);
    edits = typeof skipped === 'string' ? skipped : skipped.edits;
    // Days, not edits: a day written as a task takes two (`[-]` and its `❌ date`).
    skips = typeof skipped === 'string' ? 0 : skipped.days;
    // Every day named done or skipped already: nothing was done, and it is no success (it said "Skipped 0 days").
    if (skips === 0 && typeof skipped !== 'string') return fail(l10n.t('nothing to skip: the days named are done or skipped already'));
    const pin = typeof edits === 'string' ? null : keepDatesAfterMissed(plan, text, edits, status, choice.days, context);
    if (typeof pin === 'string') edits = pin;
    else if (typeof edits !== 'string') {
      if (pin) edits = [...edits, pin];
      // Days ahead skipped: the days after them move up into their dates (pins included), after the pin that keeps
      // the days after the missed ones where they were (a skip of both left the days after the one ahead dated
      // behind the pin, in the past).
      const skipped = new Set(choice.days.map((ref) => findDay(plan, ref)).filter((day) => day && !day.done && !day.skipped).map((day) => plan.days.indexOf(day!)));
      const moved = moveUpAfterSkip(plan, text, edits, status, skipped, context);
      if (typeof moved === 'string') edits = moved;
      // The pinned day keeps the pin (the move up wants it on the same date; an edit of its line would overlap).
      else if (moved) edits = [...edits, ...moved.filter((edit) => !pin || edit.range.start.line !== pin.range.start.line)];
    }
  } else if (choice.kind === 'shift' && !plan.days.some((day) => day.form === 'heading' || day.form === 'item') && startShift(plan, text, status.schedule, choice.days)) {
    // No day can carry a date (table rows, paragraph days): the start moves, and every day with it, the day
    // before the current one too, so no rule of the day before holds (an earlier shift was refused by it).
    edits = startShift(plan, text, status.schedule, choice.days)!;
  } else {
    const wanted = targets(plan, status, choice, context);
    // A date past 9999 is refused where it would be written (plannedDateEdit; see BEYOND_9999).
    edits = typeof wanted === 'string' ? wanted : dateEdits(plan, text, status, wanted);
    // A spread whose window the plan's days fill one a day doubled none: said (it read as a spread, and was a shift).
    if (typeof wanted !== 'string' && choice.kind === 'spread' && new Set(wanted.values()).size === wanted.size) oneADay = true;
    // The dates written are the targets: say what they closed up over (a shift by start: closes up over nothing).
    if (typeof wanted !== 'string' && typeof edits !== 'string' && choice.kind === 'shift') closedUp = closedUpOver(plan, status.schedule, status.currentIndex, wanted, choice.days);
    // Refused by a day that cannot carry a date (targets themselves were fine): a shift may still move the start.
    if (typeof wanted !== 'string' && typeof edits === 'string' && choice.kind === 'shift') edits = startShift(plan, text, status.schedule, choice.days) ?? edits;
  }
  if (typeof edits === 'string') return fail(edits);
  // A title's slashed dates readable in the file's order, and a tracker's row beside a heading dated anew following it.
  // The rest the new dates would no longer say is written down (keepRest.ts).
  const parse = (after: string): ParsedPlan => reparse(plan, after);
  const dated = withTrackerDates(plan, text, keepSlashedOrder(text, edits), parse);
  // New dates never change what a day done reads (a table's done dates read by the order its planned ones said).
  // Checked before the rest is written: its lines move every day below them, and days are compared line by line (a
  // review's plan of yearless dates was refused a shift).
  const changed = otherDaysChanged(plan, dated.replanned);
  if (changed !== null) return fail(changed);
  const written = withKeptRest(plan, text, dated, context.options, parse);
  edits = written.edits;
  const { after, replanned } = written;
  const schedule = scheduleFor(replanned, context.options);
  const current = currentDayOf(replanned, context.today);
  const endAfter = current ? (schedule?.end ?? null) : null;
  if (endAfter !== null && !isValidIsoDate(endAfter)) return fail(BEYOND_9999());
  const behindAfter = schedule && current ? schedule.behind(current, context.today) : null;
  const nextDate = schedule && current ? schedule.dateOf(replanned.days.indexOf(current)) : null;
  // A shift earlier pulls days ahead towards today, never past it: a learner ahead was left behind by a day the
  // shift planned before today (a table's start: moved, or a plan with nothing done before its current day).
  if (choice.kind === 'shift' && choice.days < 0 && status.behind <= 0 && behindAfter !== null && behindAfter > 0) {
    return fail(earliestShift(status, context.today));
  }
  const where = standing(status.behind, behindAfter, nextDate, context.today);
  const ends = endAfter === null ? l10n.t('was to end {0}', status.end) : endAfter === status.end ? l10n.t('ends {0}, unchanged', status.end) : l10n.t('ends {0}, was {1}', endAfter, status.end);
  return {
    ok: true,
    edits,
    summary: `${describe(choice, status.missed, skips, closedUp)}${oneADay ? l10n.t(', one a day (no day takes two)') : ''} (${ends}; ${where})${keptText(written.kept)}`,
    ...(written.kept ? { keptRest: written.kept } : {}),
    endBefore: status.end,
    endAfter,
    behindAfter,
    standing: where,
    text: after,
  };
}

/** Whether a day can be given a planned date: a heading's or item's `📅`, a table row's Date cell. */
function canCarryDate(day: PlanNode): boolean {
  return day.form === 'heading' || day.form === 'item' || (day.cells?.planned ?? null) !== null;
}

/**
 * Skipping days of a plan with no schedule: their `⏭` marks alone, no date to keep or move (a learner could skip
 * only by hand: "no schedule to catch up on").
 */
function unscheduledSkip(plan: ParsedPlan, text: string, refs: readonly DayRef[], today: string): ReplanOutcome {
  const skipped = skipEdits(plan, text, refs, today);
  if (typeof skipped === 'string') return fail(skipped);
  if (skipped.days === 0) return fail(l10n.t('nothing to skip: the days named are done or skipped already'));
  const after = applyTextEdits(text, skipped.edits);
  const current = currentDayOf(reparse(plan, after), today);
  const where = current ? l10n.t('the plan has no schedule; next: {0}', current.title) : l10n.t('no open day left');
  return { ok: true, edits: skipped.edits, summary: `${describe({ kind: 'skip' }, 0, skipped.days)} (${where})`, endBefore: null, endAfter: null, behindAfter: null, standing: where, text: after };
}

/** Why a shift earlier is refused, with the most it may move: the current day planned on today at the earliest. */
function earliestShift(status: ScheduleStatus, today: string): string {
  const { schedule } = status;
  const planned = schedule.dateOf(status.currentIndex);
  let most = 0;
  if (planned !== null) while (schedule.rest.advance(dayNumber(planned), -(most + 1)) >= dayNumber(today)) most++;
  return most === 0
    ? l10n.t('the current day is planned for {0}: a shift earlier would plan it before today', planned ?? today)
    : most === 1
      ? l10n.t('the current day is planned for {0}: a shift of more than 1 day earlier would plan it before today', planned!)
      : l10n.t('the current day is planned for {0}: a shift of more than {1} days earlier would plan it before today', planned!, most);
}
