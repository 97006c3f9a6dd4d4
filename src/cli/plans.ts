import { dayNumber, daysMatching, studySection, daysSinceMonday, describeCandidate, journalEntryHeading, FileError, inMemoryDocument, localIsoDate, lookupDay, mayBePlanBytes, otherJournalOf, otherListOf, summarizeToday, weekdaySectionOn, withYearWritten, type DayLookup, type ParsedPlan, type PlanCache, type PlanNode } from '../core';
import type { DayArg } from './options';
import { decodePlan, endsWithSeparator, isUtf8Bytes, fileWithSlash, findMarkdownFiles, looksBinary, MissingPathError, readPlanFile, typedPathProblem } from './files';
import { SequentialReader } from './fileReader';
import { startPrefilter } from './prefilter';
import { field, shellWord } from './output';
import { CliError, EXIT, type CliContext } from './verb';
import { portPath } from './nodeFileSystem';

export interface LoadedPlan {
  readonly plan: ParsedPlan;
  readonly file: string;
}

/** Each read is a new version of the file for the cache: the text may differ from the last read. */
let reads = 0;

function parseInto(cache: PlanCache, file: string, text: string): ParsedPlan {
  return cache.get(inMemoryDocument(file, text, ++reads));
}

export function parsePlan(context: CliContext, file: string, text: string): ParsedPlan {
  return parseInto(context.cache, file, text);
}

/**
 * The plans under the paths: unreadable, binary, oversized and non-regular files are skipped with a
 * warning on stderr and the rest is printed; non-plans are left out; a missing path exits 2.
 *
 * A vault is mostly notes that are no plans: each file's bytes go through the pre-filter
 * (`mayBePlanBytes`), and only a file it cannot rule out is decoded and parsed. Nothing of a non-plan
 * is kept (its model leaves the cache at once).
 */
export async function loadPlans(paths: readonly string[], context: CliContext, maxBytes: number, notes = false): Promise<LoadedPlan[]> {
  const plans: LoadedPlan[] = [];
  const files = markdownFilesOf(paths, (text) => warn(context, text));
  forEachPlan(files, paths, context, maxBytes, (loaded) => plans.push(loaded), false, notes);
  return plans;
}

function warn(context: CliContext, text: string): void {
  context.io.err(`learning-plans: warning: ${field(text)}`);
}

/**
 * Each plan among `files` (as `markdownFilesOf` found them under the `named` paths) in turn, its warnings
 * printed as its file is met. With `release`, each plan leaves the cache once `visit` returns: a verb that
 * prints plan by plan keeps one model at a time.
 */
export function forEachPlan(files: readonly string[], named: readonly string[], context: CliContext, maxBytes: number, visit: (loaded: LoadedPlan) => void, release = true, notes = false): void {
  const given = new Set(named);
  const reader = new SequentialReader();
  const lists: string[] = [];
  // A vault's thousands of notes are shared with a second thread that rules out what is no plan (prefilterJob.ts).
  const helper = startPrefilter(files, given, maxBytes);
  try {
    for (let at = 0; at < files.length; at++) {
      const file = files[at];
      if (helper !== null && !helper.mainReads(at)) continue;
      const found = readPlanAt(file, given.has(file), named.length === 1, maxBytes, reader, context);
      if (found === null) continue;
      if ('list' in found) {
        lists.push(file);
        continue;
      }
      if (found.warning !== undefined) warn(context, found.warning);
      if (!('plan' in found)) continue;
      if (notes && found.notUtf8 !== undefined) warn(context, found.notUtf8);
      visit({ plan: found.plan, file });
      if (release) context.cache.delete(file);
    }
  } finally {
    helper?.stop();
  }
  // Said once, after the files, by status (`notes`, as a plan that is not UTF-8 is): a folder's lists left out are
  // named, so that a plan of one's own titled like one is seen to be missing and why (a trial's plans vanished from
  // status without a word). Not by index, heatmap, badge or readme, which scripts and workflows run.
  if (notes && lists.length > 0) {
    const shown = lists.slice(0, 3).map(field).join(', ');
    // In words a learner reads at once (a trial's "left out as a list that is no study by its title" was not).
    const which = lists.length === 1 ? `${shown} is not read as a plan: its title names a list, not study` : `${lists.length} files are not read as plans: their titles name lists, not study (${shown}${lists.length > 3 ? ', ...' : ''})`;
    context.io.err(`learning-plans: note: ${which}; learning-plans status FILE says why, and a title that names what you study makes it a plan`);
  }
}

