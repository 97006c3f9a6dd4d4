/**
 * The heading a journal's entry for a date would have, written as the journal writes its dated entries, so that a
 * learner told to add one adds one the journal reads as its own kind: `### Friday 2026-11-27` under `## Week 1`
 * (a `## 2026-11-27` there, as the CLI once said, became a sibling of the weeks).
 */
import type { ParsedPlan, PlanNode } from '../model';
import { LANGUAGES } from '../grammar/keywords';
import { dayNumber, daysSinceMonday } from '../calendar/calendarDays';
import { weekdayDateIn } from '../parse/weekdayDates';
import { dateAt, dateLead, type DateOrder } from '../grammar/dates';
import { textDateOrder } from '../grammar/fileDateOrder';
import { dateLike, namedDateLike, yearlessDateLike } from '../edits/cellDates';
import { yearlessDateAt } from '../grammar/yearlessDates';

/**
 * Where a title writes `date` (ISO `YYYY-MM-DD`), in whatever form the parser reads it (`2026-12-01`, `01.12.2026`,
 * `Dec 1, 2026`), or null. A slashed date that reads two ways is found only in `order`: the journal's (see
 * journalOrder; a trial's `### Lunes 09/11/2026` was no entry to place another beside).
 */
export function writtenDateIn(title: string, date: string, order: DateOrder | null = null): { start: number; end: number } | null {
  const at = title.indexOf(date);
  if (at >= 0) return { start: at, end: at + date.length };
  for (let i = 0; i < title.length; i++) {
    if (i > 0 && /[\p{L}\p{N}]/u.test(title[i - 1])) continue;
    const found = dateAt(title, i, order);
    if (found?.date === date) return { start: i, end: found.end };
  }
  // Without its year (`### Mon Nov 16`, `### Mo 16.11.`: the year is the one the file says there).
  for (let i = 0; i < title.length; i++) {
    if (i > 0 && /[\p{L}\p{N}]/u.test(title[i - 1])) continue;
    const found = yearlessDateAt(title, i);
    if (found !== null && found.month === Number(date.slice(5, 7)) && found.day === Number(date.slice(8, 10))) return { start: i, end: found.end };
  }
  return null;
}

const journalOrders = new WeakMap<ParsedPlan, DateOrder | null>();

/** How a journal's headings write slashed dates (`11/25/2026`: month first), as their dates say together; null where they do not. */
export function journalOrder(plan: ParsedPlan): DateOrder | null {
  let order = journalOrders.get(plan);
  if (order === undefined) journalOrders.set(plan, (order = textDateOrder(plan.days.map((day) => day.title).join('\n'))));
  return order;
}

/**
 * `date` as `like` (a date as a title writes it) writes one, or ISO where that form cannot be written back. A weekday
 * before it is renamed (`Tue, Dec 1, 2026` gives `Sat, Dec 5, 2026`). A slashed date is written in the journal's
 * `order` (`11/03/2026` beside `11/25/2026`: a trial's became `2026-11-03`); the caller checks it reads so.
 */
function dateAsWritten(like: string, date: string, order: DateOrder | null, languages: readonly string[]): string {
  const lead = dateLead(like, 0);
  if (lead !== null && lead.weekday !== null && lead.at > 0) {
    const rest = dateAsWritten(like.slice(lead.at), date, order, languages);
    const renamed = renameWeekday(like.slice(0, lead.at), lead.weekday, daysSinceMonday(dayNumber(date)) + 1, languages);
    return rest !== date && renamed.end > 0 ? renamed.words + rest : date;
  }
  const yearless = yearlessDateAt(like, 0);
  // Day and month in digits (`16.11.`, after a weekday split off above) are one too.
  if ((yearless !== null && yearless.end === like.length) || /^\d{1,2}\.\d{1,2}\.?$/.test(like)) return yearlessDateLike(like, date, languages) ?? date;
  return /\p{L}/u.test(like) ? namedDateLike(like, date, languages) ?? date : dateLike(like, date, order, order);
}

