/**
 * Dates written into table cells in the table's own form: a German table's `| Geplant |` of `29.11.2026` gets
 * `01.12.2026` from a replan, not `2026-12-01` beside its other rows (and `2026/11/29` stays slashed, `9.1.2026`
 * unpadded). Forms with month names (see namedDateLike for a title's), none to follow, and a date the form would leave ambiguous (`01/11/2026`: the
 * parser reads neither order when both numbers could be a month, unless the table's other dates say which, and those
 * may be taken out) get ISO: a date that reads the same everywhere.
 */
import { cellDateOf } from '../grammar/tableStatus';
import { dateAt, type DateOrder } from '../grammar/dates';
import { LANGUAGES, normalizeKey, vocabularyOf } from '../grammar/keywords';

/** Day, month and year as digits between one separator: `29.11.2026`, `2026/11/29`, `11-29-2026`, `9.1.2026`. */
const NUMERIC = /^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})$/;

/**
 * `iso` written as `like` writes its date (see the file's comment); `like` null or of another form: `iso`. `order`:
 * how the table writes slashed dates (see slashedDateOrder), to read `like` by (`11/05/2026`: month first); what is
 * written never needs it (`11/28/2026`; the 8th is written `2026-11-08`), unless `readBack` names the order it will be
 * read in (a heading's date, read in its file's order; the replan checks the file still reads it so).
 */
export function dateLike(like: string | null, iso: string, order: DateOrder | null = null, readBack: DateOrder | null = null): string {
  const text = like?.trim() ?? '';
  const form = NUMERIC.exec(text);
  const read = form ? cellDateOf(text, order) : null;
  if (!form || read === null) return iso;
  const [year, month, day] = iso.split('-');
  const [, first, separator, second, third] = form;
  const yearFirst = first.length === 4;
  const [a, b] = yearFirst ? [second, third] : [first, second];
  // Padded when a number is written `09`, or both with two digits (`29.11.2026`); `19.1.2026` is not.
  const padded = a.startsWith('0') || b.startsWith('0') || (a.length === 2 && b.length === 2);
  const pad = (value: string): string => (padded ? value : String(Number(value)));
  let written: string;
  if (yearFirst) written = [year, pad(month), pad(day)].join(separator);
  else {
    // Day first or month first, as the example reads: its first number is its day, or its month. An example that reads
    // the same either way (`11/11/2026`) says neither: the table's order, else ISO (a reviewer's `28/11/2026` beside it
    // made the table's other `11/05/2026` read as the 11th of May).
    const [, readMonth, readDay] = read.split('-');
    const symmetric = Number(first) === Number(second);
    if (symmetric && separator !== '.' && order === null) return iso;
    const dayFirst = symmetric ? separator === '.' || order === 'dmy' : Number(first) === Number(readDay) && Number(second) === Number(readMonth);
    written = dayFirst ? [pad(day), pad(month), year].join(separator) : [pad(month), pad(day), year].join(separator);
  }
  // What the parser cannot read back as this date (both numbers 12 or less) is written as ISO.
  // Read back with no order: a date written is one any reader reads alone (the rows that say the order may go).
  return cellDateOf(written, readBack) === iso ? written : iso;
}

/**
 * `iso` written as `like` writes a date with a month's name (`Nov 5, 2026`, `5. Januar 2026`, `November 5th, 2026`):
 * the same language, form (full or short) and case of the name, the day's padding and English ordinal, the year; its
 * words and separators as they were. Null when `like` names no month, or what it makes does not read back as `iso`
 * (the caller writes ISO: a replan's `(Nov 5, 2026)` became `(2026-11-07)`, a trial's). `languages`: those the text
 * around it is written in, most likely first (`Week 48`: English, then Dutch): the first that names the month settles
 * a name languages share.
 */
export function namedDateLike(like: string, iso: string, languages: readonly string[] = []): string | null {
  const found = monthNameIn(like);
  if (found === null) return null;
  const word = like.slice(found.start, found.end).toLowerCase();
  const hinted = languages.filter((code) => LANGUAGES[code]?.months?.some((names) => names.includes(word)));
  const name = hinted.length > 0 ? { ...found, language: hinted[0], form: LANGUAGES[hinted[0]].months!.find((names) => names.includes(word))!.indexOf(word) } : found;
  // Left to ISO (a review's): a weekday beside it (`Wed, Nov 25` would name the 28th a Wednesday); a name other
  // languages share and name the new month otherwise (`November` +1: `December` or `Dezember`?); a form not written
  // back as it is (`Sept`; `1er`, an ordinal of another language): the date `like` says, written in its form, must give
  // `like` itself.
  if (namesWeekday(like) || /(?<![\d.])\d{1,2}(?!st|nd|rd|th)\p{L}/iu.test(like)) return null;
  const said = dateAt(like, skipToDate(like), null)?.date;
  if (said === undefined || written(like, said, name) !== like) return null;
  const month = Number(iso.slice(5, 7));
  // The text's own language first, where it says one (`Week 9` is English before it is Dutch).
  if (hinted.length === 0 && new Set(inOtherLanguages(word, month)).size > 1) return null;
  const made = written(like, iso, name);
  return made !== null && dateAt(made, skipToDate(made), null)?.date === iso ? made : null;
}

