/**
 * Durations that plan authors write in prose: `30 min`, `1 h`, `1.5 hours`, `90 minutes`, `1h30m`,
 * `1 hr 15 mins`. Returned in whole minutes. Only unambiguous units count: a bare number is not a duration,
 * and `m` alone counts only right after an hour part (`1h30m`), since `5m` may mean metres or millions.
 */
import * as l10n from '@vscode/l10n';

const HOURS = '(?:hours?|hrs?|h)';
const MINUTES = '(?:minutes?|mins?|m)';
const NUMBER = '(\\d{1,4}(?:[.,]\\d+)?)';
// Longest alternatives first: "1 h 30 min", then "1 h", then "30 min". `\b` keeps `2 hours` from matching
// inside words like `2 homes`; `(?![\w])` after the unit stops `30 months` from reading as 30 minutes.
const DURATION = new RegExp(
  `(?<![\\w.,])${NUMBER}\\s*${HOURS}(?:\\s*(?:and\\s*)?(\\d{1,3})\\s*${MINUTES})?(?![\\w])|(?<![\\w.,])${NUMBER}\\s*(?:minutes?|mins?)(?![\\w])`,
  'i',
);

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

/** The first parenthesised group of `text` that holds a duration: `Task (30 min)`, `Intro (Blog, 8 min)`. */
export function parenthesisedDuration(text: string): number | null {
  if (!text.includes('(')) return null;
  for (const group of text.matchAll(/\(([^()]*)\)/g)) {
    const minutes = parseDuration(group[1]);
    if (minutes !== null) return minutes;
  }
  return null;
}

/** `150` → `2 h 30 min`, `45` → `45 min`, `120` → `2 h`. */
export function formatMinutes(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  if (hours === 0) return l10n.t('{0} min', rest);
  return rest === 0 ? l10n.t('{0} h', hours) : l10n.t('{0} h {1} min', hours, rest);
}
