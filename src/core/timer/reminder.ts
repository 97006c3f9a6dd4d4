/**
 * The daily nudge, decided by a pure function of the clock: at the learner's time (`19:00`), once a day,
 * only when nothing was done today, never on a rest day. "Snooze 1 h" asks for it once more that day.
 */
import { localIsoDate } from '../dates';
import { timeOfDay } from '../grammar/dayMarks';

/** What is remembered between windows and sessions (globalState). */
export interface ReminderState {
  /** The local date the nudge was last shown. */
  readonly shownOn: string | null;
  /** Epoch milliseconds of a snooze, valid on the day it was shown. */
  readonly snoozedUntil: number | null;
}

export const NO_REMINDER_STATE: ReminderState = { shownOn: null, snoozedUntil: null };

export interface ReminderToday {
  /** Something was studied today (a stamp or a session). */
  readonly done: boolean;
  /** Today is a rest day. */
  readonly rest: boolean;
  /** There is a day to study. */
  readonly hasDay: boolean;
}

export type ReminderDecision =
  | { readonly kind: 'off' }
  | { readonly kind: 'show'; readonly snoozed: boolean }
  /** Check again at `until` (a timer), or on the next change of today. */
  | { readonly kind: 'wait'; readonly until: Date };

/** The reminder's moment on the day of `now` (local time), or null for a time that is no `HH:MM`. */
export function reminderMoment(now: Date, time: string): Date | null {
  const minutes = timeOfDay(time.trim());
  if (minutes < 0) return null;
  return new Date(now.getFullYear(), now.getMonth(), now.getDate(), Math.floor(minutes / 60), minutes % 60, 0, 0);
}

function tomorrowAt(now: Date, minutes: number): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, Math.floor(minutes / 60), minutes % 60, 0, 0);
}

/**
 * What the nudge does at `now`. `today` is asked only when the answer depends on it (the nudge's time has come): it
 * costs Today's summary, which the extension worked out at activation for a nudge most learners never set (4.5 of
 * the Node host's 11.6 ms activation, measured on 2026-11-30).
 */
export function reminderDecision(now: Date, time: string, state: ReminderState, today: () => ReminderToday): ReminderDecision {
  const at = reminderMoment(now, time);
  if (!at) return { kind: 'off' };
  const minutes = at.getHours() * 60 + at.getMinutes();
  const date = localIsoDate(now);
  const tomorrow: ReminderDecision = { kind: 'wait', until: tomorrowAt(now, minutes) };
  if (state.shownOn === date) {
    const snooze = state.snoozedUntil;
    // A snooze holds only on the day it was asked for (23:30 + 1 h is no reminder tomorrow).
    if (snooze === null || localIsoDate(new Date(snooze)) !== date) return tomorrow;
    if (now.getTime() < snooze) return { kind: 'wait', until: new Date(snooze) };
    return studiedOrFree(today()) ? tomorrow : { kind: 'show', snoozed: true };
  }
  if (now.getTime() < at.getTime()) return { kind: 'wait', until: at };
  return studiedOrFree(today()) ? tomorrow : { kind: 'show', snoozed: false };
}

function studiedOrFree(today: ReminderToday): boolean {
  return today.done || today.rest || !today.hasDay;
}

/** The state after showing the nudge at `now`. */
export function reminderShown(now: Date): ReminderState {
  return { shownOn: localIsoDate(now), snoozedUntil: null };
}

/** The state after "Snooze 1 h". */
export function reminderSnoozed(now: Date, state: ReminderState, minutes = 60): ReminderState {
  return { shownOn: state.shownOn ?? localIsoDate(now), snoozedUntil: now.getTime() + minutes * 60_000 };
}