/**
 * A month's spelling in `names` (its language's list: the full name first) in the form `word` is written in, `form`
 * its place in its own list: the full name, or the shortest (for a short one, four letters at most: `Feb` gives `Mär`, `nov.` gives
 * `déc.`; the place in the list gave `Maerz` and `decembre`, a review's); null for another spelling (`Jänner`).
 */
function spellingIn(names: readonly string[], word: string, form: number): string | null {
  if (form === 0) return names[0];
  return word.length <= 4 ? names.reduce((short, name) => (name.length < short.length ? name : short)) : null;
}

/** `iso` written in `like`'s form, its month's name at `name` (see namedDateLike); null where its spelling has no counterpart. */
function written(like: string, iso: string, name: NonNullable<ReturnType<typeof monthNameIn>>): string | null {
  const [year, month, day] = iso.split('-').map(Number);
  const names = LANGUAGES[name.language].months![month - 1];
  const word = spellingIn(names, like.slice(name.start, name.end).toLowerCase(), name.form);
  if (word === null) return null;
  const cased = name.upper ? word.toUpperCase() : name.capital ? word[0].toUpperCase() + word.slice(1) : word;
  const withMonth = like.slice(0, name.start) + cased + like.slice(name.end);
  // The year (four digits), then the day (one or two digits, an English ordinal's suffix kept right).
  const withYear = withMonth.replace(/(?<!\d)\d{4}(?!\d)/, String(year));
  return withYear.replace(/(?<![\d.])(\d{1,2})(st|nd|rd|th)?(?!\d)/i, (_, digits: string, suffix?: string) => {
    const value = digits.length === 2 && digits.startsWith('0') ? String(day).padStart(2, '0') : String(day);
    return suffix ? value + ordinalSuffix(day, suffix) : value;
  });
}

/** How each language that names a month `word` (lower case) names `month` in the same form (full or short). */
function inOtherLanguages(word: string, month: number): string[] {
  const found: string[] = [];
  for (const block of Object.values(LANGUAGES)) {
    const months = block.months ?? [];
    const form = months.reduce((at, names) => (at >= 0 ? at : names.indexOf(word)), -1);
    if (form < 0) continue;
    const names = months[month - 1];
    found.push(spellingIn(names, word, form) ?? '');
  }
  return found;
}

/** Whether `text` names a weekday (`Wed`, `Mittwoch`). */
function namesWeekday(text: string): boolean {
  const { weekdays, weekdaysShort } = vocabularyOf();
  for (const match of text.matchAll(/\p{L}+/gu)) {
    const key = normalizeKey(match[0]);
    if (weekdays.has(key) || weekdaysShort.has(key)) return true;
  }
  return false;
}

/** Where a month's name (of any language) stands in `text`, with its language, form (0 the full name) and case. */
function monthNameIn(text: string): { start: number; end: number; language: string; form: number; upper: boolean; capital: boolean } | null {
  for (const match of text.matchAll(/\p{L}+/gu)) {
    const lower = match[0].toLowerCase();
    for (const [language, block] of Object.entries(LANGUAGES)) {
      const months = block.months ?? [];
      for (const names of months) {
        const form = names.indexOf(lower);
        if (form < 0) continue;
        const start = match.index;
        return { start, end: start + match[0].length, language, form, upper: match[0].length > 1 && match[0] === match[0].toUpperCase(), capital: match[0][0] !== lower[0] };
      }
    }
  }
  return null;
}

/** `st`, `nd`, `rd` or `th` for `day`, in the case `like` wrote its suffix. */
function ordinalSuffix(day: number, like: string): string {
  const suffix = day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th';
  return like === like.toUpperCase() ? suffix.toUpperCase() : suffix;
}

/** The first letter or digit of `text` (a date read from there). */
function skipToDate(text: string): number {
  const at = text.search(/[\p{L}\p{N}]/u);
  return at < 0 ? 0 : at;
}

/**
 * `date` written as `written`, a date without a year, writes one (`Nov 16`, `16 Nov`, `16.11.`), or null. Its year is
 * the one the file says there: the caller checks the file reads it so.
 */
export function yearlessDateLike(written: string, date: string, languages: readonly string[] = []): string | null {
  const dotted = /^(\d{1,2})\.(\d{1,2})(\.?)$/.exec(written);
  if (dotted !== null) {
    const pad = (value: string, like: string): string => (like.length === 2 ? value : String(Number(value)));
    return `${pad(date.slice(8, 10), dotted[1])}.${pad(date.slice(5, 7), dotted[2])}${dotted[3]}`;
  }
  const year = date.slice(0, 4);
  // Written with a year the way its language writes one (`Nov 16, 2026`, `16 Nov 2026`), then the year taken off.
  for (const withYear of [`${written}, ${year}`, `${written} ${year}`, `${written} de ${year}`]) {
    const text = namedDateLike(withYear, date, languages);
    const suffix = withYear.slice(written.length);
    if (text !== null && text.endsWith(suffix)) return text.slice(0, -suffix.length);
  }
  return null;
}
