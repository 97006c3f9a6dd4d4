import * as fs from 'fs';
import { addDays, closestName, isValidIsoDate, localIsoDate, parseDaySpec, slashedReadings, type DaySpec } from '../core';
import * as buffer from 'buffer';
import { DEFAULT_MAX_BYTES } from './files';
import { shellWord } from './output';
import { formatSize } from './nodeFileSystem';
import { CliError, EXIT, UsageError, type CliContext } from './verb';

/**
 * The largest file a verb can read: a plan is decoded into one string (a UTF-8 byte is at most one UTF-16 unit),
 * whole MB. Past it, `--max-size 5GB` let a 4.5 GB file through to an internal ERR_OUT_OF_RANGE.
 */
const MOST_BYTES = Math.floor(Math.min(buffer.constants.MAX_LENGTH, buffer.constants.MAX_STRING_LENGTH) / 2 ** 20) * 2 ** 20;

/**
 * A date typed for today, a stamp or a schedule is from 1900 on: `0026-11-26` is a slip of the keyboard that would
 * stamp a plan with year 26 (and JavaScript's Date reads years 0-99 as 1900-1999, which drew a heatmap of nothing).
 */
export function isPlausibleYear(isoDate: string): boolean {
  return isoDate >= '1900';
}

export function yearMessage(name: string, value: string): string {
  return `${name} must be a date from 1900 on, not '${value}' (a mistyped year?)`;
}

/**
 * A verb's arguments: options are taken out by name (`--name value` or `--name=value`), and what
 * is left must be positionals. Everything after `--` is positional, so a file named `--x.md` works.
 */
export class ArgReader {
  private readonly options: string[];
  private readonly afterDashes: string[];
  /** Options taken once already: one still there was given twice (an option that repeats is taken in a loop). */
  private readonly taken = new Set<string>();
  /** Every option name this verb asked for, to suggest one for an unknown option. */
  private readonly asked = new Set<string>();

  /** `clock`: the command's, for `--date yesterday` (and `today`): the words a learner catching up types. */
  constructor(args: readonly string[], private readonly clock?: () => Date) {
    const dashes = args.indexOf('--');
    this.options = dashes < 0 ? [...args] : args.slice(0, dashes);
    this.afterDashes = dashes < 0 ? [] : args.slice(dashes + 1);
  }

  /** Options the verb took out of the arguments itself (`review --grade CARD GRADE`): a typo of one is suggested too. */
  takenElsewhere(...names: string[]): void {
    for (const name of names) this.asked.add(name);
  }

  /** Whether an option with a value was given and taken already (`--today` where it is another name for `--date`). */
  wasGiven(name: string): boolean {
    return this.taken.has(name);
  }

  /** True if the flag was given (every occurrence is taken). */
  flag(name: string): boolean {
    this.asked.add(name);
    let found = false;
    for (let at = this.options.indexOf(name); at >= 0; at = this.options.indexOf(name)) {
      this.options.splice(at, 1);
      found = true;
    }
    return found;
  }

  /** `--json` and `--pretty`, which only indents JSON: alone it is a usage error, not silently ignored. */
  jsonFlags(): { json: boolean; pretty: boolean } {
    const json = this.flag('--json');
    const pretty = this.flag('--pretty');
    if (pretty && !json) throw new UsageError('--pretty indents the output of --json; add --json');
    return { json, pretty };
  }

