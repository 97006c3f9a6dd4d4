import { allTasks, catchUpAdvice, studySection, notStartedUntil, clip, needsNewEntry, missedDatedDays, plannedTodayElsewhere, restOf, formatMinutes, frontMatterRestProblem, frontMatterStartProblem, Lines, localIsoDate, loggedMinutes, plannedTime, scheduleStatus, studyTime, summarizeToday, unreadDoneDate, unreadHeadingDate, unreadYearlessDate, fileStem, yearUnsaid, weekdayCodes, writtenStampDate, type ActiveReason, type CatchUpAdvice, type NextInProgram, type ParsedPlan, type PlanNode, type Task, type TodaySummary } from '../../core';
import * as fs from 'fs';
import { restOption, restReadNote, spreadShape } from './replan';
import { pathsOrDefault } from '../shareFiles';
import { ArgReader } from '../options';
import { field, jsonText, plural, shellWord } from '../output';
import { loadPlan, loadPlans, noPlanIn, warnFutureDates } from '../plans';
import { EXIT, type CliContext, type Verb } from '../verb';
import { planName, progressWithUnit } from '../outline';
import { BOX, dayLines } from '../dayDetails';
import { readPlanFile } from '../files';
import { mojibakeMark, mojibakeNote } from '../mojibakeNote';

/** The module, week or cycle that holds the day at `line` (the innermost one), if any. */
function containerOf(node: PlanNode, line: number): PlanNode | null {
  for (const child of node.children) {
    if (line < child.line || line >= child.endLine || child.kind === 'day') continue;
    return containerOf(child, line) ?? (child.kind === 'section' ? null : child);
  }
  return null;
}

/** The modules, weeks and cycles of a plan, in document order (the containers of its days). */
function containers(node: PlanNode): PlanNode[] {
  return node.children.flatMap((child) => (child.kind === 'module' || child.kind === 'cycle' ? [child, ...containers(child)] : child.kind === 'section' ? containers(child) : []));
}

const OPEN_LINES = 5;

/**
 * The first open tasks of files of tasks alone (a tracker, a to-do list, journals), in the files' order, each with its
 * line and the sections it is under (and its file, where several are read): what to do next there (status said only
 * how to check one, and of several files, one's). Those listed as due are left out.
 */
function openTaskLines(files: readonly { plan: ParsedPlan; file: string }[], due: ReadonlySet<Task>): string[] {
  const open: { task: Task; under: string[]; file: string }[] = [];
  let count = 0;
  let notDue = 0;
  const visit = (node: PlanNode, under: string[], file: string): void => {
    for (const task of node.tasks) {
      if (task.status !== 'open' && task.status !== 'inProgress') continue;
      count++;
      if (due.has(task)) continue;
      notDue++;
      if (open.length < OPEN_LINES) open.push({ task, under, file });
    }
    for (const child of node.children) visit(child, [...under, child.title], file);
  };
  for (const { plan, file } of files) visit(plan.root, [], file);
  if (open.length === 0) return [];
  const total = files.reduce((sum, { plan }) => sum + plan.root.progress.tasksTotal, 0);
  const where = (file: string, line: number): string => (files.length > 1 ? `${field(file)}:${line}` : `line ${line}`);
  const listed = open.map(({ task, under, file }) => `  ${BOX[task.status]} ${field(task.text)}  (${where(file, task.line + 1)}${under.length ? `, ${field(under.slice(-2).join(' \u203A '))}` : ''})`);
  // "the first" only when some are left out (a trial's read "the first:" over all three).
  // How many are shown (a trial read "the first:" over five of six as all of them).
  const which = notDue === count && open.length === count ? '' : `; ${open.length < notDue ? `the first ${open.length}` : open.length === 1 ? 'the one' : 'the ones'}${notDue < count ? ' not due' : ''}`;
  return [`Open: ${count} of ${plural(total, 'task')}${which}:`, ...listed];
}

const DUE_LINES = 5;

