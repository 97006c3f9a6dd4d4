/**
 * Recurring tasks, as Obsidian Tasks completes them: checking `- [ ] Flashcards 📅 2026-11-27 🔁 every day` writes
 * the next one on the line above it (`- [ ] Flashcards 📅 2026-11-28 🔁 every day`), its dates moved by the rule,
 * and stamps the one done. A learner's toggle checked it and wrote none: the habit stopped.
 *
 * The rules read are the interval ones (`every day`, `every 3 days`, `every week`, `every 2 weeks`, `every month`,
 * `every year`) and those naming the days (`every weekday`, `every Monday, Thursday`, `every 2 weeks on Sunday`,
 * `every month on the 1st`, `every month on the last Friday`: see recurrenceDays.ts), each with `when done`
 * (counted from the day it was done, not from its date). Others (`every January on the 15th`) are left for
 * Obsidian Tasks: the task is checked, and the caller says why no next one was written.
 */
import * as l10n from '@vscode/l10n';
import type { Task } from '../model';
import { addDays, dayNumber } from '../calendar/calendarDays';
import { isValidIsoDate } from '../stamps';
import { dateFieldsAt } from '../grammar/taskFields';
import { findTaskBox } from '../grammar/lineSyntax';
import type { Lines } from '../grammar/lines';
import { onLine, type TextEdit } from './textEdit';
import { blockLinkStart } from './lineEdits';
import { nextOnDays, parseRecurrenceDays, type RecurrenceDays } from './recurrenceDays';

export interface Recurrence {
  readonly every: number;
  readonly unit: 'day' | 'week' | 'month' | 'year';
  readonly whenDone: boolean;
  /** The days it falls on (`every Monday`, `every month on the last`); absent for an interval rule. */
  readonly on?: RecurrenceDays;
}

const RULE = /^every\s+(?:(\d{1,3})\s+)?(day|week|month|year)s?(?:\s+(on\s.+))?$/i;
const WHEN_DONE = /\s+when\s+done$/i;

/** A rule this reads (`every 2 weeks when done`, `every Monday`), or null for one it reads not (`every January on the 15th`). */
export function parseRecurrence(rule: string): Recurrence | null {
  let text = rule.trim().replace(/\s+/g, ' ');
  const whenDone = WHEN_DONE.test(text);
  text = text.replace(WHEN_DONE, '');
  const match = RULE.exec(text);
  if (!match) {
    const days = /^every (.+)$/i.exec(text);
    const named = days ? parseRecurrenceDays(null, days[1].toLowerCase()) : null;
    return named ? { every: 1, unit: named.unit, whenDone, on: named.on } : null;
  }
  const every = match[1] === undefined ? 1 : Number(match[1]);
  // `every 2 day` is read as Obsidian Tasks reads it; `every 0 days` is no rule.
  if (every <= 0) return null;
  const unit = match[2].toLowerCase() as Recurrence['unit'];
  if (match[3] === undefined) return { every, unit, whenDone };
  const named = unit === 'week' || unit === 'month' ? parseRecurrenceDays(unit, match[3].toLowerCase()) : null;
  return named ? { every, unit, whenDone, on: named.on } : null;
}

/**
 * `iso` moved by the rule; a month or year ending past the month's last day ends on it (Jan 31 + 1 month: Feb 28).
 * A rule naming days: the first date after `iso` it falls on, or null when it falls on none (see nextOnDays).
 */
export function advance(iso: string, rule: Recurrence): string | null {
  if (rule.on) return nextOnDays(iso, rule.every, rule.unit === 'week' ? 'week' : 'month', rule.on);
  if (rule.unit === 'day' || rule.unit === 'week') return addDays(iso, rule.every * (rule.unit === 'week' ? 7 : 1));
  const months = rule.every * (rule.unit === 'year' ? 12 : 1);
  const total = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(iso.slice(8, 10)), last);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DATE_FIELDS = ['due', 'scheduled', 'start'] as const;

