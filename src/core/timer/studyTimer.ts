/**
 * The study timer as pure state: started on a day, paused after a stretch without activity (the time
 * since the last activity is not counted), resumed with or without the time away, stopped into the
 * session line it writes. Times are epoch milliseconds from the injected clock.
 */
import { localIsoDate } from '../dates';
import type { SessionMark } from '../grammar/dayMarks';

/** The day a timer runs for: enough to find it again in a newer version of its plan. */
/** A TimerDay's line for a journal's entry of the session's date that is not written yet (see logInNewEntry). */
export const NEW_ENTRY_LINE = -1;
/** A TimerDay's line for a plan of tasks alone: its study section, found again when the timer stops (see sectionLog.ts). */
export const SECTION_LINE = -2;

export interface TimerDay {
  readonly uri: string;
  /**
   * The day's heading line; NEW_ENTRY_LINE: the journal's entry of the session's date, written when the timer stops;
   * SECTION_LINE: the study section of a plan of tasks alone.
   */
  readonly line: number;
  readonly title: string;
  /** How the views name it: `Day 32`. */
  readonly label: string;
}

export interface TimerState {
  readonly day: TimerDay;
  readonly startedAt: number;
  /** Active time counted before the current running stretch. */
  readonly activeMs: number;
  /** When the current running stretch began; null while paused. */
  readonly runningSince: number | null;
  readonly lastActivity: number;
  /** Why it is paused: the learner was away (`idle`, since `pausedAt`) or paused it. */
  readonly paused: 'idle' | 'user' | null;
  readonly pausedAt: number | null;
}

export function startTimer(day: TimerDay, now: number): TimerState {
  return { day, startedAt: now, activeMs: 0, runningSince: now, lastActivity: now, paused: null, pausedAt: null };
}

/** Active time so far. */
export function elapsedMs(state: TimerState, now: number): number {
  return state.activeMs + (state.runningSince !== null ? Math.max(0, now - state.runningSince) : 0);
}

/** Whole minutes of active time (as the status bar and the session line show them). */
export function elapsedMinutes(state: TimerState, now: number): number {
  return Math.floor(elapsedMs(state, now) / 60_000);
}

/** The learner did something (typed, moved the cursor, focused the window). A timer paused for idleness stays paused: the caller asks. */
export function noteActivity(state: TimerState, now: number): TimerState {
  return now > state.lastActivity ? { ...state, lastActivity: now } : state;
}

/**
 * Pauses a running timer whose last activity is `idleMs` ago or more, at the moment of that activity:
 * the time away is not counted unless the learner says so on return.
 */
export function checkIdle(state: TimerState, now: number, idleMs: number): TimerState {
  if (state.runningSince === null || now - state.lastActivity < idleMs) return state;
  const at = Math.max(state.runningSince, state.lastActivity);
  return { ...state, activeMs: state.activeMs + (at - state.runningSince), runningSince: null, paused: 'idle', pausedAt: at };
}

export function pauseTimer(state: TimerState, now: number): TimerState {
  if (state.runningSince === null) return state;
  return { ...state, activeMs: elapsedMs(state, now), runningSince: null, paused: 'user', pausedAt: now };
}

/** Runs again from `now`; `countAway` adds the time since the pause (the learner was studying away from the editor). */
export function resumeTimer(state: TimerState, now: number, countAway = false): TimerState {
  if (state.runningSince !== null) return state;
  const away = countAway && state.pausedAt !== null ? Math.max(0, now - state.pausedAt) : 0;
  return { ...state, activeMs: state.activeMs + away, runningSince: now, lastActivity: now, paused: null, pausedAt: null };
}

function clock(ms: number): string {
  const moment = new Date(ms);
  return `${String(moment.getHours()).padStart(2, '0')}:${String(moment.getMinutes()).padStart(2, '0')}`;
}

/**
 * The session a stop writes: the date and local time it started, the time it ended (the moment it was
 * paused, if it is), and its active minutes, rounded; null under half a minute.
 */
export function stopTimer(state: TimerState, now: number): SessionMark | null {
  const minutes = Math.round(elapsedMs(state, now) / 60_000);
  if (minutes < 1) return null;
  const end = state.runningSince === null && state.pausedAt !== null ? state.pausedAt : now;
  return { date: localIsoDate(new Date(state.startedAt)), from: clock(state.startedAt), to: clock(end), minutes: Math.min(minutes, 24 * 60) };
}
