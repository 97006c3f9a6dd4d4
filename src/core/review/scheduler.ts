/**
 * The review schedule, replayed from the log with FSRS (ts-fsrs). Nothing is stored but the log:
 * each card's history (its log lines in date order) is run through the scheduler from an empty card,
 * so the same log and the same day always give the same queue.
 *
 * Reviews are dated, not timed: each counts at noon UTC of its date, and FSRS runs in day mode
 * (`enable_short_term: false`, no minute-long learning steps), so every interval is whole days.
 * Interval fuzz is on, seeded by the card id, so cards learned on the same day spread out instead of
 * coming back together, and a replay is still exact.
 */
import { fsrs, generatorParameters, createEmptyCard, GenSeedStrategyWithCardId, Rating, State, StrategyMode, type Card, type FSRS, type Grade as FsrsGrade } from 'ts-fsrs';
import type { ReviewCard } from './cards';
import type { Grade, ReviewEntry } from './reviewLog';

export type CardState = 'new' | 'learning' | 'review' | 'relearning';

export interface CardSchedule {
  readonly card: ReviewCard;
  readonly state: CardState;
  /** The date the card is due (`YYYY-MM-DD`); a new card is due from the day its context was done (or at once). */
  readonly due: string;
  readonly reps: number;
  readonly lapses: number;
  readonly firstReview: string | null;
  readonly lastReview: string | null;
  readonly lastGrade: Grade | null;
  /** FSRS memory state (0 for a new card): stability in days, difficulty 1-10. */
  readonly stability: number;
  readonly difficulty: number;
}

export interface ReviewOptions {
  /** New cards introduced per day (default 20, as Anki); reviews of known cards are never limited. */
  readonly newPerDay?: number;
  /** The recall probability FSRS aims at when a card comes back (default 0.9). */
  readonly requestRetention?: number;
}

export interface ReviewQueue {
  readonly today: string;
  /** What to review today, in order: due reviews (most overdue first), then the new cards allowed today. */
  readonly due: readonly CardSchedule[];
  readonly dueReviews: number;
  readonly dueNew: number;
  /** New cards left for later days by the daily limit. */
  readonly newWaiting: number;
  /** Every card's schedule, by id. */
  readonly schedules: ReadonlyMap<string, CardSchedule>;
  /** Ids in the log with no card in the plans (a prompt was edited or deleted, or a plan renamed). */
  readonly orphans: readonly string[];
  /** Log entries dated after today: ignored until then. */
  readonly future: readonly ReviewEntry[];
}

const RATING: Record<Grade, FsrsGrade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };
const GRADE_OF: Record<number, Grade> = { [Rating.Again]: 'again', [Rating.Hard]: 'hard', [Rating.Good]: 'good', [Rating.Easy]: 'easy' };
const STATE: Record<State, CardState> = { [State.New]: 'new', [State.Learning]: 'learning', [State.Review]: 'review', [State.Relearning]: 'relearning' };

const schedulers = new Map<number, FSRS>();
function scheduler(requestRetention = 0.9): FSRS {
  let found = schedulers.get(requestRetention);
  if (!found) {
    found = fsrs(generatorParameters({ request_retention: requestRetention, enable_short_term: false, enable_fuzz: true }))
      .useStrategy(StrategyMode.SEED, GenSeedStrategyWithCardId('card_id'));
    schedulers.set(requestRetention, found);
  }
  return found;
}

const noon = (date: string): Date => new Date(`${date}T12:00:00Z`);
const isoDate = (moment: Date): string => moment.toISOString().slice(0, 10);

type FsrsCard = Card & { card_id: string };

/** A card's FSRS state after its reviews (already in date order). */
function replay(id: string, reviews: readonly ReviewEntry[], options: ReviewOptions): FsrsCard {
  const f = scheduler(options.requestRetention);
  let state: FsrsCard = { ...createEmptyCard(reviews.length ? noon(reviews[0].date) : new Date(0)), card_id: id };
  for (const review of reviews) state = { ...f.next(state, noon(review.date), RATING[review.grade]).card, card_id: id };
  return state;
}

/** Entries by card id, each card's in date order (log order within a date). */
function historyByCard(entries: readonly ReviewEntry[]): Map<string, ReviewEntry[]> {
  const byCard = new Map<string, ReviewEntry[]>();
  const sorted = [...entries].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.line - b.line));
  for (const entry of sorted) {
    const list = byCard.get(entry.cardId);
    if (list) list.push(entry);
    else byCard.set(entry.cardId, [entry]);
  }
  return byCard;
}

/**
 * What one log gives for one day, kept with the log's (immutable) entries array: each card's history,
 * and each card's replayed state once computed. A view that asks again after a plan edit (same log,
 * same day) replays nothing; a new log or a new day starts afresh.
 */
interface Replays {
  readonly today: string;
  readonly retention: number | undefined;
  readonly history: Map<string, ReviewEntry[]>;
  readonly future: readonly ReviewEntry[];
  readonly states: Map<string, FsrsCard>;
}

const replays = new WeakMap<readonly ReviewEntry[], Replays>();

