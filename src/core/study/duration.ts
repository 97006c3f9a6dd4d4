/**
 * Durations that plan authors write in prose: `30 min`, `1 h`, `1.5 hours`, `90 minutes`, `1h30m`,
 * `1 hr 15 mins`, and the units of the plans' other languages (`1 Std.`, `30 minutos`, `30分钟`). Returned in
 * whole minutes. Only unambiguous units count: a bare number is not a duration, and `m` alone counts only right
 * after an hour part (`1h30m`) or as a parenthesised group of its own (`(30m)`), since `5m` may mean metres or millions.
 */
import * as l10n from '@vscode/l10n';

// The units of the plans' languages too (a learner's `(1 Std.)`, `(30 minutos)`, `(30分钟)` counted nothing):
// German, Spanish, Portuguese, French, Italian, Dutch, Chinese, Japanese. Each is a whole word: `(?![\w])`.
const HOUR_WORDS = 'hours?|hrs?|h|stunden?|std\\.?|horas?|heures?|ore|uur|小时|小時|時間';
const MINUTE_WORDS = 'minutes?|mins?|minuten?|minutos?|minuti|minuut|分钟|分鐘|分間';
const HOURS = `(?:${HOUR_WORDS})`;
const MINUTES = `(?:${MINUTE_WORDS}|m)`;
const NUMBER = '(\\d{1,4}(?:[.,]\\d+)?)';
// Longest alternatives first: "1 h 30 min", then "1 h", then "30 min". `\b` keeps `2 hours` from matching
// inside words like `2 homes`; `(?![\w])` after the unit stops `30 months` from reading as 30 minutes.
const DURATION = new RegExp(
  `(?<![\\w.,])${NUMBER}\\s*${HOURS}(?:\\s*(?:and\\s*)?(\\d{1,3})\\s*${MINUTES})?(?![\\w])|(?<![\\w.,])${NUMBER}\\s*(?:${MINUTE_WORDS})(?![\\w])`,
  'i',
);
/** A parenthesised group that is a duration alone may write minutes as `m` (`(30m)`): there it is no metre. */
// An estimate may say it is one (`(~20m)`, `(≈ 20m)`, `(ca. 20m)`): a learner's `(~20m)` counted nothing.
const MINUTES_ALONE = /^\s*(?:[~≈]|ca\.|approx\.?|about)?\s*(\d{1,4})\s*m\s*$/i;

/**
 * A time field's value written short (`45m`) or as a bare number in the unit its label gives (`Time (min)`: `30`;
 * `Time (h)`: `1.5`): in a field named as a time there is no metre (a trial's `| Time |` column of `45m` counted nothing).
 */
export function timeFieldMinutes(value: string, unit: string | null): number | null {
  const short = MINUTES_ALONE.exec(value);
  if (short) return Number(short[1]) || null;
  const bare = /^\s*(\d{1,4}(?:[.,]\d+)?)\s*$/.exec(value);
  if (!bare || unit === null) return null;
  const per = new RegExp(`^(?:${MINUTE_WORDS}|m)$`, 'i').test(unit.trim()) ? 1 : new RegExp(`^(?:${HOUR_WORDS})$`, 'i').test(unit.trim()) ? 60 : 0;
  return Math.round(toNumber(bare[1]) * per) || null;
}

function toNumber(text: string): number {
  return Number(text.replace(',', '.'));
}

/** The first duration written in `text`, in minutes; null when there is none (or it is zero). */
export function parseDuration(text: string): number | null {
  if (!/\d/.test(text)) return null; // most text has no digit at all: skip the regular expression
  const match = DURATION.exec(text);
  if (!match) return null;
  const minutes = match[1] !== undefined
    ? toNumber(match[1]) * 60 + (match[2] !== undefined ? Number(match[2]) : 0)
    : toNumber(match[3]);
  const rounded = Math.round(minutes);
  return rounded > 0 ? rounded : null;
}