/** The markdown files under the paths (a missing path exits 2; unreadable folders are warned about). */
export function markdownFilesOf(paths: readonly string[], onWarning: (text: string) => void): string[] {
  try {
    return findMarkdownFiles(paths, onWarning);
  } catch (error) {
    if (error instanceof MissingPathError) throw new CliError(error.message, EXIT.usage);
    throw error;
  }
}

/**
 * One file of a search, read as every verb reads one: a warning (unreadable, binary, oversized, not a
 * regular file), or its model when the pre-filter cannot rule it out (a non-plan's model is dropped at
 * once), or nothing. A file named alone (`alone`: the one path given) skips the pre-filter and may be a journal of
 * dated notes (namedJournal).
 */
function readPlanAt(file: string, named: boolean, alone: boolean, maxBytes: number, reader: SequentialReader, context: CliContext): { warning: string } | { plan: ParsedPlan; warning?: string; notUtf8?: string } | { list: true; warning?: undefined } | null {
  const { cache } = context;
  const read = reader.read(file, maxBytes, named);
  if ('warning' in read) return read;
  if (looksBinary(read.bytes)) return { warning: `skipping ${file}: it looks like a binary file` };
  const sole = named && alone;
  if (!sole && !mayBePlanBytes(read.bytes, file)) return null;
  const text = decodePlan(read.bytes);
  const plan = parseInto(cache, file, text);
  if (plan.isPlan) {
    const notUtf8 = notUtf8Warning(file, text, read.bytes);
    return notUtf8 === null ? { plan } : { plan, notUtf8 };
  }
  if (sole && namedJournal(plan)) {
    // `# Personal journal` named alone: read as the journal it is, said to count in no folder's streak (a trial's
    // diary showed a streak here and none in its folder, without a word).
    const called = otherJournalOf(plan);
    return called === null ? { plan } : { plan, warning: `${file}: its title (or its name, with no title) says '${field(called)}', a journal of no study: read here as a journal, as it is named alone; in a folder it is no plan and counts in no streak` };
  }
  cache.delete(file);
  return noYearWarning(file, text, sole, localIsoDate(context.clock()).slice(0, 4)) ?? (sole ? otherListWarning(file, plan) : otherListOf(plan) === null ? null : { list: true });
}

/**
 * A plan whose bytes are not UTF-8 (a Latin-1 `Caf\xe9` showed as `Caf\ufffd` in status without a word, a trial's):
 * said once, with the first line it happens on, as editing it is refused until it is saved as UTF-8.
 */
function notUtf8Warning(file: string, text: string, bytes: Uint8Array): string | null {
  const at = text.indexOf('\ufffd');
  if (at < 0) return null;
  // A replacement character written in the file itself (a real plan's mojibake was saved that way) is no warning.
  // Checked without a second, strict decode: that was ~5% of `index` over plans that hold one.
  if (isUtf8Bytes(bytes)) return null;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return `${file} is not UTF-8 (from line ${line}: saved as Latin-1 or Windows-1252?): its other bytes are shown as \ufffd, and it is edited only once saved as UTF-8`;
}

/**
 * A file named alone whose checkboxes make no plan, as its title calls it a list of another kind (`# Groceries`,
 * `## Action items` first; see otherListOf): said, with how to make it one (status said "a plan is a file with ... checkboxes"
 * of a file of checkboxes).
 */