  /** The value of `--name value` or `--name=value`, or null when the option is absent. */
  value(name: string): string | null {
    this.asked.add(name);
    const inline = this.options.findIndex((a) => a.startsWith(`${name}=`));
    if (inline >= 0) {
      this.taken.add(name);
      return this.options.splice(inline, 1)[0].slice(name.length + 1);
    }
    const at = this.options.indexOf(name);
    if (at < 0) return null;
    this.taken.add(name);
    const value = this.options[at + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
    this.options.splice(at, 2);
    return value;
  }

  /**
   * `--name YYYY-MM-DD`, checked to be a real date. `alias`: the other name a learner may give it (`--today` for a
   * verb's `--date` and back: the two read alike, and a trial typed one where the other was meant); both given must agree.
   */
  date(name: string, alias?: string): string | null {
    return this.namedDate(name, alias).value;
  }

  /** The date and the name it was given under (messages name the option the learner typed). */
  private namedDate(name: string, alias?: string): { name: string; value: string | null } {
    const value = this.value(name);
    const other = alias === undefined ? null : this.value(alias);
    if (other !== null && value !== null && other !== value) throw new UsageError(`${name} ${value} and ${alias} ${other} name two days; give one`);
    const given = value !== null || other === null ? name : alias!;
    const written = value ?? other;
    const word = written?.toLowerCase();
    const relative = this.clock === undefined ? null : word === 'today' ? 0 : word === 'yesterday' ? -1 : null;
    const date = written === null ? null : relative !== null ? addDays(localIsoDate(this.clock!()), relative) : numericDate(given, written) ?? written;
    if (date !== null && !isValidIsoDate(date)) throw new UsageError(`${given} must be a real date as YYYY-MM-DD (or today, yesterday), not '${date}'`);
    if (date !== null && !isPlausibleYear(date)) throw new UsageError(yearMessage(given, date));
    return { name: given, value: date };
  }

  /**
   * `--date YYYY-MM-DD` for a stamp or a log line, not after `today`: the streak ignores what is dated after
   * today (and warns), so writing it would only leave a stamp that counts for nothing until then.
   */
  dateUpTo(optionName: string, today: string, warn?: (text: string) => void, alias?: string): string | null {
    const { name, value } = this.namedDate(optionName, alias);
    if (value !== null && value > today) throw new CliError(`${name} ${value} is after today (${today}): what is dated after today counts for nothing until then; nothing written`, EXIT.refused);
    // Years back is allowed (a record kept late) but said: `2016` for `2026` is one key away.
    const years = value === null ? 0 : Number(today.slice(0, 4)) - Number(value.slice(0, 4)) - (value.slice(5) > today.slice(5) ? 1 : 0);
    if (warn && value !== null && years >= 1) warn(`${name} ${value} is ${years === 1 ? 'a year or more' : `${years} years`} before today (${today}): a mistyped year?`);
    return value;
  }

  /** `--max-size 5MB` (also `512KB`, `2048` bytes): the largest plan read; default 5 MB as in the extension. */
  maxSize(): number {
    const value = this.value('--max-size');
    if (value === null) return DEFAULT_MAX_BYTES;
    const match = /^(\d+(?:\.\d+)?)\s*(b|k|kb|m|mb|g|gb)?$/i.exec(value.trim());
    const unit = { b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 }[(match?.[2] ?? 'b').toLowerCase() as 'b'];
    const bytes = match ? Math.floor(Number(match[1]) * unit) : NaN;
    if (!(bytes >= 1)) throw new UsageError(`--max-size must be a size such as 5MB, 512KB or 2048, not '${value}'`);
    if (bytes > MOST_BYTES) throw new UsageError(`--max-size can be at most ${formatSize(MOST_BYTES)} (the most text Node.js holds in one string), not '${value}'`);
    return bytes;
  }

  /** What is left once every option was taken; an unknown option is a usage error. */
  positionals(): string[] {
    // An option holds no white space: `- [x] Read chapter 1` is a task line pasted whole, a positional.
    const unknown = this.options.find((a) => a.startsWith('-') && a !== '-' && !/\s/.test(a));
    if (unknown && this.taken.has(unknown.replace(/=.*$/, ''))) throw new UsageError(`${unknown.replace(/=.*$/, '')} is given twice`);
    if (unknown) throw new UsageError(`unknown option '${unknown}'${optionHint(unknown.replace(/=.*$/, ''), this.asked)}`);
    return [...this.options, ...this.afterDashes];
  }
}

/**
 * What to say after `unknown option`: an option this verb has that is a typo away (`--dryrun`, `-json`). (`--today`
 * and `--date`, which read alike, are one option under two names: see ArgReader.date.)
 */
export function optionHint(unknown: string, asked: ReadonlySet<string>): string {
  // Compared without dashes (`-json` is --json with one off), so `--dry` is no typo of --due.
  const best = closestName(unknown.replace(/^-+/, ''), asked, (name) => name.replace(/^-+/, ''));
  return best === undefined ? '' : `; did you mean ${best}?`;
}

/**
 * The positionals a verb takes, exactly (`what`: `a file and a DAY`): too few say what is needed, too many say how
 * many were given (`log plan.md 1 1h 30m` is four: the duration is one word).
 */
export function exactly(positionals: readonly string[], count: number, verb: string, what: string): string[] {
  if (positionals.length < count) throw new UsageError(`${verb} needs ${what}`);
  // `links plan.md Day 31`: the heading's words, unquoted, are two arguments.
  const split = positionals.findIndex((word, i) => /^days?$/i.test(word) && /^\d/.test(positionals[i + 1] ?? ''));
  // `done my plan.md 3`: a path with spaces, unquoted (a trial's): the words that join into a file say so.
  const spaced = split < 0 ? spacedPath(positionals) : null;
  const hint = split >= 0 ? ` (a DAY of two words is quoted, '${positionals[split]} ${positionals[split + 1]}', or just ${positionals[split + 1]})`
    : spaced !== null ? ` (a path with spaces is quoted: ${shellWord(spaced)})` : '';
  if (positionals.length > count) throw new UsageError(`${verb} takes ${what}, not ${positionals.length} arguments${hint}`);
  return fileFirst(positionals);
}

/**
 * The file first: `show 31 plan.md` (a trial's, refused as "DAY must be ..., not 'plan.md'") names a file only in
 * its second word, when the first is no path; the others keep their order.
 */
function fileFirst(words: readonly string[]): string[] {
  if (words.length < 2 || fs.existsSync(words[0]) || !isFile(words[1])) return [...words];
  return [words[1], words[0], ...words.slice(2)];
}

function isFile(name: string): boolean {
  try {
    return fs.statSync(name, { throwIfNoEntry: false })?.isFile() === true;
  } catch {
    return false;
  }
}

/** The first words that join, with spaces, into a file that exists, when the first word alone is none; else null. */
function spacedPath(words: readonly string[]): string | null {
  if (words.length < 2 || fs.existsSync(words[0])) return null;
  // A name of a few words (a glob's thousands of arguments are no one path).
  for (let n = 2; n <= Math.min(words.length, 8); n++) {
    const joined = words.slice(0, n).join(' ');
    // Not a path (`s.md/ 31` goes through a file): no hint.
    if (isFile(joined)) return joined;
  }
  return null;
}

export function positiveInteger(text: string | undefined, what: string): number {
  if (text === undefined || !/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`${what} must be a positive whole number, not '${text ?? ''}'`);
  // Past 2^53 a number is rounded: a message would name a line nobody typed (99999999999999999999 -> 1e20).
  if (!Number.isSafeInteger(Number(text))) throw new UsageError(`${what} must be at most ${Number.MAX_SAFE_INTEGER}, not '${text}'`);
  return Number(text);
}

/** A DAY argument: a day number, `line:N`, a weekday name, or an ISO date. */
/** A DAY argument: a day spec, or `today`, the plan's current day (the one Mark Today Complete marks). */
/** `eitherDate`: a date that reads two ways (`05/11/2026`), settled by the plan: the one reading that names a day of it. */
export type DayArg = DaySpec | { readonly kind: 'today' } | { readonly kind: 'eitherDate'; readonly written: string; readonly dates: readonly [string, string] };

export function daySpec(text: string | undefined): DayArg {
  if (text?.toLowerCase() === 'today') return { kind: 'today' };
  const spec = text === undefined ? null : parseDaySpec(text);
  const readings = spec || text === undefined ? null : slashedReadings(text.trim());
  if (readings) return { kind: 'eitherDate', written: text!.trim(), dates: readings };
  if (!spec) throw new UsageError(`DAY must be a day number (31, Day 31, Tag 31), a day of a week (Week 2, Day 1, W2D1), line:N (the line of its heading), a weekday, a date (YYYY-MM-DD, as the plan writes it, or Nov 27) or today, not '${text ?? ''}'`);
  return spec;
}

export const DAY_HELP = 'DAY is a day number (31, Day 31, or as the plan\'s language heads it: Tag 31, Día 31; 4 finds a `Days 3-4` heading), Week 2, Day 1 or W2D1 (a day so named, or a Day 1 under a `Week 2` heading), line:N (the 1-based line of the day\'s heading), a weekday (monday: the day headed Monday, in a weekly journal), a date (2026-11-21, or as the plan writes it, 11/21/2026: the day headed by it, else the day scheduled on it, else the day marked complete on it; Nov 21 without a year: the day dated on it) or today (the plan\'s current day, as status names it).';
/** What `today` means where a day was just studied (undone, log): said once on the --help page, each verb's own help says its own. */
export const DAY_TODAY_EXCEPTION = 'For undone and log, today is the day marked complete today (the one just studied; log falls back to the current day, or for a past --date to the first day not done by then).';

/** Where a verb's warnings go: one line each on stderr. */
export function warnOf(context: CliContext): (text: string) => void {
  return (text) => context.io.err(`learning-plans: warning: ${text}`);
}

/**
 * A date typed as a plan writes it (a trial's `--date 07/12/2026`, refused while `show` took the same as a DAY), as
 * ISO: dotted, day first (`07.12.2026`); slashed or dashed, the one way it reads (`13/12/2026`, `12/13/2026`). One
 * that reads both ways is refused, with both. Null for any other text (then checked as ISO).
 */
function numericDate(name: string, text: string): string | null {
  const found = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/.exec(text.trim());
  if (!found) return null;
  const [, a, separator, b, year] = found;
  const at = (month: string, day: string): string | null => {
    const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
    return isValidIsoDate(date) ? date : null;
  };
  const dayFirst = at(b, a);
  if (separator === '.') return dayFirst;
  const monthFirst = at(a, b);
  if (dayFirst !== null && monthFirst !== null && dayFirst !== monthFirst) {
    throw new UsageError(`${name} ${text} reads ${monthFirst} (month first) or ${dayFirst} (day first): write the one meant as YYYY-MM-DD`);
  }
  return dayFirst ?? monthFirst;
}
