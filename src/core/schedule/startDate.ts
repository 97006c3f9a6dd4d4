/**
 * Giving a plan a start date (`replan plan.md --start 2026-11-24`): its front matter's `start:` edited where there is
 * one, else written (into the front matter, or front matter of its own at the top). A trial was told to "give it a
 * start date (front matter start: YYYY-MM-DD)" and had to edit the front matter by hand. Days with a date of their own
 * (`📅`, a Date cell) keep it; the others are planned from the new start, as the schedule reads it.
 */
import * as l10n from '@vscode/l10n';
import { buildPlan } from '../parse/buildPlan';
import { inMemoryDocument } from '../document';
import { applyTextEdits, Lines, onLine, type TextEdit } from '../edits/textEdit';
import { otherDaysChanged } from '../edits/doneReadings';
import type { ParsedPlan } from '../model';
import { dayNumber, isValidIsoDate } from '../calendar/calendarDays';
import { dayName } from '../nodeLabels';
import { currentDayOf } from './currentDay';
import { scheduleFor } from './schedule';
import type { RestDays } from './restDays';
import { scheduleStatus, type CatchUpContext } from './scheduleStatus';
import { frontMatterStartEdit } from './scheduleEdits';
import { standing } from './replanSummary';
import { frontMatterKeyInsert } from './frontMatterInsert';
import type { ReplanOutcome } from './replanTypes';

const fail = (message: string): ReplanOutcome => ({ ok: false, message });

/** A top-level `start` key, YAML's or TOML's, whatever its value (a second one would not be read). */
const START_KEY = /^start[ \t]*[:=]/;

/** Sets the plan's start date to `date` (see the file's comment); the outcome says where the plan then stands. */
export function setStartDate(text: string, plan: ParsedPlan, date: string, context: CatchUpContext): ReplanOutcome {
  const name = context.name ?? plan.root.title;
  if (!isValidIsoDate(date)) return fail(l10n.t('{0} is no date', date));
  if (plan.journal) return fail(l10n.t('{0} is a journal: its entries are records of their dates, with no schedule to start', name));
  if (plan.days.length === 0) return fail(l10n.t('{0} has no days to schedule', name));
  const lines = new Lines(text);
  const edit = frontMatterStartEdit(lines, date) ?? emptyStartEdit(lines, date) ?? startLineInsert(lines, date);
  if (edit === null) return fail(l10n.t('the front matter of {0} holds a start that is not a date, or does not close: edit its start: by hand', name));
  const after = applyTextEdits(text, [edit]);
  const before = scheduleStatus(plan, context);
  // Run twice, or the date it has: nothing to change, as done of a day done (exit 0 for a script).
  if (after === text) {
    const where = before ? standing(before.behind, before.behind, null, context.today) : '';
    return { ok: true, edits: [], summary: l10n.t('Starts on {0} already', date), endBefore: before?.end ?? null, endAfter: before?.end ?? null, behindAfter: before?.behind ?? null, standing: where, text };
  }
  const replanned = buildPlan(inMemoryDocument(plan.uri, after, plan.version + 1));
  const changed = otherDaysChanged(plan, replanned);
  if (changed !== null) return fail(changed);
  const schedule = scheduleFor(replanned, context.options);
  const current = currentDayOf(replanned, context.today);
  const endAfter = current ? (schedule?.end ?? null) : null;
  const behindAfter = schedule && current ? schedule.behind(current, context.today) : null;
  const nextDate = schedule && current ? schedule.dateOf(replanned.days.indexOf(current)) : null;
  const where = standing(before?.behind ?? 0, behindAfter, nextDate, context.today);
  // A start on a rest weekday plans the first day on the next study day (a trial's Sunday start said nothing of it).
  const first = schedule === null ? -1 : replanned.days.findIndex((_, i) => schedule.dateOf(i) !== null);
  const firstDate = first < 0 ? null : schedule!.dateOf(first);
  const rest = firstDate !== null && firstDate > date && restUntil(schedule!.rest, date, firstDate) ? l10n.t('{0} is a rest day: {1} is planned on {2}', date, dayName(replanned.days[first]), firstDate) : '';
  const ends = endAfter === null ? '' : before?.end ? (endAfter === before.end ? l10n.t('ends {0}, unchanged', endAfter) : l10n.t('ends {0}, was {1}', endAfter, before.end)) : l10n.t('ends {0}', endAfter);
  return {
    ok: true,
    edits: [edit],
    summary: l10n.t('Start set to {0}', date) + ` (${[rest, ends, where].filter(Boolean).join('; ')})`,
    endBefore: before?.end ?? null,
    endAfter,
    behindAfter,
    standing: where,
    text: after,
  };
}

/** Every date from `from` up to `to` (not included) is a rest day: the first day moved past them, not pinned later by its `📅`. */
function restUntil(rest: RestDays, from: string, to: string): boolean {
  for (let day = dayNumber(from), end = dayNumber(to); day < end; day++) if (!rest.isRest(day)) return false;
  return true;
}

/** A template's blank `start:` (YAML, `start:` with nothing after it but a comment): filled in (a trial's was refused). */
function emptyStartEdit(lines: Lines, date: string): TextEdit | null {
  if (!/^\uFEFF?---[ \t]*$/.test(lines.at(0))) return null;
  for (let line = 1; line < lines.count; line++) {
    const text = lines.at(line);
    if (/^(?:---|\.\.\.)[ \t]*$/.test(text)) return null;
    const blank = /^(start[ \t]*:)([ \t]*)(?:#.*)?$/.exec(text);
    if (blank) {
      const at = blank[1].length;
      // Before a comment, one space kept after the date; a blank value's spaces make way.
      const comment = text.slice(at + blank[2].length);
      return onLine(line, { start: at, end: at + blank[2].length, newText: ` ${date}${comment ? ' ' : ''}` });
    }
  }
  return null;
}

/**
 * `start: date` written where the front matter has no start line (see frontMatterKeyInsert). Null for front matter that
 * does not close, or holds a start key whose value is no date (a second key would not be read).
 */
function startLineInsert(lines: Lines, date: string): TextEdit | null {
  return frontMatterKeyInsert(lines, `start: ${date}`, `start = ${date}`, (line) => START_KEY.test(line.trimStart()));
}