function otherListWarning(file: string, plan: ParsedPlan): { warning: string } | null {
  const called = otherListOf(plan);
  return called === null ? null : { warning: `${file}: its name or title says '${field(called)}', a list that is no study, so its checkboxes make no plan and count in no streak; a title that says what is studied (\`# Study reading list\`) makes it one` };
}

/**
 * A file that would be a plan if its dates said their year (`## Thursday, November 26` in a study journal with no year
 * anywhere): said, with how to write the year once (a trial's journal left `status` of its folder without a word).
 */
function noYearWarning(file: string, text: string, sole: boolean, year: string): { warning: string } | null {
  const dated = withYearWritten(text, file, year);
  if (dated === null || !(dated.plan.isPlan || (sole && namedJournal(dated.plan)))) return null;
  const { written } = dated;
  return { warning: `${file}: its dates name no year (${written}), and nothing in it or its name does, so it is read as no plan: write the year once (${written}, ${year}; or a heading such as # ${year} above them) and the others take it` };
}

/**
 * Whether a file named alone is read as a journal though it is no plan: the parser's journal (ParsedPlan.journal) of two
 * or more entries headed by dates, in a file that does not say it is about learning. In a folder, or among several
 * files (a shell's `*.md`), such a file is left out (dated meeting notes and opening hours are no plan), but the one
 * file a learner names is read as show and log read it (a trial's `### 2026-11-20` notes were "no plan" to status,
 * while show gave their entries and log wrote time into them that status never counted).
 */
export function namedJournal(plan: ParsedPlan): boolean {
  return plan.journal && plan.days.length >= 1 && plan.days.every((day) => day.date !== null);
}

/**
 * Why a day verb refuses a file named alone that reads as no plan though it has days, or null. A trip's `| Day | City
 * | Hotel |` was "no plan" to status and index, while done stamped `Tokyo ✅` into it and lab scaffolded a notebook
 * for Tokyo. A file without days keeps its own refusals (`has no days`, `only tasks`), and a journal (`## Friday`) its
 * entries, as before.
 */
export function notAPlan(plan: ParsedPlan, file: string): string | null {
  if (plan.isPlan || plan.journal || plan.days.length === 0) return null;
  const called = otherListOf(plan);
  if (called !== null) return `${file} is read as no plan: its name or title says '${field(called)}', a list that is no study; a title that says what is studied (\`# Study reading list\`) makes it one`;
  // A table with a status column already (`| Date | Done |`: a habit tracker) is made one by its title alone.
  const status = plan.days.some((day) => (day.cells?.status ?? null) !== null);
  const table = plan.days.some((day) => day.cells !== null);
  // Days written as list items (`- Day 1: Tokyo`) are made a plan by weeks or modules over them too.
  const other = table ? (status ? '' : ', or a Done column in its table,') : plan.days.some((day) => day.form === 'item') ? ', or `## Week 1` headings over its days,' : '';
  return `${file} is read as no plan: its days say nothing of study (as a trip's or a budget's would); a title or file name that says what is studied (\`# Japanese study plan\`)${other} makes it one`;
}

/** Exits 2 when `file` is not there or is a folder: a mistyped path, not a refusal. */
export async function requireFile(file: string, context: CliContext, what = 'a plan file', missing = ''): Promise<void> {
  const problem = typedPathProblem(file, 'file');
  if (problem) throw new CliError(problem.startsWith('no such file') ? `${problem}${missing}` : problem, EXIT.usage);
  let stat;
  try {
    stat = await context.files.stat(portPath(file));
  } catch (error) {
    throw new CliError(error instanceof FileError ? error.message : String(error), EXIT.usage);
  }
  if (!stat) throw new CliError(`no such file: ${file}${missing}`, EXIT.usage);
  if (stat.type === 'directory') throw new CliError(`${file} is a folder, not ${what}`, EXIT.usage);
  // Should a system's stat take `s.md/` for the file, the port would too (its path is resolved): refused all the same.
  if (endsWithSeparator(file)) throw new CliError(fileWithSlash(file), EXIT.usage);
}

