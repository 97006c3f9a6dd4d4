/**
 * The year of a date written without one (see yearlessDates.ts): the one the file says near it.
 *
 * What says a year: a stamp (`✅ 2026-11-26`, `⏭`, `📅`, `⏱`), a heading's full date (`## 2026-11-25`, `## Nov 25,
 * 2026`) or its year (`# November 2026`, `# Study log 2026`), a table cell holding a full date, the front matter's first
 * date (`start: 2026-11-02`), and the dates without a year read before it. Prose, links and code say nothing (a
 * review's `v2 released 2019-03-01` in a code block dated a 2026 journal 2018). The nearest of those before the date
 * (else the first after it) decides: a heading's year alone, or the file name's (`journal-2026.md`, when nothing in the
 * file says one), is the year; a date, the year that puts the month and day nearest to it (a journal from December into
 * January turns the year; a long one keeps going, each date read from the one before), none when that is more than
 * 240 days away (February 29th). A weekday written with it decides nothing (a slip would move a date a year). With none
 * of those, no date: the heading or row reads as before, and status says why (unreadYearlessDate).
 *
 * A parse reads the file's dated lines once, when it first meets a date without a year (most files never do).
 */
import { Scoped } from '../scoped';
import { dayNumber, isoFromDayNumber } from '../calendar/calendarDays';
import { iso } from './dates';
import { FRONT_MATTER, TOML_FRONT_MATTER, tomlAsYaml } from './lineSyntax';
import { monthNameAt, yearlessDateAt, type YearlessDate } from './yearlessDates';

/** Dated lines in order (several on one line: the last written); `years`: where one says a year alone (else null). */
interface Evidence {
  readonly lines: number[];
  readonly days: number[];
  readonly years: (number | null)[];
}

interface Scope {
  readonly text: string;
  readonly frontMatter: string | null;
  readonly stem: string;
  evidence: Evidence | undefined;
  /** The dates without a year read so far, in line order (a parse reads them in the file's order). */
  readonly chain: Evidence;
  /** What each date without a year read as, by line and what it says: read once, in the file's order. */
  readonly read: Map<string, string | null>;
  asked: boolean;
}

const scoped = new Scoped<Scope | null>(null);

/**
 * A parse's view of its file's dated lines for yearOfDate, kept across the steps of a parse made in steps: `run` puts
 * it in place for one step. `asked`: a date without a year was met (a re-parse then parses all again: a date written
 * anywhere may change its year); `unsaid`: such a date was met and nothing in the file says a year (see yearUnsaid).
 */
export class FileYears {
  private readonly own: Scope;

  /** `text`: the file's, the front matter blanked, `frontMatter` beside it; `stem`: its file name's. */
  constructor(text: string, frontMatter: string | null, stem: string) {
    this.own = { text, frontMatter, stem, evidence: undefined, chain: { lines: [], days: [], years: [] }, read: new Map(), asked: false };
  }

  run<T>(build: () => T): T {
    return scoped.run(this.own, build);
  }

  get asked(): boolean {
    return this.own.asked;
  }

  get unsaid(): boolean {
    return this.own.asked && this.own.evidence !== undefined && this.own.evidence.lines.length === 0;
  }
}

/** How far from the date that says its year a date without one may be (February 29th beside 2027 is none). */
const FARTHEST = 240;

/** The date of a month and day written without a year on `line` of the file being parsed, as ISO; null when nothing says the year. */
export function yearOfDate(date: YearlessDate, line: number): string | null {
  const scope = scoped.current;
  if (scope === null) return null;
  scope.asked = true;
  const key = `${line}:${date.month}:${date.day}`;
  const known = scope.read.get(key);
  if (known !== undefined) return known;
  scope.evidence ??= evidenceOf(scope.text, scope.frontMatter, scope.stem);
  const near = nearest(scope.evidence, scope.chain, line);
  const found = near === null ? null : near.year !== null ? iso(near.year, date.month, date.day) : dateNear(date, near.day, near.within);
  scope.read.set(key, found);
  // Read in the file's order: the next date without a year takes this one's year (a journal's year turns as it goes).
  if (found !== null) insert(scope.chain, line, dayNumber(found));
  return found;
}