function replaysFor(entries: readonly ReviewEntry[], today: string, options: ReviewOptions): Replays {
  const known = replays.get(entries);
  if (known && known.today === today && known.retention === options.requestRetention) return known;
  const fresh: Replays = {
    today,
    retention: options.requestRetention,
    history: historyByCard(entries.filter((e) => e.date <= today)),
    future: entries.filter((e) => e.date > today),
    states: new Map(),
  };
  replays.set(entries, fresh);
  return fresh;
}

/** A card's reviews in the log's order: its own, and those logged under the ids it had before (see ReviewCard.formerIds). */
function reviewsOf(card: ReviewCard, history: Map<string, ReviewEntry[]>): ReviewEntry[] {
  const own = history.get(card.id) ?? [];
  const former = (card.formerIds ?? []).flatMap((id) => history.get(id) ?? []);
  if (former.length === 0) return own;
  return [...former, ...own].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.line - b.line));
}

function scheduleOf(card: ReviewCard, replayed: Replays, options: ReviewOptions): CardSchedule {
  const { today } = replayed;
  const reviews = reviewsOf(card, replayed.history);
  if (reviews.length === 0) {
    const since = card.context.doneDate && card.context.doneDate <= today ? card.context.doneDate : today;
    return { card, state: 'new', due: since, reps: 0, lapses: 0, firstReview: null, lastReview: null, lastGrade: null, stability: 0, difficulty: 0 };
  }
  let state = replayed.states.get(card.id);
  if (!state) {
    state = replay(card.id, reviews, options);
    replayed.states.set(card.id, state);
  }
  const last = reviews[reviews.length - 1];
  return {
    card,
    state: STATE[state.state],
    due: isoDate(state.due),
    reps: state.reps,
    lapses: state.lapses,
    firstReview: reviews[0].date,
    lastReview: last.date,
    lastGrade: last.grade,
    stability: state.stability,
    difficulty: state.difficulty,
  };
}

/**
 * The queue for `today`: every card's schedule from the log entries dated today or earlier, and the
 * cards to review now. New cards come in the order their days were done (then plan order), at most
 * `newPerDay` a day counting those already first reviewed today.
 */
export function reviewQueue(cards: readonly ReviewCard[], entries: readonly ReviewEntry[], today: string, options: ReviewOptions = {}): ReviewQueue {
  const replayed = replaysFor(entries, today, options);
  const { history, future } = replayed;
  const schedules = new Map<string, CardSchedule>();
  cards.forEach((card) => schedules.set(card.id, scheduleOf(card, replayed, options)));
  const all = [...schedules.values()];
  const order = new Map(cards.map((card, i) => [card.id, i]));
  const byDueThenPlan = (a: CardSchedule, b: CardSchedule): number =>
    (a.due < b.due ? -1 : a.due > b.due ? 1 : order.get(a.card.id)! - order.get(b.card.id)!);
  const reviews = all.filter((s) => s.state !== 'new' && s.due <= today).sort(byDueThenPlan);
  // A card from a day done (or a journal's entry dated) after today is nothing learned yet (a review's template
  // entry of next week was due).
  const newCards = all.filter((s) => s.state === 'new' && !(s.card.context.doneDate !== null && s.card.context.doneDate > today)).sort(byDueThenPlan);
  const introducedToday = all.filter((s) => s.firstReview === today).length;
  const allowed = Math.max(0, (options.newPerDay ?? 20) - introducedToday);
  return {
    today,
    due: [...reviews, ...newCards.slice(0, allowed)],
    dueReviews: reviews.length,
    dueNew: Math.min(allowed, newCards.length),
    newWaiting: Math.max(0, newCards.length - allowed),
    schedules,
    orphans: orphansOf(history, cards, schedules),
    future,
  };
}

/**
 * When the card would come back after each grade on `date`: the labels of a review's four buttons
 * (`Again · 1 d`, `Good · 9 d`). `entries` are the log's entries (any card's; only this card's are used).
 */
export function previewGrades(card: ReviewCard, entries: readonly ReviewEntry[], date: string, options: ReviewOptions = {}): Record<Grade, { due: string; days: number }> {
  const reviews = reviewsOf(card, historyByCard(entries.filter((e) => e.date <= date)));
  const state = reviews.length ? replay(card.id, reviews, options) : { ...createEmptyCard(noon(date)), card_id: card.id };
  const preview = scheduler(options.requestRetention).repeat(state, noon(date));
  const result = {} as Record<Grade, { due: string; days: number }>;
  for (const item of preview) {
    const due = isoDate(item.card.due);
    result[GRADE_OF[item.log.rating]] = { due, days: Math.round((noon(due).getTime() - noon(date).getTime()) / 86_400_000) };
  }
  return result;
}

/** The date a review on `date` with `grade` schedules the card for (what `review --grade` reports). */
export function nextDueAfter(card: ReviewCard, entries: readonly ReviewEntry[], date: string, grade: Grade, options: ReviewOptions = {}): string {
  return previewGrades(card, entries, date, options)[grade].due;
}

/** Logged ids that are no card's, nor the former id of one. */
function orphansOf(history: Map<string, ReviewEntry[]>, cards: readonly ReviewCard[], schedules: Map<string, CardSchedule>): string[] {
  const former = new Set(cards.flatMap((card) => card.formerIds ?? []));
  return [...history.keys()].filter((id) => !schedules.has(id) && !former.has(id)).sort();
}