/** Open tasks due by today (Obsidian Tasks' `📅`), in every plan read, overdue first: a file of tasks alone showed none. */
function dueLines(due: TodaySummary['dueTasks']): string[] {
  if (due.length === 0) return [];
  const overdue = due.filter((d) => d.state === 'overdue').length;
  const counts = [overdue > 0 ? `${overdue} overdue` : '', due.length > overdue ? `${due.length - overdue} today` : ''].filter(Boolean).join(', ');
  const listed = due.slice(0, DUE_LINES).map((d) => `  ${BOX[d.task.status]} ${field(d.task.text)}  \u{1F4C5} ${d.task.due} (${field(d.plan.uri)}:${d.task.line + 1})`);
  return [`Due: ${counts}`, ...listed, ...(due.length > DUE_LINES ? [`  ... ${due.length - DUE_LINES} more`] : [])];
}

function timeLeft(plan: ParsedPlan, node: PlanNode): string {
  const time = plannedTime(plan, node);
  // None left while days are open (the estimated ones done, the rest without estimates) is no "0 min left": it read
  // as nothing to do.
  // A plan done says what it held (a trial read "0 min left of 30 min" beside its ✓ as odd).
  if (time.total > 0 && node.done) return `${formatMinutes(time.total)} planned`;
  return time.total === 0 || time.left === 0 ? '' : `${formatMinutes(time.left)} left of ${formatMinutes(time.total)}`;
}

