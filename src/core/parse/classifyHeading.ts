/**
 * What a heading's TEXT says it is. Where it sits (its parent) is decided by the tree builder; the
 * one rule that needs both is a bare day range, which is a module inside a cycle and a cycle otherwise.
 */

export type HeadingClass =
  | { readonly kind: 'day'; readonly number: number | null; readonly date: string | null }
  | { readonly kind: 'dayRange'; readonly from: number; readonly to: number }
  | { readonly kind: 'module' }
  | { readonly kind: 'cycle' }
  | { readonly kind: 'section' };

const SECTION: HeadingClass = { kind: 'section' };

/** `Day 31`, `Day #4`, `day 7`; not `Days`, `Today`, `Sunday` or `300-Day`. */
const SINGLE_DAY = /(?<![\p{L}\p{N}-])day[ \t]*#?[ \t]*(\d{1,5})(?![\p{N}])(?:[ \t]*[-\u2013\u2014][ \t]*(\d{1,5})(?![\p{N}]))?/iu;
/** `Days 31-60`, `Days 26 – 30`, `Days 1 to 7`. */
const DAY_RANGE = /(?<![\p{L}\p{N}])days[ \t]*(\d{1,5})[ \t]*(?:-|\u2013|\u2014|to|through|thru)[ \t]*(\d{1,5})(?![\p{N}])/iu;
const ISO_DATE_START = /^(\d{4}-\d{2}-\d{2})(?![\p{N}])/u;
const WEEKDAY_START = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const MODULE_START = /^(?:module|week|unit|chapter|part|sprint|session|lesson)[ \t]*#?[ \t]*(?:\d+|[ivxlc]+\b)/i;
const CYCLE_START = /^(?:month|cycle|quarter|phase|semester|term)[ \t]*#?[ \t]*(?:\d+|[ivxlc]+\b)/i;

/**
 * Emoji, mojibake bytes (`ðŸŽ¯`), bullets and punctuation that decorate the start of a heading.
 * Keywords are English, so anything before the first ASCII letter or digit is decoration.
 */
function withoutLeadingDecoration(text: string): string {
  return text.replace(/^[^A-Za-z0-9]+/, '');
}

/** `text` is the heading's display text (markdown already stripped). */
export function classifyHeading(text: string): HeadingClass {
  const core = withoutLeadingDecoration(text);

  const isoDate = ISO_DATE_START.exec(core);
  if (isoDate) {
    return { kind: 'day', number: null, date: isoDate[1] };
  }

  // A keyword at the start wins over a day mentioned later: `Week 1 (Day 1-7)` is a module.
  if (MODULE_START.test(core)) {
    return { kind: 'module' };
  }
  if (CYCLE_START.test(core)) {
    return { kind: 'cycle' };
  }

  const day = SINGLE_DAY.exec(core);
  if (day) {
    const from = Number(day[1]);
    const to = day[2] === undefined ? NaN : Number(day[2]);
    // `Day 31-37` written without spaces is a range; `Day 299 - 300-Day Mastery` is day 299.
    const compactRange = day[2] !== undefined && !/\s/.test(day[0].slice(day[0].indexOf(day[1]))) && to > from;
    if (compactRange) {
      return { kind: 'dayRange', from, to };
    }
    return { kind: 'day', number: from, date: null };
  }

  const range = DAY_RANGE.exec(core);
  if (range && Number(range[2]) >= Number(range[1])) {
    return { kind: 'dayRange', from: Number(range[1]), to: Number(range[2]) };
  }

  if (WEEKDAY_START.test(core)) {
    return { kind: 'day', number: null, date: null };
  }
  return SECTION;
}