/** One plan, read (not edited): a missing path exits 2, an unreadable or oversized file exits 1. */
export async function loadPlan(file: string, context: CliContext, maxBytes: number): Promise<{ plan: ParsedPlan; text: string }> {
  await requireFile(file, context);
  const read = await readPlanFile(context.files, file, maxBytes);
  if ('warning' in read) throw new CliError(read.warning.replace(/^skipping /, 'not reading '));
  return { plan: parsePlan(context, file, read.text), text: read.text };
}

/**
 * The warnings of dates after today, the first five where they are written and the rest counted (status, and the
 * sharing verbs: `what` says what becomes of them).
 */
export function warnFutureDates(plans: readonly LoadedPlan[], dates: readonly string[], today: string, what: string, context: CliContext): void {
  for (const date of dates.slice(0, 5)) {
    const where = whereDated(plans, date) ?? 'a stamp';
    // A journal's entry dated ahead (`## 2026-12-02` over `Planned: ...`) marks nothing done (a trial's read so).
    const marks = where.endsWith('(an entry)') ? '' : ', though what it marks counts as done';
    warn(context, `${where} is dated ${date}, after today (${today})${what}${marks}`);
  }
  if (dates.length > 5) warn(context, `and ${dates.length - 5} more date${dates.length === 6 ? '' : 's'} after today (status --json lists them all: futureStamps)`);
}

/**
 * Where a date after today is written, for the warning that names it (`a stamp is dated 2026-11-20` named no file, and
 * was a journal's heading: a trial's): `file:line` and what it is, the first found; null when none is found.
 */
function whereDated(plans: readonly LoadedPlan[], date: string): string | null {
  for (const { plan, file } of plans) {
    let found: string | null = null;
    const visit = (node: PlanNode): void => {
      if (found !== null) return;
      if (node.kind === 'day' && plan.journal && node.date === date) found = `${field(file)}:${node.line + 1} (an entry)`;
      else if (node.kind === 'day' && node.doneDate === date && (node.stampDate === date || node.form === 'tableRow')) found = `${field(file)}:${node.line + 1} (a day done)`;
      const task = node.tasks.find((each) => each.doneDate === date);
      if (found === null && task) found = `${field(file)}:${task.line + 1} (a task's stamp)`;
      const session = node.sessions?.find((each) => each.date === date);
      if (found === null && session) found = `${field(file)}:${session.line + 1} (a session)`;
      // A day dated by its heading, done by a tick with no date of its own.
      if (found === null && node.kind === 'day' && node.date === date && node.doneDate === date) found = `${field(file)}:${node.line + 1} (a day dated so)`;
      for (const child of node.children) visit(child);
    };
    visit(plan.root);
    if (found !== null) return found;
  }
  return null;
}

/** What a command over no plan says (an empty folder showed `0/0 tasks` and an image of nothing, without a word). */
export function noPlanIn(paths: readonly string[]): string {
  return `no plan found in ${paths.map(field).join(', ')} (a plan is a markdown file of study: days, a day table or checkboxes)`;
}

/**
 * What `today` names: the plan's current day (`current`: what `done` works on; for a past date, the first day not
 * done by then), the current day exactly as `status` names it for the date in hand (`asStatus`: what `show` and
 * `links` show, a day done after that date counting as done, as status counts it: a trial's `show --today` named
 * another day than status), or the day marked complete today, the one just studied (`markedToday`: what `undone`
 * undoes; `studiedToday`: what `log` and `lab` work on, else the current day).
 */
export type TodayMeans = 'current' | 'asStatus' | 'markedToday' | 'studiedToday';

const namesCurrent = (means: TodayMeans): boolean => means === 'current' || means === 'asStatus';