export const statusVerb: Verb = {
  name: 'status',
  summary: 'The active plan, today\'s day, the schedule, the streak and progress',
  usage: 'status [<file-or-folder>...] [--today YYYY-MM-DD] [--rest sat,sun] [--json [--pretty]] [--max-size 5MB]',
  description: `The active plan, the current day (its fields, links and tasks), the schedule, the study streak and
per-plan progress (without a path: of the repository around the working folder, as review reads it).
--today fixes the date (default: today, local time); --rest gives rest weekdays for plans whose front matter has no rest:.
--json keys: activePlan, currentDay, alsoToday (other open days planned for today: the active plan's, and other
plans' next days, each with its file), missedDays (open days dated
before today, a tracker's or a journal's), schedule, streak, futureStamps (stamps dated after today), dueTasks
(open tasks with a 📅 date of today or before, overdue first), plans.`,
  async run(args, context) {
    const reader = new ArgReader(args, context.clock);
    const { json, pretty } = reader.jsonFlags();
    const maxBytes = reader.maxSize();
    const todayText = reader.date('--today', '--date');
    const today = todayText ?? localIsoDate(context.clock());
    const rest = restOption(reader);
    // Without a path, the repository around the working folder (the nearest folder up holding .git or
    // .learning-plans, else the working folder), as `review` reads it.
    const given = reader.positionals();
    const paths = pathsOrDefault(given, 'status');
    const loaded = await loadPlans(paths, context, maxBytes, true);
    const { io } = context;
    const inputs = { today, configuredRest: rest ? () => rest : undefined };
    const summary = summarizeToday(loaded.map((l) => l.plan), inputs);
    const elsewhere = plannedTodayElsewhere(loaded.map((l) => l.plan), summary.activePlan, inputs);
    const day = summary.currentDay;
    const schedule = summary.schedule;
    const scheduledIndex = day && summary.activePlan ? summary.activePlan.days.indexOf(day) : -1;
    const plannedFor = schedule && scheduledIndex >= 0 ? schedule.dateOf(scheduledIndex) : null;
    const behind = schedule && day ? schedule.behind(day, today) : null;
    const fileOf = (plan: ParsedPlan | undefined): string | null => (plan ? plan.uri : null);
    const { streak } = summary;
    // Only the streak leaves it out: the day or task still counts as done (a learner read "ignored" over a progress that counted it).
    warnFutureDates(loaded, streak.futureDates, today, ': no streak counts it until then', context);
    for (const { plan, file } of loaded) {
      const problem = frontMatterStartProblem(plan);
      if (problem) io.err(`learning-plans: warning: ${field(file)}: ${field(problem)}; the plan has no start date`);
      const restProblem = frontMatterRestProblem(plan);
      if (restProblem) io.err(`learning-plans: warning: ${field(file)}: ${field(restProblem)}`);
      for (const undated of undatedStamps(plan).slice(0, 3)) {
        io.err(`learning-plans: warning: ${field(file)}:${undated.day.line + 1}: ${field(undated.day.title)} is done, but ${field(undated.written)} is no date as YYYY-MM-DD: it counts in no streak or heatmap${undated.iso ? ` (write \u2705 ${undated.iso})` : ''}`);
      }
    }
    // One file named and no plan in it, its headings dated in a way that reads two ways (a trial's journal of `## 01/02/2026`
    // entries was "no plan" without a word why).
    // Or dated without a year while nothing in it says the year (a trial's `| Nov 21 |` tracker was "no plan").
    // The text is read again only when there is something to say of it: no plan, or a plan whose dates name no year (the model says so).
    const again = loaded.length === 0 || loaded.some(({ plan }) => yearUnsaid(plan));
    if (again && paths.length === 1 && /\.(?:md|markdown)$/i.test(paths[0]) && fs.statSync(paths[0], { throwIfNoEntry: false })?.isFile()) {
      const read = await readPlanFile(context.files, paths[0], maxBytes).catch(() => null);
      const text = read && 'text' in read ? read.text : null;
      const yearless = text === null ? null : unreadYearlessDate(text, fileStem(paths[0]));
      // A file no plan for it is said so as it is read (plans.ts noYearWarning).
      if (yearless && loaded.length > 0) io.err(`learning-plans: warning: ${field(paths[0])}: its dates name no year (${field(yearless)}), and nothing in it or its name does, so they are read as no dates: write the year once (${field(yearless)}, ${today.slice(0, 4)}; or a heading such as # ${today.slice(0, 4)} above them) and the others take it`);
      const unread = loaded.length === 0 && text !== null ? unreadHeadingDate(text) : null;
      if (unread) io.err(`learning-plans: warning: ${field(paths[0])}: its headings' dates read two ways (${field(unread.written)}: ${unread.readings[0]} or ${unread.readings[1]}) and nothing in it says whether month or day comes first, so they are no entries: write one as ${unread.readings[0]} (or a date past the 12th), and the others read in its order`);
    }
    // The current day a table row holding a date either order reads (`11/05/2026`): open, and why (Today stayed on it silently).
    const current = loaded.find((each) => each.plan === summary.activePlan);
    // Only the text, for what the model does not hold (the plan is parsed already): the current day's nested
    // items, a table row's date that reads two ways.
    // Read only when something uses it: --json prints no day's lines (a second read of the plan for nothing).
    const read = day && current && (!json || day.cells) ? await readPlanFile(context.files, current.file, maxBytes) : null;
    const text = read && 'text' in read ? read.text ?? null : null;
    const source = text !== null && current ? { plan: current.plan, text } : undefined;
    if (day && day.cells && current && text !== null) {
      const unread = unreadDoneDate(new Lines(text), day);
      if (unread) io.err(`learning-plans: warning: ${field(current.file)}:${day.line + 1}: ${field(day.title)} holds ${field(unread.written)}, which reads ${unread.readings[0]} or ${unread.readings[1]}, and nothing in its table says whether month or day comes first: it reads open (write ${unread.readings[0]} or ${unread.readings[1]})`);
    }
    if (json) {
      io.out(jsonText({
        today,
        activePlan: fileOf(summary.activePlan),
        currentDay: day ? {
          // Its own date, else its schedule's (a tracker's row dated today read `date: null`, from a trial).
          file: summary.activePlan!.uri, line: day.line + 1, number: day.number, title: day.title, date: day.date ?? plannedFor,
          plannedMinutes: studyTime(day), studyMinutes: loggedMinutes(day),
        } : null,
        alsoToday: [...summary.alsoToday.map((d) => ({ file: fileOf(summary.activePlan), line: d.line + 1, number: d.number, title: d.title })),
          ...elsewhere.map(({ plan, day: d }) => ({ file: fileOf(plan), line: d.line + 1, number: d.number, title: d.title }))],
        missedDays: summary.missedDays.map((d) => ({ line: d.line + 1, title: d.title, date: d.date })),
        planFinished: summary.planFinished,
        nextPlan: fileOf(summary.nextPlan),
        schedule: schedule ? { start: schedule.start, end: schedule.end, behind, restWeekdays: weekdayCodes(schedule.rest.weekdays) } : null,
        streak: {
          current: streak.current, longest: streak.longest, activeDays: streak.activeDays, doneToday: streak.doneToday, doneThisWeek: streak.doneThisWeek, daysDone: summary.daysDone,
          restToday: streak.restToday, restDays: streak.restDays, restWeekdays: weekdayCodes(streak.rest.weekdays),
        },
        futureStamps: streak.futureDates,
        dueTasks: summary.dueTasks.map((d) => ({ file: d.plan.uri, line: d.task.line + 1, text: d.task.text, due: d.task.due, state: d.state })),
        plans: loaded.map(({ plan, file }) => ({
          file,
          days: { total: plan.root.progress.daysTotal, done: plan.root.progress.daysDone },
          tasks: { total: plan.root.progress.tasksTotal, done: plan.root.progress.tasksDone },
          journal: plan.journal,
          plannedMinutes: plannedTime(plan, plan.root),
          studyMinutes: loggedMinutes(plan.root),
          // Each module, week or cycle: what it plans next to what was logged under it.
          modules: containers(plan.root).map((node) => ({
            title: node.title, kind: node.kind, line: node.line + 1, plannedMinutes: plannedTime(plan, node), studyMinutes: loggedMinutes(node),
          })),
        })),
      }, pretty));
      return EXIT.ok;
    }
    const lines = [`Today: ${today}`];
    // Files of tasks alone (an Obsidian vault's, a to-do list, a tracker): said, with how their tasks are checked.
    // The one to name in the hint: the first with a task still open (a trial's named a file whose tasks were all done).
    const withTasks = summary.activePlan ? [] : loaded.filter(({ plan }) => plan.root.progress.tasksTotal > 0);
    const tasks = withTasks.find(({ plan }) => plan.root.progress.tasksDone < plan.root.progress.tasksTotal) ?? withTasks[0];
    // Another plan's next day planned for today, said beside the active plan's day, or its end.
    const elsewhereLines = elsewhere.map(({ plan, day: other }) => `Also planned for today: ${field(other.title)} (${field(fileOf(plan)!)}:${other.line + 1})`);
    if (!summary.activePlan) {
      // The file by name (a folder holding one read "No days in this file").
      // A journal holding to-dos has entries, not days: said so (a trial's read "No days in til.md" beside today's entry).
      const where = loaded.length === 1 ? field(tasks?.file ?? '') : 'these files';
      const what = tasks && loaded.every(({ plan }) => plan.journal) ? `No plan days in ${where} (${loaded.length === 1 ? 'a journal: its entries are records' : 'journals'})` : `No days in ${where}`;
      // Time too, where it can go under a section (a trial's weekly checklist could log none).
      const logHint = tasks && studySection(tasks.plan) !== null ? `; log study time with learning-plans log ${shellWord(tasks.file)} today 30m` : '';
      lines.push(tasks ? `${what}: check a task with learning-plans toggle ${shellWord(tasks.file)} LINE (or "its words")${logHint}`
        : loaded.length === 0 ? `${noPlanIn(paths).replace(/^n/, 'N')}.`
          // Journals alone: their entries are records, not days to do (a trial's read "No plan with days found").
          : loaded.every(({ plan }) => plan.journal) ? `No plan days: ${loaded.length === 1 ? `${field(loaded[0].file)} is a journal` : 'these files are journals'} (${loaded.length === 1 ? 'its' : 'their'} entries are records; ${journalLogHint(loaded, summary.today)})`
            : 'No plan with days found.');
      if (tasks) lines.push(...openTaskLines(withTasks, new Set(summary.dueTasks.map((d) => d.task))));
    }
    else if (day) {
      lines.push(`Current day: ${field(day.title)} (${field(summary.activePlan.uri)}:${day.line + 1})`, ...(await dayLines(day, summary.activePlan.uri, context.files, undefined, source)));
      for (const other of summary.alsoToday) lines.push(`Also planned for today: ${field(other.title)} (${field(summary.activePlan.uri)}:${other.line + 1})`);
      lines.push(...elsewhereLines);
      lines.push(...missedLines(summary.missedDays, day, summary.activePlan.uri));
      const container = containerOf(summary.activePlan.root, day.line);
      // Only while estimated time is left: `0 min left in Woche 1` over four open days without estimates read as nothing to do.
      if (container && studyTime(container).left > 0) lines.push(`Study time: ${formatMinutes(studyTime(container).left)} left in ${field(container.title)}`);
      if (loggedMinutes(day) > 0) lines.push(`Studied: ${formatMinutes(loggedMinutes(day))} on this day${studyTime(day).total > 0 ? ` (${formatMinutes(studyTime(day).total)} planned)` : ''}`);
      if (schedule && behind !== null) {
        // Before its first day's date, with nothing done, a plan has not started: "on schedule" read as if it had (a trial's).
        const starts = behind === 0 ? notStartedUntil(summary.activePlan, plannedFor, today) : null;
        const pace = starts !== null ? `starts ${starts}` : behind === 0 ? 'on schedule' : behind > 0 ? `${plural(behind, 'day')} behind schedule` : `${plural(-behind, 'day')} ahead of schedule`;
        // The shift that makes the current day today's: more than the days behind once the plan's end has passed
        // (2 days missed of a plan that ended yesterday need 3), as Catch Up... offers in the editor.
        const standing = behind > 0 ? scheduleStatus(summary.activePlan, { today, options: { configuredRest: rest } }) : null;
        const shift = behind > 0 ? standing?.shiftToToday || behind : 0;
        // The plan's own rest days, as the shift counts them (a pause of another plan is no rest of this one's: a review's).
        const restToday = standing?.schedule.rest.isRestDate(today) ?? false;
        // The command counts as this one did: the same rest days and, when given, the same today.
        const same = `${rest === undefined ? '' : ` --rest ${weekdayCodes(rest).join(',') || 'none'}`}${todayText === null ? '' : ` --today ${todayText}`}`;
        const advice = shift > 0 ? await catchUpAdviceFor(summary.activePlan.uri, context, maxBytes, today, rest) : null;
        // Each with the end it gives (the planned end alone, beside "behind", said nothing of where the plan now ends).
        const ways = [
          advice?.shift ? `--shift ${advice.shift.days}${same} ends it ${advice.shift.end ?? '-'}` : '',
          advice?.spread ? `--spread ${advice.spread.over}${same} ends it ${advice.spread.end ?? '-'} (${spreadShape(advice.spread.doubles, advice.spread.over)})` : '',
        ].filter(Boolean);
        const catchUpText = ways.length > 0 ? ` (catch up: learning-plans replan ${shellWord(summary.activePlan.uri)} ${ways.join('; ')})` : '';
        // An end already past is the plan's as it was dated (a trial read `ends 2026-11-06` on the 7th as a promise).
        const ends = schedule.end !== null && schedule.end < today ? `was to end ${schedule.end}` : `ends ${schedule.end ?? '-'}`;
        lines.push(`Schedule: ${pace}${plannedFor && starts === null ? ` (planned for ${plannedFor})` : ''}; ${ends}${catchUpText}`, ...restReadNote(summary.activePlan, rest));
        // Days behind counts the plan's open days dated before today; a shift counts study days on the calendar
        // (a learner shifted by the first and stayed behind): said when the two differ.
        if (advice?.shift && shift !== behind) lines.push(`  (--shift ${shift} moves the current day to ${restToday ? 'the next study day (today is a rest day)' : 'today'}: it was planned ${plural(shift, 'study day')} ago, and the plan had ${plural(behind, 'open day')} in that time)`);
      }
    }
    else {
      lines.push(`All days of ${field(summary.activePlan.uri)} are done`, ...openTasksNote(summary.activePlan), ...nextPlanNote(summary.nextPlan, today));
      lines.push(...elsewhereLines);
    }
    // The active plan's, else the file of tasks named above (a tracker full of `ðŸŽ¯` got no note).
    const noted = summary.activePlan?.uri ?? tasks?.file;
    if (noted !== undefined) lines.push(...(await mojibakeNote(noted, summary.activePlan, context, maxBytes)));
    lines.push(...dueLines(summary.dueTasks));
    // Files named: the streak is theirs alone (a learner's `status a.md` said 1 day against 7 over all plans).
    const onlyNamed = given.length > 0 && given.every((name) => fs.statSync(name, { throwIfNoEntry: false })?.isFile()) ? `; counted in ${given.map(field).join(', ')} only` : '';
    // A journal's entries count in them too, each written one: said (a trial's journal read "1 ✅ today" with no ✅ in it).
    const counted = loaded.some(({ plan }) => plan.journal) ? 'days, tasks and journal entries' : 'days and tasks';
    // A rest day studied anyway counts (a trial's "1 day (rest day today)" beside 2 ✅ today read as a contradiction).
    const restNote = streak.restToday ? (streak.activeToday ? 'a rest day, studied' : 'rest day today') : streak.restDays.length > 0 ? `over ${plural(streak.restDays.length, 'rest day')}` : '';
    // One bracket for both notes (a trial's `4 days (over 2 rest days) (nothing done yet today)`).
    const notes = [restNote, streak.activeToday || streak.current === 0 || streak.restToday ? '' : 'nothing done yet today'].filter((note) => note !== '');
    lines.push(`Streak: ${plural(streak.current, 'day')}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}; longest ${plural(streak.longest, 'day')}; ${plural(streak.activeDays, 'active day')}; ${streak.doneToday} \u2705 today, ${streak.doneThisWeek} this week (${counted}); ${plural(summary.daysDone, 'plan day')} done${onlyNamed}`);
    if (loaded.length > 0) lines.push('Plans:');
    for (const { plan, file } of loaded) {
      const logged = loggedMinutes(plan.root);
      const progress = plan.journal ? `journal, ${plural(plan.days.length, 'entry', 'entries')}` : progressWithUnit(plan.root) || 'no progress yet';
      // Another plan behind its schedule is said beside it (a trial's `status .` hid one a day behind behind the active plan).
      const other = plan !== summary.activePlan && !plan.journal;
      const behind = other ? scheduleStatus(plan, { today, options: { configuredRest: rest } })?.behind ?? 0 : 0;
      // And a tracker's open days dated before today (its rest days left out, as the active plan's are).
      const missed = other && behind <= 0 ? missedDatedDays(plan, today, restOf([plan], { configuredRest: rest ? () => rest : undefined })).length : 0;
      const pace = behind > 0 ? `${plural(behind, 'day')} behind schedule (learning-plans status ${shellWord(file)})`
        : missed > 0 ? `${plural(missed, 'open day')} dated before today (learning-plans status ${shellWord(file)})` : '';
      // Mojibake in a plan the note above does not name (a trial's `status` of a folder never told of the tracker's).
      const damaged = file !== noted ? await mojibakeMark(file, plan, context, maxBytes) : '';
      const details = [progress, timeLeft(plan, plan.root), logged > 0 ? `${formatMinutes(logged)} studied` : '', pace, damaged].filter(Boolean).join(' · ');
      lines.push(`  ${planName(plan, file)}  ${details}${plan === summary.activePlan ? `  (active${loaded.length > 1 ? `: ${activeWhy(summary.activeReason)}` : ''})` : ''}`);
    }
    io.out(lines.join('\n'));
    return EXIT.ok;
  },
};

