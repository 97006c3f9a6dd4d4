import { parseDaySpec, weekNumberOf } from '../core';
import { UsageError } from './verb';

/** The most days one range may name (a typo's `1-50000` is no catch-up). */
const MOST_DAYS = 1000;

/**
 * The DAYs a list names, each as it would be named alone: `3,4`; `3-5` (days 3 to 5); and in a plan that numbers
 * its days again each week, `Week 2, Day 1-3`, `Week 2, Days 1-3`, `W2D1-3` and `W2D1-W2D3` (days 1 to 3 of week 2;
 * a trial's `done plan.md "Week 2, Day 1-2"` was read as `Week 2` and `Day 1-2`). One DAY that holds a comma
 * (`Week 2, Day 1`, `Nov 26, 2026`) is itself. `what` starts a usage error (`--skip 40-31: ...`).
 */
export function dayNames(list: string, what = ''): string[] {
  const whole = list.trim();
  if (parseDaySpec(whole) !== null) return [whole];
  const items = whole.split(',').map((item) => item.trim()).filter((item) => item !== '');
  const names: string[] = [];
  for (let i = 0; i < items.length; i++) {
    // `Week 2` alone is the first half of the next item's name (`Week 2, Day 1`, `Week 2, Days 1-3`).
    const item = isWeekAlone(items[i]) && i + 1 < items.length ? `${items[i]}, ${items[++i]}` : items[i];
    names.push(...expand(item, what));
  }
  return names;
}

function isWeekAlone(item: string): boolean {
  return /\d$/.test(item) && weekNumberOf(item) !== null && parseDaySpec(item) === null;
}

/** One item: a range as its days, anything else as it is (a name no day has is refused where it is looked up). */
function expand(item: string, what: string): string[] {
  const numbers = /^(\d{1,6})\s*[-–]\s*(\d{1,6})$/.exec(item);
  if (numbers) return range(item, what, Number(numbers[1]), Number(numbers[2]), String);
  const ofWeek = weekRange(item);
  if (ofWeek === null) return [item];
  if ('weeks' in ofWeek) throw new UsageError(`${what}${item}: a range of the days of a week stays in that week: name each week's days apart (W${ofWeek.weeks[0]}D${ofWeek.from}-N,W${ofWeek.weeks[1]}D1-${ofWeek.to}, N the last day of week ${ofWeek.weeks[0]})`);
  return range(item, what, ofWeek.from, ofWeek.to, (day) => `Week ${ofWeek.week}, Day ${day}`);
}

function range(item: string, what: string, from: number, to: number, name: (day: number) => string): string[] {
  if (to < from) throw new UsageError(`${what}${item}: a range of days goes from the lower day number to the higher`);
  if (to - from >= MOST_DAYS) throw new UsageError(`${what}${item}: at most ${MOST_DAYS} days at once`);
  return Array.from({ length: to - from + 1 }, (_, i) => name(from + i));
}

type WeekRange = { readonly week: number; readonly from: number; readonly to: number } | { readonly weeks: readonly [number, number]; readonly from: number; readonly to: number };

/**
 * `Week 2, Day 1-3` (`Days`, and `W2D1-3`): its week and days. After the dash, the last day as a number, as a day
 * (`Day 3`, `D3`) or as a day of the same week (`W2D3`); null where the part before the dash names no day of a week
 * (a date's dashes, `2026-11-21`, are no range).
 */
function weekRange(item: string): WeekRange | null {
  const dash = /\s*[-–]\s*([^-–]+)$/.exec(item);
  if (!dash) return null;
  const first = parseDaySpec(item.slice(0, dash.index).replace(/\bdays\b/i, 'Day'));
  if (first?.kind !== 'weekDay') return null;
  const last = dash[1];
  const bare = /^(?:d|day)?\s*(\d{1,6})$/i.exec(last);
  if (bare) return { week: first.week, from: first.day, to: Number(bare[1]) };
  const other = parseDaySpec(last);
  if (other?.kind !== 'weekDay') return null;
  return other.week === first.week ? { week: first.week, from: first.day, to: other.day } : { weeks: [first.week, other.week], from: first.day, to: other.day };
}