/**
 * The next occurrence's dates: the reference date (due, else scheduled, else start) moves by the rule, from
 * itself or, `when done`, from the day it was done; the other dates keep their distance to it. Null: the rule
 * falls on no date after it.
 */
export function nextDates(task: Pick<Task, 'due' | 'scheduled' | 'start'>, rule: Recurrence, doneDate: string): Partial<Record<(typeof DATE_FIELDS)[number], string>> | null {
  const reference = task.due ?? task.scheduled ?? task.start;
  if (reference === null) return {};
  const next = advance(rule.whenDone ? doneDate : reference, rule);
  if (next === null) return null;
  const shift = dayNumber(next) - dayNumber(reference);
  const out: Partial<Record<(typeof DATE_FIELDS)[number], string>> = {};
  for (const field of DATE_FIELDS) {
    const date = task[field];
    if (date !== null) out[field] = date === reference ? next : addDays(date, shift);
  }
  return out;
}

/**
 * The edit that writes a recurring task's next occurrence above it, with the next one's date (due, else scheduled,
 * else start), or null when it recurs not; a string says why none could be written (a rule this reads not, a task
 * over several lines).
 */
export function nextOccurrenceEdit(lines: Lines, task: Task, doneDate: string | null): { readonly edit: TextEdit; readonly due: string | null } | string | null {
  if (task.recurrence === null) return null;
  const rule = parseRecurrence(task.recurrence);
  if (!rule) return l10n.t('"🔁 {0}" is a rule Obsidian Tasks reads and this does not: add the next "{1}" by hand', task.recurrence, task.text);
  if (task.lastLine !== task.line) return l10n.t('"{0}" is written over several lines: add its next one by hand', task.text);
  if (rule.whenDone && doneDate === null) return l10n.t('"{0}" recurs when done, and date stamps are off: add its next one by hand', task.text);
  const invalid = DATE_FIELDS.map((field) => task[field]).find((date) => date !== null && !isValidIsoDate(date));
  if (invalid) return l10n.t('"{0}" has {1} for a date: add its next one by hand', task.text, invalid);
  const line = lines.at(task.line);
  const box = findTaskBox(line);
  // A heading's box is a day's mark (the caller keeps days and what is in them out).
  if (!box || box.heading) return null;
  // The file's byte order mark stays first: the next one goes after it.
  const bom = line.startsWith('\uFEFF') ? 1 : 0;
  const at = dateFieldsAt(line);
  const dates = nextDates(task, rule, doneDate ?? '');
  if (dates === null) return l10n.t('"{0}": "🔁 {1}" falls on no date after its last: add its next one by hand', task.text, task.recurrence);
  // Rewritten from the end, so that each position still holds; the box opened (`[/]` too).
  let next = line;
  for (const field of DATE_FIELDS.filter((f) => at[f] !== undefined && dates[f] !== undefined).sort((a, b) => at[b]! - at[a]!)) {
    next = next.slice(0, at[field]!) + dates[field]! + next.slice(at[field]! + 10);
  }
  next = `${next.slice(bom, box.index)} ${next.slice(box.index + 1)}`;
  // What is the done one's alone, as Obsidian Tasks leaves it off the next: its created date, its id, its block link
  // (two `^gym` would be one block link to two lines).
  next = next.slice(0, blockLinkStart(next, next.trimEnd().length));
  next = next.replace(/[ \t]+\u2795\uFE0F?[ \t]*\d{4}-\d{2}-\d{2}(?=[ \t]|$)/g, '').replace(/[ \t]+\u{1F194}\uFE0F?[ \t]*[A-Za-z0-9_-]+(?=[ \t]|$)/gu, '');
  // Checked, unchecked and checked again: its next one is above it already (a learner's went in twice).
  if (task.line > 0 && lines.at(task.line - 1).replace(/^\uFEFF/, '') === next) return l10n.t('its next one is above it already (line {0})', task.line);
  const edit = onLine(task.line, { start: bom, end: bom, newText: next + lines.breakAfter(task.line) });
  return { edit, due: dates.due ?? dates.scheduled ?? dates.start ?? null };
}