/** What catching up would do, worked out on the plan's text as `replan` reads it; null when it cannot be read again. */
async function catchUpAdviceFor(file: string, context: CliContext, maxBytes: number, today: string, rest: readonly number[] | undefined): Promise<CatchUpAdvice | null> {
  try {
    const { plan, text } = await loadPlan(file, context, maxBytes);
    return catchUpAdvice(text, plan, { today, options: { configuredRest: rest } });
  } catch {
    return null; // gone or changed to a folder since it was read: the status stands without advice
  }
}

/** A plan's file name, from its uri (`plan-de.md`). */
function fileNameOf(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * How to log time in journals alone: today's entry by `today`, written when missing (learners were told to name a DATE,
 * and did not know the entry would be written), else an entry by its date.
 */
function journalLogHint(loaded: readonly { plan: ParsedPlan; file: string }[], today: string): string {
  const one = loaded.length === 1 ? loaded[0] : undefined;
  const file = one ? shellWord(one.file) : 'FILE';
  if (one && needsNewEntry(one.plan, today)) return `log today's time with learning-plans log ${file} today 30m: its entry for ${today} is written with it`;
  return `log time in one with learning-plans log ${file} DATE 30m`;
}

/**
 * The plan that comes next in the program, and from which day: a trial read "from day 31" beside a plan whose days
 * start at Day 1, and could not tell that its heading `Month 3` places it at day 61.
 */