/**
 * The one day a DAY argument names in the plan (`today`: see TodayMeans), or why not. `studiedOn` is the date
 * whose marked day `today` means (`log --date`: the day studied on that date), today by default. `rest`: the verb's
 * `--rest`, so a date names the day planned on it by the schedule the verb prints.
 */
export function lookupDayArg(plan: ParsedPlan, spec: DayArg, file: string, context: CliContext, means: TodayMeans = 'current', studiedOn?: string, rest?: readonly number[]): DayLookup {
  const noPlan = notAPlan(plan, file);
  if (noPlan !== null) return { ok: false, message: noPlan, candidates: [] };
  // A file of tasks alone (`done Go.md 1` said "has no Day 1"): it has no day to name, and its tasks are toggled.
  if (plan.days.length === 0) {
    const tasks = plan.root.progress.tasksTotal;
    const logHint = studySection(plan) !== null ? `; log time with learning-plans log ${shellWord(file)} today 30m` : '';
    return { ok: false, message: tasks > 0 ? `${file} has no days, only tasks: check one with learning-plans toggle ${shellWord(file)} LINE (or "its words")${logHint}` : `${file} has no days`, candidates: [] };
  }
  // `05/11/2026` as the plan writes it (a trial's was refused): the one reading that names a day of the plan.
  if (spec.kind === 'eitherDate') {
    const [a, b] = spec.dates;
    const found = spec.dates.map((date) => lookupDayArg(plan, { kind: 'date', date }, file, context, means, studiedOn, rest));
    const named = found.filter((each) => each.ok);
    if (named.length === 1) {
      // Said which reading it took (a trial's `show plan.md 12/05/2026` opened the 5th of December without a word).
      const day = named[0].ok ? named[0].day : null;
      if (day) context.io.err(`learning-plans: warning: ${spec.written} reads ${a} or ${b}; ${found[0].ok ? a : b} names ${field(day.title)}, so that is the one taken`);
      return named[0];
    }
    return { ok: false, message: `${spec.written} reads ${a} or ${b}, and ${named.length === 2 ? 'each' : 'neither'} names a day of ${file}: write the date as YYYY-MM-DD`, candidates: [] };
  }
  // `undone 2026-11-26` and `log 2026-11-26`: the day marked complete on that date before the one scheduled on it
  // (a learner's log landed on the scheduled day, never opened; undone said that day was already incomplete). A day
  // headed by the date (a journal's entry) is still named by it first.
  if (spec.kind === 'date' && !namesCurrent(means) && !(plan.journal && means === 'studiedToday') && !plan.days.some((day) => day.date === spec.date)) {
    const done = markedOn(plan, spec.date);
    if (done.length > 0) return oneMarked(plan, done, file, spec.date);
  }
  // A weekday of a journal kept by week (`## Week of 2026-11-16`, `## Week of 2026-11-23`, a Thursday in each): the one
  // of the week up to the date in hand, --date or --today (a trial's `log j.md thursday --date 2026-11-26` "matched 2
  // days"); never one ahead of it (a review's Monday logged into Thursday next). A journal's entries are past records;
  // in a plan, which Friday is meant is not guessed (the candidates are listed).
  if (spec.kind === 'weekday' && plan.journal) {
    const at = dayNumber(studiedOn ?? localIsoDate(context.clock()));
    const near = daysMatching(plan, spec).filter((day) => day.date !== null && dayNumber(day.date) <= at && at - dayNumber(day.date) <= 6);
    if (near.length === 1) return { ok: true, day: near[0] };
  }
  if (spec.kind !== 'today') return lookupDay(plan, spec, file, { configuredRest: rest });
  const today = localIsoDate(context.clock());
  const on = studiedOn ?? today;
  const refuse = (message: string): DayLookup => ({ ok: false, message, candidates: [] });
  const marked = markedOn(plan, on);
  // A journal's entries are records: a task checked today under an old one makes it no entry of today for log (a
  // trial's log of today landed under 11/13); undone of today still takes that check back.
  if (!namesCurrent(means) && marked.length > 0 && !(plan.journal && means === 'studiedToday')) return oneMarked(plan, marked, file, on);
  if (means === 'markedToday') return refuse(on === today ? `no day of ${file} was marked complete today (${today})` : `no day of ${file} was marked complete on ${on}`);
  // A journal's section headed by the date is that date's day (`done j.md today --date 2026-11-25` marked Friday's;
  // `log j.md today 30m` was refused, a `## 2026-11-27` there).
  // A journal's entry saying no study (`Skipped - sick`) is still that date's (time logged in it is study after all).
  const headed = plan.days.filter((day) => day.date === on && day.number === null && (!day.skipped || plan.journal));
  if (headed.length === 1) return { ok: true, day: headed[0] };
  if (plan.journal) {
    // A week's journal by weekday (`## Friday`): the section of the date's weekday, when it has one alone.
    const weekday = daysSinceMonday(dayNumber(on)) + 1;
    const named = plan.days.filter((day) => day.date === null && day.weekday === weekday);
    if (named.length === 1) return { ok: true, day: named[0] };
    return refuse(`${file} is a journal with no entry for ${on}: add one (${journalEntryHeading(plan, on)}), or name an entry by its date or weekday`);
  }
  if (on < today) {
    // A week by weekday: the date's own section, as status names it for that date.
    const section = weekdaySectionOn(plan, on);
    if (section) return { ok: true, day: section };
    // Time logged for a past date belongs to the day in hand then: the first not done by that date (a learner's
    // backfill of 11-22 landed on the day current weeks later). A day done with no date counts as done before.
    const then = means === 'asStatus' ? undefined : plan.days.find((day) => !day.skipped && (!day.done || (day.doneDate !== null && day.doneDate > on)));
    if (then) return { ok: true, day: then };
  }
  const summary = summarizeToday([plan], { today: on });
  if (summary.currentDay && !summary.planFinished) return { ok: true, day: summary.currentDay };
  return refuse(`${file} has no current day: every day is done or skipped`);
}