/**
 * The heading line for `date` (`YYYY-MM-DD`): the level and words of the journal's last entry (in the file's order)
 * headed by a date, up to that date, with the date changed (written as that entry writes it, where it reads back) and a weekday name before it changed to the date's
 * weekday in the same language, length and case (`Monday` -> `Friday`, `Tue` -> `Thu`); a weekday written in a
 * spelling that has no counterpart (`quarta`) is left out, the date alone then. In a week's journal headed by
 * weekdays alone (`## Monday`), the weekday's name at the level of its last one. `## date` when the journal has
 * neither.
 */
export function journalEntryHeading(plan: ParsedPlan, date: string): string {
  const weekday = daysSinceMonday(dayNumber(date)) + 1;
  const order = journalOrder(plan);
  const dated = lastEntry(plan, (day) => day.date !== null && writtenDateIn(day.title, day.date, order) !== null);
  const span = dated?.date ? writtenDateIn(dated.title, dated.date, order) : null;
  if (dated && span) {
    // In the entry's form (`## 01.12.2026 – Fensterfunktionen` gives `## 05.12.2026`: a trial's was refused).
    const form = dated.title.slice(span.start, span.end);
    const prefix = dated.title.slice(0, span.start);
    // Its language, as its words say (`Wed Nov 25`: English, so `Nov` gives `Dec`, not `Dez`; `Sábado, 2 de janeiro`:
    // Portuguese, so Saturday's name gives `Quarta-feira`, not Spanish `Miércoles`: a trial's).
    const languages = languagesIn(dated.title);
    const written = dateAsWritten(form, date, order, languages);
    // A weekday written as part of the date (`Tue, Dec 1, 2026`) is renamed with it; one before it (`Monday 2026-11-30`) here.
    // A weekday after the date, alone (`2026-11-27 (Friday)`, `– Fri`), is renamed too (a trial's entry lost it).
    const head = '#'.repeat(dated.level);
    if ((dateLead(form, 0)?.weekday ?? null) !== null) return `${head} ${prefix}${written}`;
    const after = weekdayAfter(dated.title.slice(span.end), daysSinceMonday(dayNumber(dated.date!)) + 1, weekday, languages) ?? '';
    if (dated.weekday === null) return `${head} ${prefix}${written}${after}`;
    // Before it and after it both (`Friday, 2026-11-27 (Fri)`): both renamed (a review's kept the first).
    const renamed = renameWeekday(prefix, dated.weekday, weekday, languages);
    return `${head} ${renamed.end > 0 ? renamed.words + written + after : date}`;
  }
  // Headed by a weekday alone (a dated week's `### Friday` has its date from the week above it).
  const named = lastEntry(plan, (day) => day.weekday !== null && (day.date === null || writtenDateIn(day.title, day.date, order) === null));
  // One dated by its week names the date only inside that week (a review's `### Sunday` landed in a week gone by, or
  // on the Sunday a week begun on Sunday starts with).
  const week = named && named.date !== null ? parentOf(plan.root, named) : undefined;
  const inWeek = !named || named.date === null || (week !== undefined && weekdayDateIn(week.title, weekday) === date);
  const renamed = named?.weekday && inWeek ? renameWeekday(named.title, named.weekday, weekday, named ? languagesIn(named.title) : []) : null;
  if (named && renamed && renamed.end > 0) return `${'#'.repeat(named.level)} ${renamed.words.slice(0, renamed.end)}`;
  return `## ${date}`;
}

/** What follows a date when it is its weekday's name alone, in brackets or after a dash (` (Friday)`, ` – Fri`). */
const WEEKDAY_AFTER = /^([ \t]*(?:[([]|[-\u2013\u2014,][ \t]*)?)(\p{L}+\.?)([)\]]?)[ \t]*$/u;

/** `suffix` (what follows an entry's date) with its weekday `from` named `to`, where it is that weekday's name alone; else null. */
function weekdayAfter(suffix: string, from: number, to: number, languages: readonly string[]): string | null {
  const parts = WEEKDAY_AFTER.exec(suffix);
  if (parts === null || (parts[1].includes('(') !== (parts[3] === ')')) || (parts[1].includes('[') !== (parts[3] === ']'))) return null;
  const renamed = renameWeekday(parts[2], from, to, languages);
  return renamed.end > 0 ? parts[1] + renamed.words + parts[3] : null;
}