function nextOf(next: NextInProgram | undefined): string {
  if (!next || next.startDay === null) return '';
  return `; ${field(fileNameOf(next.uri))} comes next, from day ${next.startDay}${next.heading ? `, as its heading "${field(clip(next.heading, 40))}" places it` : ''}`;
}

/**
 * Why the current day is in this plan of several (a learner with two plans saw it move between them unexplained),
 * and how to look at another: name its file.
 */
function activeWhy(reason: ActiveReason | undefined): string {
  // The plans it was tied with, by name (a trial read "tied with 1 plan" and could not tell which, nor why this one).
  // The order chooseActive takes them in (activePlan.ts byProgram): where their days start, then the most days, then the title.
  const tie = (): string => {
    if (!reason || !('tiedWith' in reason) || reason.tiedWith.length === 0) return '';
    const names = reason.tiedWith.slice(0, 3).map((p) => field(fileNameOf(p.uri))).join(', ') + (reason.tiedWith.length > 3 ? ` and ${reason.tiedWith.length - 3} more` : '');
    return ` (tied with ${names} on where its days start: the plan with the most days is taken, then by title)`;
  };
  const why = reason?.kind === 'activity' ? `worked on last, ${reason.date}`
    : reason?.kind === 'earliest' ? `nothing done yet anywhere, and its days come first${reason.startDay !== null ? ` (from day ${reason.startDay}${nextOf(reason.next)})` : ''}${tie()}`
    : reason?.kind === 'scheduled' ? `its dates run through today (from ${reason.start}), with no stamp dated up to today anywhere${tie()}`
    : reason?.kind === 'begun' ? `begun (something in it is done), with no stamp dated up to today anywhere${tie()}` : 'the first';
  // Plain words: a learner read "the earliest unfinished; another plan's day" as jargon.
  return `${why}; for another plan's day: learning-plans status FILE`;
}