/** Days marked complete on a date: by the heading's stamp, or (no heading stamp) by their tasks' latest stamp. */
function markedOn(plan: ParsedPlan, date: string): PlanNode[] {
  return plan.days.filter((day) => day.stampDate === date || (day.stampDate === null && day.done && day.doneDate === date));
}

/** The one day marked on a date, or the candidates: two days marked that day are no guess (undone took the wrong one). */
function oneMarked(plan: ParsedPlan, marked: readonly PlanNode[], file: string, date: string): DayLookup {
  if (marked.length === 1) return { ok: true, day: marked[0] };
  return { ok: false, message: `${marked.length} days of ${file} were marked complete on ${date}; name one by its line:`, candidates: marked.map((day) => describeCandidate(plan, day)) };
}

/**
 * The day, or a refusal; `writes`: the verb would have written (lab, replan), so the refusal says nothing was.
 * `studiedOn`: `today` names the day studied on that date (as for log), not the current day. `rest`: see lookupDayArg.
 */
export function dayOrRefuse(plan: ParsedPlan, spec: DayArg, file: string, context: CliContext, how: { readonly writes?: boolean; readonly studiedOn?: string; readonly means?: TodayMeans; readonly rest?: readonly number[] } = {}): PlanNode {
  const { writes = false, studiedOn, means = 'studiedToday', rest } = how;
  const found = studiedOn === undefined ? lookupDayArg(plan, spec, file, context, 'current', undefined, rest) : lookupDayArg(plan, spec, file, context, means, studiedOn, rest);
  if (found.ok) return found.day;
  const candidates = found.candidates.map((c) => `  ${c}`);
  if (!writes) throw new CliError(found.message, EXIT.refused, candidates);
  throw new CliError(candidates.length ? found.message : `${found.message}; nothing written`, EXIT.refused, candidates.length ? [...candidates, 'nothing written'] : []);
}
