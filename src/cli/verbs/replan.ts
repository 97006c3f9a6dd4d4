import {
  catchUp, currentDayOf, setStartDate, frontMatterRest, isValidIsoDate, Lines, localIsoDate, parseWeekdays, plannedRest, weekdayCodes, scheduleStatus, unifiedDiff, type CatchUpChoice, type CatchUpContext, type DayRef, type EditOutcome, type ParsedPlan, type ReplanOutcome, type TextEdit,
} from '../../core';
import { ArgReader, daySpec, isPlausibleYear, yearMessage } from '../options';
import { diffLabels, field, jsonText, plural } from '../output';
import { dayNames } from '../dayNames';
import { editPlan } from '../planEdits';
import { dayOrRefuse, loadPlan, notAPlan } from '../plans';
import { CliError, EXIT, UsageError, type Verb } from '../verb';

/**
 * What a suggested spread does to the study days it spans: `two days on 2 of the next 7 study days`, or where the
 * plan's days left fit them one a day at most (its dates had gaps), `no day doubled over the next 6 study days` (a
 * trial read `two days on 0 of the next 6`; some of them may stay free).
 */
export function spreadShape(doubles: number, over: number): string {
  return doubles === 0 ? `no day doubled over the next ${plural(over, 'study day')}` : `two days on ${doubles} of the next ${plural(over, 'study day')}`;
}

/** The rest weekdays a plan's schedule reads from its planned dates alone (none written, none given), for saying so. */
export function restReadFromDates(plan: ParsedPlan, configured: readonly number[] | undefined): readonly number[] {
  return configured === undefined && frontMatterRest(plan) === null ? plannedRest(plan) : [];
}

/** `status`'s line under the schedule when its rest was read from the dates (the learner never wrote it), with the way out. */
export function restReadNote(plan: ParsedPlan, configured: readonly number[] | undefined): string[] {
  const rest = restReadFromDates(plan, configured);
  return rest.length === 0 ? [] : [`  (rests on ${weekdayCodes(rest).join(', ')}: its planned dates leave them out; --rest none plans every day)`];
}

/** `--rest sat,sun`: the CLI's `learningPlans.restDays` (a plan's own `rest:` wins). */
export function restOption(reader: ArgReader): readonly number[] | undefined {
  const value = reader.value('--rest');
  if (value === null) return undefined;
  const days = parseWeekdays(value);
  if (days.length === 0 && value.trim() !== '' && value.trim() !== 'none') throw new UsageError(`--rest must name weekdays such as sat,sun, not '${value}'`);
  // Every weekday a rest day leaves no day to study (a hostile trial's was ignored without a word).
  if (new Set(days).size === 7) throw new UsageError(`--rest leaves no weekday to study: name at most six (or none), not '${value}'`);
  return days;
}

function integer(text: string, what: string): number {
  if (!/^-?\d{1,4}$/.test(text) || Number(text) === 0) throw new UsageError(`${what} must be a whole number of days other than 0, from -9999 to 9999, not '${text}'`);
  return Number(text);
}

/** `--spread K`: 1 to 9999 study days, as `--shift` is bounded (a spread over a hundred million days ran out of dates). */
function spreadDays(text: string): number {
  if (!/^\d{1,4}$/.test(text) || Number(text) === 0) throw new UsageError(`--spread must be a whole number of days from 1 to 9999, not '${text}'`);
  return Number(text);
}