/**
 * Of the years around `near`'s, the month and day nearest to it, within FARTHEST days; in `within`, the year a heading
 * above says, when that is within reach too (`| Jul 10 |` after `| Jan 5 |` under `# Study plan 2026`).
 */
function dateNear(date: YearlessDate, near: number, within: number | null): string | null {
  const year = Number(isoFromDayNumber(near).slice(0, 4));
  const distance = (candidate: string): number => Math.abs(dayNumber(candidate) - near);
  let best: string | null = null;
  for (const candidate of [year - 1, year, year + 1].map((y) => iso(y, date.month, date.day))) {
    if (candidate === null || distance(candidate) > FARTHEST) continue;
    if (best === null || (Number(candidate.slice(0, 4)) === within) || (Number(best.slice(0, 4)) !== within && distance(candidate) < distance(best))) best = candidate;
  }
  return best;
}

/**
 * The day of the dated line nearest before `line` (its own included), or of a date without a year read before it,
 * whichever is nearer; else of the first dated line after it; null when the file dates none.
 */
function nearest(evidence: Evidence, chain: Evidence, line: number): { readonly day: number; readonly year: number | null; readonly within: number | null } | null {
  if (evidence.lines.length === 0) return null;
  const own = after(evidence.lines, line);
  const read = after(chain.lines, line - 1);
  // A year said alone (`# Study plan 2026`, the file name) is the year of the first date after it; the dates after that
  // go from one to the next, in that year where it is within reach (a journal into January turns the year).
  const said = own > 0 ? evidence.years[own - 1] : null;
  if (read > 0 && (own === 0 || chain.lines[read - 1] > evidence.lines[own - 1])) return { day: chain.days[read - 1], year: null, within: said };
  const at = own > 0 ? own - 1 : 0;
  return { day: evidence.days[at], year: evidence.years[at], within: null };
}

/** The index of the first entry after `line`. */
function after(lines: readonly number[], line: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid] <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Adds a date read on `line`: at the end, as a parse reads (a splice for one read out of order). */
function insert(chain: Evidence, line: number, day: number): void {
  const last = chain.lines.length - 1;
  if (last < 0 || chain.lines[last] <= line) {
    chain.lines.push(line);
    chain.days.push(day);
    chain.years.push(null);
    return;
  }
  const at = after(chain.lines, line);
  chain.lines.splice(at, 0, line);
  chain.days.splice(at, 0, day);
  chain.years.splice(at, 0, null);
}

/** A stamp's date: `✅ 2026-11-26`, and the other marks the grammar dates (skipped, planned, a session). */
const STAMP = /(?:\u2705|\u2714\uFE0F?|\u23ED\uFE0F?|\uD83D\uDCC5|\u23F1\uFE0F?|\u23F3|\uD83D\uDEEB|\u2795)\s*(\d{4}-\d{2}-\d{2})(?!\d)/gu;
/**
 * A full date: ISO, slashed or dotted with a four-digit year, or with a month's name (checked against the grammar's),
 * its year after `de` too (`28 de dezembro de 2026`: a trial's Portuguese week dated its entries from its year alone).
 */
