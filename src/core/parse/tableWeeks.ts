/**
 * Tables of days numbered again each week: `| Week | Day | Workout | Done |` with days 1, 2, 3, then 1, 2, 3 (a
 * couch-to-5K's, read as no plan in a trial: its day numbers did not rise). Each row is a day of its week, `Week 2,
 * Day 1`, as a heading `### Week 2, Day 1` is.
 */
import { classifyHeading } from './classifyHeading';
import { lookupAt, vocabularyOf } from '../grammar/keywords';

/** What a heading `Week 1` or `Module 1` is: what groups days. */
const GROUPS = new Set(['module', 'cycle']);

/** Whether a column's header names what groups days (`Week`, `Module`, `Semana`), as a heading `Week 1` does. */
export function groupsDays(header: string): boolean {
  const words = header.trim();
  return words !== '' && !/\d/.test(words) && GROUPS.has(classifyHeading(`${words} 1`).kind);
}

/** Whether a column's header is the word for a week alone (`Week`, `Semana`, `Woche`): never what a day is titled by. */
export function isWeekHeader(header: string): boolean {
  const words = header.trim();
  const found = words === '' ? null : lookupAt(words, 0, vocabularyOf().words);
  return found !== null && found.end === words.length && found.value.includes('week');
}

/** A week cell's number: `2`, `W2`, `Week 2`; null for anything else (an empty cell is the week above). */
function weekNumber(cell: string): number | null {
  const found = /^(?:\p{L}{1,12}[ \t]*)?(\d{1,4})$/u.exec(cell.trim());
  return found ? Number(found[1]) : null;
}

/**
 * The rows' days named by their week (`Week 2, Day 1`), and the week's column: the nearest column before the day's
 * headed as a week (or a module), else the first after it (`| Day | Week | Workout |`), where the days are numbered
 * again in each: (week, day) rises row by row, and a day number comes again. A row that leaves the week's cell empty
 * is of the week above (a table written by week gives it once). Null for other tables: days whose numbers rise on
 * their own keep their names (`Day 8` of week 2 is the plan's only Day 8).
 */
export function daysOfWeeks<T extends { readonly number: number; readonly label: string }>(header: readonly string[], dayColumn: number, days: readonly (T | null)[], cellAt: (row: number, column: number) => string): { readonly days: (T | null)[]; readonly column: number } | null {
  let column = -1;
  for (let c = dayColumn - 1; c >= 0 && column < 0; c--) if (groupsDays(header[c])) column = c;
  for (let c = dayColumn + 1; c < header.length && column < 0; c++) if (groupsDays(header[c])) column = c;
  if (column < 0) return null;
  let week: number | null = null;
  let last: { week: number; day: number } | null = null;
  let again = false;
  const named: (T | null)[] = [];
  for (let r = 0; r < days.length; r++) {
    const day = days[r];
    const text = cellAt(r, column);
    const written = weekNumber(text);
    if (written === null && text.trim() !== '') return null;
    week = written ?? week;
    if (!day) {
      named.push(null);
      continue;
    }
    if (week === null) return null;
    if (last !== null && (week < last.week || (week === last.week && day.number <= last.day))) return null;
    if (last !== null && week > last.week && day.number <= last.day) again = true;
    last = { week, day: day.number };
    named.push({ ...day, label: `${header[column].trim()} ${week}, ${day.label}` });
  }
  return again ? { days: named, column } : null;
}
