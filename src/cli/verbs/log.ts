import { dayNumber, daysSinceMonday, describeDaySpec, formatMinutes, localIsoDate, logInNewEntry, logInSection, logSession, needsNewEntry, parseDurationArg, sectionsNamed, sectionsOf, studySection, timeOfDay, type EditOutcome, type ParsedPlan, type SessionMark } from '../../core';
import { ArgReader, warnOf, DAY_HELP, daySpec, exactly, type DayArg } from '../options';
import { field } from '../output';
import { DRY_RUN_NOTE, editPlan } from '../planEdits';
import { lookupDayArg, notAPlan } from '../plans';
import { CliError, EXIT, UsageError, type Verb } from '../verb';

function clock(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** The session under the section of a plan of tasks alone that `name` names; null where the plan has no sections (DAY was no DAY). */
function logInNamedSection(text: string, plan: ParsedPlan, name: string, session: SessionMark, shown: string): EditOutcome | null {
  const sections = sectionsNamed(plan, name);
  if (sections.length === 1) return logSession(text, plan, sections[0], session);
  if (studySection(plan) === null) return null;
  const all = sections.length > 1 ? sections : sectionsOf(plan);
  const lines = all.map((section) => `  ${field(section.title)} (line ${section.line + 1})`);
  const what = sections.length > 1 ? `'${field(name)}' names ${sections.length} sections of ${shown}; name one as written:` : `${shown} has no section '${field(name)}'; its sections:`;
  return { ok: false, message: [what, ...lines].join('\n') };
}

export const logVerb: Verb = {
  name: 'log',
  summary: 'Log study time under a day',
  usage: 'log <file> <DAY> <duration> [--date YYYY-MM-DD] [--from HH:MM] [--dry-run] [--max-size 5MB]',
  description: `Log study time under a day: appends "- ⏱ 2026-11-22 (45 min)" (with --from 19:05: "19:05-19:50"),
the line the extension's study timer writes. duration: 45m, 1h30m (1h30, 1:30), 1.5h, 90 (minutes). ${DAY_HELP} For log,
today is the day marked complete on the session's date (--date, else today) if there is one (the day just studied),
else the current day (for a past --date: the day in hand then, the first not done by that date). A session
whose hours overlap one logged with its hours is refused (the same command run twice; hours past midnight run
into the next date). A day that is a table's row has no line of its own: its session goes below the table,
naming the row ("- ⏱ 2026-11-22 (45 min) · Day 3"), and counts for that day. In a journal of dated entries with none
on the session's date, today (or that date as DAY, 2026-11-26) writes that entry (headed as the others) with the
session. A past date as DAY dates the session, as --date does, also one before the --today given (a backfill as
of that day). In a plan of tasks alone (headings over checkboxes, no days), today is the section being worked
through (the one whose task was checked on the session's date, else the first open task's), and DAY may name a
section by its heading ("Week 1" or "Basics" for "## Week 1: Basics"). --dry-run prints the diff and writes
nothing.`,
  async run(args, context) {
    const reader = new ArgReader(args, context.clock);
    const today = localIsoDate(context.clock());
    const dated = reader.dateUpTo('--date', today, warnOf(context), '--today');
    const from = reader.value('--from');
    const dryRun = reader.flag('--dry-run');
    const maxBytes = reader.maxSize();
    const [file, dayText, durationText] = exactly(reader.positionals(), 3, 'log', 'a file, a DAY and a duration (one word: 1h30m)');
    // A plan of tasks alone has sections, not days: DAY may name one (`log rust.md "Week 1" 15m`, a trial's usage
    // error). What is no DAY is kept until the plan is read, and is the usage error it was where it names no section.
    let notADay: UsageError | null = null;
    let spec: DayArg;
    try {
      spec = daySpec(dayText);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      [notADay, spec] = [error, { kind: 'today' }];
    }
    // A past date named as DAY is the session's, as --date says (a trial's `log j.md 2026-11-26 30m` wrote today's date);
    // before a --today too, which then reads the journal as of that day (a trial's backfill as of a day was refused).
    const asOf = dated !== null && reader.wasGiven('--today') && !reader.wasGiven('--date') ? dated : null;
    const date = (asOf === null ? dated : null) ?? (spec.kind === 'date' && spec.date < (asOf ?? today) ? spec.date : asOf ?? today);
    const minutes = parseDurationArg(durationText);
    if (minutes === null) throw new UsageError(`the duration must be such as 45m, 1h30m, 1h30, 1:30 or 90 (at most 24 h), not '${durationText}'`);
    const start = from === null ? -1 : timeOfDay(from);
    if (from !== null && start < 0) throw new UsageError(`--from must be a time as HH:MM, not '${from}'`);
    // A session today that has not ended yet is not over (a learner's `--from 23:50` at noon was logged).
    const now = context.clock();
    const minute = now.getHours() * 60 + now.getMinutes();
    if (start >= 0 && date === today && start + minutes > minute) {
      const when = start > minute ? 'starts' : `ends at ${clock(start + minutes)},`;
      throw new CliError(`a session from ${clock(start)} ${when} after now (${clock(minute)}): log it once it is over${dated === null ? ', or give the --date it was on' : ''}; nothing written`);
    }
    const session = { date, from: start >= 0 ? clock(start) : null, to: start >= 0 ? clock(start + minutes) : null, minutes };
    // A journal's date named as DAY (`log j.md 2026-11-26 30m`) is the session's: its entry is written where it has none
    // (a trial's was refused, the same as `today --date 2026-11-26` wrote it).
    const entryDate = spec.kind === 'date' && spec.date === date ? spec.date : null;
    let dayDate = null as string | null;
    let usage: UsageError | null = null;
    const { summary } = await editPlan(file, context, maxBytes, (text, plan) => {
      // The name as shown (escaped): the refusal's lines are joined here and split again by editPlan.
      if (notADay !== null) {
        const outcome = logInNamedSection(text, plan, dayText, session, field(file));
        if (outcome === null) usage = notADay;
        return outcome ?? { ok: false, message: notADay.message };
      }
      // A plan of tasks alone (`## Week 1` over `- [ ] ...`): today's session goes under the section being worked through.
      if (spec.kind === 'today' && studySection(plan) !== null && notAPlan(plan, field(file)) === null) return logInSection(text, plan, session);
      const found = lookupDayArg(plan, spec, field(file), context, 'studiedToday', date);
      // A dated journal with no entry on the session's date: the entry is written with it (a trial's was refused).
      if (!found.ok && (spec.kind === 'today' || entryDate !== null) && needsNewEntry(plan, date)) return logInNewEntry(text, plan, session);
      if (!found.ok) return { ok: false, message: [found.message, ...found.candidates.map((c) => `  ${c}`)].join('\n') };
      dayDate = found.day.number === null ? found.day.date : null;
      return logSession(text, plan, found.day, session);
    }, dryRun).catch((error: unknown) => {
      throw usage ?? error;
    });
    context.io.out(`${field(file)}: ${summary}${dryRun ? DRY_RUN_NOTE : ''}`);
    // Under an entry of an earlier date, the session is today's (a trial's backfill counted in today's streak): said.
    if (dated === null && dayDate !== null && dayDate < date) {
      context.io.err(`learning-plans: note: the session is dated today, ${date}, under the entry of ${dayDate}: if it was studied then, ${dryRun ? 'log it' : 'remove the line just written and log it again'} with --date ${dayDate}`);
    }
    // Saturday's section named on a Friday: logged as asked, said (a learner's went under the wrong day unnoticed).
    const weekday = daysSinceMonday(dayNumber(date));
    if (spec.kind === 'weekday' && spec.weekday !== weekday) {
      context.io.err(`learning-plans: note: ${date} is a ${describeDaySpec({ kind: 'weekday', weekday })}: the session ${dryRun ? 'would be' : 'is'} logged under ${describeDaySpec(spec)}'s section${dated === null ? ' (give --date for another day)' : ''}`);
    }
    // A bare number is minutes: `600` (a trial's typo for 60) logged ten hours without a word.
    if (/^\d+$/.test(durationText) && minutes >= 8 * 60) {
      context.io.err(`learning-plans: note: ${durationText} is read as minutes, a session of ${formatMinutes(minutes)}${dryRun ? '' : ': if that is a typo, remove the line just written'}`);
    }
    return EXIT.ok;
  },
};