/** The node `day` sits in. */
export function parentOf(node: PlanNode, day: PlanNode): PlanNode | undefined {
  for (const child of node.children) {
    if (child === day) return node;
    const found = parentOf(child, day);
    if (found) return found;
  }
  return undefined;
}

/** The last entry (in the file's order) headed by a heading, not a day number, that `wanted` takes. */
function lastEntry(plan: ParsedPlan, wanted: (day: PlanNode) => boolean): PlanNode | undefined {
  let last: PlanNode | undefined;
  for (const day of plan.days) {
    if (day.form === 'heading' && day.number === null && wanted(day) && (!last || day.line > last.line)) last = day;
  }
  return last;
}

/**
 * `words` with the first whole-word weekday name of `from` (any language, full or short) made `to`'s name in the
 * same list and case, and where that name ends in the result; end 0 when `words` names no weekday, or names it
 * in a spelling other than its list's first (`quarta` for `quarta-feira`: the n-th spellings of two weekdays need
 * not be the same form).
 */
function renameWeekday(words: string, from: number, to: number, languages: readonly string[] = []): { words: string; end: number } {
  const lower = words.toLowerCase();
  // The title's own languages first (`sábado` is Spanish and Portuguese).
  const blocks = [...languages.map((code) => LANGUAGES[code]), ...Object.entries(LANGUAGES).filter(([code]) => !languages.includes(code)).map(([, block]) => block)];
  for (const block of blocks) {
    for (const list of [block.weekdays, block.weekdaysShort, block.weekdaysBeforeDate]) {
      const spellings = list?.[from - 1] ?? [];
      for (let s = 0; s < spellings.length; s++) {
        const at = wordAt(lower, spellings[s]);
        if (at < 0) continue;
        const target = list?.[to - 1]?.[0];
        if (s > 0 || target === undefined) return { words, end: 0 };
        const name = inCaseOf(words.slice(at, at + spellings[s].length), target);
        return { words: words.slice(0, at) + name + words.slice(at + spellings[s].length), end: at + name.length };
      }
    }
  }
  return { words, end: 0 };
}

/**
 * The languages a title's words are of: those whose month or weekday names (full or short) or word for a week stand
 * in it as whole words, the most named first, a language of its own words before one that shares them.
 */
export function languagesIn(title: string): string[] {
  const lower = title.toLowerCase();
  const named = Object.entries(LANGUAGES).map(([code, block]) => {
    const words = [...(block.months ?? []).flat(), ...(block.weekdays ?? []).flat(), ...(block.weekdaysShort ?? []).flat(), ...(block.weekdaysBeforeDate ?? []).flat(), ...(block.week ?? []).filter((form) => !form.includes('{n}'))];
    return { code, count: words.filter((word) => word.length > 1 && wordAt(lower, word) >= 0).length };
  });
  return named.filter((each) => each.count > 0).sort((a, b) => b.count - a.count).map((each) => each.code);
}

/** Where `word` stands in `text` as a whole word (letters on neither side), or -1. */
function wordAt(text: string, word: string): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isLetter(text[at - 1]) && !isLetter(text[at + word.length])) return at;
  }
  return -1;
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /\p{L}/u.test(c);
}

/** `name` written as `model` is: `FRIDAY`, `Friday` or `friday`. */
function inCaseOf(model: string, name: string): string {
  if (model !== model.toLowerCase() && model === model.toUpperCase()) return name.toUpperCase();
  if (model[0] !== model[0].toLowerCase()) return name[0].toUpperCase() + name.slice(1);
  return name;
}

/**
 * Whether a journal's entry is a day of rest: it says no study and its date is paused (`Rest day`, `Ruhetag`: read as
 * a pause, see journalRests.ts; or a `⏸` line under it), so the streak passes over it. The tree and the outline say
 * `rest day` for it, and `no study` for a day missed (`Skipped - sick`), which the streak does not pass over.
 */
export function isRestEntry(node: PlanNode): boolean {
  const date = node.date;
  // Strings compared as strings only (the JSON writer's tests hand it nodes of any values).
  return node.skipped && typeof date === 'string' && node.pauses.some((pause) => typeof pause.from === 'string' && pause.from <= date && date <= (typeof pause.to === 'string' && pause.to !== '' ? pause.to : pause.from));
}