/** `(30 min)`, and the full-width `（30分钟）` a Chinese or Japanese input method types (a learner's counted nothing). */
const PARENTHESISED = /[(\uFF08]([^()\uFF08\uFF09]*)[)\uFF09]/g;
const hasParenthesis = (text: string): boolean => text.includes('(') || text.includes('\uFF08');
/** A bracketed group that is neither a link's text (`[t](url)`, `[t][ref]`) nor, holding no duration, a box. */
const BRACKETED = /\[([^[\]]*)\](?![([])/g;
/** A group that gives the whole (`(1 h in total)`, `(insgesamt 1 Std.)`): it is the note's estimate alone. */
const TOTAL = /\b(?:in total|total|insgesamt|gesamt|en total|au total|in totale)\b/i;

/** The first parenthesised group of `text` that holds a duration: `Task (30 min)`, `Intro (Blog, 8 min)`. */
export function parenthesisedDuration(text: string): number | null {
  if (!hasParenthesis(text)) return null;
  for (const group of text.matchAll(PARENTHESISED)) {
    const minutes = groupMinutes(group[1]);
    if (minutes !== null) return minutes;
  }
  return null;
}

/**
 * The estimate a task or link note gives: a parenthesised group (`Read (45 min)`), else a bracketed one that is no
 * link nor box (`Watch the lecture [45 min]`), or a duration that ends the text after a dash or a colon
 * (`Read chapter 3 - 20 min`, `Quiz — 1 h`, `Flashcards: 15 min`). A learner's `[30 min]` and `- 20 min` counted
 * nothing. Anywhere else a duration is prose (`Run the 30 min timer`), not an estimate.
 */
export function notedDuration(text: string): number | null {
  return parenthesisedDuration(text) ?? bracketedDuration(text) ?? trailingDuration(text);
}

/**
 * A task's estimate: as notedDuration, its groups summed where the task gives each step its own (`Read chapter 3
 * (45 min) then quiz (15 min)`: a learner's counted 45). Only a task's: a resource's text and the note after its
 * link (`[Video (20 min)](url) (Docs, 10 min)`) say one thing twice, or another way.
 */
export function taskDuration(text: string): number | null {
  return groupsDuration(text, PARENTHESISED) ?? groupsDuration(text, BRACKETED) ?? trailingDuration(text);
}

/**
 * The minutes the groups of `text` hold, summed: a note may give each step its own (`Read (45 min) then quiz
 * (15 min)`: a learner's counted 45); a group saying it is the total is the estimate alone. Null without any.
 */
function groupsDuration(text: string, groups: RegExp): number | null {
  if (groups === PARENTHESISED ? !hasParenthesis(text) : !text.includes('[')) return null;
  let sum: number | null = null;
  for (const group of text.matchAll(groups)) {
    // One round's steps (durations, several), repeated: no estimate of the whole (a trial's Couch to 5K day was planned
    // as 1 min). One duration beside a count is the time (`Watch at 2x (30 min)`).
    if (severalDurations(group[1]) && (REPEATED_BEFORE.test(text.slice(0, group.index)) || REPEATED_AFTER.test(text.slice(group.index + group[0].length)))) continue;
    const minutes = groupMinutes(group[1]);
    if (minutes === null) continue;
    if (TOTAL.test(group[1])) return minutes;
    sum = (sum ?? 0) + minutes;
  }
  return sum;
}

/**
 * A group's duration: `m` alone counts as minutes here (`(30m)`, `(~20m)`); its first (`(30 min - 1 h)`, `(90 min, incl.
 * 10 min break)`), or the sum of durations added up (`(20 min video + 10 min quiz)`).
 */
function groupMinutes(group: string): number | null {
  const alone = MINUTES_ALONE.exec(group);
  if (alone) return Number(alone[1]) || null;
  const minutes = parseDuration(group);
  if (minutes === null || !group.includes('+')) return minutes;
  const parts = group.split('+').map(parseDuration);
  return parts.every((part) => part !== null) ? parts.reduce((sum, part) => sum! + part!, 0) : minutes;
}

/** A count of repeats around a group (`8x (...)`, `(...) x8`, `8 times (...)`, `8 rounds of`): one round's steps. */
const REPEATED_BEFORE = /(?:(?<![\d.,])\d+[ \t]*[x\u00d7]|\d+[ \t]+(?:times|rounds?|sets?)(?:[ \t]+of)?)[ \t]*$/i;
const REPEATED_AFTER = /^[ \t]*(?:[x\u00d7][ \t]*\d+(?![\d.,])|\d+[ \t]*[x\u00d7](?![\p{L}]))/iu;

/** Whether a group names more than one duration (`1 min run, 1.5 min walk`). */
function severalDurations(group: string): boolean {
  const first = DURATION.exec(group);
  return first !== null && parseDuration(group.slice(first.index + first[0].length)) !== null;
}

/** The first bracketed group of `text` that holds a duration and is neither a link's text nor a box (`Task [30 min]`). */
export function bracketedDuration(text: string): number | null {
  if (!text.includes('[')) return null;
  for (const group of text.matchAll(BRACKETED)) {
    const minutes = groupMinutes(group[1]);
    if (minutes !== null) return minutes;
  }
  return null;
}

/** A duration alone after the text's last dash or colon: `Read chapter 3 - 20 min`, `Quiz — 1 h`. */
const TRAILING = /(?:\s[-–—|]|[:\uFF1A])\s*([^-–—|:\uFF1A]{1,24})$/;

function trailingDuration(text: string): number | null {
  const tail = TRAILING.exec(text.trimEnd());
  if (!tail) return null;
  const minutes = parseDuration(tail[1]);
  // The whole tail is the duration (`- 20 min`), not prose that holds one (`- run it for 20 min`).
  return minutes !== null && DURATION_ALONE.test(tail[1].trim()) ? minutes : null;
}

const DURATION_ALONE = new RegExp(`^(?:${DURATION.source})$`, 'i');

/** `150` → `2 h 30 min`, `45` → `45 min`, `120` → `2 h`. */
export function formatMinutes(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  if (hours === 0) return l10n.t('{0} min', rest);
  return rest === 0 ? l10n.t('{0} h', hours) : l10n.t('{0} h {1} min', hours, rest);
}

/**
 * A duration typed on a command line: `45m`, `45min`, `1h`, `1h30m`, `1.5h`, `90` (minutes), also
 * what prose durations allow (`45 min`). Whole minutes, or null.
 */
export function parseDurationArg(text: string): number | null {
  const trimmed = text.trim().toLowerCase();
  let minutes: number | null = null;
  const compact = /^(?:(\d{1,3}(?:[.,]\d+)?)\s*h(?:ours?|rs?)?)?\s*(?:(\d{1,4})\s*m(?:in(?:utes?|s)?)?)?$/.exec(trimmed);
  // `1h30` (minutes after hours need no unit) and `1:30`, as learners type them.
  const clock = /^(\d{1,2})\s*(?:h|:)\s*([0-5]\d)$/.exec(trimmed);
  if (/^\d{1,4}$/.test(trimmed)) minutes = Number(trimmed);
  else if (clock) minutes = Number(clock[1]) * 60 + Number(clock[2]);
  else if (compact && (compact[1] !== undefined || compact[2] !== undefined)) {
    // `1h90m` is a typo, not 2 h 30 min (a trial's was logged so): minutes after hours stay under 60.
    if (compact[1] !== undefined && compact[2] !== undefined && Number(compact[2]) >= 60) return null;
    minutes = Math.round(Number((compact[1] ?? '0').replace(',', '.')) * 60 + Number(compact[2] ?? 0));
  }
  return minutes !== null && minutes > 0 && minutes <= 24 * 60 ? minutes : null;
}