const FULL_DATE = /(?<![\p{L}\p{N}/.-])(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})[/.](\d{1,2})[/.](\d{4})|(?:(\d{1,2})(?:st|nd|rd|th|\.)?[ \t]+(?:(?:of|de)[ \t]+)?)?(\p{L}{3,})\.?(?:[ \t]+(\d{1,2})(?:st|nd|rd|th)?)?,?(?:[ \t]+de)?[ \t]+(\d{4}))(?![\p{L}\p{N}])/gu;
/** A date as Chinese, Japanese and Korean write it: year, month, day marked. */
const CJK_DATE = /(?<!\d)(\d{4})[ \t]*[\u5E74\uB144][ \t]*(\d{1,2})[ \t]*[\u6708\uC6D4][ \t]*(\d{1,2})(?!\d)/g;
const HEADING = /^ {0,3}#{1,6}[ \t]+/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A year that ends a heading (`# Study log 2026`, `# Log (2026)`). */
const YEAR_LAST = /(?<![\p{L}\p{N}])(20\d\d)[\s)\]*_#]*$/u;
/** A year that starts or ends a file's name (`journal-2026`, `2026_notes`; not `top-2000-words`). */
const YEAR_IN_NAME = /^(20\d\d)(?!\d)|(?<!\d)(20\d\d)$/;

/** The file's dated lines (see the file's comment), in order, each line's last date. */
function evidenceOf(text: string, frontMatter: string | null, stem: string): Evidence {
  const evidence: Evidence = { lines: [], days: [], years: [] };
  const add = (line: number, found: Said): void => {
    evidence.lines.push(line);
    evidence.days.push(found.day);
    evidence.years.push(found.year);
  };
  const first = frontMatter === null ? undefined : fullDatesIn(frontMatter)[0];
  if (first !== undefined) add(0, first);
  forEachLine(text, (line, n) => {
    const found = datedLine(line);
    if (found !== null) add(n, found);
  });
  if (evidence.lines.length === 0) {
    const name = YEAR_IN_NAME.exec(stem);
    if (name) add(0, yearAlone(Number(name[1] ?? name[2])));
  }
  return evidence;
}

/** A date a line says (`day`), and the year when it says a year alone (`# Log 2026`, `# November 2026`). */
interface Said {
  readonly day: number;
  readonly year: number | null;
}

function yearAlone(year: number): Said {
  return { day: dayNumber(`${year}-07-02`), year };
}

/** Calls `each` with every line outside fenced code and its number (CR, LF and CRLF ends alike). */
function forEachLine(text: string, each: (line: string, n: number) => void): void {
  let fence: string | null = null;
  let n = 0;
  for (let start = 0; start <= text.length; n++) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const line = text.slice(start, end);
    const opened = FENCE.exec(line);
    if (fence !== null) {
      if (opened && opened[1][0] === fence[0] && opened[1].length >= fence.length) fence = null;
    } else if (opened) fence = opened[1];
    else each(line, n);
    if (end >= text.length) break;
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
}

/** The last date a line says (a heading's, a stamp's, a cell's alone), or null when it says none. */
function datedLine(line: string): Said | null {
  if (!/\d{4}/.test(line)) return null;
  if (HEADING.test(line)) {
    const dates = fullDatesIn(line);
    if (dates.length > 0) return dates[dates.length - 1];
    const year = YEAR_LAST.exec(line);
    return year ? yearAlone(Number(year[1])) : null;
  }
  let last: Said | null = null;
  STAMP.lastIndex = 0;
  for (let m = STAMP.exec(line); m !== null; m = STAMP.exec(line)) {
    const date = iso(Number(m[1].slice(0, 4)), Number(m[1].slice(5, 7)), Number(m[1].slice(8)));
    if (date !== null) last = { day: dayNumber(date), year: null };
  }
  if (line.includes('|')) {
    for (const cell of line.split('|')) {
      if (!cellIsDate(cell)) continue;
      const dates = fullDatesIn(cell);
      if (dates.length === 1) last = dates[0];
    }
  }
  return last;
}

/** Whether a cell holds one full date and nothing else but a weekday or a mark. */
function cellIsDate(cell: string): boolean {
  const trimmed = cell.trim();
  if (!/\d{4}/.test(trimmed)) return false;
  FULL_DATE.lastIndex = 0;
  const m = FULL_DATE.exec(trimmed);
  FULL_DATE.lastIndex = 0;
  return m !== null && m.index === 0 && m[0].length >= trimmed.length - 12;
}

