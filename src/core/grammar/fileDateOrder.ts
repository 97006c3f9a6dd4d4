/**
 * How the file being parsed writes slashed dates, for its headings: a US learner's journal heads entries
 * `## 11/20/2026` and `## 11/05/2026`, and the second is read month first because the first can only be. A
 * table reads its own order from its cells (dayTables.tableDateOrder); a heading has no cells around it, so the
 * whole file's dates say it (see slashedDateOrder).
 *
 * The order is read only when a heading holds a date that could be read either way, once per parse: a file
 * without one never pays for the look over its text.
 */
import { Scoped } from '../scoped';
import { dayNumber } from '../calendar/calendarDays';
import { ambiguousSlashedDate, orderOf, slashedDateEvidence, slashedDateSpots, slashedDatesIn, slashedReadings, type DateOrder } from './dates';

interface Scope {
  readonly text: string;
  /** Undefined until asked. */
  read: DateOrderRead | undefined;
}

/** The order a text's slashed dates say, and where they are (start and end offsets, in pairs): a re-parse keeps both while an edit touches none. */
export interface DateOrderRead {
  readonly order: DateOrder | null;
  readonly spots: readonly number[];
}

const scoped = new Scoped<Scope | null>(null);

/** The order the file in hand writes slashed dates in (null: unknown, or outside a parse). */
export function fileDateOrder(): DateOrder | null {
  const scope = scoped.current;
  if (scope === null) return null;
  scope.read ??= readDateOrder(scope.text);
  return scope.read.order;
}

/** The order of a text's slashed dates (textDateOrder) and where they are. */
export function readDateOrder(text: string): DateOrderRead {
  const spots: number[] = [];
  for (const spot of slashedDateSpots(text)) spots.push(spot.start, spot.end);
  return { order: textDateOrder(text), spots };
}

/**
 * The order a whole text's slashed dates say (see slashedDateOrder); where none can be read only one way, the order
 * that keeps them close together in the file's order: a log's entries are days apart, so `11/05/2026`, `11/06/2026`
 * is November (a day apart), not May and June; `05/11/2026`, `06/11/2026` is November the other way round. Dates
 * that say both orders (one `20/11/2026`, one `11/20/2026`) say none.
 */
export function textDateOrder(text: string): DateOrder | null {
  const evidence = slashedDateEvidence(text);
  return evidence === 0 ? sequenceOrder(text) : orderOf(evidence);
}

const WEEK = 7;

/** The order in which the text's slashed dates lie days apart, and at most half as far apart as in the other order. */
function sequenceOrder(text: string): DateOrder | null {
  let monthFirst = 0;
  let dayFirst = 0;
  let last: readonly [number, number] | null = null;
  const gaps: [number[], number[]] = [[], []];
  for (const [mdy, dmy] of slashedDatesIn(text)) {
    // No slashed date that only one order reads (else the evidence had said it): each is either both or neither.
    if (mdy === null || dmy === null) continue;
    const now = [dayNumber(mdy), dayNumber(dmy)] as const;
    if (last !== null) {
      gaps[0].push(Math.abs(now[0] - last[0]));
      gaps[1].push(Math.abs(now[1] - last[1]));
      monthFirst += gaps[0][gaps[0].length - 1];
      dayFirst += gaps[1][gaps[1].length - 1];
    }
    last = now;
  }
  // Days apart means a week at most between most entries (the middle gap: a month's turn is one long one, a trial's
  // journal from October into November), one order against the other twice as far in all.
  const close = (list: number[]): boolean => list.sort((x, y) => x - y)[Math.floor((list.length - 1) / 2)] <= WEEK;
  if (gaps[0].length === 0) return null;
  return close(gaps[0]) && monthFirst * 2 <= dayFirst && monthFirst < dayFirst ? 'mdy' : close(gaps[1]) && dayFirst * 2 <= monthFirst && dayFirst < monthFirst ? 'dmy' : null;
}

/**
 * The order a parse of `text` reads its slashed dates in, kept across the steps of a parse made in steps: `run` puts
 * it in place for one step (see fileDateOrder). `known`: the order already read from this text (a re-parse's).
 * `read`: the order, or undefined while nothing asked for it.
 */
export class FileDateOrder {
  private readonly own: Scope;

  constructor(text: string, known: DateOrderRead | undefined) {
    this.own = { text, read: known };
  }

  run<T>(build: () => T): T {
    return scoped.run(this.own, build);
  }

  get read(): DateOrderRead | undefined {
    return this.own.read;
  }
}

/**
 * A heading's date that reads two ways while nothing in the text says which (`## 01/02/2026`, `## 02/03/2026`: each a
 * month apart either way), with its readings: the entry is no entry, and status says why. Null when there is none.
 */
export function unreadHeadingDate(text: string): { readonly written: string; readonly readings: readonly [string, string] } | null {
  if (!/\d[/-]\d/.test(text) || textDateOrder(text) !== null) return null;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (!/^ {0,3}#{1,6}[ \t]/.test(line)) continue;
    const written = ambiguousSlashedDate(line);
    const readings = written === null ? null : slashedReadings(written);
    if (written !== null && readings !== null) return { written, readings };
  }
  return null;
}
