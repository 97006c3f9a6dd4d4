/**
 * A journal kept in month sections (`## November` or `## November 2026` over its entries): a new entry goes into its
 * month's section, and where the journal has none yet, under a new one headed as the others are (`## Dezember`,
 * `## December 2026`). A trial's yearless German journal got its December entry under `## November`.
 */
import type { PlanNode } from '../model';
import { monthNameAt } from '../grammar/yearlessDates';
import { namedDateLike } from '../edits/cellDates';
import { addDays } from '../calendar/calendarDays';
import { LANGUAGES } from '../grammar/keywords';

/** A month's section: its heading, its first day and its last. */
export interface MonthSection {
  readonly node: PlanNode;
  readonly start: string;
  readonly end: string;
}

/** A month's name alone, or with its year (`November`, `Nov. 2026`, `Dezember 2026`), after the heading's decoration. */
function monthOf(title: string): { at: number; end: number; month: number; year: number | null } | null {
  const at = title.search(/[\p{L}\p{N}]/u);
  if (at < 0) return null;
  const found = monthNameAt(title, at);
  if (found === null) return null;
  const rest = /^\.?[ \t]*(?:(\d{4})[ \t]*)?$/.exec(title.slice(found.end));
  return rest === null ? null : { at, end: found.end, month: found.value, year: rest[1] === undefined ? null : Number(rest[1]) };
}

/** The last day of the month `start` (`YYYY-MM-01`) begins. */
function monthEnd(start: string): string {
  const [year, month] = start.split('-').map(Number);
  return addDays(month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`, -1);
}

/**
 * The month sections of a journal whose entries all sit right under headings that name their month alone (and its year,
 * if any, theirs); else none. `holders`: the heading each entry sits under, `inside`: the entries under one.
 */
export function monthSections(holders: ReadonlySet<PlanNode>, inside: (node: PlanNode) => readonly PlanNode[]): MonthSection[] {
  const sections: MonthSection[] = [];
  for (const node of holders) {
    const named = monthOf(node.title);
    const months = new Set(inside(node).map((entry) => entry.date!.slice(0, 7)));
    if (named === null || months.size !== 1) return [];
    const month = [...months][0];
    if (Number(month.slice(5, 7)) !== named.month || (named.year !== null && Number(month.slice(0, 4)) !== named.year)) return [];
    sections.push({ node, start: `${month}-01`, end: monthEnd(`${month}-01`) });
  }
  return sections.sort((a, b) => a.node.line - b.node.line);
}

/** The first day of `date`'s month, and a month heading's title for it written as `model`'s is (in `languages`), or null. */
export function monthHeadingLike(model: MonthSection, date: string, languages: readonly string[]): { start: string; title: string } | null {
  const title = model.node.title;
  const named = monthOf(title);
  if (named === null) return null;
  const start = `${date.slice(0, 7)}-01`;
  // The month's name in its own language, case and form, as a date's month is moved (`November` gives `Dezember` in a
  // German journal). Where the entries say no language (ISO dates), the first that spells the month so: English for
  // `December`, one that writes months in lower case for `december` (English does not).
  const word0 = title.slice(named.at, named.end);
  const spelled = Object.entries(LANGUAGES).filter(([code, block]) => (block.months ?? []).some((names) => names.includes(word0.toLowerCase())) && (code !== 'en' || word0 !== word0.toLowerCase())).map(([code]) => code);
  const like = `${word0} 1, ${model.start.slice(0, 4)}`;
  const made = namedDateLike(like, start, languages) ?? (spelled.length > 0 ? namedDateLike(like, start, [spelled[0]]) : null);
  const word = made === null ? null : /^(.*?) 1, \d{4}$/u.exec(made)?.[1];
  if (word === undefined || word === null) return null;
  const rest = title.slice(named.end).replace(/\d{4}/, start.slice(0, 4));
  return { start, title: title.slice(0, named.at) + word + rest };
}