/** The full dates a text writes, in order (a month and a year alone, `November 2026`: that year). */
function fullDatesIn(text: string): Said[] {
  const found: [number, Said][] = [];
  FULL_DATE.lastIndex = 0;
  for (let m = FULL_DATE.exec(text); m !== null; m = FULL_DATE.exec(text)) {
    const said = saidBy(m);
    if (said !== null) found.push([m.index, said]);
  }
  FULL_DATE.lastIndex = 0;
  // `2026年11月26日`, `2026년 11월 26일` (a trial's Japanese journal gave its entries no year).
  if (/[\u5E74\uB144]/.test(text)) {
    for (const m of text.matchAll(CJK_DATE)) {
      const date = iso(Number(m[1]), Number(m[2]), Number(m[3]));
      if (date !== null) found.push([m.index, { day: dayNumber(date), year: null }]);
    }
    found.sort((a, b) => a[0] - b[0]);
  }
  return found.map((f) => f[1]);
}

/** A full date's day number: ISO; slashed month first when that reads, else day first (only its season matters here); written with its month's name. */
function saidBy(m: RegExpExecArray): Said | null {
  let date: string | null;
  let year: number | null = null;
  if (m[1] !== undefined) date = iso(Number(m[1]), Number(m[2]), Number(m[3]));
  else if (m[6] !== undefined) date = iso(Number(m[6]), Number(m[4]), Number(m[5])) ?? iso(Number(m[6]), Number(m[5]), Number(m[4]));
  else {
    const month = monthNameAt(m[8], 0);
    const day = m[9] ?? m[7];
    date = month && month.end === m[8].length ? iso(Number(m[10]), month.value, Number(day ?? 15)) : null;
    if (day === undefined) year = Number(m[10]);
  }
  return date === null ? null : { day: dayNumber(date), year };
}

/**
 * A date without a year that a heading starts with or a table cell holds alone (`## Thursday, November 26`, `| Nov 21 |`),
 * as written, when nothing in the file (`text`, front matter and all) or its name (`stem`) says the year: such a heading
 * or row reads as no date, and status says why. Null when there is none, or when the year is said. Code is left out.
 */
export function unreadYearlessDate(text: string, stem: string): string | null {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // TOML front matter (`+++`, Hugo's) says its year as YAML's does (`date = 2026-11-02`): read as the parse reads it.
  const yaml = FRONT_MATTER.exec(body);
  const toml = yaml === null && body.startsWith('+++') ? TOML_FRONT_MATTER.exec(body) : null;
  const frontMatter = yaml ? yaml[1] : toml ? tomlAsYaml(toml[1]) : null;
  return evidenceOf(text, frontMatter, stem).lines.length > 0 ? null : firstYearlessDate(text);
}

/** Whether a heading starts with, or a table cell holds, a date without a year (code left out): the file's dates say its year. */
export function holdsYearlessDate(text: string): boolean {
  return firstYearlessDate(text) !== null;
}

/** The first date without a year a heading starts with or a table cell holds alone, as written; null when there is none. */
function firstYearlessDate(text: string): string | null {
  let found: string | null = null;
  forEachLine(text, (line) => {
    if (found !== null || !/\d/.test(line)) return;
    const heading = /^ {0,3}#{1,6}[ \t]+[^\p{L}\p{N}]*/u.exec(line);
    if (heading) {
      const date = yearlessDateAt(line, heading[0].length);
      if (date) found = line.slice(heading[0].length, date.end);
      return;
    }
    if (!line.includes('|')) return;
    for (const cell of line.split('|')) {
      const trimmed = cell.trim();
      const date = trimmed.length >= 3 ? yearlessDateAt(trimmed, 0) : null;
      if (date && date.end === trimmed.length) {
        found = trimmed;
        return;
      }
    }
  });
  return found;
}