/**
 * Done days whose ✅ carries a date written another way (a learner typed `✅ 26/11/2026`): done, and dated for no
 * streak, heatmap or review. Said, with the date to write when the numbers can only be read one way.
 */
function undatedStamps(plan: ParsedPlan): { day: PlanNode; written: string; iso: string | null }[] {
  const found: { day: PlanNode; written: string; iso: string | null }[] = [];
  for (const day of plan.days) {
    const stamp = day.done && day.doneDate === null ? writtenStampDate(day.title) : null;
    if (stamp) found.push({ day, ...stamp });
  }
  return found;
}

/**
 * The open days dated before today (a tracker's rows, a journal's entries with open tasks; the current day itself when
 * nothing later is open), with how to mark one studied on its date or skip it: a trial's tracker said nothing of them.
 */
function missedLines(missed: readonly PlanNode[], current: PlanNode, file: string): string[] {
  if (missed.length === 0) return [];
  // The current day among them (nothing later is open) is named above: said of it, the others listed, as the status bar's tooltip lists them.
  const others = missed.filter((d) => d !== current);
  const shown = others.slice(0, 3).map((d) => `${field(d.title)} (line ${d.line + 1})`).join('; ');
  const first = missed[0].date!;
  const past = missed.includes(current);
  const what = [past ? 'the current day is dated before today' : '', others.length > 0 ? `${plural(others.length, past ? 'other open day' : 'open day')} dated before today: ${shown}${others.length > 3 ? '; ...' : ''}` : ''].filter(Boolean).join('; ');
  return [`Missed: ${what} (studied then: learning-plans done ${shellWord(file)} ${first} --date ${first}; else learning-plans replan ${shellWord(file)} --skip ${first})`];
}

/** Tasks of a plan whose days are all done still open outside them (a cycle's assessment: a trial's went unsaid). */
function openTasksNote(plan: ParsedPlan): string[] {
  const inDay = (task: Task): boolean => plan.days.some((day) => task.line >= day.line && task.line < day.endLine);
  const open = allTasks(plan.root).filter((task) => (task.status === 'open' || task.status === 'inProgress') && !inDay(task));
  return open.length === 0 ? [] : [`  ${plural(open.length, 'task')} outside its days ${open.length === 1 ? 'is' : 'are'} still open, from line ${open[0].line + 1}: ${field(clip(open[0].text, 60))}`];
}

/** The next plan, and the day it starts from (a trial's "Next plan: x.md" said nothing of where to go on). */
function nextPlanNote(next: ParsedPlan | undefined, today: string): string[] {
  if (next === undefined) return [];
  const day = summarizeToday([next], { today }).currentDay;
  return [`Next plan: ${field(next.uri)}${day ? `, from ${field(day.title)} (learning-plans status ${shellWord(next.uri)})` : ''}`];
}
