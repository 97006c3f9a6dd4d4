/**
 * What the `⏱` sessions a plan holds add up to: minutes per node and per date, the dates studied, each session's hours.
 * Read by the views and the heatmap; sessionLog.ts writes the lines and checks a new one against these.
 */
import type { SessionMark } from '../grammar/dayMarks';
import { timeOfDay } from '../grammar/dayMarks';
import type { ParsedPlan, PlanNode } from '../model';
import { planDates } from '../planDates';
import { dayNumber, isoFromDayNumber } from '../calendar/calendarDays';

/** A session's hours as minutes since the calendar's start (to past midnight: the next date's), or null without hours. */
export function hoursOf(session: { readonly date: string; readonly from: string | null; readonly to: string | null; readonly minutes: number }): { from: number; to: number } | null {
  if (session.from === null || session.to === null) return null;
  const day = dayNumber(session.date) * 1440;
  // The same hour at both ends: no hours, or a whole day (`23:50-23:50 (24 h)`, a hostile trial's: the sessions of
  // the next morning were taken beside it).
  if (session.from === session.to) return session.minutes >= 1440 ? { from: day + timeOfDay(session.from), to: day + timeOfDay(session.from) + 1440 } : null;
  return { from: day + timeOfDay(session.from), to: day + timeOfDay(session.to) + (session.to < session.from ? 1440 : 0) };
}

/** A session's minutes by date: those after midnight of one that runs past it (`23:30-00:30`) are the next date's. */
export function minutesOnDates(session: SessionMark): [string, number][] {
  const hours = hoursOf(session);
  if (hours === null) return [[session.date, session.minutes]];
  const midnight = (dayNumber(session.date) + 1) * 1440;
  // Split by the clock: hours that end by midnight are all its date's, whatever minutes it says (a review's `22:00-23:00 (3 h)`).
  if (hours.to <= midnight) return [[session.date, session.minutes]];
  const first = Math.min(session.minutes, midnight - hours.from);
  return [[session.date, first], [isoFromDayNumber(dayNumber(session.date) + 1), session.minutes - first]];
}

const logged = new WeakMap<PlanNode, number>();

/** Minutes of the `⏱` sessions written in the node and everything under it. Memoized per (immutable) node. */
export function loggedMinutes(node: PlanNode): number {
  let minutes = logged.get(node);
  if (minutes === undefined) {
    minutes = node.sessions.reduce((sum, session) => sum + session.minutes, 0);
    for (const child of node.children) minutes += loggedMinutes(child);
    logged.set(node, minutes);
  }
  return minutes;
}

/** The dates of a plan's sessions (activity for the streak, alongside the ✅ stamps). */
export function sessionDates(plan: ParsedPlan): string[] {
  return [...planDates(plan).sessions];
}

/**
 * Minutes studied on each date over the plans' sessions: what a heatmap cell says beside what was done, each session
 * on its date (the day studied, as the streak counts it: an evening's session past midnight is that evening's). `split`:
 * a session's hours past midnight on the next date, as the clock has them (a day holds 24 of them).
 */
export function minutesByDate(plans: readonly ParsedPlan[], split = false): Map<string, number> {
  const minutes = new Map<string, number>();
  // One session with its hours logged in two files (a plan's day and a journal's entry) is one session: counted once (a
  // trial's heatmap said 1 h 50 min for 80 minutes studied). Sessions without hours cannot be told apart: each counts.
  const timed = new Set<string>();
  const visit = (node: PlanNode): void => {
    for (const session of node.sessions) {
      if (session.from !== null) {
        const key = `${session.date} ${session.from}-${session.to} ${session.minutes}`;
        if (timed.has(key)) continue;
        timed.add(key);
      }
      for (const [date, count] of split ? minutesOnDates(session) : [[session.date, session.minutes] as const]) minutes.set(date, (minutes.get(date) ?? 0) + count);
    }
    for (const child of node.children) visit(child);
  };
  for (const plan of plans) visit(plan.root);
  return minutes;
}