export const replanVerb: Verb = {
  name: 'replan',
  summary: 'Catch up on a plan that fell behind: shift, spread or skip days',
  usage: 'replan <file> (--shift N | --spread K | --skip DAY,... | --start DATE) [--double DATE,...] [--today YYYY-MM-DD] [--rest sat,sun] [--dry-run] [--json [--pretty]] [--max-size 5MB]',
  description: `Catch up on a scheduled plan (front matter start: YYYY-MM-DD, or days that carry their dates) that fell behind, and print the change as a diff:
--shift N moves the rest of the plan (from the current day on) N study days later (negative: earlier);
--spread K puts the days planned before today into the next K study days, two a day on some of them
(--double names those dates; default: spread evenly), so a plan that goes on past those K days ends
when it would have; a plan that ends inside them fills them, two a day only on as many as it needs
(the shortest K it accepts gives the earliest end);
--skip marks the named days skipped (⏭; 31-46 names a range of day numbers, W2D1-3 days 1 to 3 of week 2): a missed day skipped catches up a day (the days after it keep
their dates; in a table dated by start: alone, which has no cell to keep them, only the first open row's skip catches up, moving start:, and a later row's moves the rows after it up), a day ahead skipped ends the plan a day sooner (the days after it move up, but for a 📅 date or a Date cell of their own, which stays); undone DAY takes a skip back (the ⏭ alone: a start: or 📅 the skip wrote to keep the days after it on their dates stays; --shift moves them). A plan with no schedule can be skipped in
too: the marks alone, no date moves. Dates are written as a new start: or 📅 YYYY-MM-DD on day
headings (a date that ends a day's title, Tag 2 – Netz (06.01.2026), is written anew where it stands, in its form; a plan whose days are table rows is shifted by its start: alone). Days done early, after the current one, are left
as they are: the open days are dated around them. --start DATE (or today) gives the plan its start date: its front matter's
start: edited, or written (front matter of its own where it has none); days with a date of their own keep it.
--dry-run prints the diff and writes nothing. --rest gives rest weekdays for a plan without rest:.`,
  async run(args, context) {
    const reader = new ArgReader(args, context.clock);
    const shift = reader.value('--shift');
    const spread = reader.value('--spread');
    const double = reader.value('--double');
    const skip = reader.value('--skip');
    const start = reader.value('--start');
    const asOf = reader.date('--today', '--date');
    const today = asOf ?? localIsoDate(context.clock());
    // A skip is dated (`⏭ DATE`) as done dates its stamp: not after today (a trial's skip of tomorrow moved log's day).
    if (skip !== null && asOf !== null && asOf > localIsoDate(context.clock())) {
      throw new CliError(`--today ${asOf} is after today (${localIsoDate(context.clock())}): a skip is dated with it, and what is dated after today counts for nothing until then; nothing written`, EXIT.refused);
    }
    const configuredRest = restOption(reader);
    const dryRun = reader.flag('--dry-run');
    const { json, pretty } = reader.jsonFlags();
    const maxBytes = reader.maxSize();
    const positionals = reader.positionals();
    if (positionals.length !== 1) throw new UsageError('replan needs one plan file');
    const given = [shift, spread, skip, start].filter((v) => v !== null).length;
    if (given !== 1) throw new UsageError(given === 0 ? 'replan needs one of --shift N, --spread K, --skip DAY or --start DATE' : 'replan takes one of --shift N, --spread K, --skip DAY or --start DATE at a time, not two');
    const startDate = start === null ? null : start === 'today' ? today : start;
    if (startDate !== null && !isValidIsoDate(startDate)) throw new UsageError(`--start must be a date as YYYY-MM-DD, or today, not '${start}'`);
    if (startDate !== null && !isPlausibleYear(startDate)) throw new UsageError(yearMessage('--start', startDate));
    if (double !== null && spread === null) throw new UsageError('--double goes with --spread');
    const [file] = positionals;
    const doubles = double?.split(',').map((d) => d.trim()).filter(Boolean);
    if (doubles?.some((d) => !isValidIsoDate(d))) throw new UsageError(`--double must list dates as YYYY-MM-DD, not '${double}'`);
    const early = doubles?.find((d) => !isPlausibleYear(d));
    if (early !== undefined) throw new UsageError(yearMessage('--double', early));
    const ctx: CatchUpContext = { today, options: { configuredRest }, name: file };

    const { plan, text } = await loadPlan(file, context, maxBytes);
    const noPlan = notAPlan(plan, field(file));
    if (noPlan !== null) throw new CliError(`${noPlan}; nothing written`);
    let choice: CatchUpChoice | { readonly kind: 'start'; readonly date: string };
    if (startDate !== null) choice = { kind: 'start', date: startDate };
    else if (shift !== null) choice = { kind: 'shift', days: integer(shift, '--shift') };
    else if (spread !== null) choice = { kind: 'spread', over: spreadDays(spread), ...(doubles ? { doubleOn: doubles } : {}) };
    else {
      // A journal's entries are records: refused before its days are looked up (`--skip today` named the real date).
      if (plan.journal) throw new CliError(`${field(file)} is a journal: its entries are records, with nothing to skip; nothing written`);
      const names = dayNames(skip!, '--skip ');
      // `today` as of --today: the current day status names for it (a past day's was the first not done by then).
      const found = names.map((name) => {
        const spec = daySpec(name);
        if (spec.kind !== 'today') return dayOrRefuse(plan, spec, file, context, { writes: true, rest: configuredRest });
        const current = currentDayOf(plan, today);
        if (!current) throw new CliError(`${field(file)} has no current day: every day is done or skipped; nothing written`);
        return current;
      });
      // A range day (`### Days 2-4`) is one day of the plan: a number inside it skips it whole, said when not all of it was named.
      const named = new Set(names);
      for (const day of new Set(found.filter((d) => d.rangeEnd !== null && d.number !== null))) {
        const all = Array.from({ length: day.rangeEnd! - day.number! + 1 }, (_, i) => String(day.number! + i));
        if (!all.every((n) => named.has(n))) context.io.err(`learning-plans: note: ${field(day.title)} is one day of the plan: it is skipped whole`);
      }
      // What a skip leaves alone is said (a learner saw `Skipped 0 days` and no reason).
      for (const day of new Set(found)) {
        if (day.done) context.io.err(`learning-plans: note: ${field(day.title)} is done: not skipped`);
        else if (day.skipped) context.io.err(`learning-plans: note: ${field(day.title)} is skipped already`);
      }
      const days: DayRef[] = found.map((day) => ({ line: day.line, title: day.title }));
      choice = { kind: 'skip', days };
    }
    const status = scheduleStatus(plan, ctx);
    // A start date is given, not caught up on (startDate.ts): the same preview, diff and write.
    const replan = (current: string, currentPlan: ParsedPlan): ReplanOutcome => (choice.kind === 'start' ? setStartDate(current, currentPlan, choice.date, ctx) : catchUp(current, currentPlan, choice, ctx));
    const preview = replan(text, plan);
    // A plan of no dates asked to shift or spread: the command that gives it its dates is named (a trial's was not).
    const unscheduled = !preview.ok && status === null && (choice.kind === 'shift' || choice.kind === 'spread') && !plan.journal && plan.days.some((day) => !day.done && !day.skipped);
    if (!preview.ok) throw new CliError(`${preview.message}${unscheduled ? ` (replan ${field(file)} --start YYYY-MM-DD writes the start date)` : ''}; nothing written`);

    let summary = preview.summary;
    let edits = preview.edits;
    let before = text;
    let written = false;
    if (!dryRun && preview.edits.length > 0) {
      // Computed again from the file as it is when written (another program may have changed it meanwhile).
      const result = await editPlan(file, context, maxBytes, (current, currentPlan): EditOutcome => {
        const outcome = replan(current, currentPlan);
        if (outcome.ok) {
          edits = outcome.edits;
          before = current;
          summary = outcome.summary;
        }
        return outcome;
      });
      written = result.written;
    }
    // The labels are one line each whatever the file's name holds (a line break would forge a header of the diff).
    const diff = unifiedDiff(before, edits, diffLabels(file));
    if (json) {
      const old = new Lines(before);
      context.io.out(jsonText({
        file,
        today,
        choice,
        written,
        behindBefore: status?.behind ?? null,
        behindAfter: preview.behindAfter,
        standing: preview.standing,
        endBefore: preview.endBefore,
        endAfter: preview.endAfter,
        // A line inserted (the rest kept in new front matter) is no change of the line it goes before (a review's).
        changes: edits.map((edit) => (isInsertion(edit)
          ? { line: edit.range.start.line + 1, inserted: edit.newText.replace(/\r?\n$/, '') }
          : { line: edit.range.start.line + 1, before: old.at(edit.range.start.line) })),
        keptRest: preview.keptRest ? weekdayCodes(preview.keptRest) : null,
        summary,
        diff,
      }, pretty));
      return EXIT.ok;
    }
    if (diff) context.io.out(diff.replace(/\n$/, ''));
    context.io.out(`${field(file)}: ${summary}${dryRun ? ' (dry run: nothing written)' : written ? '' : ' (nothing to change)'}`);
    // Rest read from the dates goes with them: a spread packing them into a week left none to read, and the next shift
    // planned weekends (a trial's). Said, with how to keep it; nothing written that the learner did not ask for.
    // Where the new dates would read other rest, the replan wrote it down (keepRest.ts) and its summary says so.
    const inferred = choice.kind !== 'skip' && !preview.keptRest ? restReadFromDates(plan, configuredRest) : [];
    // A plan on schedule moved later: said, with the way back (a trial's shift run twice moved it two days past today).
    if (choice.kind === 'shift' && choice.days > 0 && status !== null && status.behind <= 0) {
      context.io.err(`learning-plans: note: ${field(file)} was not behind schedule${dryRun ? '' : `: replan ${field(file)} --shift ${-choice.days} moves it back`}`);
    }
    if (inferred.length > 0) context.io.err(`learning-plans: note: planned around rest on ${weekdayCodes(inferred).join(', ')}, which its dates leave out; to keep it when the dates change, write rest: [${weekdayCodes(inferred).join(', ')}] in its front matter (--rest none plans every day)`);
    return EXIT.ok;
  },
};

/** An edit that only adds whole lines before a line (it replaces nothing). */
function isInsertion(edit: TextEdit): boolean {
  const { start, end } = edit.range;
  return start.line === end.line && start.character === end.character && /\n$/.test(edit.newText);
}
